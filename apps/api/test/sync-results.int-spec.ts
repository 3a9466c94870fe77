import { ApiClientAccess, ApiClientDomain, ApiClientScopeKind, withInnCheckDigit, withSnilsCheck } from '@metodset/shared';
import { createTestClient, TestClient } from './support/api-client';
import { isoDay } from './support/route-fixtures';
import { idOf, startTestApp, TestApp } from './support/test-app';

/**
 * Issue 13: results of an external diagnostics sent by a regional system, one per person × competence, by the
 * system's own person ids (or СНИЛС) and competence codes: one result per row, refused rows with their reasons,
 * written through diagnostics' own write path (participants, levels), so the current-results read model follows in
 * the same transaction; the same batch again changes nothing; a dry run writes nothing.
 */
const SYNC_RESULTS = `mutation($input: SyncCompetenceResultsInput!) { syncCompetenceResults(input: $input) {
  dryRun created updated unchanged refused rows { index externalId status id code reason changedFields } } }`;
const SYNC_PEOPLE = `mutation($input: SyncPeopleInput!) { syncPeople(input: $input) { rows { status id code reason } } }`;
type Row = { index: number; externalId: string; status: string; id: string | null; code: string | null; reason: string | null; changedFields: string[] };
type Result = { dryRun: boolean; created: number; updated: number; unchanged: number; refused: number; rows: Row[] };

