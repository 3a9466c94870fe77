import { seedDemo, seedReference } from '../src/seed/seeder';
import { startTestApp, TestApp } from './support/test-app';

const TABLES = ['region', 'municipality', 'organization', 'organization_status', 'person', 'position', 'account', 'role_grant'];

describe('demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const snapshot = async () => {
    const out: Record<string, unknown> = {};
    for (const table of TABLES) out[table] = await t.db.query(`SELECT * FROM ${table} ORDER BY id`);
    return out;
  };

  it('changes nothing when run again', async () => {
    const before = await snapshot();
    await seedReference(t.db);
    await seedDemo(t.db);
    expect(await snapshot()).toEqual(before);
  });

  it('holds the organisations the programmes name, with their standing', async () => {
    const rows: { name: string; kinds: string[] }[] = await t.db.query(
      `SELECT o.name, array_agg(s.kind ORDER BY s.kind) AS kinds FROM organization o
       LEFT JOIN organization_status s ON s.organization_id = o.id GROUP BY o.name`,
    );
    const byName = (re: RegExp) => rows.filter((r) => re.test(r.name));
    expect(byName(/Подпорожская СОШ №1/)[0].kinds).toContain('LOW_RESULTS');
    expect(byName(/СОШ №3/).some((r) => r.kinds.includes('HIGH_RESULTS'))).toBe(true);
    expect(byName(/№ ?12/).length).toBeGreaterThan(0);
    expect(byName(/№ ?35/).length).toBeGreaterThan(0);
    expect(byName(/Персонал-Ресурс/)).toHaveLength(1);
    const roles: { role: string }[] = await t.db.query('SELECT DISTINCT role FROM role_grant ORDER BY role');
    expect(roles.map((r) => r.role).sort()).toEqual(
      ['MENTOR', 'MUNICIPAL_METHODIST', 'ORGANIZATION_ADMIN', 'PLATFORM_ADMIN', 'REGIONAL_COORDINATOR', 'TEACHER'],
    );
  });
});
