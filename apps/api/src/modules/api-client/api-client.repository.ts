import { Injectable } from '@nestjs/common';
import { ApiClientAccess, ApiClientDomain, ApiClientScopeKind } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { apiClientCondition } from '../../common/access/rules/api-client.rules';
import { Connection } from '../../common/pagination/connection';
import { ListOrder, OrderColumns, PageRequest } from '../../common/pagination/order';
import { orderedSqlPage } from '../../common/pagination/ordered-sql';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { ApiClientOrderField } from './dto/api-client.args';

export interface ApiClientSecretRow {
  id: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  active: boolean;
}

export interface ApiClientRow {
  id: string;
  name: string;
  description: string | null;
  accountId: string;
  scopeKind: ApiClientScopeKind;
  scopeId: string;
  scopeName: string;
  ownerName: string;
  permissions: { domain: ApiClientDomain; access: ApiClientAccess }[];
  expiresOn: string | null;
  expiresAt: Date | null;
  archivedAt: Date | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  secrets: ApiClientSecretRow[];
}

const date = (v: unknown) => (v ? new Date(v as string) : null);

/** One client row with its scope's name, owner, permissions and secrets (no hashes): the SELECT of the list and the card. */
const SELECT = `
  SELECT c.id, c.name, c.description, c.account_id, c.scope_kind,
         COALESCE(c.region_id, c.municipality_id, c.organization_id) AS scope_id,
         COALESCE(r.name, mu.name, COALESCE(o.short_name, o.name)) AS scope_name,
         ow.display_name AS owner_name, c.expires_at, c.archived_at, c.created_at,
         to_char(((c.expires_at AT TIME ZONE 'Europe/Moscow') - interval '1 day')::date, 'YYYY-MM-DD') AS expires_on,
         (SELECT max(s.last_used_at) FROM api_client_secret s WHERE s.client_id = c.id) AS last_used_at,
         COALESCE((SELECT json_agg(json_build_object('domain', p.domain, 'access', p.access) ORDER BY p.domain)
                     FROM api_client_permission p WHERE p.client_id = c.id), '[]'::json) AS permissions,
         COALESCE((SELECT json_agg(json_build_object('id', s.id, 'prefix', s.prefix, 'createdAt', s.created_at, 'expiresAt', s.expires_at,
                                                     'revokedAt', s.revoked_at, 'lastUsedAt', s.last_used_at,
                                                     'active', s.revoked_at IS NULL AND (s.expires_at IS NULL OR s.expires_at > now()))
                                   ORDER BY s.created_at DESC, s.id)
                     FROM api_client_secret s WHERE s.client_id = c.id), '[]'::json) AS secrets
    FROM api_client c
    JOIN account ow ON ow.id = c.owner_account_id
    LEFT JOIN region r ON r.id = c.region_id
    LEFT JOIN municipality mu ON mu.id = c.municipality_id
    LEFT JOIN organization o ON o.id = c.organization_id`;

function toRow(r: Record<string, unknown>): ApiClientRow {
  return {
    id: r['id'] as string,
    name: r['name'] as string,
    description: r['description'] as string | null,
    accountId: r['account_id'] as string,
    scopeKind: r['scope_kind'] as ApiClientScopeKind,
    scopeId: r['scope_id'] as string,
    scopeName: r['scope_name'] as string,
    ownerName: r['owner_name'] as string,
    permissions: r['permissions'] as ApiClientRow['permissions'],
    expiresOn: r['expires_on'] as string | null,
    expiresAt: date(r['expires_at']),
    archivedAt: date(r['archived_at']),
    createdAt: new Date(r['created_at'] as string),
    lastUsedAt: date(r['last_used_at']),
    secrets: (r['secrets'] as Record<string, unknown>[]).map((s) => ({
      id: s['id'] as string,
      prefix: s['prefix'] as string,
      createdAt: new Date(s['createdAt'] as string),
      expiresAt: date(s['expiresAt']),
      revokedAt: date(s['revokedAt']),
      lastUsedAt: date(s['lastUsedAt']),
      active: s['active'] as boolean,
    })),
  };
}

const ORDER: OrderColumns<ApiClientOrderField> = {
  NAME: { sql: 'lower(x.name)', type: 'text' },
  SCOPE: { sql: 'lower(x.scope_name)', type: 'text' },
  CREATED_AT: { sql: 'x.created_at', type: 'timestamptz' },
  EXPIRES_AT: { sql: 'x.expires_at', type: 'timestamptz', nulls: 'infinity' },
  LAST_USED_AT: { sql: 'x.last_used_at', type: 'timestamptz', nulls: '-infinity' },
};

