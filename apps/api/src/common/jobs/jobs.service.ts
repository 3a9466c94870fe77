import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobState } from '@metodset/shared';
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../modules/audit/audit.service';
import { AccessScope } from '../auth/access-scope';
import { Actor } from '../auth/actor';
import { Permission } from '../auth/permissions';
import { UnitOfWork } from '../database/unit-of-work';
import { AppError, badInput, forbidden, notFound } from '../errors/errors';
import { JobContext, JobFile, JobHandler, JobInterrupted } from './job-handler';
import { JOB_RETRY_LIMIT, JobQueue } from './job-queue';
import { JobOwner, JobRepository, JobRow } from './job.repository';

export type { JobRow } from './job.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const JOB_INTERNAL_ERROR = 'Не удалось выполнить задание из-за внутренней ошибки. Попробуйте ещё раз или сообщите администратору';
const OWNER_GONE = 'Учётная запись, заказавшая задание, отключена';
const TOO_MANY_ATTEMPTS = 'Задание прерывалось слишком много раз и остановлено';
const UNKNOWN_KIND = 'Неизвестный вид задания';

/**
 * Background jobs (exports, reports, recalculations) on pg-boss. A domain implements `JobHandler` and registers it
 * (`register`, in its module's onModuleInit); a service asks for a job with `enqueue` (the job row, the queue entry
 * and the audit row commit together); the owner follows it through GraphQL `job(id)` / `myJobs` and downloads the
 * result at `GET /api/jobs/:id/file`. Only the owner sees a job: anyone else gets NOT_FOUND.
 *
 * Jobs run in this process, off the request path, two at a time per instance (pg-boss workers). Handlers report
 * progress between chunks (`ctx.progress` also yields to the event loop) and render big files in a worker thread
 * (`renderFile`), so requests keep being served. A job interrupted by a restart (or a dead instance: pg-boss expires
 * it after 15 minutes) is run again from the start by whichever instance takes it up.
 */
