import { Inject, Injectable } from '@nestjs/common';
import { SessionUser } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { fieldError, notFound } from '../../common/errors/errors';
import { AppConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
import { AuthRepository } from './auth.repository';
import { AccountSessionObject } from './dto/account-session.object';
import { hashPassword, passwordProblem, verifyPassword } from './password';
import { SessionCache } from './session-cache';
import { SignInThrottle } from './sign-in-throttle.service';

/**
 * What a signed-in user does with their own account: change the password, see the open sessions and end them.
 * Only the caller's own sessions are ever read or ended: another account's session id is NOT_FOUND.
 */
@Injectable()
export class MyAccountService {
  constructor(
    private readonly repo: AuthRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly throttle: SignInThrottle,
    private readonly sessions: SessionCache,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /**
   * The old password is checked like a sign-in (counted per account and address, so a stolen session cannot guess
   * it); the new one replaces it and every other session of the account ends, the current one stays.
   */
  async changePassword(user: SessionUser, oldPassword: string, newPassword: string, ip: string): Promise<void> {
    const problem = passwordProblem(newPassword);
    if (problem) throw fieldError('newPassword', problem);
    if (newPassword === oldPassword) throw fieldError('newPassword', 'Новый пароль должен отличаться от текущего');
    if (newPassword.toLowerCase() === user.login.toLowerCase()) throw fieldError('newPassword', 'Пароль не должен совпадать с логином');
    const account = await this.repo.findAccountById(this.uow.reader, user.accountId);
    if (!account) throw notFound('Учётная запись не найдена');
    const attempt = { login: account.login, accountId: account.id, ip: ip.slice(0, 200) };
    await this.throttle.reserve(attempt);
    if (!(await verifyPassword(account.passwordHash, oldPassword))) {
      await this.throttle.failed(attempt, 'wrong-password', 'change-password-failed');
      throw fieldError('oldPassword', 'Текущий пароль введён неверно');
    }
    await this.throttle.succeeded(attempt);
    const passwordHash = await hashPassword(newPassword);
    await this.uow.run(async (m) => {
      await this.repo.setPasswordHash(m, account.id, passwordHash);
      const ended = await this.repo.revokeOtherSessions(m, account.id, user.sessionId);
      await this.audit.record(m, { accountId: account.id, action: 'change-password', entityType: 'account', entityId: account.id, after: { sessionsEnded: ended } });
    });
    this.sessions.clear();
  }

  async mySessions(user: SessionUser): Promise<AccountSessionObject[]> {
    const idleSince = new Date(Date.now() - this.config.SESSION_IDLE_MINUTES * 60_000);
    const rows = await this.repo.liveSessionsOf(this.uow.reader, user.accountId, idleSince);
    return rows.map((s) => ({ id: s.id, createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, ip: s.ip, userAgent: s.userAgent, current: s.id === user.sessionId }));
  }

  /** Ends one of the caller's sessions; returns those still open. */
  async endSession(user: SessionUser, sessionId: string): Promise<AccountSessionObject[]> {
    await this.uow.run(async (m) => {
      if (!(await this.repo.revokeOwnSession(m, user.accountId, sessionId))) throw notFound('Сеанс не найден');
      await this.audit.record(m, { accountId: user.accountId, action: 'end-session', entityType: 'session', entityId: sessionId });
    });
    this.sessions.clear();
    return this.mySessions(user);
  }

  /** Ends every session of the caller but the current one; returns those still open (the current one). */
  async endOtherSessions(user: SessionUser): Promise<AccountSessionObject[]> {
    await this.uow.run(async (m) => {
      const ended = await this.repo.revokeOtherSessions(m, user.accountId, user.sessionId);
      await this.audit.record(m, { accountId: user.accountId, action: 'end-other-sessions', entityType: 'account', entityId: user.accountId, after: { sessionsEnded: ended } });
    });
    this.sessions.clear();
    return this.mySessions(user);
  }
}
