import { ApiClientAccess, ApiClientDomain, ApiClientScopeKind } from '@metodset/shared';
import { DataSource } from 'typeorm';
import { issueSecret } from '../../src/modules/api-client/api-client-secret';

export interface TestClient {
  clientId: string;
  accountId: string;
  /** The secret: pass it as the token of `app.gql(query, vars, secret)` (sent as `Authorization: Bearer <secret>`). */
  secret: string;
}

export interface TestClientOptions {
  name?: string;
  scope: { kind: ApiClientScopeKind; id: string };
  /** Domains and access; default: every domain read-write. */
  permissions?: { domain: ApiClientDomain; access: ApiClientAccess }[];
  /** Login of the owning admin; default `admin`. */
  owner?: string;
  expiresAt?: Date | null;
}

/**
 * An API client straight in the database (fixtures), with one live secret: its technical account, the client row, its
 * permissions. Requests with `secret` as bearer token act as the client through the same gate and access component.
 */
export async function createTestClient(db: DataSource, o: TestClientOptions): Promise<TestClient> {
  const name = o.name ?? `Тестовый клиент ${Math.random().toString(36).slice(2, 8)}`;
  return db.transaction(async (m) => {
    const [owner] = (await m.query(`SELECT id FROM account WHERE login = $1`, [o.owner ?? 'admin'])) as { id: string }[];
    if (!owner) throw new Error(`no account ${o.owner ?? 'admin'}`);
    const [account] = (await m.query(
      `INSERT INTO account (login, display_name, password_hash, disabled_at) VALUES ('api-client:' || gen_random_uuid(), $1, '!', now()) RETURNING id`,
      [`API-клиент «${name}»`],
    )) as { id: string }[];
    const col = { REGION: 'region_id', MUNICIPALITY: 'municipality_id', ORGANIZATION: 'organization_id' }[o.scope.kind];
    const [client] = (await m.query(
      `INSERT INTO api_client (name, owner_account_id, account_id, scope_kind, ${col}, expires_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [name, owner.id, account!.id, o.scope.kind, o.scope.id, o.expiresAt ?? null],
    )) as { id: string }[];
    const perms = o.permissions ?? Object.values(ApiClientDomain).map((domain) => ({ domain, access: ApiClientAccess.WRITE }));
    for (const p of perms) await m.query(`INSERT INTO api_client_permission (client_id, domain, access) VALUES ($1, $2, $3)`, [client!.id, p.domain, p.access]);
    const s = issueSecret();
    await m.query(`INSERT INTO api_client_secret (client_id, prefix, secret_hash) VALUES ($1, $2, $3)`, [client!.id, s.prefix, s.hash]);
    return { clientId: client!.id, accountId: account!.id, secret: s.secret };
  });
}
