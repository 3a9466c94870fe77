import { Brackets, QueryFailedError } from 'typeorm';
import { AccessScope } from '../src/common/auth/access-scope';
import { compileStatement, rawRows, shapeOf, valuesOf } from '../src/common/pagination/statement-cache';
import { SortDirection } from '../src/common/pagination/order';
import { ArchiveFilter, OrganizationOrderField } from '../src/modules/organization/dto/organizations.args';
import { OrganizationEntity } from '../src/modules/organization/organization.entity';
import { OrganizationRepository } from '../src/modules/organization/organization.repository';
import { PersonOrderField } from '../src/modules/person/dto/people.args';
import { PersonEntity } from '../src/modules/person/person.entity';
import { PersonRepository } from '../src/modules/person/person.repository';
import { startTestApp, TestApp } from './support/test-app';

/**
 * A list page's statement is built by TypeORM once per shape and sent again with each request's own values
 * (`common/pagination/statement-cache.ts`): the compiled statement is exactly TypeORM's, the shape key tells apart
 * every query whose SQL differs, and a page of one caller's scope never answers another caller's.
 */
describe('list page statements built once per shape', () => {
  let t: TestApp;
  let municipalities: string[];
  beforeAll(async () => {
    t = await startTestApp();
    municipalities = (await t.db.query(`SELECT m.id FROM municipality m WHERE EXISTS (SELECT 1 FROM organization o WHERE o.municipality_id = m.id) ORDER BY m.name`)).map(
      (r: { id: string }) => r.id,
    );
    expect(municipalities.length).toBeGreaterThanOrEqual(3);
  });
  afterAll(() => t.close());

  const scopeOf = (ids: string[]) => new AccessScope(false, [], ids, [], null);
  const orgs = () => t.db.getRepository(OrganizationEntity).createQueryBuilder('o');

  it('compiles to the SQL and values TypeORM sends (arrays whole and spread, repeated names, casts)', () => {
    const cond = scopeOf(municipalities.slice(0, 2)).organizationCondition('o');
    const qb = orgs()
      .where(cond.sql, cond.params)
      .andWhere('o.kind IN (:...kinds) AND o.name <> :name AND o.short_name <> :name', { kinds: ['SCHOOL', 'KINDERGARTEN'], name: 'x' })
      .addSelect(`(SELECT count(*) FROM organization c WHERE ${cond.sql.replace(/\bo\./g, 'c.')})::int`, 'n')
      .addSelect(`'[]'::json`, 'empty')
      .orderBy('o.name', 'ASC')
      .limit(11);
    const statement = compileStatement(qb);
    expect([statement.sql, valuesOf(statement, qb.getParameters())]).toEqual(qb.getQueryAndParameters());
  });

  it('gives one key per SQL text: values do not count, conditions, array lengths and the rest do', () => {
    const key = (ids: string[], name = 'a', extra?: string) => {
      const cond = scopeOf(ids).organizationCondition('o');
      const qb = orgs().where(cond.sql, cond.params).andWhere('o.name <> :name', { name });
      if (extra) qb.andWhere(extra);
      return shapeOf(qb);
    };
    const a = key(municipalities.slice(0, 2));
    expect(a).not.toBeNull();
    expect(key(municipalities.slice(1, 3), 'b')).toBe(a);
    expect(key(municipalities.slice(0, 2), 'a', 'o.archived_at IS NULL')).not.toBe(a);
    expect(shapeOf(orgs().where('o.kind IN (:...k)', { k: ['SCHOOL'] }))).not.toBe(shapeOf(orgs().where('o.kind IN (:...k)', { k: ['SCHOOL', 'COLLEGE'] })));
    expect(shapeOf(orgs().where('TRUE').limit(5))).not.toBe(shapeOf(orgs().where('TRUE').limit(6)));
    expect(shapeOf(orgs().where('TRUE').withDeleted())).not.toBe(shapeOf(orgs().where('TRUE')));
    // Shapes it cannot vouch for are built by TypeORM every time.
    expect(shapeOf(orgs().innerJoin('o.municipality', 'm'))).toBeNull();
    expect(shapeOf(orgs().where(new Brackets((w) => w.where('TRUE'))))).toBeNull();
  });

  it('sends a prepared page (the people list) as a named statement its connection parses once; offset pages unnamed', async () => {
    const people = t.app.get(PersonRepository);
    const order = { field: PersonOrderField.NAME, direction: SortDirection.ASC };
    const all = new AccessScope(true, [], [], [], null);
    const prefetch = { positions: true, organizations: true };
    const runner = t.db.createQueryRunner();
    try {
      const m = runner.manager;
      const held = async (): Promise<{ name: string; runs: number }[]> =>
        runner.query(`SELECT name, generic_plans + custom_plans AS runs FROM pg_prepared_statements WHERE name LIKE 'page\\_%' ORDER BY name`);
      const expected: { id: string }[] = await m.query(
        `SELECT id FROM person WHERE archived_at IS NULL ORDER BY (last_name || ' ' || first_name || COALESCE(' ' || middle_name, '')), id LIMIT 6`,
      );
      const first = await people.page(m, all, undefined, order, { first: 3 }, prefetch);
      const before = await held();
      expect(before.length).toBeGreaterThanOrEqual(1);
      const runsOf = (rows: { name: string; runs: number }[]) => rows.reduce((n, r) => n + Number(r.runs), 0);
      for (let i = 0; i < 3; i++) {
        const again = await people.page(m, all, undefined, order, { first: 3 }, prefetch);
        expect(again.nodes.map((p) => p.id)).toEqual(first.nodes.map((p) => p.id));
      }
      // The same statements, executed three more times: bound and run, not prepared again.
      const after = await held();
      expect(after.map((r) => r.name)).toEqual(before.map((r) => r.name));
      expect(runsOf(after)).toBe(runsOf(before) + 3);
      const next = await people.page(m, all, undefined, order, { first: 3, after: first.pageInfo.endCursor }, prefetch);
      expect([...first.nodes, ...next.nodes].map((p) => p.id)).toEqual(expected.map((r) => r.id));
      const withCursor = await held();
      const offset = await people.page(m, all, undefined, order, { first: 3, offset: 3 }, prefetch);
      expect(offset.nodes.map((p) => p.id)).toEqual(expected.slice(3).map((r) => r.id));
      expect((await held()).map((r) => r.name)).toEqual(withCursor.map((r) => r.name));
      // A failing prepared statement fails as TypeORM's own query does.
      const qb = t.db.getRepository(PersonEntity).createQueryBuilder('p', runner).where('p.id = CAST(:id AS uuid)', { id: 'not-a-uuid' });
      const statement = compileStatement(qb, true);
      expect(statement.name).toMatch(/^page_[0-9a-f]{32}$/);
      await expect(rawRows(qb, statement)).rejects.toBeInstanceOf(QueryFailedError);
    } finally {
      await runner.release();
    }
  });

  it('answers each caller’s scope with its own rows, the same shape sent again', async () => {
    const organizations = t.app.get(OrganizationRepository);
    const people = t.app.get(PersonRepository);
    const m = t.db.manager;
    const order = { field: OrganizationOrderField.NAME, direction: SortDirection.ASC };
    const personOrder = { field: PersonOrderField.NAME, direction: SortDirection.ASC };
    // Scopes of the same shape (one municipality each), asked in turn: the first compiles, the others reuse it.
    for (let round = 0; round < 2; round++) {
      for (const id of municipalities.slice(0, 3)) {
        const scope = scopeOf([id]);
        const inScope: { id: string }[] = await m.query(`SELECT id FROM organization WHERE municipality_id = $1 AND archived_at IS NULL`, [id]);
        const first = await organizations.page(m, scope, { archived: ArchiveFilter.ACTIVE }, order, { first: 2 }, { staffCount: true, municipality: true });
        expect(first.totalCount).toBe(inScope.length);
        const rest = first.pageInfo.endCursor
          ? await organizations.page(m, scope, { archived: ArchiveFilter.ACTIVE }, order, { first: 100, after: first.pageInfo.endCursor }, { staffCount: true, municipality: true })
          : { nodes: [] };
        expect([...first.nodes, ...rest.nodes].map((o) => o.id).sort()).toEqual(inScope.map((r) => r.id).sort());
        for (const o of first.nodes) expect(first.extras.get(o.id)?.municipality?.id).toBe(id);

        const staff: { id: string }[] = await m.query(
          `SELECT DISTINCT p.id FROM person p JOIN position po ON po.person_id = p.id JOIN organization o ON o.id = po.organization_id
            WHERE o.municipality_id = $1 AND p.archived_at IS NULL`,
          [id],
        );
        const page = await people.page(m, scope, undefined, personOrder, { first: 500 }, { positions: true, organizations: true });
        expect(page.totalCount).toBe(staff.length);
        expect(page.nodes.map((p) => p.id).sort()).toEqual(staff.map((r) => r.id).sort());
        // Organisations outside the scope are null, as `byIdsInScope` gives them.
        for (const x of page.extras.values()) {
          for (const [orgId, o] of x.organizations ?? []) {
            if (!o) continue;
            expect(o.municipalityId).toBe(id);
            expect(o.id).toBe(orgId);
          }
        }
      }
    }
  });
});
