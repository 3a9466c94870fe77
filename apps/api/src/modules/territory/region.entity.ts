import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Субъект РФ. */
@Entity('region')
export class RegionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Код субъекта (e.g. "47" — Ленинградская область). */
  @Column({ type: 'varchar', length: 8, unique: true }) code!: string;
  @Column({ type: 'varchar', length: 200, unique: true }) name!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
