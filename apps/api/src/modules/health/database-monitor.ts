import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { forEachPoolClient, PoolWithClients } from '../../database/pool-clients';

interface ClientWithListeners {
  listeners(event: 'error'): unknown[];
  on(event: 'error', listener: () => void): unknown;
}

/** How often the database is asked while it answers, and while it does not. */
const PING_UP_MS = 2000;
const PING_DOWN_MS = 500;
const PING_TIMEOUT_MS = 3000;
const TIMEOUTS_BEFORE_DOWN = 3;

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
  private timeouts = 0;

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  get available(): boolean {
    return this.up;
  }

  onModuleInit(): void {
    const pool = this.pool();
    if (pool) {
      pool.on('error', () => void this.check());
      // A connection that breaks while checked out can report more than one error, and TypeORM
      // listens for the first only: an unheard 'error' event would end the process. Every client
      // gets a listener of its own for as long as it lives.
      const guard = (client: ClientWithListeners) => {
        if (!client.listeners('error').includes(this.onClientError)) client.on('error', this.onClientError);
      };
      forEachPoolClient(pool as unknown as PoolWithClients<ClientWithListeners>, guard);
      this.schedule();
    }
  }

  private readonly onClientError = () => void this.check();

  onModuleDestroy(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  /** Asks the database now; one question at a time. */
  check(): Promise<boolean> {
    this.checking ??= this.ping()
      .then((ok) => {
        if (ok !== this.up && !this.closed) console.warn(ok ? 'The database answers again' : 'The database does not answer');
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

  /**
   * True when `SELECT 1` answers, false when it fails or times out. A ping that times out while other queries wait
   * for a connection of the pool only says the pool is busy (many parallel requests on a loaded machine), not that
   * the database is away: it keeps the current state, so a busy API never answers 503.
   */
  private async ping(): Promise<boolean> {
    const pool = this.pool();
    if (!pool || !this.ds.isInitialized) return false;
    let timeout: NodeJS.Timeout | undefined;
    const timedOut = new Error('timeout');
    try {
      await Promise.race([
        pool.query('SELECT 1'),
        new Promise((_, reject) => (timeout = setTimeout(() => reject(timedOut), PING_TIMEOUT_MS))),
      ]);
      this.timeouts = 0;
      return true;
    } catch (e) {
      if (e !== timedOut) return false;
      // A slow answer on a loaded machine (a busy pool, or an event loop that ran late so the timer fired first) is
      // not an absent database: only several timeouts in a row mark it down. A refused connection does at once.
      this.timeouts += 1;
      if (pool.waitingCount > 0 || this.timeouts < TIMEOUTS_BEFORE_DOWN) return this.up;
      return false;
    } finally {
      clearTimeout(timeout);
    }
  }
}
