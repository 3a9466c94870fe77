import { PlanLinkKind } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PlanItemEntity } from './plan-item.entity';

/**
 * What carries out a plan item: a mentorship, a diagnostic campaign, an event (optionally one occurrence of a series:
 * `occurrenceDate`, the occurrence's original date) or an internship cohort, by kind and id.
 * The target's state gives the item its status (plan-item-status reader).
 */
@Entity('plan_item_link')
@Unique('uq_plan_item_link', ['itemId', 'kind', 'targetId'])
@Check('ck_plan_item_link_occurrence', `occurrence_date IS NULL OR kind::text = 'EVENT'`)
export class PlanItemLinkEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) itemId!: string;
  @ManyToOne(() => PlanItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: PlanItemEntity;
  @Column({ type: 'enum', enum: PlanLinkKind, enumName: 'plan_link_kind' }) kind!: PlanLinkKind;
  @Index() @Column({ type: 'uuid' }) targetId!: string;
  /** EVENT only: one occurrence of a series (its original date); null: the event as a whole. */
  @Column({ type: 'date', nullable: true }) occurrenceDate!: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
