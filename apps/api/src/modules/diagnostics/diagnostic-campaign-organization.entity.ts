import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { DiagnosticCampaignEntity } from './diagnostic-campaign.entity';

/** The organisations of a campaign whose scope is ORGANIZATIONS. */
@Entity('diagnostic_campaign_organization')
export class DiagnosticCampaignOrganizationEntity {
  @PrimaryColumn({ type: 'uuid' }) campaignId!: string;
  @ManyToOne(() => DiagnosticCampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: DiagnosticCampaignEntity;
  @Index() @PrimaryColumn({ type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}
