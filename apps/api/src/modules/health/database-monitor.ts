import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';

/** How often the database is asked while it answers, and while it does not. */
const PING_UP_MS = 2000;
const PING_DOWN_MS = 500;
const PING_TIMEOUT_MS = 3000;

/**
 * Knows whether the database answers. Asks it (`SELECT 1` straight on the pool, not counted as the
 * app's SQL) every few seconds, at once when the pool reports a broken connection, and often while
 * it is away. The pool itself drops broken connections and opens new ones, so nothing needs to be
 * restarted when the database comes back.
 */
@Injectable()
export class DatabaseMonitor implements OnModuleInit, OnModuleDestroy {
  private up = true;
  private timer?: NodeJS.Timeout;
  private checking: Promise<boolean> | null = null;
  private closed = false;

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  get available(): boolean {
    return this.up;
  }

  onModuleInit(): void {
    this.pool()?.on('error', () => void this.check());
    this.schedule();
  }

  onModuleDestroy(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  /** Asks the database now; one question at a time. */
  check(): Promise<boolean> {
    this.checking ??= this.ping()
      .then((ok) => {
        if (ok !== this.up) console.warn(ok ? 'The database answers again' : 'The database does not answer');
        this.up = ok;
        return ok;
      })
      .finally(() => (this.checking = null));
    return this.checking;
  }

  private schedule(): void {
    if (this.closed) return;
    this.timer = setTimeout(() => void this.check().finally(() => this.schedule()), this.up ? PING_UP_MS : PING_DOWN_MS);
    this.timer.unref();
  }

  private pool(): Pool | undefined {
    return (this.ds.driver as unknown as { master?: Pool }).master;
  }

  private async ping(): Promise<boolean> {
    const pool = this.pool();
    if (!pool || !this.ds.isInitialized) return false;
    let timeout: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        pool.query('SELECT 1'),
        new Promise((_, reject) => (timeout = setTimeout(() => reject(new Error('timeout')), PING_TIMEOUT_MS))),
      ]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timeout);
    }
  }
}
