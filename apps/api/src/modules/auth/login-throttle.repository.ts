import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { delaySql, SIGN_IN_LIMITS } from './sign-in-limits';

/** A reservation's answer: the attempt may go ahead, or the seconds to wait. */
export type Reservation = { ok: true } | { ok: false; waitSeconds: number };

interface ReserveRow {
  reserved: number | null;
  wait: string | number | null;
}

const L = SIGN_IN_LIMITS;
const answer = (row: ReserveRow | undefined): Reservation =>
  row?.reserved != null ? { ok: true } : { ok: false, waitSeconds: Math.max(1, Math.ceil(Number(row?.wait ?? 1))) };

/**
 * The sign-in counters (`login_throttle`). Each reservation is ONE statement (an upsert whose update is guarded by
 * the limit): PostgreSQL serialises the upserts of one row, so parallel attempts cannot all pass, on any instance.
 */
@Injectable()
export class LoginThrottleRepository {
  /**
   * Counts an attempt on the account as failed before its password is checked; refused while the account waits.
   * The attempt that reaches the limit starts the next wait itself.
   */
  async reserveAccount(m: EntityManager, login: string): Promise<Reservation> {
    const failures = `CASE WHEN t.updated_at < now() - make_interval(secs => ${L.forgetAfterSeconds}) THEN 1 ELSE t.failures + 1 END`;
    const rows: ReserveRow[] = await m.query(
      `WITH r AS (
         INSERT INTO login_throttle AS t (kind, key, failures, locked_until, updated_at)
         VALUES ('ACCOUNT', $1, 1, CASE WHEN (${delaySql('1')}) > 0 THEN now() + make_interval(secs => ${delaySql('1')}) END, now())
         ON CONFLICT (kind, key) DO UPDATE SET
           failures = ${failures},
           locked_until = CASE WHEN (${delaySql(failures)}) > 0 THEN now() + make_interval(secs => ${delaySql(failures)}) END,
           updated_at = now()
         WHERE t.locked_until IS NULL OR t.locked_until <= now()
         RETURNING t.failures)
       SELECT (SELECT failures FROM r) AS reserved,
              (SELECT extract(epoch FROM locked_until - now()) FROM login_throttle WHERE kind = 'ACCOUNT' AND key = $1) AS wait`,
      [login],
    );
    return answer(rows[0]);
  }

  /** Counts an attempt from the address as failed before its password is checked; refused once the window is full. */
  async reserveAddress(m: EntityManager, address: string): Promise<Reservation> {
    const expired = `t.window_started_at <= now() - make_interval(secs => ${L.addressWindowSeconds})`;
    const rows: ReserveRow[] = await m.query(
      `WITH r AS (
         INSERT INTO login_throttle AS t (kind, key, failures, window_started_at, updated_at)
         VALUES ('ADDRESS', $1, 1, now(), now())
         ON CONFLICT (kind, key) DO UPDATE SET
           failures = CASE WHEN ${expired} THEN 1 ELSE t.failures + 1 END,
           window_started_at = CASE WHEN ${expired} THEN now() ELSE t.window_started_at END,
           updated_at = now()
         WHERE ${expired} OR t.failures < ${L.addressFailures}
         RETURNING t.failures)
       SELECT (SELECT failures FROM r) AS reserved,
              (SELECT extract(epoch FROM window_started_at + make_interval(secs => ${L.addressWindowSeconds}) - now())
                 FROM login_throttle WHERE kind = 'ADDRESS' AND key = $1) AS wait`,
      [address],
    );
    return answer(rows[0]);
  }

  /** Gives an address back the attempt reserved for a sign-in that succeeded or was not checked. */
  async releaseAddress(m: EntityManager, address: string): Promise<void> {
    await m.query(`UPDATE login_throttle SET failures = GREATEST(failures - 1, 0) WHERE kind = 'ADDRESS' AND key = $1`, [address]);
  }

  /** A success: the account starts afresh. */
  async clearAccount(m: EntityManager, login: string): Promise<void> {
    await m.query(`DELETE FROM login_throttle WHERE kind = 'ACCOUNT' AND key = $1`, [login]);
  }

  /** Drops counters nobody has touched for longer than they matter. */
  async forgetStale(m: EntityManager): Promise<void> {
    await m.query(
      `DELETE FROM login_throttle WHERE updated_at < now() - make_interval(secs => ${L.forgetAfterSeconds})
          AND (locked_until IS NULL OR locked_until < now())`,
    );
  }
}
