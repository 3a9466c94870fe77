import { DocumentKind, DocumentLevel } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { MunicipalityEntity } from '../territory/municipality.entity';
import { RegionEntity } from '../territory/region.entity';

/**
 * A normative document of the bank (закон, указ, постановление, распоряжение, приказ, положение, письмо, программа…)
 * at its level: federal (no owner), regional (a region), municipal (a municipality) or of an organisation.
 * Full-text search over the number and the title uses the `russian` configuration (index `ix_document_search`,
 * kept by the migration: TypeORM does not declare expression indexes). Tags (lower-case topics) are filtered with
 * `tags @> ARRAY[tag]` on the GIN index `ix_document_tags` (kept by the migration too).
 */
@Entity('document')
@Check('ck_document_title', `length(btrim(title)) > 0`)
@Check(
  'ck_document_level_owner',
  `(level = 'FEDERAL' AND num_nonnulls(region_id, municipality_id, organization_id) = 0)
   OR (level = 'REGIONAL' AND region_id IS NOT NULL AND municipality_id IS NULL AND organization_id IS NULL)
   OR (level = 'MUNICIPAL' AND municipality_id IS NOT NULL AND region_id IS NULL AND organization_id IS NULL)
   OR (level = 'ORGANIZATION' AND organization_id IS NOT NULL AND region_id IS NULL AND municipality_id IS NULL)`,
)
@Check('ck_document_validity', `valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from`)
@Check('ck_document_not_replaced_by_itself', `replaced_by_id IS NULL OR replaced_by_id <> id`)
@Check('ck_document_file', `(file_name IS NULL) = (file_type IS NULL) AND (file_name IS NULL) = (file_size IS NULL)`)
@Check('ck_document_url', `url IS NULL OR url ~ '^https?://'`)
@Check('ck_document_tags', `cardinality(tags) <= 20`)
@Index('ix_document_search', { synchronize: false })
@Index('ix_document_tags', { synchronize: false })
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'enum', enum: DocumentLevel, enumName: 'document_level' }) level!: DocumentLevel;
  @Index() @Column({ type: 'enum', enum: DocumentKind, enumName: 'document_kind' }) kind!: DocumentKind;
  /** The number as written («273-ФЗ», «527», «47/1»); empty when the document has none. */
  @Column({ type: 'varchar', length: 100, default: '' }) number!: string;
  /** The date of signing or approval; empty when the source does not state it. */
  @Index() @Column({ type: 'date', nullable: true }) issuedOn!: string | null;
  @Column({ type: 'text' }) title!: string;
  /** Who issued it, as written («Минтруд России», «Директор МОУ «СОШ №12» г. Воркуты»). */
  @Column({ type: 'varchar', length: 500, default: '' }) issuer!: string;
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
  @Column({ type: 'date', nullable: true }) validFrom!: string | null;
  @Column({ type: 'date', nullable: true }) validUntil!: string | null;
  @Index() @Column({ type: 'uuid', nullable: true }) replacedById!: string | null;
  @ManyToOne(() => DocumentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'replaced_by_id' })
  replacedBy?: DocumentEntity;
  /** Where the text is published (an official portal), when there is no file. */
  @Column({ type: 'varchar', length: 2000, nullable: true }) url!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) fileName!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) fileType!: string | null;
  @Column({ type: 'int', nullable: true }) fileSize!: number | null;
  /** Topics, lower-case, each once («наставничество», «стажировочные площадки»). */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) tags!: string[];
  /** Where the record comes from (the seed, the list it is cited in). */
  @Column({ type: 'text', default: '' }) sourceNote!: string;
  /** Demo data: invented for the demonstration. */
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @Index('uq_document_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
