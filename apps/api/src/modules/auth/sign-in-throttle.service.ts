import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { AppError, ErrorCode } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { LoginThrottleRepository, Reservation } from './login-throttle.repository';
import { addressKey, waitText } from './sign-in-limits';

const FORGET_EVERY_MS = 10 * 60_000;

/** Who tried: the account when the login names one, else the login's SHA-256 (it may be a mistyped password). */
export interface Attempt {
  login: string;
  accountId: string | null;
  ip: string;
}

/**
 * TOO_MANY_REQUESTS with the seconds to wait (in the extensions and a Retry-After header). The status stays 200:
 * an execution error of `application/json` GraphQL-over-HTTP (@nestjs/apollo resets any other status for them).
 */
export function tooManyAttempts(waitSeconds: number): AppError {
  return new AppError(ErrorCode.TOO_MANY_REQUESTS, `Слишком много неудачных попыток входа. Попробуйте через ${waitText(waitSeconds)}`, {
    retryAfterSeconds: waitSeconds,
    http: { headers: new Map([['retry-after', String(waitSeconds)]]) },
  });
}

/**
 * Reserves sign-in attempts in PostgreSQL before a password is checked (per address, then per account), settles
 * them after, and audits every failure and every refusal.
 */
@Injectable()
export class SignInThrottle {
  private lastForget = 0;

  constructor(
    private readonly repo: LoginThrottleRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  /** Reserves one attempt, or refuses it (audited) with TOO_MANY_REQUESTS. */
  async reserve(attempt: Attempt): Promise<void> {
    const m = this.uow.reader;
    const address = await this.repo.reserveAddress(m, addressKey(attempt.ip));
    if (!address.ok) return this.refuse(attempt, 'ADDRESS', address);
    const account = await this.repo.reserveAccount(m, attempt.login);
    if (!account.ok) {
      await this.repo.releaseAddress(m, addressKey(attempt.ip));
      return this.refuse(attempt, 'ACCOUNT', account);
    }
  }

  /** The password was right: the address gets its attempt back, the account starts afresh. */
  async succeeded(attempt: Attempt): Promise<void> {
    await this.repo.releaseAddress(this.uow.reader, addressKey(attempt.ip));
    await this.repo.clearAccount(this.uow.reader, attempt.login);
  }

  /** The password was wrong (the attempt stays counted): audited. */
  async failed(attempt: Attempt, reason: 'wrong-password' | 'unknown-login' | 'disabled', action = 'login-failed'): Promise<void> {
    await this.uow.run((m) => this.audit.record(m, { accountId: null, action, entityType: 'account', entityId: attempt.accountId, after: { ...who(attempt), reason } }));
    if (Date.now() - this.lastForget > FORGET_EVERY_MS) {
      this.lastForget = Date.now();
      await this.repo.forgetStale(this.uow.reader);
    }
  }

  private async refuse(attempt: Attempt, limit: 'ACCOUNT' | 'ADDRESS', r: Reservation & { ok: false }): Promise<never> {
    await this.uow.run((m) =>
      this.audit.record(m, { accountId: null, action: 'login-throttled', entityType: 'account', entityId: attempt.accountId, after: { ...who(attempt), limit, retryAfterSeconds: r.waitSeconds } }),
    );
    throw tooManyAttempts(r.waitSeconds);
  }
}

function who(attempt: Attempt): Record<string, string> {
  if (attempt.accountId) return { login: attempt.login, ip: attempt.ip };
  return { loginSha256: createHash('sha256').update(attempt.login).digest('hex'), ip: attempt.ip };
}
