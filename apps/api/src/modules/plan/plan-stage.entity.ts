import { PlanStageKind } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { PlanEntity } from './plan.entity';

/** A stage of a plan (организационный, основной, аналитико-рефлексивный…), in order. */
@Entity('plan_stage')
@Check('ck_plan_stage_title', `length(btrim(title)) > 0`)
@Check('ck_plan_stage_position', `position >= 1`)
@Check('ck_plan_stage_period', `ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on`)
@Unique('uq_plan_stage_position', ['planId', 'position'], { deferrable: 'INITIALLY DEFERRED' })
export class PlanStageEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) planId!: string;
  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'varchar', length: 1000 }) title!: string;
  @Column({ type: 'enum', enum: PlanStageKind, enumName: 'plan_stage_kind', default: PlanStageKind.OTHER }) kind!: PlanStageKind;
  @Column({ type: 'date', nullable: true }) startsOn!: string | null;
  @Column({ type: 'date', nullable: true }) endsOn!: string | null;
  /** The period as written («май – август 2022 г.»). */
  @Column({ type: 'varchar', length: 300, default: '' }) periodText!: string;
  /** What the stage is for, as written (its tasks, «Формы реализации: …»). */
  @Column({ type: 'text', default: '' }) description!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
