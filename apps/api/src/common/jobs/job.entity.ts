import { JobState } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../../modules/auth/account.entity';

/**
 * A background job as its owner sees it (the queue itself is pg-boss's, in the `pgboss` schema; its job has the
 * same id). The result file is kept here (bytea) until the job is removed; lists never select it.
 */
@Entity('job')
@Index('ix_job_owner_created', ['ownerAccountId', 'createdAt'])
@Check('ck_job_progress', `progress BETWEEN 0 AND 100`)
@Check('ck_job_kind', `length(btrim(kind)) > 0`)
@Check('ck_job_result', `state = 'DONE' OR (result_data IS NULL AND result_name IS NULL)`)
@Check('ck_job_error', `(state = 'FAILED') = (error IS NOT NULL)`)
export class JobEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) ownerAccountId!: string;
  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_account_id' })
  owner?: AccountEntity;
  /** The handler's kind (`report.methodical-service`, `list.export-pdf`, …). */
  @Column({ type: 'varchar', length: 100 }) kind!: string;
  /** What the owner sees in the list of jobs (Russian). */
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'jsonb' }) params!: Record<string, unknown>;
  @Column({ type: 'enum', enum: JobState, enumName: 'job_state', default: JobState.QUEUED }) state!: JobState;
  @Column({ type: 'smallint', default: 0 }) progress!: number;
  /** Runs started (a restart of the API in the middle starts it again). */
  @Column({ type: 'smallint', default: 0 }) attempts!: number;
  /** Russian, for the owner. */
  @Column({ type: 'varchar', length: 1000, nullable: true }) error!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) resultName!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) resultMime!: string | null;
  @Column({ type: 'bytea', nullable: true, select: false }) resultData!: Buffer | null;
  @Column({ type: 'integer', nullable: true }) resultSize!: number | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}
