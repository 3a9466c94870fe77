import { PlanPartyRole } from '@metodset/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { PersonEntity } from '../person/person.entity';
import { PlanItemEntity } from './plan-item.entity';

/** A person or an organisation responsible for a plan item, or taking part in it. */
@Entity('plan_item_party')
@Check('ck_plan_item_party_who', `num_nonnulls(person_id, organization_id) = 1`)
@Index('uq_plan_item_party_person', ['itemId', 'role', 'personId'], { unique: true, where: 'person_id IS NOT NULL' })
@Index('uq_plan_item_party_organization', ['itemId', 'role', 'organizationId'], { unique: true, where: 'organization_id IS NOT NULL' })
export class PlanItemPartyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) itemId!: string;
  @ManyToOne(() => PlanItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: PlanItemEntity;
  @Column({ type: 'enum', enum: PlanPartyRole, enumName: 'plan_party_role' }) role!: PlanPartyRole;
  /** Order within the role, as the document lists them. */
  @Column({ type: 'int', default: 1 }) position!: number;
  @Index() @Column({ type: 'uuid', nullable: true }) personId!: string | null;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) organizationId!: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}
