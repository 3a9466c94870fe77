import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountIdentityEntity } from './account-identity.entity';

/** A live account that a person holds, matched by the linking rule. */
export interface LinkCandidate {
  personId: string;
  accountId: string | null;
}

/** The SQL of sign-in through an OpenID Connect provider: identities and the linking rule's candidates. */
@Injectable()
export class OidcRepository {
  /** The live account already linked to this subject of this issuer. */
  async linkedAccount(m: EntityManager, issuer: string, subject: string): Promise<string | null> {
    const rows: { account_id: string }[] = await m.query(
      `SELECT i.account_id FROM account_identity i JOIN account a ON a.id = i.account_id
        WHERE i.issuer = $1 AND i.subject = $2 AND a.disabled_at IS NULL`,
      [issuer, subject],
    );
    return rows[0]?.account_id ?? null;
  }

  /** People (not archived) whose СНИЛС or e-mail equals the value, each with its live account, if any. */
  candidates(m: EntityManager, by: 'snils' | 'email', value: string): Promise<LinkCandidate[]> {
    const cond = by === 'snils' ? 'p.snils = $1' : 'lower(p.email) = lower($1)';
    return m.query(
      `SELECT p.id AS "personId", a.id AS "accountId"
         FROM person p LEFT JOIN account a ON a.person_id = p.id AND a.disabled_at IS NULL
        WHERE p.archived_at IS NULL AND ${cond}
        LIMIT 10`,
      [value],
    );
  }

  /** Whether the account is linked to another subject of this issuer already. */
  async otherSubject(m: EntityManager, issuer: string, accountId: string): Promise<boolean> {
    const rows = await m.query(`SELECT 1 FROM account_identity WHERE issuer = $1 AND account_id = $2`, [issuer, accountId]);
    return rows.length > 0;
  }

  async link(m: EntityManager, row: Pick<AccountIdentityEntity, 'accountId' | 'issuer' | 'subject' | 'linkedBy'>): Promise<string> {
    const res = await m.getRepository(AccountIdentityEntity).insert({ ...row, lastUsedAt: new Date() });
    return (res.identifiers[0] as { id: string }).id;
  }

  async touch(m: EntityManager, issuer: string, subject: string): Promise<void> {
    await m.query(`UPDATE account_identity SET last_used_at = now() WHERE issuer = $1 AND subject = $2`, [issuer, subject]);
  }
}
