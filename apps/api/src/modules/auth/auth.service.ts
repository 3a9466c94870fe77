import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { SessionUser } from '../../common/auth/actor';
import { SessionResolver } from '../../common/auth/gate.guard';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { forbidden, unauthenticated } from '../../common/errors/errors';
import { AppConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
import { AuthRepository } from './auth.repository';
import { dummyPasswordHash, verifyPassword } from './password';
import { SessionCache } from './session-cache';
import { Attempt, SignInThrottle } from './sign-in-throttle.service';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const TOUCH_EVERY_MS = 60_000;

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: SessionUser;
}

@Injectable()
export class AuthService implements SessionResolver {
  constructor(
    private readonly repo: AuthRepository,
    private readonly throttle: SignInThrottle,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly cache: SessionCache,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  get passwordLogin(): boolean {
    return this.config.PASSWORD_LOGIN !== 'off';
  }

  private get idleMs(): number {
    return this.config.SESSION_IDLE_MINUTES * 60_000;
  }

  async login(loginRaw: string, password: string, meta: { ip: string; userAgent: string | null }): Promise<LoginResult> {
    if (this.config.PASSWORD_LOGIN === 'off') throw forbidden(`Вход по паролю отключён: войдите через ${this.config.OIDC_LABEL}`);
    const login = loginRaw.trim().toLowerCase().slice(0, 200);
    const account = await this.repo.findAccountByLogin(this.uow.reader, login);
    const attempt: Attempt = { login, accountId: account?.id ?? null, ip: meta.ip.slice(0, 200) };
    // Reserved (counted as a failure) before the password is checked: parallel attempts cannot all pass.
    await this.throttle.reserve(attempt);
    const ok = account && !account.disabledAt
      ? await verifyPassword(account.passwordHash, password)
      : (await verifyPassword(await dummyPasswordHash(), password), false);
    if (!account || !ok) {
      await this.throttle.failed(attempt, !account ? 'unknown-login' : account.disabledAt ? 'disabled' : 'wrong-password');
      throw unauthenticated('Неверный логин или пароль');
    }
    await this.throttle.succeeded(attempt);
    return this.openSession(account.id, meta);
  }

  /**
   * A new session of the account (password checked, or the identity provider's sign-in verified): the token, its
   * hash stored, the login audited — with `before` in the same transaction (linking an identity on first sign-in).
   */
  async openSession(
    accountId: string,
    meta: { ip: string; userAgent: string | null },
    before?: (m: EntityManager) => Promise<void>,
    how: Record<string, unknown> | null = null,
  ): Promise<LoginResult> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.SESSION_ABSOLUTE_HOURS * 3_600_000);
    await this.uow.run(async (m) => {
      await before?.(m);
      const sessionId = await this.repo.createSession(m, {
        tokenHash: sha256(token),
        accountId,
        expiresAt,
        ip: meta.ip.slice(0, 100),
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
      });
      await this.audit.record(m, { accountId, action: 'login', entityType: 'session', entityId: sessionId, after: how });
    });
    const user = await this.resolve(token);
    if (!user) throw unauthenticated();
    return { token, expiresAt, user };
  }

  /** The live session behind a token: from the session cache for a few seconds (see SessionCache), else one statement. */
  async resolve(token: string): Promise<SessionUser | null> {
    const hash = sha256(token);
    const cached = this.cache.get(hash);
    if (cached && Date.now() - cached.lastSeenAt.getTime() < this.idleMs && Date.now() - cached.lastSeenAt.getTime() <= TOUCH_EVERY_MS) {
      const { lastSeenAt: _l, ...user } = cached;
      return user;
    }
    const generation = this.cache.generation; // a clear during the read keeps what it read out of the cache
    const found = await this.repo.findLiveSession(this.uow.reader, hash, new Date(Date.now() - this.idleMs));
    if (!found) return null;
    const { lastSeenAt, ...user } = found;
    if (Date.now() - lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.repo.touchSession(this.uow.reader, user.sessionId);
      this.cache.set(hash, { ...user, lastSeenAt: new Date() }, generation);
    } else {
      this.cache.set(hash, found, generation);
    }
    return user;
  }

  async logout(user: SessionUser): Promise<void> {
    await this.uow.run(async (m) => {
      await this.repo.revokeSession(m, user.sessionId);
      await this.audit.record(m, { accountId: user.accountId, action: 'logout', entityType: 'session', entityId: user.sessionId });
    });
    this.cache.clear();
  }
}
