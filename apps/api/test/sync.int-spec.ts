import { ApiClientAccess, ApiClientDomain, ApiClientScopeKind, withInnCheckDigit } from '@metodset/shared';
import { createTestClient, TestClient } from './support/api-client';
import { startTestApp, TestApp } from './support/test-app';

const SYNC_ORGS = `mutation($input: SyncOrganizationsInput!) { syncOrganizations(input: $input) {
  dryRun created updated unchanged refused rows { index externalId status id code reason changedFields } } }`;
const SYNC_PEOPLE = `mutation($input: SyncPeopleInput!) { syncPeople(input: $input) {
  dryRun created updated unchanged refused rows { index externalId status id code reason changedFields } } }`;
const PARITY = `query($type: SyncEntityType!, $ids: [String!]!) { syncParity(type: $type, externalIds: $ids) {
  onlyInClient onlyInMetodsetTotal matched onlyInMetodset { id externalId name } } }`;

type Row = { index: number; externalId: string; status: string; id: string | null; code: string | null; reason: string | null; changedFields: string[] };
type Result = { dryRun: boolean; created: number; updated: number; unchanged: number; refused: number; rows: Row[] };

const PODP = 'Подпорожский муниципальный район';
const innA = withInnCheckDigit('470992001');
const innB = withInnCheckDigit('470992002');

