import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/main';
import { AUDIT_CASES } from './authorization/audit.cases';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { idOf, startTestApp, TestApp } from './support/test-app';

/**
 * 152-ФЗ art. 19: every read of personal data is audited (lists included: one row per request naming the people
 * returned), the log is append-only, and the platform administrator can search it.
 */
type Row = { account_id: string; action: string; entity_type: string; person_ids: string[]; after: { operation: string | null; fields: string[] } };

const PEOPLE = `query($first: Int!) { people(first: $first, orderBy: { field: NAME, direction: ASC }) { nodes { id fullName email phone birthDate } } }`;
const STAFF = `query($id: ID!) { organization(id: $id) { id staff { person { id fullName email } } } }`;
const PERSON_RESULTS = `query($id: ID!) { personCompetenceResults(personId: $id) { competenceCode score level } }`;
const RESULTS = `query($id: ID!) { diagnosticResults(campaignId: $id, first: 100) { nodes { results { competenceCode score } } } }`;
const PARTICIPANTS = `query($id: ID!) { diagnosticParticipants(campaignId: $id, first: 100) { nodes { fullName selfStatus } } }`;
const ACHIEVEMENTS = `query($p: ID!) { routeAchievements(personId: $p) { fullName routes { id } } }`;
const AUDIT_LOG = `query($filter: AuditLogFilter, $first: Int!, $after: String) { auditLog(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id at actorAccountId actorLogin actorName action entityType entityId after people { id fullName } } } }`;

