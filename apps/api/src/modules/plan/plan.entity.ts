import { PlanKind, PlanStatus } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { NetworkEntity } from '../network/network.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { MunicipalityEntity } from '../territory/municipality.entity';

/** A plan (проект, дорожная карта, план-график, план мероприятий на учебный год) of one organisation, municipality or network. */
@Entity('plan')
@Check('ck_plan_title', `length(btrim(title)) > 0`)
@Check('ck_plan_owner', `num_nonnulls(organization_id, municipality_id, network_id) = 1`)
@Check('ck_plan_period', `ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on`)
export class PlanEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'enum', enum: PlanKind, enumName: 'plan_kind' }) kind!: PlanKind;
  @Column({ type: 'varchar', length: 1000 }) title!: string;
  @Index() @Column({ type: 'uuid', nullable: true }) organizationId!: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) municipalityId!: string | null;
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) networkId!: string | null;
  @ManyToOne(() => NetworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;
  @Column({ type: 'date', nullable: true }) startsOn!: string | null;
  @Column({ type: 'date', nullable: true }) endsOn!: string | null;
  /** The period as the document writes it («2020–2021 учебный год»). */
  @Column({ type: 'varchar', length: 300, default: '' }) periodText!: string;
  @Column({ type: 'enum', enum: PlanStatus, enumName: 'plan_status', default: PlanStatus.ACTIVE }) status!: PlanStatus;
  /** Where the plan comes from (the document, its approval). */
  @Column({ type: 'text', default: '' }) sourceNote!: string;
  /** Demo data: the record (or what was added to it) is invented for the demonstration. */
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @Index('uq_plan_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
