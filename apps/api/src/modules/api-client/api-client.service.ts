import { Injectable } from '@nestjs/common';
import { ApiClientScopeKind } from '@metodset/shared';
import { Caller } from '../../common/access/access-rule';
import { AccessService } from '../../common/access/access.service';
import { AccessAction } from '../../common/access/access-rules';
import { Permission } from '../../common/auth/permissions';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { fieldError, notFound } from '../../common/errors/errors';
import { PageRequest } from '../../common/pagination/order';
import { SortDirection } from '../../common/pagination/order';
import { AuditService } from '../audit/audit.service';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { ApiClientFilter, ApiClientOrder, ApiClientOrderField } from './dto/api-client.args';
import { CreateApiClientInput, UpdateApiClientInput } from './dto/api-client.input';
import { ApiClientRepository, ApiClientRow } from './api-client.repository';
import { issueSecret } from './api-client-secret';

/** Who keeps clients: an account with its grants (a person's session in the API, the operator's choice in the CLI). */
export interface ManagingCaller extends Caller {
  accountId: string;
}

export interface Issued {
  client: ApiClientRow;
  secret: string;
}

const NOT_FOUND = 'API-клиент не найден';
const SCOPE_RULE: Record<ApiClientScopeKind, AccessAction> = {
  REGION: 'api-client.scope.region',
  MUNICIPALITY: 'api-client.scope.municipality',
  ORGANIZATION: 'api-client.scope.organization',
};

export const accountNameOf = (clientName: string) => `API-клиент «${clientName.trim()}»`;

/** The moment after the last day (inclusive, Moscow time, UTC+3 all year). */
export function expiryOf(expiresOn: string | null | undefined): Date | null {
  if (!expiresOn) return null;
  return new Date(new Date(`${expiresOn}T00:00:00+03:00`).getTime() + 24 * 3_600_000);
}

function checkPermissions(input: UpdateApiClientInput): void {
  const seen = new Set<string>();
  for (const p of input.permissions) {
    if (seen.has(p.domain)) throw fieldError('permissions', 'Каждый раздел API — не больше одного раза');
    seen.add(p.domain);
  }
}

/**
 * API clients of regional systems: a platform admin keeps any, a regional admin those whose scope lies in the region
 * (rules `api-client.*`). A secret is shown once when issued (create, rotate) and stored only as a hash; audit rows
 * name the secret by its public prefix, never the secret.
 */
