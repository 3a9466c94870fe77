import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PlanEntity } from './plan.entity';

/** A risk of a plan and how it is mitigated (the seeds list risks: «нехватка времени у педагогов…»). */
@Entity('plan_risk')
@Check('ck_plan_risk_title', `length(btrim(title)) > 0`)
export class PlanRiskEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) planId!: string;
  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', default: '' }) mitigation!: string;
  /** Invented for the demo (the seed states the risk but not its mitigation, or nothing at all). */
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
