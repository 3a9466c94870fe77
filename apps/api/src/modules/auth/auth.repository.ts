import { BOOKKEEPING_SQL } from '../../database/query-counter';
import { Injectable } from '@nestjs/common';
import { RoleKind } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Grant } from '../../common/auth/access-scope';
import { SessionUser } from '../../common/auth/actor';
import { AccountEntity } from './account.entity';
import { RoleGrantEntity } from './role-grant.entity';
import { SessionEntity } from './session.entity';

interface SessionRow {
  session_id: string;
  account_id: string;
  login: string;
  display_name: string;
  person_id: string | null;
  last_seen_at: Date;
  grants: Grant[] | null;
}

@Injectable()
export class AuthRepository {
  findAccountByLogin(m: EntityManager, login: string): Promise<AccountEntity | null> {
    return m.getRepository(AccountEntity).findOne({ where: { login: login.toLowerCase() } });
  }

  async createSession(m: EntityManager, s: Pick<SessionEntity, 'tokenHash' | 'accountId' | 'expiresAt' | 'ip' | 'userAgent'>): Promise<string> {
    const res = await m.getRepository(SessionEntity).insert({ ...s, lastSeenAt: new Date() });
    return (res.identifiers[0] as { id: string }).id;
  }

  /**
   * One statement: the live session, its account and the account's grants. Bookkeeping for the statement counter:
   * with the session cache a request spends it or not depending on the cache, not on what the operation does, so
   * the counts of operations stay comparable.
   */
  async findLiveSession(m: EntityManager, tokenHash: string, idleSince: Date): Promise<SessionUser & { lastSeenAt: Date } | null> {
    const rows: SessionRow[] = await m.query(
      `${BOOKKEEPING_SQL} SELECT s.id AS session_id, a.id AS account_id, a.login, a.display_name, a.person_id, s.last_seen_at,
              (SELECT json_agg(json_build_object('role', g.role, 'regionId', g.region_id,
                        'municipalityId', g.municipality_id, 'organizationId', g.organization_id))
                 FROM role_grant g WHERE g.account_id = a.id) AS grants
         FROM session s JOIN account a ON a.id = s.account_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > $2 AND a.disabled_at IS NULL`,
      [tokenHash, idleSince],
    );
    const r = rows[0];
    if (!r) return null;
    const grants = r.grants ?? [];
    return {
      sessionId: r.session_id,
      accountId: r.account_id,
      login: r.login,
      displayName: r.display_name,
      personId: r.person_id,
      grants,
      roles: [...new Set(grants.map((g) => g.role))] as RoleKind[],
      lastSeenAt: new Date(r.last_seen_at),
    };
  }

  async touchSession(m: EntityManager, sessionId: string): Promise<void> {
    // Bookkeeping, not the request's work: the statement counter leaves it out (it runs only now and then).
    await m.query(`${BOOKKEEPING_SQL} UPDATE session SET last_seen_at = now() WHERE id = $1`, [sessionId]);
  }

  async revokeSession(m: EntityManager, sessionId: string): Promise<void> {
    await m.getRepository(SessionEntity).update({ id: sessionId }, { revokedAt: new Date() });
  }

  /** The account's live sessions (not ended, not expired, not idle since `idleSince`), the latest seen first. */
  liveSessionsOf(m: EntityManager, accountId: string, idleSince: Date): Promise<SessionEntity[]> {
    return m
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.account_id = :accountId AND s.revoked_at IS NULL AND s.expires_at > now() AND s.last_seen_at > :idleSince', { accountId, idleSince })
      .orderBy('s.last_seen_at', 'DESC')
      .addOrderBy('s.id')
      .getMany();
  }

  /** Ends one live session of the account; false when the account has no such session. */
  async revokeOwnSession(m: EntityManager, accountId: string, sessionId: string): Promise<boolean> {
    const res = await m
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('id = :sessionId AND account_id = :accountId AND revoked_at IS NULL AND expires_at > now()', { sessionId, accountId })
      .execute();
    return (res.affected ?? 0) > 0;
  }

  /** Ends every live session of the account but one; returns how many. */
  async revokeOtherSessions(m: EntityManager, accountId: string, keepSessionId: string): Promise<number> {
    const res = await m
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('account_id = :accountId AND id <> :keepSessionId AND revoked_at IS NULL', { accountId, keepSessionId })
      .execute();
    return res.affected ?? 0;
  }

  findAccountById(m: EntityManager, id: string): Promise<AccountEntity | null> {
    return m.getRepository(AccountEntity).findOne({ where: { id } });
  }

  async revokeAllSessions(m: EntityManager, accountId: string): Promise<number> {
    const res = await m
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('account_id = :accountId AND revoked_at IS NULL', { accountId })
      .execute();
    return res.affected ?? 0;
  }

  async insertAccount(m: EntityManager, a: Pick<AccountEntity, 'login' | 'displayName' | 'passwordHash' | 'personId'>): Promise<string> {
    const res = await m.getRepository(AccountEntity).insert({ ...a, login: a.login.toLowerCase() });
    return (res.identifiers[0] as { id: string }).id;
  }

  async setPasswordHash(m: EntityManager, accountId: string, passwordHash: string): Promise<void> {
    await m.getRepository(AccountEntity).update({ id: accountId }, { passwordHash });
  }

  async insertGrantIfMissing(m: EntityManager, g: Omit<RoleGrantEntity, 'id' | 'createdAt' | 'scopeKey' | 'account' | 'region' | 'municipality' | 'organization'>): Promise<boolean> {
    const scopeKey = g.regionId ?? g.municipalityId ?? g.organizationId ?? '';
    const res: unknown[] = await m.query(
      `INSERT INTO role_grant (account_id, role, region_id, municipality_id, organization_id, scope_key)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT ON CONSTRAINT uq_role_grant DO NOTHING RETURNING id`,
      [g.accountId, g.role, g.regionId, g.municipalityId, g.organizationId, scopeKey],
    );
    return res.length > 0;
  }

  grantsOf(m: EntityManager, accountId: string): Promise<RoleGrantEntity[]> {
    return m.getRepository(RoleGrantEntity).find({ where: { accountId }, relations: { region: true, municipality: true, organization: true } });
  }
}