@Injectable()
export class ApiClientService {
  constructor(
    private readonly repo: ApiClientRepository,
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  list(caller: ManagingCaller, filter: ApiClientFilter | undefined, order: ApiClientOrder | undefined, page: PageRequest) {
    const scope = this.access.scope(caller, Permission.API_CLIENT_MANAGE).withoutSelf();
    return this.repo.list(
      this.uow.reader,
      scope,
      { search: filter?.search ?? null, archived: filter?.archived ?? ArchiveFilter.ACTIVE },
      order ?? { field: ApiClientOrderField.NAME, direction: SortDirection.ASC },
      page,
    );
  }

  async get(caller: ManagingCaller, id: string): Promise<ApiClientRow> {
    await this.access.require(this.uow.reader, caller, 'api-client.manage', id, NOT_FOUND);
    const row = await this.repo.get(this.uow.reader, id);
    if (!row) throw notFound(NOT_FOUND);
    return row;
  }

  async create(caller: ManagingCaller, input: CreateApiClientInput): Promise<Issued> {
    checkPermissions(input);
    const s = issueSecret();
    const id = await this.uow.write(async (m) => {
      if (!(await this.access.can(m, caller, SCOPE_RULE[input.scopeKind], input.scopeId))) {
        throw fieldError('scopeId', 'Регион, муниципалитет или организация не найдены в вашей области доступа');
      }
      const accountId = await this.repo.createAccount(m, accountNameOf(input.name));
      const id = await this.repo.insert(m, {
        name: input.name.trim(),
        description: input.description?.trim() || null,
        ownerAccountId: caller.accountId,
        accountId,
        scopeKind: input.scopeKind,
        scopeId: input.scopeId,
        expiresAt: expiryOf(input.expiresOn),
      });
      await this.repo.setPermissions(m, id, input.permissions);
      await this.repo.insertSecret(m, id, s.prefix, s.hash);
      await this.audit.record(m, {
        accountId: caller.accountId,
        action: 'create',
        entityType: 'api-client',
        entityId: id,
        after: { name: input.name, scopeKind: input.scopeKind, scopeId: input.scopeId, permissions: input.permissions, expiresOn: input.expiresOn ?? null, secretPrefix: s.prefix },
      });
      return id;
    }, { ck_api_client_name: { field: 'name', message: 'Укажите название клиента' } });
    return { client: (await this.repo.get(this.uow.reader, id))!, secret: s.secret };
  }

  async update(caller: ManagingCaller, id: string, input: UpdateApiClientInput): Promise<ApiClientRow> {
    checkPermissions(input);
    await this.uow.write(async (m) => {
      await this.access.require(m, caller, 'api-client.manage', id, NOT_FOUND);
      const before = await this.repo.get(m, id);
      if (!before) throw notFound(NOT_FOUND);
      await this.repo.update(m, id, { name: input.name.trim(), description: input.description?.trim() || null, expiresAt: expiryOf(input.expiresOn) });
      await this.repo.setPermissions(m, id, input.permissions);
      await this.repo.renameAccount(m, before.accountId, accountNameOf(input.name));
      await this.audit.record(m, {
        accountId: caller.accountId,
        action: 'update',
        entityType: 'api-client',
        entityId: id,
        before: { name: before.name, permissions: before.permissions, expiresOn: before.expiresOn },
        after: { name: input.name, permissions: input.permissions, expiresOn: input.expiresOn ?? null },
      });
    }, { ck_api_client_name: { field: 'name', message: 'Укажите название клиента' } });
    return (await this.repo.get(this.uow.reader, id))!;
  }

  /** A new secret; the client's other live secrets keep working for `overlapHours` more (0: refused at once). */
  async rotate(caller: ManagingCaller, id: string, overlapHours: number): Promise<Issued> {
    const s = issueSecret();
    await this.uow.write(async (m) => {
      await this.access.require(m, caller, 'api-client.manage', id, NOT_FOUND);
      await this.repo.lock(m, id);
      const secretId = await this.repo.insertSecret(m, id, s.prefix, s.hash);
      const until = new Date(Date.now() + overlapHours * 3_600_000);
      const old = await this.repo.expireOthers(m, id, secretId, until);
      await this.audit.record(m, {
        accountId: caller.accountId,
        action: 'rotate-secret',
        entityType: 'api-client',
        entityId: id,
        after: { secretPrefix: s.prefix, oldSecretPrefixes: old, oldValidUntil: until.toISOString() },
      });
    });
    return { client: (await this.repo.get(this.uow.reader, id))!, secret: s.secret };
  }

  /** Every secret of the client is refused from the next request on. */
  async revoke(caller: ManagingCaller, id: string): Promise<ApiClientRow> {
    await this.uow.write(async (m) => {
      await this.access.require(m, caller, 'api-client.manage', id, NOT_FOUND);
      await this.repo.lock(m, id);
      const prefixes = await this.repo.revokeAll(m, id);
      await this.audit.record(m, { accountId: caller.accountId, action: 'revoke-secrets', entityType: 'api-client', entityId: id, after: { secretPrefixes: prefixes } });
    });
    return (await this.repo.get(this.uow.reader, id))!;
  }

  async setArchived(caller: ManagingCaller, id: string, archived: boolean): Promise<ApiClientRow> {
    await this.uow.write(async (m) => {
      await this.access.require(m, caller, 'api-client.manage', id, NOT_FOUND);
      await this.repo.setArchived(m, id, archived);
      await this.audit.record(m, { accountId: caller.accountId, action: archived ? 'archive' : 'restore', entityType: 'api-client', entityId: id });
    });
    return (await this.repo.get(this.uow.reader, id))!;
  }
}
