import { OrganizationStatusKind } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

/** A status an organisation holds in a year, with where it comes from (a list, an order). */
@Entity('organization_status')
@Unique('uq_organization_status', ['organizationId', 'kind', 'year'])
@Check('ck_organization_status_year', `year BETWEEN 2000 AND 2100`)
// «Стажировочная/опорная площадка» is derived from the staging sites (modules/staging/staging-status.sql.ts), never entered here.
@Check('ck_organization_status_not_derived', `kind NOT IN ('STAGING_SITE', 'SUPPORT_SITE')`)
export class OrganizationStatusEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  @Column({ type: 'enum', enum: OrganizationStatusKind, enumName: 'organization_status_kind' }) kind!: OrganizationStatusKind;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'varchar', length: 500, nullable: true }) source!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
