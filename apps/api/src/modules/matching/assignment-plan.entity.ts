import { AssignmentPlanStatus } from '@metodset/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../auth/account.entity';
import { MentoringProgramEntity } from '../mentoring/mentoring-program.entity';
import { decimal } from '../../common/database/decimal';
import type { MatchPreferences } from './matching-fit';

/** A proposed whole-cohort assignment of a programme's mentees to mentors: reviewed and edited, then published as mentorships. */
@Entity('assignment_plan')
@Index('uq_assignment_plan_draft', ['programId'], { unique: true, where: `status = 'DRAFT'` })
export class AssignmentPlanEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) programId!: string;
  @ManyToOne(() => MentoringProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program?: MentoringProgramEntity;
  @Column({ type: 'enum', enum: AssignmentPlanStatus, enumName: 'assignment_plan_status', default: AssignmentPlanStatus.DRAFT }) status!: AssignmentPlanStatus;
  @Column({ type: 'numeric', precision: 12, scale: 2, default: 0, transformer: decimal }) totalScore!: number;
  /** Total fit a greedy assignment (best pairs first) reached on the same candidates: the baseline the plan is compared with. */
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: decimal }) greedyScore!: number | null;
  /** The preferences the plan was computed with: a re-plan and a pair chosen by hand score with them too. */
  @Column({ type: 'jsonb', default: () => "'{}'" }) preferences!: MatchPreferences;
  @Column({ type: 'uuid', nullable: true }) createdByAccountId!: string | null;
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_account_id' })
  createdBy?: AccountEntity;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
