import { DEFICITS_CASES, DeficitsFixtures } from './authorization/deficits.cases';
import { campaign, competenceIds, first, frameworkId, instrumentId, results } from './support/deficits-fixtures';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { idOf, startTestApp, TestApp } from './support/test-app';

/** Authorization rows of the deficits domain (profiles, heatmaps, comparisons, schools' self-diagnostics). */
describe('authorization: deficits', () => {
  let t: TestApp;
  let fixtures: DeficitsFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    const prof = await frameworkId(t.db, 'PROF');
    const c = await competenceIds(t.db, prof);
    const munPodp = (await first<{ id: string }>(t.db, `SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`)).id;
    const podpSosh1 = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-1');
    const podpMath = await idOf(t.db, 'person', 'demo:person:47-podp-sosh1-math');
    const campaignAfter = await campaign(t.db, { instrumentId: await instrumentId(t.db, 'PROF-DEFICITS'), municipalityId: munPodp, closesOn: '2026-10-31' });
    await results(t.db, campaignAfter, podpMath, podpSosh1, { [c.AS2]: 70 }, '2026-10-20');
    const diagnosis = await first<{ id: string }>(
      t.db,
      `INSERT INTO organization_self_diagnosis (organization_id, framework_id, conducted_on, source) VALUES ($1, $2, '2026-02-01', 'ENTERED') RETURNING id`,
      [podpSosh1, prof],
    );
    await t.db.query(`INSERT INTO organization_self_diagnosis_entry (diagnosis_id, competence_id, level) VALUES ($1, $2, 'DEFICIT')`, [diagnosis.id, c.AS2]);
    fixtures = {
      prof,
      as2: c.AS2,
      munPodp,
      podpSosh1,
      podpMath,
      campaignDemo: (await first<{ id: string }>(t.db, `SELECT id FROM diagnostic_campaign WHERE external_id = 'demo:campaign:podporozhye-deficits-2023'`)).id,
      campaignAfter,
      diagnosis: diagnosis.id,
    };
  });
  afterAll(() => t.close());

  describeOperationCases(DEFICITS_CASES, () => ({ t, fixtures, tokens }));
});
