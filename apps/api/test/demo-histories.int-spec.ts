import { startTestApp, TestApp } from './support/test-app';

const DRILL = `query($id: ID!, $from: String!, $to: String!, $rows: DrillDownRows) {
  indicatorDrillDown(indicatorId: $id, periodStart: $from, periodEnd: $to, rows: $rows, first: 100) { totalCount nodes { personId name counted } } }`;
const DASH = `query($input: DashboardInput) { dashboard(input: $input) { indicators { id name kind latest { periodStart periodEnd value } } } }`;
const PERSON = `query($id: ID!) { person(id: $id) { illustrative qualificationHistory { category assignedOn validUntil orderRef } positions { startedOn endedOn } } }`;

interface Drill {
  indicatorDrillDown: { totalCount: number; nodes: { personId: string; name: string; counted: boolean }[] };
}

/**
 * The demo's illustrative employment and qualification-category histories (seed 000's fictional schools): only
 * invented people carry them, and the computed indicators «young teachers retained» and «qualification categories»
 * of «Будем дружить школами» count them — by hand: 2026 (to 30 November) six young teachers at the start of the year,
 * five still there (Лебедев left in June); 17 teachers worked there in 2026, 9 with a category, 5 of them highest or
 * above; in 2023, 12 teachers, 8 with a category, 5 highest or above.
 */
describe('demo histories', () => {
  let t: TestApp;
  let admin: string;
  const key = async (k: string) => ((await t.db.query(`SELECT id FROM indicator WHERE external_id = $1`, [k])) as { id: string }[])[0]!.id;
  const drill = async (k: string, from: string, to: string, rows: string) => {
    const r = await t.gql<Drill>(DRILL, { id: await key(k), from, to, rows }, admin);
    expect(r.errors).toBeUndefined();
    return r.data!.indicatorDrillDown;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('gives histories to invented people only, never to the people a programme names', async () => {
    const [c] = (await t.db.query(
      `SELECT (SELECT count(*)::int FROM qualification_record q JOIN person p ON p.id = q.person_id WHERE NOT p.illustrative) AS named_categories,
              (SELECT count(*)::int FROM qualification_record q JOIN person p ON p.id = q.person_id WHERE p.illustrative) AS categories,
              (SELECT count(*)::int FROM position po JOIN person p ON p.id = po.person_id WHERE NOT p.illustrative AND (po.started_on IS NOT NULL OR po.ended_on IS NOT NULL)) AS named_positions`,
    )) as { named_categories: number; categories: number; named_positions: number }[];
    expect(c).toEqual({ named_categories: 0, categories: 16, named_positions: 0 });
    // The card shows the history, marked as demo data.
    const [chem] = (await t.db.query(`SELECT id FROM person WHERE external_id = 'demo:person:53-borovichi-gym-chem'`)) as { id: string }[];
    const card = await t.gql<{ person: { illustrative: boolean; qualificationHistory: { category: string; orderRef: string }[]; positions: { startedOn: string | null }[] } }>(
      PERSON,
      { id: chem!.id },
      admin,
    );
    expect(card.errors).toBeUndefined();
    expect(card.data!.person.illustrative).toBe(true);
    expect(card.data!.person.qualificationHistory.map((q) => q.category).sort()).toEqual(['FIRST', 'HIGHEST', 'METHODIST']);
    expect(card.data!.person.qualificationHistory.every((q) => q.orderRef === 'демонстрационные данные (иллюстративно)')).toBe(true);
    expect(card.data!.person.positions.map((p) => p.startedOn)).toEqual(['2007-09-01']);
  });

  it('computes «young teachers retained» from the employment history', async () => {
    const k = 'demo:indicator:friends-young-retained-computed';
    expect((await drill(k, '2026-01-01', '2026-11-30', 'DENOMINATOR')).totalCount).toBe(6);
    const left = await drill(k, '2026-01-01', '2026-11-30', 'NOT_COUNTED');
    expect(left.nodes.map((n) => n.name)).toEqual(['Лебедев Кирилл Андреевич']);
    expect((await drill(k, '2025-01-01', '2025-12-31', 'DENOMINATOR')).totalCount).toBe(3);
    expect((await drill(k, '2025-01-01', '2025-12-31', 'COUNTED')).totalCount).toBe(3);
  });

  it('computes the qualification-category shares from the category history', async () => {
    const any = 'demo:indicator:friends-category-computed';
    const highest = 'demo:indicator:friends-highest-category-computed';
    expect((await drill(any, '2026-01-01', '2026-11-30', 'DENOMINATOR')).totalCount).toBe(17);
    expect((await drill(any, '2026-01-01', '2026-11-30', 'COUNTED')).totalCount).toBe(9);
    expect((await drill(highest, '2026-01-01', '2026-11-30', 'COUNTED')).totalCount).toBe(5);
    expect((await drill(any, '2023-01-01', '2023-12-31', 'DENOMINATOR')).totalCount).toBe(12);
    expect((await drill(any, '2023-01-01', '2023-12-31', 'COUNTED')).totalCount).toBe(8);
    // Матвеев got his first category in January 2024: counted in 2026, not in 2023.
    const names2023 = (await drill(any, '2023-01-01', '2023-12-31', 'COUNTED')).nodes.map((n) => n.name);
    expect(names2023).not.toContain('Матвеев Олег Викторович');
    expect((await drill(highest, '2023-01-01', '2023-12-31', 'COUNTED')).totalCount).toBe(5);
  });

  it('shows the computed values on the network’s dashboard', async () => {
    const [network] = (await t.db.query(`SELECT id FROM network WHERE external_id = 'demo:network:budem-druzhit-shkolami'`)) as { id: string }[];
    const r = await t.gql<{ dashboard: { indicators: { name: string; kind: string; latest: { value: number } | null }[] } }>(DASH, { input: { networkId: network!.id } }, admin);
    expect(r.errors).toBeUndefined();
    const computed = r.data!.dashboard.indicators.filter((i) => i.kind === 'COMPUTED');
    expect(computed.map((i) => i.name)).toEqual([
      'Доля молодых педагогов, оставшихся в школе (расчёт)',
      'Доля педагогов с квалификационной категорией (расчёт)',
      'Доля педагогов с высшей категорией, «педагог-наставник», «педагог-методист» (расчёт)',
    ]);
    expect(computed.every((i) => i.latest !== null && i.latest.value > 0)).toBe(true);
  });
});
