import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { decimal } from '../../common/database/decimal';
import { IndicatorEntity } from './indicator.entity';

/** The target of an indicator for one year (one per indicator and year). */
@Entity('indicator_target')
@Unique('uq_indicator_target_year', ['indicatorId', 'year'])
@Check('ck_indicator_target_year', `year BETWEEN 2000 AND 2100`)
export class IndicatorTargetEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) indicatorId!: string;
  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: IndicatorEntity;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'numeric', precision: 14, scale: 4, transformer: decimal }) value!: number;
  /** The target as written («10 (с учётом перспективы)», «не менее 41 %»), when it is more than a number. */
  @Column({ type: 'varchar', length: 300, default: '' }) valueText!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