describe('audit trail', () => {
  let t: TestApp;
  let methodist: string;
  let school12: string;
  let admin: string;
  const accountOf = async (login: string) => ((await t.db.query(`SELECT id FROM account WHERE login = $1`, [login])) as { id: string }[])[0].id;
  const campaignId = async (key: string) => ((await t.db.query(`SELECT id FROM diagnostic_campaign WHERE external_id = $1`, [key])) as { id: string }[])[0].id;
  /** The newest `at` in the log, to the microsecond. */
  const lastId = async () => ((await t.db.query(`SELECT coalesce(max(at), '-infinity')::text AS at FROM audit_log`)) as { at: string }[])[0].at;
  /** The rows written since `since` (an audit_log `at`). */
  const rowsSince = async (since: string): Promise<Row[]> =>
    t.db.query(`SELECT account_id, action, entity_type, person_ids, after FROM audit_log WHERE at > $1::timestamptz ORDER BY at`, [since]);

  /** Runs one request and returns what it logged; exactly one read-list row naming `expected`. */
  const readLogged = async (query: string, variables: Record<string, unknown>, token: string, login: string) => {
    const since = await lastId();
    const r = await t.gql<Record<string, unknown>>(query, variables, token);
    expect(r.errors).toBeUndefined();
    const rows = (await rowsSince(since)).filter((x) => x.action === 'read-list');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ account_id: await accountOf(login), entity_type: 'person' });
    return { data: r.data!, people: [...rows[0].person_ids].sort(), row: rows[0] };
  };

  beforeAll(async () => {
    t = await startTestApp();
    methodist = await t.login('methodist.podporozhye');
    school12 = await t.login('school12.vorkuta');
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  describe('reads of personal data', () => {
    it('the people list: one row naming every person returned', async () => {
      const { data, people, row } = await readLogged(PEOPLE, { first: 30 }, methodist, 'methodist.podporozhye');
      const ids = (data['people'] as { nodes: { id: string }[] }).nodes.map((n) => n.id);
      expect(ids.length).toBeGreaterThan(1);
      expect(people).toEqual([...ids].sort());
      expect(row.after.fields).toEqual(['people']);
    });

    it('parallel reads: each answer leaves once its own row is committed (rows of answers given together share a statement)', async () => {
      const since = await lastId();
      const asks = [3, 4, 5, 6, 7, 8].map((first, i) => (i % 2 ? { first, token: school12, login: 'school12.vorkuta' } : { first, token: methodist, login: 'methodist.podporozhye' }));
      const answered = await Promise.all(
        asks.map(async (a) => {
          const r = await t.gql<{ people: { nodes: { id: string }[] } }>(PEOPLE, { first: a.first }, a.token);
          expect(r.errors).toBeUndefined();
          const ids = new Set(r.data!.people.nodes.map((n) => n.id));
          // Read as soon as the answer arrived: its row is already there.
          const account = await accountOf(a.login);
          const rows = (await rowsSince(since)).filter(
            (x) => x.action === 'read-list' && x.account_id === account && x.person_ids.length >= ids.size - 1 && x.person_ids.length <= ids.size && x.person_ids.every((id) => ids.has(id)),
          );
          return { ids, rows };
        }),
      );
      for (const { ids, rows } of answered) {
        expect(ids.size).toBeGreaterThan(1);
        expect(rows).toHaveLength(1);
      }
      expect((await rowsSince(since)).filter((x) => x.action === 'read-list')).toHaveLength(asks.length);
    });

    it('organization.staff names the staff', async () => {
      const org = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-1');
      const { data, people } = await readLogged(STAFF, { id: org }, methodist, 'methodist.podporozhye');
      const ids = (data['organization'] as { staff: { person: { id: string } }[] }).staff.map((s) => s.person.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(people).toEqual([...new Set(ids)].sort());
    });

    it('personCompetenceResults names the person even when no id is selected', async () => {
      const filippov = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-young-math');
      const lytkina = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-teacher-math');
      const { data, people } = await readLogged(PERSON_RESULTS, { id: lytkina }, school12, 'school12.vorkuta');
      expect((data['personCompetenceResults'] as unknown[]).length).toBeGreaterThan(0);
      expect(people).toEqual([lytkina]);
      expect(people).not.toContain(filippov);
    });

    it('diagnosticResults and diagnosticParticipants name every participant returned', async () => {
      const id = await campaignId('demo:campaign:vorkuta-base-2022');
      const expected: { person_id: string }[] = await t.db.query(`SELECT DISTINCT person_id FROM competence_result WHERE campaign_id = $1`, [id]);
      const results = await readLogged(RESULTS, { id }, school12, 'school12.vorkuta');
      expect(results.people).toEqual(expected.map((x) => x.person_id).sort());
      const participants = await readLogged(PARTICIPANTS, { id }, school12, 'school12.vorkuta');
      expect(participants.people.length).toBe(4);
    });

    it('routeAchievements names the person', async () => {
      const filippov = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-young-math');
      const { people } = await readLogged(ACHIEVEMENTS, { p: filippov }, school12, 'school12.vorkuta');
      expect(people).toEqual([filippov]);
    });

    it('a person reading their own data is not logged as a read of it; nothing is logged when nothing is returned', async () => {
      const filippov = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-young-math');
      const teacher = await t.login('teacher.filippov');
      let since = await lastId();
      expect((await t.gql(ACHIEVEMENTS, { p: filippov }, teacher)).errors).toBeUndefined();
      expect((await rowsSince(since)).filter((x) => x.action === 'read-list')).toEqual([]);
      since = await lastId();
      const refused = await t.gql(PERSON_RESULTS, { id: filippov }, methodist);
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await rowsSince(since)).toEqual([]);
    });

    it('one insert per request: the people list costs the same statements for 10 and for 50 rows', async () => {
      const statements = async (first: number) => {
        t.counter.reset();
        const r = await t.gql(PEOPLE, { first }, admin);
        expect(r.errors).toBeUndefined();
        return t.counter.statements;
      };
      const ten = await statements(10);
      expect(await statements(50)).toBe(ten);
      const since = await lastId();
      await t.gql(PEOPLE, { first: 50 }, admin);
      const rows = await rowsSince(since);
      expect(rows).toHaveLength(1);
      expect(rows[0].person_ids).toHaveLength(50);
    });

    it("the people page's own statement writes its row: one statement, the page's people only (not the row that tells there is a next page)", async () => {
      const first = 7;
      const since = await lastId();
      t.counter.reset();
      const r = await t.gql<{ people: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean } } }>(
        `query PeoplePage($first: Int!) { people(first: $first) { pageInfo { hasNextPage } nodes { id fullName } } }`,
        { first },
        admin,
      );
      expect(r.errors).toBeUndefined();
      expect(t.counter.statements).toBe(1);
      expect(r.data!.people.pageInfo.hasNextPage).toBe(true);
      const rows = await rowsSince(since);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ account_id: await accountOf('admin'), action: 'read-list', entity_type: 'person' });
      expect(rows[0].after).toEqual({ operation: 'PeoplePage', fields: ['people'], count: first });
      expect([...rows[0].person_ids].sort()).toEqual(r.data!.people.nodes.map((n) => n.id).sort());
    });

    it('with other people in the same answer: the page names its people, the plugin the rest, no one twice', async () => {
      const org = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-1');
      const since = await lastId();
      const r = await t.gql<{ people: { nodes: { id: string }[] }; organization: { staff: { person: { id: string } }[] } }>(
        `query Both($id: ID!) { people(first: 3) { nodes { id } } organization(id: $id) { staff { person { id } } } }`,
        { id: org },
        methodist,
      );
      expect(r.errors).toBeUndefined();
      const page = r.data!.people.nodes.map((n) => n.id);
      const staff = r.data!.organization.staff.map((s) => s.person.id);
      const rows = (await rowsSince(since)).filter((x) => x.action === 'read-list');
      expect(rows).toHaveLength(2);
      const byPage = rows.find((x) => x.person_ids.length === page.length && x.person_ids.every((id) => page.includes(id)))!;
      expect([...byPage.person_ids].sort()).toEqual([...page].sort());
      const rest = rows.find((x) => x !== byPage)!;
      expect([...rest.person_ids].sort()).toEqual([...new Set(staff.filter((id) => !page.includes(id)))].sort());
      for (const x of rows) expect(x.after).toMatchObject({ operation: 'Both', fields: ['people', 'organization'] });
    });

    it("the page's row leaves out the caller's own person, and a page of only totals writes none", async () => {
      const self = await idOf(t.db, 'person', 'demo:person:11-vorkuta-du-methodist');
      const [{ organization_id: org }] = (await t.db.query(`SELECT organization_id FROM position WHERE person_id = $1 ORDER BY is_main DESC LIMIT 1`, [self])) as { organization_id: string }[];
      const token = await t.login('methodist.vorkuta');
      const since = await lastId();
      const r = await t.gql<{ people: { nodes: { id: string }[] } }>(`query($org: ID!) { people(first: 100, filter: { organizationId: $org }) { nodes { id } } }`, { org }, token);
      expect(r.errors).toBeUndefined();
      const ids = r.data!.people.nodes.map((n) => n.id);
      expect(ids).toContain(self);
      expect(ids.length).toBeGreaterThan(1);
      const rows = await rowsSince(since);
      expect(rows).toHaveLength(1);
      expect([...rows[0].person_ids].sort()).toEqual(ids.filter((id) => id !== self).sort());
      expect(rows[0].after).toMatchObject({ count: ids.length - 1 });
      const before = await lastId();
      expect((await t.gql(`query { people(first: 5) { totalCount } }`, {}, admin)).errors).toBeUndefined();
      expect(await rowsSince(before)).toEqual([]);
    });

    it('when the row cannot be written the page fails and no one is returned', async () => {
      await t.db.query(`CREATE OR REPLACE FUNCTION test_refuse_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.after->>'operation' = 'AuditRowRefused' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`);
      await t.db.query(`CREATE TRIGGER tr_test_refuse_audit_row BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION test_refuse_audit_row()`);
      try {
        const since = await lastId();
        const r = await t.gql<{ people: unknown }>(`query AuditRowRefused { people(first: 5) { nodes { id fullName } } }`, {}, admin);
        expect(r.data?.people ?? null).toBeNull();
        expect(r.errors?.length).toBeGreaterThan(0);
        expect(JSON.stringify(r)).not.toMatch(/fullName":"/);
        expect(await rowsSince(since)).toEqual([]);
      } finally {
        await t.db.query(`DROP TRIGGER tr_test_refuse_audit_row ON audit_log`);
        await t.db.query(`DROP FUNCTION test_refuse_audit_row()`);
      }
    });
  });

  describe('the log is append-only', () => {
    it('refuses UPDATE, DELETE and TRUNCATE even for the owner', async () => {
      expect(Number(((await t.db.query(`SELECT count(*) AS n FROM audit_log`)) as { n: string }[])[0].n)).toBeGreaterThan(0);
      await expect(t.db.query(`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow(/append-only/);
      await expect(t.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
      await expect(t.db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
      expect(((await t.db.query(`SELECT count(*) AS n FROM audit_log WHERE action = 'forged'`)) as { n: string }[])[0].n).toBe('0');
    });
  });

  describe('auditLog', () => {
    it('answers "who saw and changed my data" for one person, newest first, with the actor and the people named', async () => {
      const person = await idOf(t.db, 'person', 'demo:person:47-podp-sosh1-math');
      const card = await t.gql(`query($id: ID!) { person(id: $id) { id email } }`, { id: person }, methodist);
      expect(card.errors).toBeUndefined();
      const changed = await t.gql(`mutation($id: ID!) { updatePerson(id: $id, input: { phone: "+7 900 000-00-01" }) { id } }`, { id: person }, methodist);
      expect(changed.errors).toBeUndefined();
      const r = await t.gql<{ auditLog: { totalCount: number; nodes: { action: string; actorLogin: string; actorName: string; entityId: string | null; people: { id: string; fullName: string }[] }[] } }>(
        AUDIT_LOG,
        { filter: { personId: person, actorAccountId: await accountOf('methodist.podporozhye') }, first: 10 },
        admin,
      );
      expect(r.errors).toBeUndefined();
      // Newest first: the person the mutation returned, the change, the card's people, the card opened.
      const nodes = r.data!.auditLog.nodes;
      expect(nodes.slice(0, 4).map((n) => n.action)).toEqual(['read-list', 'update', 'read-list', 'read']);
      expect(nodes[1]).toMatchObject({ actorLogin: 'methodist.podporozhye', actorName: expect.any(String), entityId: person });
      expect(nodes[2].people).toEqual([{ id: person, fullName: expect.stringMatching(/\S+ \S+/) }]);
    });

    it('pages with a cursor without repeating or skipping rows, and filters by period and action', async () => {
      const all: string[] = [];
      let after: string | null = null;
      do {
        const r: { data?: { auditLog: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null } = await t.gql(AUDIT_LOG, { filter: { action: 'read-list' }, first: 3, after }, admin);
        all.push(...r.data!.auditLog.nodes.map((n) => n.id));
        after = r.data!.auditLog.pageInfo.hasNextPage ? r.data!.auditLog.pageInfo.endCursor : null;
      } while (after);
      const expected: { id: string }[] = await t.db.query(`SELECT id FROM audit_log WHERE action = 'read-list' ORDER BY at DESC, id DESC`);
      expect(all).toEqual(expected.map((x) => x.id));
      const none = await t.gql<{ auditLog: { totalCount: number } }>(AUDIT_LOG, { filter: { from: '2000-01-01', to: '2000-12-31' }, first: 5 }, admin);
      expect(none.data!.auditLog.totalCount).toBe(0);
      const today = new Date().toISOString().slice(0, 10);
      const some = await t.gql<{ auditLog: { totalCount: number } }>(AUDIT_LOG, { filter: { from: today, to: today }, first: 5 }, admin);
      expect(some.data!.auditLog.totalCount).toBeGreaterThan(0);
    });

    it('is for platform administrators only', async () => {
      for (const token of [methodist, school12, await t.login('coordinator.lo')]) {
        const r = await t.gql(AUDIT_LOG, { first: 5 }, token);
        expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      expect((await t.gql(AUDIT_LOG, { first: 5 }, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses bad input with field errors', async () => {
      const r = await t.gql(AUDIT_LOG, { filter: { personId: 'nope', from: '31.12.2025', action: 'DROP TABLE' }, first: 5 }, admin);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.fields!.map((f) => f.field).sort()).toEqual(['filter.action', 'filter.from', 'filter.personId']);
      const page = await t.gql(AUDIT_LOG, { first: 500 }, admin);
      expect(page.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('the CLI answers a person\'s request', () => {
    let dir: string;
    const saved = process.env['DATABASE_URL'];
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'metodset-audit-'));
      process.env['DATABASE_URL'] = (t.db.options as { url: string }).url;
    });
    afterAll(() => {
      if (saved === undefined) delete process.env['DATABASE_URL'];
      else process.env['DATABASE_URL'] = saved;
      rmSync(dir, { recursive: true, force: true });
      log.mockRestore();
    });

    it('exports every row about one person to JSON and XLSX, and searches by person, actor and period', async () => {
      const person = await idOf(t.db, 'person', 'demo:person:47-podp-sosh1-math');
      expect((await t.gql(PEOPLE, { first: 100 }, methodist)).errors).toBeUndefined();
      const expected: { n: string }[] = await t.db.query(
        `SELECT count(*) AS n FROM audit_log WHERE person_ids @> ARRAY[$1::uuid] OR (entity_type = 'person' AND entity_id = $1) OR before->>'personId' = $1::text OR after->>'personId' = $1::text`,
        [person],
      );
      const json = join(dir, 'person.json');
      expect(await runCli(['audit', 'export-person', person, json])).toBe(0);
      const rows = JSON.parse(readFileSync(json, 'utf8')) as { action: string; actorLogin: string; people: { id: string }[] }[];
      expect(rows).toHaveLength(Number(expected[0].n));
      expect(rows.some((r) => r.action === 'read-list' && r.actorLogin === 'methodist.podporozhye' && r.people.some((p) => p.id === person))).toBe(true);

      const xlsx = join(dir, 'person.xlsx');
      expect(await runCli(['audit', 'export-person', person, xlsx])).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(xlsx);
      const sheet = wb.getWorksheet('Журнал аудита')!;
      expect(sheet.getRow(1).getCell(1).value).toBe('Когда');
      expect(sheet.actualRowCount).toBe(rows.length + 1);

      log.mockClear();
      const today = new Date().toISOString().slice(0, 10);
      expect(await runCli(['audit', 'search', '--person', person, '--actor', 'methodist.podporozhye', '--from', today, '--to', today, '--action', 'read-list'])).toBe(0);
      const out = log.mock.calls.map((c) => String(c[0]));
      expect(out.at(-1)).toMatch(/^\d+ of \d+ rows$/);
      expect(out.slice(0, -1).every((l) => l.includes('methodist.podporozhye') && l.includes('read-list'))).toBe(true);
      expect(await runCli(['audit', 'search', '--person', 'nope'])).toBe(2);
    });
  });

  describe('authorization rows', () => {
    const tokens = new Tokens(() => t);
    let personId = '';
    beforeAll(async () => {
      personId = await idOf(t.db, 'person', 'demo:person:47-podp-sosh1-math');
      expect((await t.gql(`query($id: ID!) { person(id: $id) { id } }`, { id: personId }, methodist)).errors).toBeUndefined();
    });
    describeOperationCases(AUDIT_CASES, () => ({ t, fixtures: { personId }, tokens }));
  });
});
