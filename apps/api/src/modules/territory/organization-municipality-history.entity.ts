import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { MunicipalityEntity } from './municipality.entity';

/**
 * A municipality an organisation belonged to before a merge moved it: from when (the previous move or the
 * organisation's creation) until the merge, and where it went.
 */
@Entity('organization_municipality_history')
@Check('ck_org_mun_history_dates', `valid_until >= valid_from`)
@Check('ck_org_mun_history_moved', `municipality_id <> moved_to_id`)
export class OrganizationMunicipalityHistoryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  /** The former municipality. */
  @Index() @Column({ type: 'uuid' }) municipalityId!: string;
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;
  @Column({ type: 'uuid' }) movedToId!: string;
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'moved_to_id' })
  movedTo?: MunicipalityEntity;
  @Column({ type: 'timestamptz' }) validFrom!: Date;
  @Column({ type: 'timestamptz' }) validUntil!: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
