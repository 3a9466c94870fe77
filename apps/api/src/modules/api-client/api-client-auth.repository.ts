import { Injectable } from '@nestjs/common';
import { ApiClientAccess, ApiClientDomain, ApiClientScopeKind } from '@metodset/shared';
import { EntityManager } from 'typeorm';

/** A live secret with its client, as the gate needs it (one statement). */
export interface LiveClientSecret {
  secretId: string;
  secretHash: string;
  lastUsedAt: Date | null;
  clientId: string;
  name: string;
  accountId: string;
  login: string;
  /** The technical account's name: «API-клиент «<name>»». */
  displayName: string;
  scopeKind: ApiClientScopeKind;
  regionId: string | null;
  municipalityId: string | null;
  organizationId: string | null;
  permissions: { domain: ApiClientDomain; access: ApiClientAccess }[];
}

/** SQL of authenticating an API client by its secret. */
@Injectable()
export class ApiClientAuthRepository {
  /** The secret with this prefix when it, and its client, are live now (not revoked, expired or archived). */
  async findLive(m: EntityManager, prefix: string): Promise<LiveClientSecret | null> {
    const rows = (await m.query(
      `SELECT s.id AS secret_id, s.secret_hash, s.last_used_at, c.id AS client_id, c.name, c.account_id, a.login, a.display_name,
              c.scope_kind, c.region_id, c.municipality_id, c.organization_id,
              COALESCE((SELECT json_agg(json_build_object('domain', p.domain, 'access', p.access) ORDER BY p.domain)
                          FROM api_client_permission p WHERE p.client_id = c.id), '[]'::json) AS permissions
         FROM api_client_secret s
         JOIN api_client c ON c.id = s.client_id
         JOIN account a ON a.id = c.account_id
        WHERE s.prefix = $1 AND s.revoked_at IS NULL AND (s.expires_at IS NULL OR s.expires_at > now())
          AND c.archived_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > now())`,
      [prefix],
    )) as Record<string, unknown>[];
    const r = rows[0];
    if (!r) return null;
    return {
      secretId: r['secret_id'] as string,
      secretHash: r['secret_hash'] as string,
      lastUsedAt: r['last_used_at'] ? new Date(r['last_used_at'] as string) : null,
      clientId: r['client_id'] as string,
      name: r['name'] as string,
      accountId: r['account_id'] as string,
      login: r['login'] as string,
      displayName: r['display_name'] as string,
      scopeKind: r['scope_kind'] as ApiClientScopeKind,
      regionId: r['region_id'] as string | null,
      municipalityId: r['municipality_id'] as string | null,
      organizationId: r['organization_id'] as string | null,
      permissions: r['permissions'] as LiveClientSecret['permissions'],
    };
  }

  async touch(m: EntityManager, secretId: string): Promise<void> {
    await m.query(`UPDATE api_client_secret SET last_used_at = now() WHERE id = $1`, [secretId]);
  }
}
