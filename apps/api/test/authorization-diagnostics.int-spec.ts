import ExcelJS from 'exceljs';
import { DIAGNOSTICS_CASES, DiagnosticsFixtures } from './authorization/diagnostics.cases';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { idOf, startTestApp, TestApp } from './support/test-app';

/** Authorization rows of the diagnostics operations (campaigns, filling, results, import). */
describe('authorization: diagnostics', () => {
  let t: TestApp;
  let fixtures: DiagnosticsFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    const one = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
    const org12 = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12');
    const instrument = await one(`SELECT id FROM diagnostic_instrument WHERE code = 'SHADRIKOV-BASE' AND version = 1`);
    const filippov = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-young-math');
    const school12 = await tokens.for('school12.vorkuta');
    const today = new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 10);
    const campaign = async (extra: Record<string, unknown> = {}) => {
      const r = await t.gql<{ createDiagnosticCampaign: { id: string } }>(
        'mutation($input: CreateCampaignInput!) { createDiagnosticCampaign(input: $input) { id } }',
        { input: { name: 'Фикстура', instrumentId: instrument, mode: 'SELF', scopeKind: 'ORGANIZATIONS', organizationIds: [org12], maxExperienceYears: 3, opensOn: today, closesOn: '2027-06-30', ...extra } },
        school12,
      );
      expect(r.errors).toBeUndefined();
      return r.data!.createDiagnosticCampaign.id;
    };
    const run = async (op: string, id: string) => expect((await t.gql(`mutation($id: ID!) { ${op}(id: $id) { id } }`, { id }, school12)).errors).toBeUndefined();
    const campClose = await campaign();
    await run('openDiagnosticCampaign', campClose);
    const fresh = await campaign();
    await run('openDiagnosticCampaign', fresh);
    const campRestore = await campaign();
    await run('archiveDiagnosticCampaign', campRestore);
    const items: { id: string }[] = await t.db.query(`SELECT id FROM diagnostic_item WHERE instrument_id = $1 ORDER BY position`, [instrument]);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Результаты');
    ws.addRow(['Внешний код или ФИО педагога', 'Организация', 'Код компетенции', 'Балл (0–100)']);
    ws.addRow(['demo:person:11-vorkuta-sosh12-ignatyuk', 'МОУ «СОШ №12» г. Воркуты', 'SH4.2', 55]);
    fixtures = {
      org12,
      instrument,
      zhdanova: await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh35-math'),
      base2022: await one(`SELECT id FROM diagnostic_campaign WHERE external_id = 'demo:campaign:vorkuta-base-2022'`),
      young2026: await one(`SELECT id FROM diagnostic_campaign WHERE external_id = 'demo:campaign:vorkuta-young-2026'`),
      filippovYoung: await one(
        `SELECT p.id FROM diagnostic_participant p JOIN diagnostic_campaign c ON c.id = p.campaign_id WHERE c.external_id = 'demo:campaign:vorkuta-young-2026' AND p.person_id = $1`,
        [filippov],
      ),
      filippovFresh: await one(`SELECT id FROM diagnostic_participant WHERE campaign_id = $1 AND person_id = $2`, [fresh, filippov]),
      freshAnswers: items.map((i) => ({ itemId: i.id, scale: 4 })),
      campUpdate: await campaign(),
      campOpen: await campaign(),
      campClose,
      campArchive: await campaign(),
      campRestore,
      campExternal: await campaign({ mode: 'EXTERNAL', maxExperienceYears: null }),
      resultsXlsx: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
    };
  });
  afterAll(() => t.close());

  describeOperationCases(DIAGNOSTICS_CASES, () => ({ t, fixtures, tokens }));

  describe('narrowed lists', () => {
    it('shows the Podporozhye methodist none of Vorkuta’s campaigns, the teacher only his own, and the teacher only himself among participants', async () => {
      const list = async (login: 'methodist.podporozhye' | 'teacher.filippov') =>
        (await t.gql<{ diagnosticCampaigns: { nodes: { id: string }[] } }>('query { diagnosticCampaigns(first: 100) { nodes { id } } }', {}, await tokens.for(login))).data!.diagnosticCampaigns.nodes.map((n) => n.id);
      expect(await list('methodist.podporozhye')).not.toContain(fixtures.base2022);
      const mine = await list('teacher.filippov');
      expect(mine).toContain(fixtures.young2026);
      expect(mine).not.toContain(fixtures.base2022); // he did not take part in 2022
      const people = await t.gql<{ diagnosticParticipants: { nodes: { personId: string }[] } }>(
        'query($id: ID!) { diagnosticParticipants(campaignId: $id, first: 100) { nodes { personId } } }',
        { id: fixtures.young2026 },
        await tokens.for('teacher.filippov'),
      );
      expect(people.data!.diagnosticParticipants.nodes).toHaveLength(1);
    });
  });
});
