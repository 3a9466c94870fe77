import { Injectable } from '@nestjs/common';
import { RoleKind, ROLE_SCOPE } from '@metodset/shared';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, conflict, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { AuthRepository } from './auth.repository';
import { hashPassword, passwordProblem } from './password';

export interface GrantScope {
  regionId?: string | null;
  municipalityId?: string | null;
  organizationId?: string | null;
}

/** Account administration (the CLI's `user …` commands and the demo seed). */
@Injectable()
export class AccountsService {
  constructor(
    private readonly repo: AuthRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  async create(input: { login: string; displayName: string; password: string; personId?: string | null }): Promise<string> {
    const problem = passwordProblem(input.password);
    if (problem) throw badInput([{ field: 'password', message: problem }], problem);
    if (!/^[a-z0-9._@-]{3,200}$/i.test(input.login)) {
      throw badInput([{ field: 'login', message: 'Логин: 3–200 латинских букв, цифр, «.», «_», «-», «@»' }]);
    }
    const passwordHash = await hashPassword(input.password);
    return this.uow.run(async (m) => {
      if (await this.repo.findAccountByLogin(m, input.login)) throw conflict('Такой логин уже есть', [{ field: 'login', message: 'Такой логин уже есть' }]);
      const id = await this.repo.insertAccount(m, { login: input.login, displayName: input.displayName, passwordHash, personId: input.personId ?? null });
      await this.audit.record(m, { accountId: null, action: 'create', entityType: 'account', entityId: id, after: { login: input.login.toLowerCase(), displayName: input.displayName } });
      return id;
    });
  }

  async setPassword(login: string, password: string): Promise<void> {
    const problem = passwordProblem(password);
    if (problem) throw badInput([{ field: 'password', message: problem }], problem);
    const passwordHash = await hashPassword(password);
    await this.uow.run(async (m) => {
      const account = await this.repo.findAccountByLogin(m, login);
      if (!account) throw notFound('Учётная запись не найдена');
      await this.repo.setPasswordHash(m, account.id, passwordHash);
      // A new password ends every open session of the account.
      await this.repo.revokeAllSessions(m, account.id);
      await this.audit.record(m, { accountId: null, action: 'set-password', entityType: 'account', entityId: account.id });
    });
  }

  /** Grants a role with its scope; returns false when the account already had it. */
  async grant(login: string, role: RoleKind, scope: GrantScope): Promise<boolean> {
    const need = ROLE_SCOPE[role];
    const given = { regionId: scope.regionId ?? null, municipalityId: scope.municipalityId ?? null, organizationId: scope.organizationId ?? null };
    const wanted: Record<typeof need, keyof typeof given | null> = {
      platform: null,
      self: null,
      region: 'regionId',
      municipality: 'municipalityId',
      organization: 'organizationId',
    };
    const key = wanted[need];
    const extra = (Object.keys(given) as (keyof typeof given)[]).filter((k) => k !== key && given[k]);
    if ((key && !given[key]) || extra.length) {
      throw badInput([{ field: 'scope', message: key ? `Роль требует указать ровно одно: ${key}` : 'Эта роль выдаётся без территории' }]);
    }
    return this.uow.run(async (m) => {
      const account = await this.repo.findAccountByLogin(m, login);
      if (!account) throw notFound('Учётная запись не найдена');
      if (need === 'self' && !account.personId) {
        throw badInput([{ field: 'role', message: 'Роли наставника и педагога выдаются учётной записи, связанной с педагогом' }]);
      }
      const added = await this.repo.insertGrantIfMissing(m, { accountId: account.id, role, ...given });
      if (added) await this.audit.record(m, { accountId: null, action: 'grant', entityType: 'account', entityId: account.id, after: { role, ...given } });
      return added;
    });
  }

  async exists(login: string): Promise<boolean> {
    return !!(await this.repo.findAccountByLogin(this.uow.reader, login));
  }
}