@Injectable()
export class JobService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private readonly stopping = new AbortController();
  private readonly events = new EventEmitter();
  private readonly logger = new Logger('Jobs');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: JobRepository,
    private readonly queue: JobQueue,
    private readonly audit: AuditService,
  ) {
    this.events.setMaxListeners(0);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.start((id, lastAttempt) => this.runOne(id, lastAttempt));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.queue.stop();
  }

  /** Adds a kind of job (once per kind). */
  register<P>(handler: JobHandler<P>): void {
    if (this.handlers.has(handler.kind)) throw new Error(`Job handler ${handler.kind} registered twice`);
    this.handlers.set(handler.kind, handler as JobHandler<unknown>);
  }

  /**
   * Asks for a job owned by the actor: checks the parameters with the handler's `validate`, writes the job row, its
   * queue entry and an audit row in one transaction (the given one, or its own), then wakes the workers.
   */
  async enqueue(actor: Actor, kind: string, params: Record<string, unknown>, title: string, m?: EntityManager): Promise<JobRow> {
    const handler = this.handlers.get(kind);
    if (!handler) throw badInput([{ field: 'kind', message: UNKNOWN_KIND }], UNKNOWN_KIND);
    const checked = (handler.validate ? await handler.validate(params, actor) : params) as Record<string, unknown>;
    const id = randomUUID();
    const write = async (tx: EntityManager) => {
      const row = await this.repo.insert(tx, { id, ownerAccountId: actor.user.accountId, kind, title: title.slice(0, 300), params: checked });
      await this.queue.send(tx, id);
      await this.audit.record(tx, { accountId: actor.user.accountId, action: 'create', entityType: 'job', entityId: id, after: { kind, title, params: handler.auditParams ? handler.auditParams(checked) : checked } });
      return row;
    };
    const row = m ? await write(m) : await this.uow.run(write);
    if (!m) this.queue.wake();
    return row;
  }

  /** A recurring task (pg-boss cron, one run per tick across instances), e.g. a nightly recalculation. */
  schedule(name: string, cron: string, run: () => Promise<unknown>): Promise<void> {
    return this.queue.schedule(name, cron, run);
  }

  /** Wakes the workers after a caller's own transaction (`enqueue(..., m)`) has committed. */
  wake(): void {
    this.queue.wake();
  }

  /** One job of the caller's own; anyone else's (or none) is NOT_FOUND. */
  async find(actor: Actor, id: string): Promise<JobRow> {
    const job = UUID.test(id) ? await this.repo.find(this.uow.reader, id) : null;
    if (!job || job.ownerAccountId !== actor.user.accountId) throw notFound('Задание не найдено');
    return job;
  }

  /** The caller's jobs, newest first (of some kinds when given). */
  mine(actor: Actor, kinds: string[] | null, limit: number): Promise<JobRow[]> {
    return this.repo.mine(this.uow.reader, actor.user.accountId, kinds?.length ? kinds : null, limit);
  }

  /** The result file of the caller's own finished job; the download is audited. */
  async file(actor: Actor, id: string): Promise<JobFile> {
    const job = await this.find(actor, id);
    const file = job.state === JobState.DONE ? await this.repo.file(this.uow.reader, id) : null;
    if (!file) throw notFound('Файл задания ещё не готов или не создавался');
    await this.uow.run((m) =>
      this.audit.record(m, { accountId: actor.user.accountId, action: 'download', entityType: 'job', entityId: id, after: { kind: job.kind, file: file.name } }),
    );
    return file;
  }

  /** Resolves when the job is DONE or FAILED (tests and callers that wait; the job may be run by another instance,
   *  then this resolves only if it was already settled or this instance settles it). */
  whenSettled(id: string): Promise<JobRow> {
    return new Promise((resolve, reject) => {
      const check = () => {
        this.repo.find(this.uow.reader, id).then((job) => {
          if (!job) {
            this.events.off('settled', onSettled);
            reject(new Error(`job ${id} not found`));
          } else if (job.state === JobState.DONE || job.state === JobState.FAILED) {
            this.events.off('settled', onSettled);
            resolve(job);
          }
        }, reject);
      };
      const onSettled = (settled: string) => settled === id && check();
      this.events.on('settled', onSettled);
      check();
    });
  }

  /** Resolves once the job (run by this instance) reports at least this progress. */
  whenProgress(id: string, atLeast: number): Promise<void> {
    return new Promise((resolve) => {
      const on = (jobId: string, progress: number) => {
        if (jobId === id && progress >= atLeast) {
          this.events.off('progress', on);
          resolve();
        }
      };
      this.events.on('progress', on);
    });
  }

  /**
   * One attempt at a job. Throwing hands the job back to pg-boss for another attempt (another instance, or after a
   * restart); on pg-boss's last attempt (`lastAttempt`) nothing comes after, so the job is settled here instead.
   */
  private async runOne(id: string, lastAttempt: boolean): Promise<void> {
    const m = this.uow.reader;
    const current = await this.repo.find(m, id);
    if (!current || current.state === JobState.DONE || current.state === JobState.FAILED) return;
    const handler = this.handlers.get(current.kind);
    if (!handler) {
      // Another instance (a newer version) may know it; pg-boss retries, then it fails for good.
      if (lastAttempt || current.attempts >= JOB_RETRY_LIMIT) return this.settle(id, UNKNOWN_KIND);
      throw new Error(`No handler for job kind ${current.kind} on this instance`);
    }
    if (current.attempts >= JOB_RETRY_LIMIT) return this.settle(id, TOO_MANY_ATTEMPTS);
    const job = await this.repo.start(m, id);
    if (!job) return;
    this.events.emit('progress', id, 0);
    const signal = this.stopping.signal;
    let owner: JobOwner | null = null;
    let last = 0;
    const ctx: JobContext<unknown> = {
      jobId: id,
      params: job.params,
      signal,
      actor: (permission: Permission): Actor => {
        if (!owner) throw forbidden(OWNER_GONE);
        const scope = AccessScope.forPermission(permission, owner.grants, owner.personId);
        if (scope.isEmpty) throw forbidden('У заказавшего больше нет прав на эти данные');
        return {
          scope,
          user: {
            accountId: owner.accountId,
            sessionId: `job:${id}`,
            login: owner.login,
            displayName: owner.displayName,
            personId: owner.personId,
            grants: owner.grants,
            roles: [...new Set(owner.grants.map((g) => g.role))],
          },
        };
      },
      progress: async (percent: number) => {
        if (signal.aborted) throw new JobInterrupted();
        const value = Math.max(0, Math.min(99, Math.floor(percent)));
        if (value > last) {
          last = value;
          await this.repo.progress(m, id, value);
          this.events.emit('progress', id, value);
        }
        await yieldToLoop();
        if (signal.aborted) throw new JobInterrupted();
      },
    };
    try {
      owner = await this.repo.owner(m, job.ownerAccountId);
      if (!owner) throw forbidden(OWNER_GONE);
      const file = await handler.run(ctx);
      await this.repo.finish(m, id, file);
      this.events.emit('progress', id, 100);
      this.events.emit('settled', id);
    } catch (err) {
      // Stopping: pg-boss marks the attempt failed and retries it (here after a restart, or on another instance).
      if (err instanceof JobInterrupted || signal.aborted) {
        if (lastAttempt) return this.settle(id, TOO_MANY_ATTEMPTS);
        throw err;
      }
      if (!(err instanceof AppError)) this.logger.error(`Job ${id} (${job.kind}) failed: ${err instanceof Error ? err.stack : String(err)}`);
      await this.settle(id, err instanceof AppError ? err.message : JOB_INTERNAL_ERROR);
    }
  }

  private async settle(id: string, error: string): Promise<void> {
    await this.repo.fail(this.uow.reader, id, error);
    this.events.emit('settled', id);
  }
}
