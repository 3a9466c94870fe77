import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../auth/account.entity';
import { PlanItemEntity } from './plan-item.entity';
import { PlanEntity } from './plan.entity';
import { PlanVersionEntity } from './plan-version.entity';
import type { FieldChange } from './plan-version-diff';

/** A correction of a plan item (new dates, changed content) with its reason: who, when, what changed (old → new). */
@Entity('plan_correction')
@Check('ck_plan_correction_reason', `length(btrim(reason)) > 0`)
export class PlanCorrectionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) planId!: string;
  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) itemId!: string | null;
  @ManyToOne(() => PlanItemEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'item_id' })
  item?: PlanItemEntity;
  /** The item's title as it was, so the history reads even after the item is archived. */
  @Column({ type: 'text' }) itemTitle!: string;
  @Column({ type: 'text' }) reason!: string;
  @Column({ type: 'jsonb' }) changes!: FieldChange[];
  /** The version taken right after this correction. */
  @Column({ type: 'uuid', nullable: true }) versionId!: string | null;
  @ManyToOne(() => PlanVersionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'version_id' })
  version?: PlanVersionEntity;
  @Column({ type: 'uuid', nullable: true }) authorId!: string | null;
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: AccountEntity;
  @Column({ type: 'varchar', length: 300 }) authorName!: string;
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
