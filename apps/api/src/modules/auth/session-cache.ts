import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { SessionUser } from '../../common/auth/actor';

/** The channel the database notifies when sessions, accounts or grants change (triggers of the ApiSpeed migration). */
export const SESSION_CHANNEL = 'metodset_sessions';
/** How long a resolved session is reused without asking the database again. */
export const SESSION_CACHE_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  user: SessionUser & { lastSeenAt: Date };
  until: number;
}

/**
 * Resolved sessions kept for a few seconds, so a request does not spend a statement on its session. Revocation from
 * anywhere: triggers on `session` (revoked, expiry), `account` and `role_grant` NOTIFY `metodset_sessions` when they
 * commit, whoever wrote (this instance, another one, the CLI, plain SQL), and every instance LISTENs on its own
 * connection and forgets all it holds when the notification arrives (normally within milliseconds of the commit; on
 * a busy machine later, and an entry never outlives SESSION_CACHE_MS). This instance forgets at once what it revokes
 * itself. While that connection is down nothing is cached (every request asks the database, as before).
 *
 * A session read from the database before a clear is not cached after it: `set` takes the `generation` seen before
 * the read, and every clear starts a new one (else a read racing a revocation would keep the revoked session for
 * SESSION_CACHE_MS).
 */
@Injectable()
export class SessionCache implements OnModuleInit, OnApplicationShutdown {
  private readonly log = new Logger('SessionCache');
  private readonly entries = new Map<string, Entry>();
  private listener: Client | null = null;
  private listening = false;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;
  private gen = 0;
  private waiters: { after: number; resolve: () => void }[] = [];
  private activeWaiters: (() => void)[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    void this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.stop();
    await this.listener?.end().catch(() => undefined);
  }

  get(tokenHash: string): (SessionUser & { lastSeenAt: Date }) | null {
    if (!this.listening) return null;
    const e = this.entries.get(tokenHash);
    if (!e) return null;
    if (e.until < Date.now()) {
      this.entries.delete(tokenHash);
      return null;
    }
    return e.user;
  }

  /** Resolves once this instance listens (and so caches): from then on, every revocation committed clears it. */
  whenActive(): Promise<void> {
    if (this.listening) return Promise.resolve();
    return new Promise((resolve) => this.activeWaiters.push(resolve));
  }

  /** Increases with every clear: read it before reading a session from the database, and give it to `set`. */
  get generation(): number {
    return this.gen;
  }

  /** Keeps a session read from the database while no clear came after `generation` (read before that read). */
  set(tokenHash: string, user: SessionUser & { lastSeenAt: Date }, generation: number): void {
    if (!this.listening || generation !== this.gen) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(tokenHash, { user, until: Date.now() + SESSION_CACHE_MS });
  }

  /** Forgets everything (a revocation here, a notification from the database, a lost listener). */
  clear(): void {
    this.entries.clear();
    this.gen++;
    if (!this.waiters.length) return;
    const due = this.waiters.filter((w) => w.after < this.gen);
    this.waiters = this.waiters.filter((w) => w.after >= this.gen);
    for (const w of due) w.resolve();
  }

  /** Resolves at the first clear after `generation` (e.g. when another instance's revocation has been notified here). */
  clearedAfter(generation: number): Promise<void> {
    if (this.gen > generation) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ after: generation, resolve }));
  }

  private stop(): void {
    this.listening = false;
    this.clear();
  }

  private async listen(): Promise<void> {
    if (this.closed || !this.dataSource.isInitialized) return;
    const options = (this.dataSource.driver as unknown as { master?: { options?: Record<string, unknown> } }).master?.options;
    if (!options) return;
    const client = new Client({ ...options, application_name: 'metodset-session-cache' } as ConstructorParameters<typeof Client>[0]);
    this.listener = client;
    const lost = (err?: Error) => {
      if (this.listener !== client) return;
      this.listener = null;
      this.stop();
      client.removeAllListeners();
      void client.end().catch(() => undefined);
      if (err && !this.closed) this.log.warn(`Session cache off until the database is back: ${err.message}`);
      if (!this.closed) this.retry = setTimeout(() => void this.listen(), 5_000).unref();
    };
    client.on('notification', () => this.clear());
    client.on('error', (err) => lost(err));
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${SESSION_CHANNEL}`);
      if (this.listener === client && !this.closed) {
        this.listening = true;
        for (const resolve of this.activeWaiters.splice(0)) resolve();
      }
    } catch (err) {
      lost(err as Error);
    }
  }
}
