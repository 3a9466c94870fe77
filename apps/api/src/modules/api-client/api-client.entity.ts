import { ApiClientAccess, ApiClientDomain, ApiClientScopeKind } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { AccountEntity } from '../auth/account.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { MunicipalityEntity } from '../territory/municipality.entity';
import { RegionEntity } from '../territory/region.entity';

/**
 * An API client of a regional system: a name, the admin who owns it, one scope (a region, a municipality or an
 * organisation: exactly the column of its kind is set), permissions per domain and an expiry. It acts through its own
 * technical account (`account_id`: never signs in with a password), so whatever it writes and reads is audited
 * under the client's name like any person's request.
 */
@Entity('api_client')
@Check('ck_api_client_name', `length(btrim(name)) > 0`)
@Check(
  'ck_api_client_scope',
  `(scope_kind = 'REGION' AND region_id IS NOT NULL AND municipality_id IS NULL AND organization_id IS NULL)
   OR (scope_kind = 'MUNICIPALITY' AND region_id IS NULL AND municipality_id IS NOT NULL AND organization_id IS NULL)
   OR (scope_kind = 'ORGANIZATION' AND region_id IS NULL AND municipality_id IS NULL AND organization_id IS NOT NULL)`,
)
export class ApiClientEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 1000, nullable: true }) description!: string | null;
  /** The admin who keeps the client. */
  @Index() @Column({ type: 'uuid' }) ownerAccountId!: string;
  @ManyToOne(() => AccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_account_id' })
  ownerAccount?: AccountEntity;
  /** The client's own technical account: audit rows and authorship name it. */
  @Index('uq_api_client_account', { unique: true }) @Column({ type: 'uuid' }) accountId!: string;
  @ManyToOne(() => AccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;
  @Column({ type: 'enum', enum: ApiClientScopeKind, enumName: 'api_client_scope_kind' }) scopeKind!: ApiClientScopeKind;
  @Index() @Column({ type: 'uuid', nullable: true }) regionId!: string | null;
  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) municipalityId!: string | null;
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) organizationId!: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  /** After this moment no secret of the client is accepted. */
  @Column({ type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
  /** Archived clients are refused at once (undo-able). */
  @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt!: Date;
}

/** Read or read-write access of a client to one domain of the API. */
@Entity('api_client_permission')
@Unique('uq_api_client_permission', ['clientId', 'domain'])
export class ApiClientPermissionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) clientId!: string;
  @ManyToOne(() => ApiClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ApiClientEntity;
  @Column({ type: 'enum', enum: ApiClientDomain, enumName: 'api_client_domain' }) domain!: ApiClientDomain;
  @Column({ type: 'enum', enum: ApiClientAccess, enumName: 'api_client_access' }) access!: ApiClientAccess;
}

/**
 * A secret of a client. The secret itself (`mdsk_<prefix>_<32 random bytes>`) is shown once and never stored:
 * only its public lookup prefix and the SHA-256 of the whole secret (256 random bits: a slow hash adds nothing).
 * Rotation issues a new secret and sets `expires_at` on the old one (the overlap); revocation sets `revoked_at`.
 */
@Entity('api_client_secret')
@Check('ck_api_client_secret_prefix', `prefix ~ '^[a-z0-9]{12}$'`)
export class ApiClientSecretEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) clientId!: string;
  @ManyToOne(() => ApiClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ApiClientEntity;
  @Index('uq_api_client_secret_prefix', { unique: true }) @Column({ type: 'varchar', length: 12 }) prefix!: string;
  /** SHA-256 (hex) of the whole secret. */
  @Column({ type: 'char', length: 64 }) secretHash!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) lastUsedAt!: Date | null;
}

/**
 * The points a caller (`client:<id>` or `session:<id>`) spent in the current hour. One row per caller, changed only
 * by one atomic `INSERT … ON CONFLICT DO UPDATE … RETURNING`, so parallel requests never overspend the budget.
 */
@Entity('api_rate_budget')
@Check('ck_api_rate_budget_spent', `spent >= 0`)
export class ApiRateBudgetEntity {
  @Column({ type: 'varchar', length: 80, primary: true }) key!: string;
  @Column({ type: 'timestamptz', precision: 3 }) windowStartedAt!: Date;
  @Column({ type: 'integer', default: 0 }) spent!: number;
}
