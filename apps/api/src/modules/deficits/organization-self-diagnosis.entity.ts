import { SelfDiagnosisSource } from '@metodset/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CompetencyFrameworkEntity } from '../competence/competency-framework.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { DiagnosticCampaignEntity } from '../diagnostics/diagnostic-campaign.entity';

/** A school's self-diagnostics (самодиагностика ОО) on a date: its deficits and proficits as a whole. */
@Entity('organization_self_diagnosis')
@Unique('uq_organization_self_diagnosis', ['organizationId', 'frameworkId', 'conductedOn'])
export class OrganizationSelfDiagnosisEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  @Index() @Column({ type: 'uuid' }) frameworkId!: string;
  @ManyToOne(() => CompetencyFrameworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'framework_id' })
  framework?: CompetencyFrameworkEntity;
  @Column({ type: 'date' }) conductedOn!: string;
  @Column({ type: 'enum', enum: SelfDiagnosisSource, enumName: 'self_diagnosis_source' }) source!: SelfDiagnosisSource;
  /** AGGREGATED: the campaign whose results were summed up. */
  @Index() @Column({ type: 'uuid', nullable: true }) campaignId!: string | null;
  @ManyToOne(() => DiagnosticCampaignEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: DiagnosticCampaignEntity;
  @Column({ type: 'text', default: '' }) summary!: string;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
