import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type PgBossType from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/config';

// pg-boss 10 is CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PgBoss = require('pg-boss') as typeof PgBossType;

/** The one queue of the API's jobs; the handler is chosen by the job row's kind. */
export const JOB_QUEUE = 'metodset-jobs';
/** Jobs one API instance runs at once. */
const WORKERS = 2;
/** A job interrupted by a restart is taken up again this many times at most. */
export const JOB_RETRY_LIMIT = 5;
/** A job still active after this long (its instance died) is taken up again by pg-boss's maintenance. */
const EXPIRE_SECONDS = 15 * 60;
/** Idle workers look for new jobs this often (a job asked for on this instance wakes them at once). */
const POLL_SECONDS = 2;

/** Retries of a queue of its own: how many, the first delay in seconds, doubling each time when `backoff`. */
export interface QueueOptions {
  retryLimit: number;
  retryDelay: number;
  backoff: boolean;
  pollingIntervalSeconds: number;
}

/**
 * pg-boss (PostgreSQL-backed queue, its own `pgboss` schema, created and migrated by the owner before the app starts
 * (`database/job-schema.ts`; the app role has its rows, no CREATE); the TypeORM migrations do not know it) over a small pool of its own, so its polling never mixes with the
 * requests' statements. Infrastructure like UnitOfWork: the only place that holds the DataSource's URL for it.
 */
@Injectable()
export class JobQueue {
  private boss: PgBossType | null = null;
  private workerIds: string[] = [];
  private readonly crons: { name: string; cron: string; run: () => Promise<unknown> }[] = [];
  private readonly logger = new Logger('JobQueue');
  private readonly queues: { name: string; options: QueueOptions; handler: (data: Record<string, unknown>) => Promise<void> }[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: Pick<AppConfig, 'SCHEDULED_JOBS'>,
  ) {}

