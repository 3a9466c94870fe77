import { GqlResult, TestApp } from './test-app';

/**
 * The harness of the authorization tables: one row per query and mutation — who passes in scope, who gets
 * NOT_FOUND (or a narrowed list) out of scope, who lacks the permission (FORBIDDEN), and the anonymous caller.
 * `authorization.int-spec.ts` holds the rows of the first domains and checks that the rows of all tables
 * (its own and those listed in `test/authorization/index.ts`) cover every operation the schema serves.
 */
export type Login = 'admin' | 'coordinator.lo' | 'methodist.podporozhye' | 'methodist.timashevsk' | 'school12.vorkuta' | 'mentor.zhdanova' | 'teacher.filippov';

export interface Call<F> {
  query: string;
  vars?: (fixtures: F) => Record<string, unknown>;
}
export interface OperationCase<F> {
  /** `fresh`: a session of its own (for logout, so the shared sessions survive). */
  allowed: Call<F> & { as: Login; fresh?: boolean; check?: (data: Record<string, unknown>, fixtures: F) => void };
  outOfScope?: Call<F> & { as: Login; code: string };
  forbidden?: Call<F> & { as: Login; message?: string };
  anonymous: Call<F> & { expect: 'UNAUTHENTICATED' | 'PASSES' };
}
export type OperationCases<F> = Record<string, OperationCase<F>>;

export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;

/** One session per demo login, reused across rows. */
export class Tokens {
  private readonly tokens = new Map<Login, string>();
  constructor(private readonly t: () => TestApp) {}
  async for(login: Login, fresh = false): Promise<string> {
    if (fresh) return this.t().login(login);
    if (!this.tokens.has(login)) this.tokens.set(login, await this.t().login(login));
    return this.tokens.get(login)!;
  }
}

/** Registers the four checks of every row; `ctx` is read when the tests run (after beforeAll). */
export function describeOperationCases<F>(cases: OperationCases<F>, ctx: () => { t: TestApp; fixtures: F; tokens: Tokens }): void {
  describe.each(Object.entries(cases))('%s', (name, c) => {
    it('passes for the allowed role in scope', async () => {
      const { t, fixtures, tokens } = ctx();
      const r = await t.gql(c.allowed.query, c.allowed.vars?.(fixtures), await tokens.for(c.allowed.as, c.allowed.fresh));
      expect(r.errors).toBeUndefined();
      expect(r.data?.[name]).toBeDefined();
      c.allowed.check?.(r.data!, fixtures);
    });

    if (c.outOfScope) {
      const o = c.outOfScope;
      it(`gives ${o.code} out of scope (${o.as})`, async () => {
        const { t, fixtures, tokens } = ctx();
        const r = await t.gql(o.query, o.vars?.(fixtures), await tokens.for(o.as));
        expect(codeOf(r)).toBe(o.code);
        expect(r.data?.[name] ?? null).toBeNull();
      });
    }

    if (c.forbidden) {
      const f = c.forbidden;
      it(`gives FORBIDDEN to a role without the permission (${f.as})`, async () => {
        const { t, fixtures, tokens } = ctx();
        const r = await t.gql(f.query, f.vars?.(fixtures), await tokens.for(f.as));
        expect(codeOf(r)).toBe('FORBIDDEN');
        if (f.message) expect(r.errors?.[0]?.message).toBe(f.message);
        expect(r.data?.[name] ?? null).toBeNull();
      });
    }

    it(c.anonymous.expect === 'PASSES' ? 'is open to anonymous callers' : 'gives UNAUTHENTICATED to anonymous callers', async () => {
      const { t, fixtures } = ctx();
      const r = await t.gql(c.anonymous.query, c.anonymous.vars?.(fixtures));
      if (c.anonymous.expect === 'PASSES') {
        expect(r.errors).toBeUndefined();
        expect(r.data).toHaveProperty(name);
      } else {
        expect(codeOf(r)).toBe('UNAUTHENTICATED');
      }
    });
  });
}
