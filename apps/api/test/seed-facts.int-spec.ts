import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FactTable, SEED_FACTS, SEED_FILES, SeedFact, SeedFile } from '../src/seed/demo/seed-facts';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The demo data against the five programmes (docs/seeds/ in this repository; METODSET_SEEDS_DIR overrides):
 * every fact of src/seed/demo/seed-facts.ts is quoted verbatim from its seed and holds in the seeded database, and
 * every demo organisation, person and agreement that no quote backs is marked illustrative («демонстрационные данные»).
 */
const SEEDS_DIR = process.env['METODSET_SEEDS_DIR'] ?? join(__dirname, '..', '..', '..', 'docs', 'seeds');
/** Runs of spaces, tabs and line breaks count as one space: the seeds are converted documents. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const seedText = new Map<SeedFile, string>();
const textOf = (seed: SeedFile) => {
  if (!seedText.has(seed)) seedText.set(seed, squash(readFileSync(join(SEEDS_DIR, SEED_FILES[seed]), 'utf8')));
  return seedText.get(seed)!;
};

const COLUMN = /^[a-z_]+$/;
/** The SQL of a column of a fact's record, as text (dates YYYY-MM-DD, enums by name). */
const columnSql = (table: FactTable, column: string): string => {
  if (table === 'person' && column === 'full_name') return `concat_ws(' ', last_name, first_name, middle_name)`;
  if (!COLUMN.test(column)) throw new Error(`Bad column ${column}`);
  return column;
};

const label = (f: SeedFact): string => {
  const t = f.target;
  switch (t.kind) {
    case 'field':
      return `${f.seed}: ${t.table} ${t.key} ${t.column} = ${String(t.expected)}`;
    case 'status':
      return `${f.seed}: ${t.organizationKey} ${t.held ? 'holds' : 'does not hold'} ${t.status} ${t.year}`;
    case 'absent':
      return `${f.seed}: no ${t.table} ${t.key}`;
    case 'query':
      return `${f.seed}: ${t.description}`;
  }
};

