import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { PersonEntity } from '../person/person.entity';
import { DiagnosticCampaignEntity } from './diagnostic-campaign.entity';

/** A person taking part in a campaign; fixed when the campaign opens, with the organisation they then worked at. */
@Entity('diagnostic_participant')
@Unique('uq_diagnostic_participant', ['campaignId', 'personId'])
export class DiagnosticParticipantEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) campaignId!: string;
  @ManyToOne(() => DiagnosticCampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: DiagnosticCampaignEntity;
  @Index() @Column({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @Index() @Column({ type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