describe('bulk sync by external ids and the parity report', () => {
  let t: TestApp;
  let podp: string;
  let vorkuta: string;
  let client: TestClient;
  let vorkutaInn: string;

  beforeAll(async () => {
    t = await startTestApp();
    const ids = (await t.db.query(`SELECT id, name FROM municipality WHERE name = $1 OR name = 'городской округ «Воркута»'`, [PODP])) as { id: string; name: string }[];
    podp = ids.find((x) => x.name === PODP)!.id;
    vorkuta = ids.find((x) => x.name !== PODP)!.id;
    vorkutaInn = withInnCheckDigit('110399001');
    const [vorkutaOrg] = (await t.db.query(`SELECT id FROM organization WHERE municipality_id = $1 ORDER BY name LIMIT 1`, [vorkuta])) as { id: string }[];
    await t.db.query(`UPDATE organization SET inn = $1 WHERE id = $2`, [vorkutaInn, vorkutaOrg!.id]);
    client = await createTestClient(t.db, {
      name: 'Электронная школа Подпорожья',
      scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: podp },
      permissions: [{ domain: ApiClientDomain.SYNC, access: ApiClientAccess.WRITE }],
    });
  });
  afterAll(() => t.close());

  const orgs = () => [
    { externalId: 'ORG-1', name: 'МОУ «Синхронная СОШ № 1»', kind: 'SCHOOL', inn: innA, municipalityId: podp, email: 'sync1@example.ru' },
    { externalId: 'ORG-2', name: 'МДОУ «Синхронный детский сад»', kind: 'KINDERGARTEN', municipalityId: podp },
    { externalId: 'ORG-3', name: 'МОУ «Синхронная гимназия»', kind: 'GYMNASIUM', inn: innB, municipalityId: podp },
    { externalId: 'ORG-BAD', name: '', kind: 'CASTLE', municipalityId: podp },
    { externalId: 'ORG-VORKUTA', name: 'Чужая школа', kind: 'SCHOOL', municipalityId: vorkuta },
    { externalId: 'ORG-1', name: 'Повтор', kind: 'SCHOOL', municipalityId: podp },
  ];
  const people = () => [
    { externalId: 'P-1', lastName: 'Синхронова', firstName: 'Анна', middleName: 'Петровна', birthDate: '1985-04-01', subjects: ['математика'], positions: [{ organizationExternalId: 'ORG-1', kind: 'TEACHER', title: 'учитель математики' }] },
    { externalId: 'P-2', lastName: 'Синхронов', firstName: 'Борис', positions: [{ organizationInn: innB, kind: 'DIRECTOR' }, { organizationExternalId: 'ORG-1', kind: 'TEACHER' }] },
    { externalId: 'P-BAD', lastName: 'Синхронов', firstName: '', positions: [{ organizationExternalId: 'ORG-1', kind: 'TEACHER' }] },
    { externalId: 'P-VORKUTA', lastName: 'Синхронов', firstName: 'Виктор', positions: [{ organizationInn: vorkutaInn, kind: 'TEACHER' }] },
    { externalId: 'P-NOWHERE', lastName: 'Синхронов', firstName: 'Глеб', positions: [{ organizationExternalId: 'ORG-404', kind: 'TEACHER' }] },
  ];
  const run = async <K extends string>(q: string, key: K, rows: unknown[], token: string, dryRun = false) => {
    const r = await t.gql<Record<K, Result>>(q, { input: { rows, dryRun } }, token);
    expect(r.errors).toBeUndefined();
    return r.data![key];
  };
  const snapshot = async () =>
    (await t.db.query(
      `SELECT (SELECT count(*) FROM organization) o, (SELECT count(*) FROM person) p, (SELECT count(*) FROM position) pos, (SELECT count(*) FROM change_log) c,
              (SELECT count(*) FROM audit_log) a, (SELECT count(*) FROM sync_external_id) s,
              (SELECT json_agg(x ORDER BY x.id) FROM organization x WHERE x.id IN (SELECT entity_id FROM sync_external_id)) orgs,
              (SELECT json_agg(x ORDER BY x.id) FROM person x WHERE x.id IN (SELECT entity_id FROM sync_external_id)) persons`,
    ))[0] as Record<string, unknown>;

  it('upserts organisations and people row by row, refusing each bad row with its reason; the same batch again changes nothing', async () => {
    const o = await run(SYNC_ORGS, 'syncOrganizations', orgs(), client.secret);
    expect(o.rows.map((r) => [r.externalId, r.status, r.code])).toEqual([
      ['ORG-1', 'CREATED', null],
      ['ORG-2', 'CREATED', null],
      ['ORG-3', 'CREATED', null],
      ['ORG-BAD', 'REFUSED', 'INVALID'],
      ['ORG-VORKUTA', 'REFUSED', 'NOT_FOUND'],
      ['ORG-1', 'REFUSED', 'DUPLICATE'],
    ]);
    expect(o.rows[3].reason).toBe('name: Укажите название организации; kind: Неизвестный вид организации «CASTLE»');
    expect(o.rows[4].reason).toBe('Муниципалитет: Не найдено или вне вашей зоны ответственности');
    expect(o.rows[5].reason).toBe('Этот код уже есть в строке 1 запроса');
    expect(o).toMatchObject({ created: 3, updated: 0, unchanged: 0, refused: 3 });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM organization WHERE municipality_id = $1 AND name = 'Чужая школа'`, [vorkuta])).toEqual([{ n: 0 }]);

    const p = await run(SYNC_PEOPLE, 'syncPeople', people(), client.secret);
    expect(p.rows.map((r) => [r.externalId, r.status, r.code])).toEqual([
      ['P-1', 'CREATED', null],
      ['P-2', 'CREATED', null],
      ['P-BAD', 'REFUSED', 'INVALID'],
      ['P-VORKUTA', 'REFUSED', 'NOT_FOUND'],
      ['P-NOWHERE', 'REFUSED', 'NOT_FOUND'],
    ]);
    expect(p.rows[3].reason).toBe(`Организация с ИНН ${vorkutaInn}: Не найдено или вне вашей зоны ответственности`);
    // Never a half-written row: the refused people are not there at all, the created ones hold their positions.
    expect(await t.db.query(`SELECT count(*)::int AS n FROM person WHERE last_name = 'Синхронов' AND first_name IN ('Виктор', 'Глеб')`)).toEqual([{ n: 0 }]);
    const positions = (await t.db.query(
      `SELECT o.name, pos.kind::text AS kind, pos.title, pos.is_main FROM position pos JOIN organization o ON o.id = pos.organization_id WHERE pos.person_id = $1 ORDER BY pos.kind::text`,
      [p.rows[1].id],
    )) as { name: string; kind: string; is_main: boolean }[];
    expect(positions.map((x) => [x.name, x.kind])).toEqual([['МОУ «Синхронная гимназия»', 'DIRECTOR'], ['МОУ «Синхронная СОШ № 1»', 'TEACHER']]);
    expect(positions.filter((x) => x.is_main)).toHaveLength(1);
    // Audited under the client's technical account, naming the people.
    const audit = (await t.db.query(`SELECT action, entity_type, person_ids FROM audit_log WHERE account_id = $1 ORDER BY id`, [client.accountId])) as {
      action: string;
      entity_type: string;
      person_ids: string[] | null;
    }[];
    expect(audit.filter((a) => a.action === 'sync.create').map((a) => a.entity_type).sort()).toEqual(['organization', 'organization', 'organization', 'person', 'person']);
    expect(audit.filter((a) => a.entity_type === 'person').flatMap((a) => a.person_ids).sort()).toEqual([p.rows[0].id, p.rows[1].id].sort());

    const before = await snapshot();
    const again = await run(SYNC_ORGS, 'syncOrganizations', orgs().slice(0, 3), client.secret);
    const againPeople = await run(SYNC_PEOPLE, 'syncPeople', people().slice(0, 2), client.secret);
    expect(again.rows.map((r) => r.status)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(againPeople.rows.map((r) => r.status)).toEqual(['UNCHANGED', 'UNCHANGED']);
    expect(again.rows.map((r) => r.id)).toEqual(o.rows.slice(0, 3).map((r) => r.id));
    expect(await snapshot()).toEqual(before);
  });

  it('reports what differs (dry run), updates only what changed, archives, and keeps each client to its own ids', async () => {
    const changed = [{ ...orgs()[0], name: 'МОУ «Синхронная СОШ № 1 (новое имя)»' }, orgs()[1]];
    const dry = await run(SYNC_ORGS, 'syncOrganizations', changed, client.secret, true);
    expect(dry.rows.map((r) => [r.status, r.changedFields])).toEqual([['UPDATED', ['name']], ['UNCHANGED', []]]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM organization WHERE name LIKE '%(новое имя)»'`)).toEqual([{ n: 0 }]);
    const done = await run(SYNC_ORGS, 'syncOrganizations', changed, client.secret);
    expect(done).toMatchObject({ updated: 1, unchanged: 1 });

    const archived = await run(SYNC_PEOPLE, 'syncPeople', [{ ...people()[0], archived: true }], client.secret);
    expect(archived.rows[0]).toMatchObject({ status: 'UPDATED', changedFields: ['archived'] });
    expect(await t.db.query(`SELECT archived_at IS NOT NULL AS a FROM person WHERE id = $1`, [archived.rows[0].id])).toEqual([{ a: true }]);

    // Another client of the same municipality has ids of its own: it finds the organisation by ИНН and links its id.
    const other = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: podp }, permissions: [{ domain: ApiClientDomain.SYNC, access: ApiClientAccess.WRITE }] });
    const linked = await run(SYNC_ORGS, 'syncOrganizations', [{ ...changed[0], externalId: 'LMS-77' }], other.secret);
    expect(linked.rows[0]).toMatchObject({ status: 'UPDATED', id: done.rows[0].id, changedFields: ['externalId'] });
    // A client of another municipality neither finds nor tells the row: the ИНН is «not found».
    const stranger = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: vorkuta }, permissions: [{ domain: ApiClientDomain.SYNC, access: ApiClientAccess.WRITE }] });
    const refused = await run(SYNC_ORGS, 'syncOrganizations', [{ ...changed[0], municipalityId: vorkuta }], stranger.secret);
    expect(refused.rows[0]).toMatchObject({ status: 'REFUSED', code: 'NOT_FOUND', reason: 'ИНН: Не найдено или вне вашей зоны ответственности' });
  });

  it('refuses a batch over 1,000 rows as a whole and a caller without the sync permission', async () => {
    const big = Array.from({ length: 1001 }, (_, i) => ({ externalId: `X-${i}`, name: 'X', kind: 'SCHOOL', municipalityId: podp }));
    const r = await t.gql(SYNC_ORGS, { input: { rows: big } }, client.secret);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const reader = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: podp }, permissions: [{ domain: ApiClientDomain.REGISTRY, access: ApiClientAccess.WRITE }] });
    const denied = await t.gql(SYNC_ORGS, { input: { rows: orgs().slice(0, 1) } }, reader.secret);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the parity report tells what Metodset holds that the client lacks, and what the client has that Metodset lacks', async () => {
    const r = await t.gql<{ syncParity: { onlyInClient: string[]; onlyInMetodsetTotal: number; matched: number; onlyInMetodset: { id: string; externalId: string | null; name: string }[] } }>(
      PARITY,
      { type: 'ORGANIZATION', ids: ['ORG-1', 'ORG-2', 'ORG-999'] },
      client.secret,
    );
    expect(r.errors).toBeUndefined();
    const report = r.data!.syncParity;
    expect(report.onlyInClient).toEqual(['ORG-999']);
    expect(report.matched).toBe(2);
    expect(report.onlyInMetodset.find((x) => x.externalId === 'ORG-3')?.name).toBe('МОУ «Синхронная гимназия»');
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM organization WHERE municipality_id = $1 AND archived_at IS NULL`, [podp])) as { n: number }[];
    expect(report.onlyInMetodsetTotal).toBe(n - 2);
    expect(report.onlyInMetodset.every((x) => x.name)).toBe(true);
  });
});
