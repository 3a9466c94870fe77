import { RoleKind } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { MunicipalityEntity } from '../territory/municipality.entity';
import { RegionEntity } from '../territory/region.entity';
import { AccountEntity } from './account.entity';

/**
 * A role held with its scope. Exactly the scope column the role needs is set
 * (the check constraint enforces it); mentor/teacher roles are scoped to the account's person.
 */
@Entity('role_grant')
@Unique('uq_role_grant', ['accountId', 'role', 'scopeKey'])
@Check(
  'ck_role_grant_scope',
  `(role = 'PLATFORM_ADMIN' AND region_id IS NULL AND municipality_id IS NULL AND organization_id IS NULL)
   OR (role = 'REGIONAL_COORDINATOR' AND region_id IS NOT NULL AND municipality_id IS NULL AND organization_id IS NULL)
   OR (role = 'MUNICIPAL_METHODIST' AND region_id IS NULL AND municipality_id IS NOT NULL AND organization_id IS NULL)
   OR (role = 'ORGANIZATION_ADMIN' AND region_id IS NULL AND municipality_id IS NULL AND organization_id IS NOT NULL)
   OR (role IN ('MENTOR', 'TEACHER') AND region_id IS NULL AND municipality_id IS NULL AND organization_id IS NULL)`,
)
export class RoleGrantEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) accountId!: string;
  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;
  @Column({ type: 'enum', enum: RoleKind, enumName: 'role_kind' }) role!: RoleKind;
  @Column({ type: 'uuid', nullable: true }) regionId!: string | null;
  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;
  @Column({ type: 'uuid', nullable: true }) municipalityId!: string | null;
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;
  @Column({ type: 'uuid', nullable: true }) organizationId!: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  /** The scope's id or '' (platform/self): makes (account, role, scope) unique without NULL gaps. */
  @Column({ type: 'varchar', length: 36, default: '' }) scopeKey!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