  /**
   * Starts pg-boss and the workers (not when the app runs without a database, e.g. schema emission). `run` learns
   * whether pg-boss will retry the job if it throws: on the last attempt it must settle the job itself, or the job's
   * row would wait forever for an attempt that never comes.
   */
  async start(run: (jobId: string, lastAttempt: boolean) => Promise<void>): Promise<void> {
    if (!this.dataSource.isInitialized || this.boss) return;
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url) throw new Error('JobQueue: the DataSource has no url');
    const boss = new PgBoss({
      connectionString: url,
      schema: 'pgboss',
      max: 3,
      application_name: 'metodset-jobs',
      // Cron schedules (`schedule`): pg-boss sends one job per tick whatever the number of instances.
      schedule: true,
      supervise: true,
      migrate: true,
    });
    // Without a listener an 'error' event would end the process (e.g. the database restarting).
    boss.on('error', (err: Error) => this.logger.warn(`pg-boss: ${err.message}`));
    try {
      await boss.start();
    } catch (err) {
      // The API serves without jobs rather than not at all (asking for one then fails with an internal error).
      this.logger.error(`Background jobs are off: pg-boss did not start (${err instanceof Error ? err.message : String(err)})`);
      return;
    }
    await boss.createQueue(JOB_QUEUE, {
      name: JOB_QUEUE,
      retryLimit: JOB_RETRY_LIMIT,
      retryDelay: 1,
      expireInSeconds: EXPIRE_SECONDS,
    });
    this.boss = boss;
    for (const c of this.crons) await this.startCron(boss, c);
    for (let i = 0; i < WORKERS; i++) {
      this.workerIds.push(
        await boss.work<{ jobId: string }>(JOB_QUEUE, { batchSize: 1, pollingIntervalSeconds: POLL_SECONDS, includeMetadata: true }, async ([job]) => {
          if (job) await this.failedInHand(boss, JOB_QUEUE, job.id, () => run(job.data.jobId, job.retryCount >= job.retryLimit));
        }),
      );
    }
    for (const q of this.queues) {
      await boss.createQueue(q.name, { name: q.name, retryLimit: q.options.retryLimit, retryDelay: q.options.retryDelay, retryBackoff: q.options.backoff, expireInSeconds: 120 });
      this.workerIds.push(
        await boss.work<Record<string, unknown>>(q.name, { batchSize: 1, pollingIntervalSeconds: q.options.pollingIntervalSeconds }, async ([job]) => {
          if (job) await this.failedInHand(boss, q.name, job.id, () => q.handler(job.data));
        }),
      );
    }
  }

  /**
   * Runs a job's handler. When it throws while this instance stops, the attempt is failed here and awaited: pg-boss
   * fails it without waiting and closes its pool next, and a pool that is closing drops the statements still waiting
   * for a connection (pg-pool), which would leave the job active until it expires (15 minutes) instead of retried
   * at once. pg-boss's own completion afterwards finds the job no longer active and changes nothing.
   */
  private async failedInHand(boss: PgBossType, queue: string, id: string, handle: () => Promise<void>): Promise<void> {
    try {
      await handle();
    } catch (err) {
      if (this.boss === boss) throw err;
      await boss.fail(queue, id, { message: err instanceof Error ? err.message : String(err) });
    }
  }

  /**
   * A queue of its own with its own retries (e.g. webhook deliveries with backoff): the handler throws to be retried.
   * Add it before the application starts (a module's `onModuleInit`).
   */
  addQueue<T extends Record<string, unknown>>(name: string, options: QueueOptions, handler: (data: T) => Promise<void>): void {
    this.queues.push({ name, options, handler: handler as (data: Record<string, unknown>) => Promise<void> });
  }

  /** Whether pg-boss runs (it does not when the app runs without a database, or when it failed to start). */
  get started(): boolean {
    return !!this.boss;
  }

  /** Puts an entry on a queue added with `addQueue`, inside the caller's transaction. */
  async sendTo(m: EntityManager, name: string, data: Record<string, unknown>): Promise<void> {
    if (!this.boss) throw new Error('JobQueue is not started');
    await this.boss.send(name, data, {
      db: { executeSql: async (text: string, values: unknown[]) => ({ rows: (await m.query(text, values)) as unknown[] }) },
    } as PgBossType.SendOptions);
  }

  /**
   * A recurring task on pg-boss's cron (a queue of its own, `cron` in server time): run by whichever instance takes the
   * tick. Registered before or after start; not run when jobs are off. With `SCHEDULED_JOBS=off` the schedule is
   * registered but this instance takes none of its ticks.
   */
  async schedule(name: string, cron: string, run: () => Promise<unknown>): Promise<void> {
    const c = { name, cron, run };
    this.crons.push(c);
    if (this.boss) await this.startCron(this.boss, c);
  }

  /** Registers a schedule on pg-boss and, unless `SCHEDULED_JOBS=off`, a worker for its ticks. */
  async startCron(boss: Pick<PgBossType, 'createQueue' | 'schedule' | 'work'>, c: { name: string; cron: string; run: () => Promise<unknown> }): Promise<void> {
    await boss.createQueue(c.name, { name: c.name, retryLimit: 1, expireInSeconds: EXPIRE_SECONDS });
    await boss.schedule(c.name, c.cron);
    if (this.config.SCHEDULED_JOBS === 'off') return;
    await boss.work(c.name, { batchSize: 1, pollingIntervalSeconds: 60 }, async () => {
      await c.run();
    });
  }

  /** Puts a job on the queue inside the caller's transaction: the job row and the queue entry commit together. */
  async send(m: EntityManager, jobId: string): Promise<void> {
    if (!this.boss) throw new Error('JobQueue is not started');
    await this.boss.send(JOB_QUEUE, { jobId }, {
      id: jobId,
      db: { executeSql: async (text: string, values: unknown[]) => ({ rows: (await m.query(text, values)) as unknown[] }) },
    } as PgBossType.SendOptions);
  }

  /** Wakes this instance's idle workers (after a commit). */
  wake(): void {
    for (const id of this.workerIds) this.boss?.notifyWorker(id);
  }

  /** Stops taking jobs; running ones are interrupted by the caller (their abort signal) and retried elsewhere. */
  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    this.workerIds = [];
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 15_000, close: true });
  }
}
