import { PlanItemStatus } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { PlanStageEntity } from './plan-stage.entity';
import { PlanEntity } from './plan.entity';

/**
 * An item of a plan (мероприятие): its dates and the period as written, who is responsible, who takes part, the
 * planned and the actual result, and the status set by hand (a linked mentorship or campaign overrides it: the
 * plan-item-status reader).
 */
@Entity('plan_item')
@Check('ck_plan_item_title', `length(btrim(title)) > 0`)
@Check('ck_plan_item_position', `position >= 1`)
@Check('ck_plan_item_period', `ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on`)
@Unique('uq_plan_item_position', ['stageId', 'position'], { deferrable: 'INITIALLY DEFERRED' })
export class PlanItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) planId!: string;
  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;
  @Index() @Column({ type: 'uuid' }) stageId!: string;
  @ManyToOne(() => PlanStageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stage_id' })
  stage?: PlanStageEntity;
  @Column({ type: 'int' }) position!: number;
  /** The number as the document writes it («2.3.»); empty: numbered by position. */
  @Column({ type: 'varchar', length: 20, default: '' }) number!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'date', nullable: true }) startsOn!: string | null;
  @Column({ type: 'date', nullable: true }) endsOn!: string | null;
  /** «Сроки» as written: «сентябрь 2021», «в течение года». */
  @Column({ type: 'varchar', length: 300, default: '' }) periodText!: string;
  /** «Ответственные» as written when the document names a role or a group («руководители ОО»). */
  @Column({ type: 'text', default: '' }) responsibleText!: string;
  @Column({ type: 'text', default: '' }) participantsText!: string;
  @Column({ type: 'text', default: '' }) expectedResult!: string;
  @Column({ type: 'text', default: '' }) actualResult!: string;
  /** Set by hand; a linked mentorship or campaign overrides it (plan-item-status reader). */
  @Index() @Column({ type: 'enum', enum: PlanItemStatus, enumName: 'plan_item_status', default: PlanItemStatus.PLANNED }) status!: PlanItemStatus;
  /** Demo data: the status and the actual result are invented for the demonstration. */
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @Index('uq_plan_item_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
