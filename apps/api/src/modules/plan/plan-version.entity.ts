import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AccountEntity } from '../auth/account.entity';
import { PlanEntity } from './plan.entity';
import type { PlanSnapshot } from './plan-version-diff';

/** A version of a plan: a snapshot of its items taken at a correction or when someone fixes a version by hand. */
@Entity('plan_version')
@Unique('uq_plan_version_number', ['planId', 'number'])
@Check('ck_plan_version_number', `number > 0`)
export class PlanVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) planId!: string;
  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;
  @Column({ type: 'int' }) number!: number;
  @Column({ type: 'text', default: '' }) note!: string;
  @Column({ type: 'jsonb' }) snapshot!: PlanSnapshot;
  @Column({ type: 'uuid', nullable: true }) createdById!: string | null;
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: AccountEntity;
  @Column({ type: 'varchar', length: 300 }) createdByName!: string;
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
