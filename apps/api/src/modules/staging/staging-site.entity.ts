import { StagingSiteKind, StagingSiteLevel } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { PersonEntity } from '../person/person.entity';

/**
 * A staging, support or innovation site on a host organisation for a period. The organisation's statuses
 * «стажировочная/опорная/инновационная площадка» are derived from these rows (staging-status.sql.ts).
 */
@Entity('staging_site')
@Check('ck_staging_site_theme', `length(btrim(theme)) > 0`)
@Check('ck_staging_site_period', `ends_on >= starts_on`)
export class StagingSiteEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'enum', enum: StagingSiteKind, enumName: 'staging_site_kind' }) kind!: StagingSiteKind;
  @Column({ type: 'enum', enum: StagingSiteLevel, enumName: 'staging_site_level' }) level!: StagingSiteLevel;
  @Index() @Column({ type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  @Column({ type: 'varchar', length: 500 }) theme!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Index() @Column({ type: 'uuid', nullable: true }) headPersonId!: string | null;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'head_person_id' })
  head?: PersonEntity;
  @Column({ type: 'date' }) startsOn!: string;
  @Column({ type: 'date' }) endsOn!: string;
  /** The order that set the site up: its number and date as written («№ 47/1», «26.02.2019»). */
  @Column({ type: 'varchar', length: 100, nullable: true }) orderNumber!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) orderDate!: string | null;
  /** Invented demo data (not from the programmes). */
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @Index('uq_staging_site_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