/** SQL of API clients, their permissions and secrets (hashes never leave the authentication repository). */
@Injectable()
export class ApiClientRepository {
  async list(
    m: EntityManager,
    scope: AccessScope,
    filter: { search?: string | null; archived: ArchiveFilter },
    order: ListOrder<ApiClientOrderField>,
    page: PageRequest,
  ): Promise<Connection<ApiClientRow>> {
    const cond = apiClientCondition(scope, 'c');
    const where = [cond.sql];
    if (filter.archived === ArchiveFilter.ACTIVE) where.push('c.archived_at IS NULL');
    if (filter.archived === ArchiveFilter.ARCHIVED) where.push('c.archived_at IS NOT NULL');
    if (filter.search?.trim()) where.push(`(c.name ILIKE :search OR EXISTS (SELECT 1 FROM api_client_secret fs WHERE fs.client_id = c.id AND fs.prefix = lower(:exact)))`);
    const like = `%${(filter.search ?? '').trim().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    const [sql, params] = m.connection.driver.escapeQueryWithParameters(`${SELECT} WHERE ${where.join(' AND ')}`, { ...cond.params, search: like, exact: filter.search?.trim() ?? '' });
    const got = await orderedSqlPage<Record<string, unknown> & { id: string }, ApiClientOrderField>(m, { sql, params }, ORDER, order, page);
    return { ...got, nodes: got.nodes.map(toRow) };
  }

  async idOfAccount(m: EntityManager, accountId: string): Promise<string | null> {
    const rows = (await m.query(`SELECT id FROM api_client WHERE account_id = $1`, [accountId])) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  async get(m: EntityManager, id: string): Promise<ApiClientRow | null> {
    const rows = (await m.query(`${SELECT} WHERE c.id = $1`, [id])) as Record<string, unknown>[];
    return rows[0] ? toRow(rows[0]) : null;
  }

  async createAccount(m: EntityManager, displayName: string): Promise<string> {
    const [row] = (await m.query(
      `INSERT INTO account (login, display_name, password_hash, disabled_at) VALUES ('api-client:' || gen_random_uuid(), $1, '!', now()) RETURNING id`,
      [displayName.slice(0, 300)],
    )) as { id: string }[];
    return row!.id;
  }

  async renameAccount(m: EntityManager, accountId: string, displayName: string): Promise<void> {
    await m.query(`UPDATE account SET display_name = $2, updated_at = now() WHERE id = $1`, [accountId, displayName.slice(0, 300)]);
  }

  async insert(
    m: EntityManager,
    v: { name: string; description: string | null; ownerAccountId: string; accountId: string; scopeKind: ApiClientScopeKind; scopeId: string; expiresAt: Date | null },
  ): Promise<string> {
    const col = { REGION: 'region_id', MUNICIPALITY: 'municipality_id', ORGANIZATION: 'organization_id' }[v.scopeKind];
    const [row] = (await m.query(
      `INSERT INTO api_client (name, description, owner_account_id, account_id, scope_kind, ${col}, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [v.name, v.description, v.ownerAccountId, v.accountId, v.scopeKind, v.scopeId, v.expiresAt],
    )) as { id: string }[];
    return row!.id;
  }

  async update(m: EntityManager, id: string, v: { name: string; description: string | null; expiresAt: Date | null }): Promise<void> {
    await m.query(`UPDATE api_client SET name = $2, description = $3, expires_at = $4, updated_at = now() WHERE id = $1`, [id, v.name, v.description, v.expiresAt]);
  }

  async setPermissions(m: EntityManager, clientId: string, permissions: readonly { domain: ApiClientDomain; access: ApiClientAccess }[]): Promise<void> {
    await m.query(`DELETE FROM api_client_permission WHERE client_id = $1`, [clientId]);
    if (!permissions.length) return;
    await m.query(
      `INSERT INTO api_client_permission (client_id, domain, access)
       SELECT $1, p.domain::api_client_domain, p.access::api_client_access FROM unnest($2::text[], $3::text[]) AS p(domain, access)`,
      [clientId, permissions.map((p) => p.domain), permissions.map((p) => p.access)],
    );
  }

  async setArchived(m: EntityManager, id: string, archived: boolean): Promise<void> {
    await m.query(`UPDATE api_client SET archived_at = ${archived ? 'now()' : 'NULL'}, updated_at = now() WHERE id = $1`, [id]);
  }

  /** Locks the client row: rotations and revocations of one client run one after another. */
  async lock(m: EntityManager, id: string): Promise<void> {
    await m.query(`SELECT id FROM api_client WHERE id = $1 FOR UPDATE`, [id]);
  }

  async insertSecret(m: EntityManager, clientId: string, prefix: string, hash: string): Promise<string> {
    const [row] = (await m.query(`INSERT INTO api_client_secret (client_id, prefix, secret_hash) VALUES ($1, $2, $3) RETURNING id`, [clientId, prefix, hash])) as { id: string }[];
    return row!.id;
  }

  /** Live secrets other than `keep` stop at `until` (or earlier, if they already would). Returns their prefixes. */
  async expireOthers(m: EntityManager, clientId: string, keep: string, until: Date): Promise<string[]> {
    const rows = (await m.query(
      `UPDATE api_client_secret SET expires_at = LEAST(COALESCE(expires_at, $3), $3)
        WHERE client_id = $1 AND id <> $2 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
        RETURNING prefix`,
      [clientId, keep, until],
    )) as { prefix: string }[];
    return rows.map((r) => r.prefix);
  }

  /** Every live secret of the client is refused from now on. Returns their prefixes. */
  async revokeAll(m: EntityManager, clientId: string): Promise<string[]> {
    const rows = (await m.query(
      `UPDATE api_client_secret SET revoked_at = now() WHERE client_id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now()) RETURNING prefix`,
      [clientId],
    )) as { prefix: string }[];
    return rows.map((r) => r.prefix);
  }

  /** The owner account of the CLI (by login). */
  async accountIdByLogin(m: EntityManager, login: string): Promise<string | null> {
    const rows = (await m.query(`SELECT id FROM account WHERE login = lower($1)`, [login])) as { id: string }[];
    return rows[0]?.id ?? null;
  }
}