describe('demo data faithful to the seeds', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const rows = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await t.db.query(sql, params)) as T[];

  it.each(SEED_FACTS.map((f) => [label(f), f] as const))('quotes its seed verbatim — %s', (_l, f) => {
    expect(f.quote.trim()).not.toBe('');
    expect([f.seed, textOf(f.seed).includes(squash(f.quote))]).toEqual([f.seed, true]);
  });

  it.each(SEED_FACTS.map((f) => [label(f), f] as const))('holds in the seeded database — %s', async (_l, f) => {
    const target = f.target;
    switch (target.kind) {
      case 'field': {
        const col = columnSql(target.table, target.column);
        const found = await rows<{ v: unknown; illustrative: boolean | null }>(
          `SELECT ${typeof target.expected === 'boolean' ? col : `(${col})::text`} AS v,
                  ${['organization', 'person', 'agreement', 'staging_site'].includes(target.table) ? 'illustrative' : 'NULL::boolean'} AS illustrative
             FROM ${target.table} WHERE external_id = $1`,
          [target.key],
        );
        expect(found).toHaveLength(1);
        expect(found[0].v).toEqual(target.expected);
        // A record backed by a quote is not illustrative (except where the fact is that it is).
        if (!(target.column === 'illustrative')) expect([target.key, found[0].illustrative]).not.toEqual([target.key, true]);
        break;
      }
      case 'status': {
        const found = await rows(
          `SELECT 1 FROM organization_status s JOIN organization o ON o.id = s.organization_id WHERE o.external_id = $1 AND s.kind = $2 AND s.year = $3`,
          [target.organizationKey, target.status, target.year],
        );
        expect(found).toHaveLength(target.held ? 1 : 0);
        break;
      }
      case 'absent':
        expect(await rows(`SELECT 1 FROM ${target.table} WHERE external_id = $1`, [target.key])).toEqual([]);
        break;
      case 'query':
        expect(await rows<{ ok: boolean }>(target.sql)).toEqual([{ ok: true }]);
        break;
    }
  });

  it.each(['organization', 'person', 'agreement'] as const)('marks every demo %s that no quote backs as illustrative', async (table) => {
    const backed = new Set(SEED_FACTS.flatMap((f) => (f.target.kind === 'field' && f.target.table === table && f.target.column !== 'illustrative' ? [f.target.key] : [])));
    const demo = await rows<{ key: string; illustrative: boolean }>(`SELECT external_id AS key, illustrative FROM ${table} WHERE external_id LIKE 'demo:%' ORDER BY external_id`);
    expect(demo.length).toBeGreaterThan(0);
    const unbacked = demo.filter((r) => !backed.has(r.key) && !r.illustrative).map((r) => r.key);
    expect(unbacked).toEqual([]);
    // And the other way round: the demo has both kinds.
    expect(demo.some((r) => r.illustrative)).toBe(true);
    expect(demo.some((r) => !r.illustrative)).toBe(true);
  });

  it('gives no real organisation an invented ИНН: the programmes state none', async () => {
    const withInn = await rows<{ key: string }>(`SELECT external_id AS key FROM organization WHERE external_id LIKE 'demo:%' AND NOT illustrative AND inn IS NOT NULL`);
    expect(withInn).toEqual([]);
    const illustrative = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM organization WHERE external_id LIKE 'demo:%' AND illustrative AND inn IS NOT NULL`);
    expect(illustrative[0].n).toBeGreaterThan(0);
  });

  it('gives people a programme names by initials only their initials, and no invented experience or category', async () => {
    const named = await rows<{ key: string; first_name: string; middle_name: string | null; experience_years: number | null; qualification_category: string }>(
      `SELECT external_id AS key, first_name, middle_name, experience_years, qualification_category FROM person
        WHERE external_id LIKE 'demo:%' AND NOT illustrative ORDER BY external_id`,
    );
    expect(named.length).toBeGreaterThan(0);
    for (const p of named) expect([p.key, p.experience_years, p.qualification_category]).toEqual([p.key, null, 'NONE']);
    const byInitials = named.filter((p) => /^[А-ЯЁ]\.$/.test(p.first_name));
    for (const p of byInitials) expect([p.key, p.middle_name]).toEqual([p.key, expect.stringMatching(/^[А-ЯЁ]\.$/)]);
    // Шахова, Куновская, Брякжиева, Ключина (002), Первухина, Савельева (000), Балашова and the order of №527 (003).
    expect(byInitials).toHaveLength(13);
  });

  it('attaches the schools of «Будем дружить школами» to no real organisation: they are fictional and illustrative', async () => {
    const orgs = await rows<{ name: string; illustrative: boolean }>(
      `SELECT o.name, o.illustrative FROM network_member m JOIN network n ON n.id = m.network_id JOIN organization o ON o.id = m.organization_id
        WHERE n.external_id = 'demo:network:budem-druzhit-shkolami' ORDER BY o.name`,
    );
    expect(orgs.map((o) => o.name)).toEqual(['Школа А (иллюстративная)', 'Школа Б (иллюстративная)', 'Школа В (иллюстративная)', 'Школа Г (иллюстративная)', 'Школа Д (иллюстративная)']);
    expect(orgs.every((o) => o.illustrative)).toBe(true);
  });

  it('fills the diary, the pair surveys and a «Будем дружить школами» programme with illustrative entries of invented people only', async () => {
    const [n] = await rows<{ entries: number; surveys: number; answers: number; friends: number }>(
      `SELECT (SELECT count(*) FROM diary_entry WHERE external_id LIKE 'demo:%')::int AS entries,
              (SELECT count(*) FROM survey WHERE external_id LIKE 'demo:%' AND title LIKE '%демонстрационные данные%')::int AS surveys,
              (SELECT count(*) FROM survey_response r JOIN survey s ON s.id = r.survey_id WHERE s.external_id LIKE 'demo:%')::int AS answers,
              (SELECT count(*) FROM mentorship ms JOIN mentoring_program p ON p.id = ms.program_id WHERE p.external_id = 'demo:mentoring:friends-supervision')::int AS friends`,
    );
    expect(n.entries).toBeGreaterThan(0);
    expect(n.surveys).toBeGreaterThan(0);
    expect(n.answers).toBeGreaterThan(0);
    expect(n.friends).toBeGreaterThan(0);
    const named = await rows(
      `SELECT p.external_id FROM person p WHERE NOT p.illustrative AND (
         p.id IN (SELECT author_person_id FROM diary_entry WHERE external_id LIKE 'demo:%')
         OR p.id IN (SELECT r.person_id FROM survey_response r JOIN survey s ON s.id = r.survey_id WHERE s.external_id LIKE 'demo:%')
         OR p.id IN (SELECT mp.person_id FROM mentorship_participant mp JOIN mentorship ms ON ms.id = mp.mentorship_id JOIN mentoring_program pr ON pr.id = ms.program_id
                      WHERE pr.external_id = 'demo:mentoring:friends-supervision'))`,
    );
    expect(named).toEqual([]);
  });

  it('exposes the marker in GraphQL: Person.illustrative and Organization.illustrative', async () => {
    const token = await t.login('admin');
    const [shakhova, invented] = await Promise.all(
      ['demo:person:47-podp-sosh3-shakhova', 'demo:person:47-podp-sosh3-young'].map(async (k) => (await rows<{ id: string }>('SELECT id FROM person WHERE external_id = $1', [k]))[0].id),
    );
    const q = `query($id: ID!) { person(id: $id) { fullName illustrative } }`;
    expect((await t.gql(q, { id: shakhova }, token)).data).toEqual({ person: { fullName: 'Шахова М. Ю.', illustrative: false } });
    expect((await t.gql(q, { id: invented }, token)).data).toEqual({ person: { fullName: 'Васильева Дарья Андреевна', illustrative: true } });
    const [school] = await rows<{ id: string }>(`SELECT id FROM organization WHERE external_id = 'demo:org:53-borovichi-sosh-9'`);
    const o = await t.gql(`query($id: ID!) { organization(id: $id) { name illustrative } }`, { id: school.id }, token);
    expect(o.data).toEqual({ organization: { name: 'Школа А (иллюстративная)', illustrative: true } });
  });
});
