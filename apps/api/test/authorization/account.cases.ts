import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../../src/seed/demo/accounts.data';
import { OperationCases } from '../support/operation-cases';

/**
 * One's own account (AUTHENTICATED: every signed-in account, no narrower scope): the password and the open sessions.
 * Out of scope is another account's session: NOT_FOUND, and it stays open. Rows that end sessions or change a
 * password sign in afresh (`fresh`) as accounts no later row uses, so the shared sessions survive.
 */
export interface AccountFixtures {
  /** An open session of methodist.podporozhye (ended by his row) and one of coordinator.lo (out of reach of everyone else). */
  ownSession: string;
  otherSession: string;
}

const openSession = (db: DataSource, login: string) =>
  db
    .query(
      `INSERT INTO session (token_hash, account_id, expires_at, last_seen_at, ip, user_agent)
       SELECT md5(random()::text) || md5(random()::text), id, now() + interval '12 hours', now(), '192.0.2.10', 'fixture' FROM account WHERE login = $1 RETURNING id`,
      [login],
    )
    .then((rows: { id: string }[]) => rows[0].id);

export async function accountFixtures(db: DataSource): Promise<AccountFixtures> {
  return { ownSession: await openSession(db, 'methodist.podporozhye'), otherSession: await openSession(db, 'coordinator.lo') };
}

const Q = {
  mySessions: 'query { mySessions { id current ip userAgent } }',
  endSession: 'mutation($id: ID!) { endSession(id: $id) { id current } }',
  endOtherSessions: 'mutation { endOtherSessions { id current } }',
  changePassword: 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }',
};

export const ACCOUNT_CASES: OperationCases<AccountFixtures> = {
  mySessions: {
    allowed: {
      as: 'admin',
      query: Q.mySessions,
      check: (d) => expect((d['mySessions'] as { current: boolean }[]).filter((s) => s.current)).toHaveLength(1),
    },
    anonymous: { query: Q.mySessions, expect: 'UNAUTHENTICATED' },
  },
  endSession: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.endSession,
      vars: (f) => ({ id: f.ownSession }),
      check: (d, f) => expect((d['endSession'] as { id: string }[]).map((s) => s.id)).not.toContain(f.ownSession),
    },
    outOfScope: { as: 'methodist.timashevsk', query: Q.endSession, vars: (f) => ({ id: f.otherSession }), code: 'NOT_FOUND' },
    anonymous: { query: Q.endSession, vars: (f) => ({ id: f.otherSession }), expect: 'UNAUTHENTICATED' },
  },
  endOtherSessions: {
    allowed: {
      as: 'school12.vorkuta',
      fresh: true,
      query: Q.endOtherSessions,
      check: (d) => expect(d['endOtherSessions']).toEqual([expect.objectContaining({ current: true })]),
    },
    anonymous: { query: Q.endOtherSessions, expect: 'UNAUTHENTICATED' },
  },
  changePassword: {
    allowed: {
      as: 'teacher.filippov',
      fresh: true,
      query: Q.changePassword,
      vars: () => ({ i: { oldPassword: DEMO_PASSWORD, newPassword: 'Новый-пароль-учителя-2026' } }),
      check: (d) => expect(d['changePassword']).toBe(true),
    },
    anonymous: { query: Q.changePassword, vars: () => ({ i: { oldPassword: DEMO_PASSWORD, newPassword: 'Новый-пароль-учителя-2026' } }), expect: 'UNAUTHENTICATED' },
  },
};
