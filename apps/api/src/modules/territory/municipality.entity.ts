import { MunicipalityKind } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { RegionEntity } from './region.entity';

/**
 * Муниципальный район / городской округ. Created, renamed (with its OKTMO code), merged and archived in the product
 * (`TerritoryService`); a merged municipality is archived with a pointer to the one it went into.
 */
@Entity('municipality')
@Unique('uq_municipality_region_name', ['regionId', 'name'])
@Check('ck_municipality_oktmo', `oktmo IS NULL OR oktmo ~ '^([0-9]{8}|[0-9]{11})$'`)
@Check('ck_municipality_name', `length(btrim(name)) > 0`)
@Check('ck_municipality_merged', `merged_into_id IS NULL OR (merged_into_id <> id AND archived_at IS NOT NULL)`)
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) regionId!: string;
  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'enum', enum: MunicipalityKind, enumName: 'municipality_kind' }) kind!: MunicipalityKind;
  /** ОКТМО: 8 digits (a municipal district / urban okrug) or 11 (a settlement); unique in the installation. */
  @Index('uq_municipality_oktmo', { unique: true, where: 'oktmo IS NOT NULL' })
  @Column({ type: 'varchar', length: 11, nullable: true })
  oktmo!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  /** Set when this municipality was merged into another (it is archived then). */
  @Index() @Column({ type: 'uuid', nullable: true }) mergedIntoId!: string | null;
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: MunicipalityEntity;
  @Column({ type: 'timestamptz', nullable: true }) mergedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
