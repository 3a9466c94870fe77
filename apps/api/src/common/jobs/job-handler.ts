import type { Actor } from '../auth/actor';
import type { Permission } from '../auth/permissions';

/** The file a job leaves for its owner to download. */
export interface JobFile {
  name: string;
  mime: string;
  data: Buffer;
}

/** What a handler gets while it runs. */
export interface JobContext<P> {
  jobId: string;
  params: P;
  /** The owner as an actor for a permission, with the grants they have NOW (not when they asked); throws a Russian
   *  error (the job fails) when the owner no longer has the permission. */
  actor(permission: Permission): Actor;
  /**
   * Reports progress 0–100 (stored when it changes). Call it between chunks of work: it also yields to the event loop
   * and throws when the API is stopping, so the job is taken up again after the restart (from the start).
   */
  progress(percent: number): Promise<void>;
  /** Aborted when the API is stopping. */
  signal: AbortSignal;
}

/**
 * A kind of background job. Domains implement it and register it with `JobService.register(handler)` in their
 * module's `onModuleInit`. `run` reads through the owning domains' services/read models with `ctx.actor(permission)`;
 * heavy CPU (PDF/XLSX of many rows) goes through `renderFile` (a worker thread). An `AppError` thrown by `run`
 * (`badInput`, `notFound`, …) fails the job with its Russian message; anything else fails it with a generic one.
 */
export interface JobHandler<P = Record<string, unknown>> {
  /** Unique, e.g. `report.methodical-service`. */
  readonly kind: string;
  /** Checks and normalises the parameters when the job is asked for (throw `badInput`/`fieldError`). */
  validate?(params: Record<string, unknown>, actor: Actor): Promise<P> | P;
  run(ctx: JobContext<P>): Promise<JobFile | null>;
  /** What the audit row keeps of the parameters (default: all of them; a list of rows should keep a summary). */
  auditParams?(params: P): Record<string, unknown>;
}

/** Thrown inside a job when the API stops; the job is resumed by the next instance. */
export class JobInterrupted extends Error {
  constructor() {
    super('The API is stopping; the job will be resumed');
  }
}
