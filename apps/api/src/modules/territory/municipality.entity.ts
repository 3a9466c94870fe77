import { MunicipalityKind } from '@metodset/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { RegionEntity } from './region.entity';

/** Муниципальный район / городской округ. */
@Entity('municipality')
@Unique('uq_municipality_region_name', ['regionId', 'name'])
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) regionId!: string;
  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'enum', enum: MunicipalityKind, enumName: 'municipality_kind' }) kind!: MunicipalityKind;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
