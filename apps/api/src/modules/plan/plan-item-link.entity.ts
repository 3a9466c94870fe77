import { PlanLinkKind } from '@metodset/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PlanItemEntity } from './plan-item.entity';

/**
 * What carries out a plan item: a mentorship, a diagnostic campaign (events and cohorts later), by kind and id.
 * The target's state gives the item its status (plan-item-status reader).
 */
@Entity('plan_item_link')
@Unique('uq_plan_item_link', ['itemId', 'kind', 'targetId'])
export class PlanItemLinkEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) itemId!: string;
  @ManyToOne(() => PlanItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: PlanItemEntity;
  @Column({ type: 'enum', enum: PlanLinkKind, enumName: 'plan_link_kind' }) kind!: PlanLinkKind;
  @Index() @Column({ type: 'uuid' }) targetId!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
