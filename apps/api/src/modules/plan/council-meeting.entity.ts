import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { PlanItemEntity } from './plan-item.entity';
import { PlanEntity } from './plan.entity';

/** A meeting of the coordination council of the plan's owner (004: the council meets four times a year). */
@Entity('council_meeting')
@Check('ck_council_meeting_agenda', `cardinality(agenda) > 0`)
export class CouncilMeetingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) planId!: string;
  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;
  @Column({ type: 'date' }) heldOn!: string;
  /** Agenda items in order. */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) agenda!: string[];
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

/** A decision of a council meeting; one action turns it into a plan item linked back here. */
@Entity('council_decision')
@Unique('uq_council_decision_position', ['meetingId', 'position'])
@Check('ck_council_decision_text', `length(btrim(text)) > 0`)
export class CouncilDecisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) meetingId!: string;
  @ManyToOne(() => CouncilMeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: CouncilMeetingEntity;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'text' }) text!: string;
  @Index() @Column({ type: 'uuid', nullable: true }) planItemId!: string | null;
  @ManyToOne(() => PlanItemEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'plan_item_id' })
  planItem?: PlanItemEntity;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
