import { RouteStatus } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AccountEntity } from '../auth/account.entity';
import { AssociationEntity } from '../association/association.entity';
import { DiagnosticCampaignEntity } from '../diagnostics/diagnostic-campaign.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { PersonEntity } from '../person/person.entity';

/**
 * An individual learning route (ИОМ) of a person, or a group route of an association (group). The organisation is the
 * one responsible for it (the owner's school): its administration and the methodists over it approve the route.
 */
@Entity('learning_route')
@Check('ck_learning_route_owner', `num_nonnulls(person_id, association_id) = 1`)
@Check('ck_learning_route_period', `ends_on >= starts_on`)
@Check('ck_learning_route_title', `length(btrim(title)) > 0`)
export class LearningRouteEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid', nullable: true }) personId!: string | null;
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) associationId!: string | null;
  @ManyToOne(() => AssociationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'association_id' })
  association?: AssociationEntity;
  @Index() @Column({ type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'text', default: '' }) goal!: string;
  @Column({ type: 'date' }) startsOn!: string;
  @Column({ type: 'date' }) endsOn!: string;
  @Index() @Column({ type: 'enum', enum: RouteStatus, enumName: 'route_status', default: RouteStatus.DRAFT }) status!: RouteStatus;
  /** The diagnostics the route was built from (baseline of the effectiveness card). */
  @Index() @Column({ type: 'uuid', nullable: true }) campaignId!: string | null;
  @ManyToOne(() => DiagnosticCampaignEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: DiagnosticCampaignEntity;
  /** Comments of the approver when the route was returned. */
  @Column({ type: 'text', nullable: true }) returnComment!: string | null;
  @Column({ type: 'uuid', nullable: true }) approvedByAccountId!: string | null;
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'approved_by_account_id' })
  approvedBy?: AccountEntity;
  @Column({ type: 'timestamptz', nullable: true }) approvedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) completedAt!: Date | null;
  /** «Диалог в сети»: the achievements page is visible to the owner's networks. */
  @Column({ type: 'boolean', default: false }) sharedInNetwork!: boolean;
  @Index('uq_learning_route_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
