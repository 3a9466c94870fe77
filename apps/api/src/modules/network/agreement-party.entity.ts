import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { AgreementEntity } from './agreement.entity';

/** A party to an agreement (a member organisation of the agreement's network). */
@Entity('agreement_party')
export class AgreementPartyEntity {
  @PrimaryColumn({ type: 'uuid' }) agreementId!: string;
  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: AgreementEntity;
  @Index() @PrimaryColumn({ type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}