describe('bulk sync of external diagnostic results', () => {
  let t: TestApp;
  let client: TestClient;
  let campaignId: string;
  let ign: string;
  let elsewhere: string;
  let outside: string;
  const snilsIgn = withSnilsCheck('600000001');
  const snilsElsewhere = withSnilsCheck('600000002');
  const snilsOutside = withSnilsCheck('600000003');

  beforeAll(async () => {
    t = await startTestApp();
    const school12 = await t.login('school12.vorkuta');
    const org12 = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12');
    const [{ municipality_id: vorkuta }] = (await t.db.query(`SELECT municipality_id FROM organization WHERE id = $1`, [org12])) as { municipality_id: string }[];
    ign = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-ignatyuk');
    await t.db.query(`UPDATE organization SET inn = $2 WHERE id = $1`, [org12, withInnCheckDigit('110300012')]);
    await t.db.query(`UPDATE person SET snils = $2 WHERE id = $1`, [ign, snilsIgn]);
    // Someone of Vorkuta who does not work at №12, and someone of Podporozhye (outside the client's zone).
    const [e] = (await t.db.query(
      `SELECT p.id FROM person p JOIN position pos ON pos.person_id = p.id AND pos.is_main AND pos.ended_on IS NULL JOIN organization o ON o.id = pos.organization_id
        WHERE o.municipality_id = $1 AND NOT EXISTS (SELECT 1 FROM position x WHERE x.person_id = p.id AND x.organization_id = $2) ORDER BY p.id LIMIT 1`,
      [vorkuta, org12],
    )) as { id: string }[];
    elsewhere = e!.id;
    const [o] = (await t.db.query(
      `SELECT p.id FROM person p JOIN position pos ON pos.person_id = p.id AND pos.is_main JOIN organization o ON o.id = pos.organization_id JOIN municipality mu ON mu.id = o.municipality_id
        WHERE mu.name = 'Подпорожский муниципальный район' ORDER BY p.id LIMIT 1`,
    )) as { id: string }[];
    outside = o!.id;
    await t.db.query(`UPDATE person SET snils = CASE WHEN id = $1 THEN $3 ELSE $4 END WHERE id IN ($1, $2)`, [elsewhere, outside, snilsElsewhere, snilsOutside]);
    const shadrikov = ((await t.db.query(`SELECT id FROM diagnostic_instrument WHERE code = 'SHADRIKOV-BASE' AND version = 1`)) as { id: string }[])[0]!.id;
    const created = await t.gql<{ createDiagnosticCampaign: { id: string } }>(
      `mutation($input: CreateCampaignInput!) { createDiagnosticCampaign(input: $input) { id } }`,
      { input: { name: 'Региональная диагностика (из электронной школы)', instrumentId: shadrikov, mode: 'EXTERNAL', scopeKind: 'ORGANIZATIONS', organizationIds: [org12], opensOn: isoDay(-1), closesOn: isoDay(1) } },
      school12,
    );
    expect(created.errors).toBeUndefined();
    campaignId = created.data!.createDiagnosticCampaign.id;
    client = await createTestClient(t.db, {
      scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: vorkuta },
      permissions: [
        { domain: ApiClientDomain.SYNC, access: ApiClientAccess.WRITE },
        { domain: ApiClientDomain.DIAGNOSTICS, access: ApiClientAccess.WRITE },
        { domain: ApiClientDomain.REGISTRY, access: ApiClientAccess.WRITE },
      ],
    });
    // The client links its own id to Игнатюк (found by СНИЛС).
    const [p] = (await t.db.query(`SELECT last_name, first_name FROM person WHERE id = $1`, [ign])) as { last_name: string; first_name: string }[];
    const linked = await t.gql<{ syncPeople: { rows: Row[] } }>(
      SYNC_PEOPLE,
      { input: { rows: [{ externalId: 'T-IGN', lastName: p!.last_name, firstName: p!.first_name, snils: snilsIgn, positions: [{ organizationInn: withInnCheckDigit('110300012'), kind: 'TEACHER' }] }] } },
      client.secret,
    );
    expect(linked.data!.syncPeople.rows[0]).toMatchObject({ status: 'UPDATED', id: ign });
  });
  afterAll(() => t.close());

  const run = async (rows: unknown[], dryRun = false, campaign = campaignId): Promise<Result> => {
    const r = await t.gql<{ syncCompetenceResults: Result }>(SYNC_RESULTS, { input: { campaignId: campaign, rows, dryRun } }, client.secret);
    expect(r.errors).toBeUndefined();
    return r.data!.syncCompetenceResults;
  };
  const stored = () =>
    t.db.query(`SELECT person_id, c.code, score::float AS score, level::text AS level, source::text AS source FROM competence_result cr JOIN competence c ON c.id = cr.competence_id WHERE campaign_id = $1 ORDER BY c.code`, [
      campaignId,
    ]) as Promise<{ person_id: string; code: string; score: number; level: string; source: string }[]>;
  const current = async (code: string) =>
    ((await t.db.query(`SELECT score::float AS score, campaign_id FROM competence_result_current WHERE person_id = $1 AND code = $2`, [ign, code])) as { score: number; campaign_id: string }[])[0];
  const counts = async () => (await t.db.query(`SELECT (SELECT count(*) FROM competence_result) r, (SELECT count(*) FROM diagnostic_participant) p, (SELECT count(*) FROM audit_log) a`))[0];

  const batch = () => [
    { personExternalId: 'T-IGN', competenceCode: 'sh2.1', score: 72.5 },
    { personSnils: snilsIgn, competenceCode: 'SH4.2', score: 30 },
    { personSnils: `${snilsIgn.slice(0, 3)}-${snilsIgn.slice(3, 6)}-${snilsIgn.slice(6, 9)} ${snilsIgn.slice(9)}`, competenceCode: 'SH2.1', score: 10 },
    { personExternalId: 'NOBODY', competenceCode: 'SH2.1', score: 50 },
    { personExternalId: 'T-IGN', competenceCode: 'SH9.9', score: 50 },
    { personExternalId: 'T-IGN', competenceCode: 'SH1.1', score: 150 },
    { competenceCode: 'SH1.1', score: 40 },
    { personSnils: snilsElsewhere, competenceCode: 'SH2.1', score: 50 },
    { personSnils: snilsOutside, competenceCode: 'SH2.1', score: 50 },
  ];

  it('writes one result per row through diagnostics, refuses each bad row with its reason, and the current results follow', async () => {
    const before = await counts();
    const dry = await run(batch(), true);
    expect(dry).toMatchObject({ dryRun: true, created: 2, refused: 7 });
    expect(await counts()).toEqual(before);

    const r = await run(batch());
    expect(r.rows.map((x) => [x.externalId, x.status, x.code])).toEqual([
      ['T-IGN/SH2.1', 'CREATED', null],
      [`${snilsIgn}/SH4.2`, 'CREATED', null],
      [`${snilsIgn}/SH2.1`, 'REFUSED', 'DUPLICATE'],
      ['NOBODY/SH2.1', 'REFUSED', 'NOT_FOUND'],
      ['T-IGN/SH9.9', 'REFUSED', 'NOT_FOUND'],
      ['T-IGN/SH1.1', 'REFUSED', 'INVALID'],
      ['/SH1.1', 'REFUSED', 'INVALID'],
      [`${snilsElsewhere}/SH2.1`, 'REFUSED', 'NOT_FOUND'],
      [`${snilsOutside}/SH2.1`, 'REFUSED', 'NOT_FOUND'],
    ]);
    expect(r.rows.map((x) => x.reason)).toEqual([
      null,
      null,
      'Результат этого педагога по этой компетенции уже есть в строке 1 запроса',
      'Педагог: Не найдено или вне вашей зоны ответственности',
      'Компетенции SH9.9 нет в методике этой диагностики',
      'score: Балл — число от 0 до 100 (не больше двух знаков после запятой)',
      'personExternalId: Укажите педагога: его код в вашей системе или СНИЛС',
      'Педагог не работает ни в одной организации этой диагностики',
      'Педагог: Не найдено или вне вашей зоны ответственности',
    ]);
    expect(r.rows[0]!.id).toBe(ign);
    expect(await stored()).toEqual([
      { person_id: ign, code: 'SH2.1', score: 72.5, level: expect.any(String), source: 'IMPORT' },
      { person_id: ign, code: 'SH4.2', score: 30, level: expect.any(String), source: 'IMPORT' },
    ]);
    // He became a participant of the campaign; the current results (kept by the database) now show these scores.
    expect(await t.db.query(`SELECT count(*)::int AS n FROM diagnostic_participant WHERE campaign_id = $1 AND person_id = $2`, [campaignId, ign])).toEqual([{ n: 1 }]);
    expect(await current('SH2.1')).toEqual({ score: 72.5, campaign_id: campaignId });
    expect(await current('SH4.2')).toEqual({ score: 30, campaign_id: campaignId });
    // Audited under the client, naming the person.
    const audit = (await t.db.query(`SELECT action, person_ids FROM audit_log WHERE account_id = $1 AND entity_type = 'competence-result'`, [client.accountId])) as { action: string; person_ids: string[] }[];
    expect(audit.map((a) => [a.action, a.person_ids])).toEqual([
      ['sync.create', [ign]],
      ['sync.create', [ign]],
    ]);
  });

  it('the same batch again changes nothing; a changed score updates the result and the current results', async () => {
    const before = await counts();
    const again = await run(batch());
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, refused: 7 });
    expect(await counts()).toEqual(before);

    const changed = await run([{ personSnils: snilsIgn, competenceCode: 'SH2.1', score: 81 }]);
    expect(changed.rows[0]).toMatchObject({ status: 'UPDATED', changedFields: ['score'], id: ign });
    expect(await current('SH2.1')).toEqual({ score: 81, campaign_id: campaignId });
    const [{ level }] = (await t.db.query(
      `SELECT cr.level::text AS level FROM competence_result cr JOIN competence c ON c.id = cr.competence_id WHERE cr.campaign_id = $1 AND c.code = 'SH2.1'`,
      [campaignId],
    )) as { level: string }[];
    expect(level).not.toBe('DEFICIT');
  });

  it('a campaign out of reach is not found, whole; a batch over 1,000 rows is refused', async () => {
    const missing = await t.gql(SYNC_RESULTS, { input: { campaignId: '00000000-0000-4000-8000-000000000000', rows: [] } }, client.secret);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await t.gql(SYNC_RESULTS, { input: { campaignId: 'x', rows: [] } }, client.secret);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const many = await t.gql(SYNC_RESULTS, { input: { campaignId, rows: Array.from({ length: 1001 }, () => ({ personExternalId: 'T-IGN', competenceCode: 'SH2.1', score: 1 })) } }, client.secret);
    expect(many.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
