import { DEMO_MENTOR_PROFILES, DEMO_MENTORING_PROGRAMS } from '../src/seed/demo/mentoring';
import { seedDemo, seedReference } from '../src/seed/seeder';
import { startTestApp, TestApp } from './support/test-app';

const TABLES = [
  'region',
  'competency_framework',
  'competence_area',
  'competence',
  'competence_indicator',
  'diagnostic_instrument',
  'diagnostic_item',
  'diagnostic_scoring_rule',
  'municipality',
  'organization',
  'organization_status',
  'person',
  'position',
  'account',
  'role_grant',
  'mentor_profile',
  'mentoring_program',
  'mentorship',
  'mentorship_participant',
  'mentorship_session',
  'diagnostic_campaign',
  'diagnostic_campaign_organization',
  'diagnostic_participant',
  'diagnostic_response',
  'competence_result',
  'organization_self_diagnosis',
  'organization_self_diagnosis_entry',
  'learning_route',
  'learning_route_competence',
  'learning_route_step',
  'learning_route_journal_entry',
  'diary_entry',
  'survey',
  'survey_response',
  'staging_site',
  'staging_site_master',
  'staging_site_competence',
  'internship_program',
  'internship_module',
  'internship_module_competence',
  'internship_track',
  'internship_track_module',
];

/** Tables without an id column. */
const ORDER: Record<string, string> = {
  mentorship_participant: 'mentorship_id, person_id',
  diagnostic_campaign_organization: 'campaign_id, organization_id',
  learning_route_competence: 'route_id, competence_id',
  staging_site_master: 'site_id, person_id',
  staging_site_competence: 'site_id, competence_id',
  internship_module_competence: 'module_id, competence_id',
  internship_track_module: 'track_id, module_id',
};

describe('demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const snapshot = async () => {
    const out: Record<string, unknown> = {};
    for (const table of TABLES) out[table] = await t.db.query(`SELECT * FROM ${table} ORDER BY ${ORDER[table] ?? 'id'}`);
    return out;
  };

  it('changes nothing when run again', async () => {
    const before = await snapshot();
    await seedReference(t.db);
    await seedDemo(t.db);
    expect(await snapshot()).toEqual(before);
  });

  it('holds the competency frameworks: the areas the programmes name and Shadrikov\'s base competencies of Vorkuta', async () => {
    const areas: { code: string; name: string }[] = await t.db.query(
      `SELECT a.code, a.name FROM competence_area a JOIN competency_framework f ON f.id = a.framework_id WHERE f.code = 'PROF' AND f.status = 'PUBLISHED'`,
    );
    expect(areas.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Психолого-педагогическая', 'Проектно-исследовательская', 'Оценочная', 'Методическая', 'Здоровьесберегающая']),
    );
    const base: { name: string }[] = await t.db.query(
      `SELECT c.name FROM competence c JOIN competency_framework f ON f.id = c.framework_id WHERE f.code = 'SHADRIKOV' AND c.code IN ('SH2.1', 'SH3.3', 'SH4.2', 'SH6.5')`,
    );
    expect(base.map((c) => c.name).join(' ')).toMatch(/тему урока в педагогическую.*/);
    expect(base).toHaveLength(4);
  });

  it('holds the reference instruments, published, with a scoring rule for every scored competence', async () => {
    const rows: { code: string; status: string; items: string; unruled: string }[] = await t.db.query(
      `SELECT i.code, i.status, (SELECT count(*) FROM diagnostic_item it WHERE it.instrument_id = i.id) AS items,
              (SELECT count(DISTINCT it.competence_id) FROM diagnostic_item it WHERE it.instrument_id = i.id AND it.kind <> 'TEXT'
                 AND NOT EXISTS (SELECT 1 FROM diagnostic_scoring_rule r WHERE r.instrument_id = i.id AND r.competence_id = it.competence_id)) AS unruled
         FROM diagnostic_instrument i ORDER BY i.code`,
    );
    expect(rows.map((r) => [r.code, r.status, Number(r.unruled)])).toEqual([
      ['PROF-DEFICITS', 'PUBLISHED', 0],
      ['SHADRIKOV-BASE', 'PUBLISHED', 0],
    ]);
    expect(rows.every((r) => Number(r.items) >= 16)).toBe(true);
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
  it('holds the demo mentoring, every mentor in the base and none over capacity', async () => {
    const [n] = (await t.db.query(
      `SELECT (SELECT count(*) FROM mentoring_program WHERE external_id LIKE 'demo:%')::int AS programs,
              (SELECT count(*) FROM mentorship WHERE external_id LIKE 'demo:%')::int AS mentorships,
              (SELECT count(*) FROM mentor_profile)::int AS profiles`,
    )) as { programs: number; mentorships: number; profiles: number }[];
    expect(n).toEqual({
      programs: DEMO_MENTORING_PROGRAMS.length,
      mentorships: DEMO_MENTORING_PROGRAMS.reduce((sum, p) => sum + p.mentorships.length, 0),
      profiles: DEMO_MENTOR_PROFILES.length,
    });
    const withoutProfile: unknown[] = await t.db.query(
      `SELECT DISTINCT mp.person_id FROM mentorship_participant mp LEFT JOIN mentor_profile pr ON pr.person_id = mp.person_id
        WHERE mp.side = 'MENTOR' AND pr.id IS NULL`,
    );
    expect(withoutProfile).toEqual([]);
    const overloaded: unknown[] = await t.db.query(
      `SELECT pr.person_id, pr.capacity, count(me.person_id) AS load FROM mentor_profile pr
         JOIN mentorship_participant mr ON mr.person_id = pr.person_id AND mr.side = 'MENTOR'
         JOIN mentorship ms ON ms.id = mr.mentorship_id AND ms.status IN ('PLANNED', 'ACTIVE')
         JOIN mentorship_participant me ON me.mentorship_id = ms.id AND me.side = 'MENTEE'
        GROUP BY pr.person_id, pr.capacity HAVING count(me.person_id) > pr.capacity`,
    );
    expect(overloaded).toEqual([]);
  });
});
