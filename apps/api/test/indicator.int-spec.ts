import { indicatorRows, indicatorXlsx } from './support/indicator-fixtures';
import { checkEveryOrder, checkPageRefusals, Page } from './support/list-order';
import { startTestApp, TestApp } from './support/test-app';

type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const ext = <T>(r: R<T>) => r.errors?.[0]?.extensions;

const IND = `id name unit kind computedKey status trend canEdit measuresChange owner { kind id name }
  baseline { year value text } targets { year value text } actuals { periodStart periodEnd value computed illustrative } latest { value } latestTarget { year value }`;
type Ind = {
  id: string;
  name: string;
  status: string;
  trend: string | null;
  canEdit: boolean;
  owner: { kind: string; name: string };
  baseline: { year: number; value: number; text: string } | null;
  targets: { year: number; value: number; text: string }[];
  actuals: { value: number; illustrative: boolean }[];
  latest: { value: number } | null;
};
const GET = `query($id: ID!) { indicator(id: $id) { ${IND} } }`;
const VALUES = `query($id: ID!) { indicatorValues(indicatorId: $id) { id value organizationId organizationName periodStart periodEnd archivedAt } }`;
const CREATE = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { ${IND} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateIndicatorInput!) { updateIndicator(id: $id, input: $input) { ${IND} } }`;
const ADD_VALUE = `mutation($id: ID!, $input: IndicatorValueInput!) { createIndicatorValue(indicatorId: $id, input: $input) { id value archivedAt } }`;
const ARCHIVE_VALUE = `mutation($id: ID!) { archiveIndicatorValue(id: $id) { id archivedAt } }`;
const RESTORE_VALUE = `mutation($id: ID!) { restoreIndicatorValue(id: $id) { id archivedAt } }`;
const IMPORT = `mutation($id: ID!, $file: String!, $dry: Boolean!) { importIndicatorValues(indicatorId: $id, input: { fileName: "значения.xlsx", contentBase64: $file, dryRun: $dry }) {
  dryRun applied rows { line periodStart periodEnd organizationName value source replaces } errors { line message } } }`;

const base = { name: 'Доля педагогов с ИОМ', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', kind: 'MANUAL', baselineYear: 2025, baselineValue: 40, targets: [{ year: 2026, value: 50 }] };

describe('indicators', () => {
  let t: TestApp;
  let podporozhye: string;
  let timashevsk: string;
  let school: string;
  let methodist: string;
  const rows = () => indicatorRows(t);
  const key = async (k: string) => rows().one(`SELECT id FROM indicator WHERE external_id = $1`, [k]);

  beforeAll(async () => {
    t = await startTestApp();
    podporozhye = await rows().one(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`);
    timashevsk = await rows().one(`SELECT id FROM municipality WHERE name = 'Тимашевский район'`);
    school = await rows().one(`SELECT id FROM organization WHERE municipality_id = $1 ORDER BY name LIMIT 1`, [podporozhye]);
    methodist = await t.login('methodist.podporozhye');
  });
  afterAll(() => t?.close());

  describe('demo', () => {
    it('keeps the table of «Будем дружить школами» as the seed states, with status and trend of its illustrative actuals', async () => {
      const admin = await t.login('admin');
      const r = await t.gql<{ indicator: Ind }>(GET, { id: await key('demo:indicator:friends-competence-level') }, admin);
      expect(r.errors).toBeUndefined();
      const i = r.data!.indicator;
      expect(i.baseline).toEqual({ year: 2025, value: 60, text: '60%' });
      expect(i.targets).toEqual([
        { year: 2026, value: 70, text: '70%' },
        { year: 2027, value: 80, text: '80%' },
      ]);
      expect(i.actuals.every((a) => a.illustrative)).toBe(true);
      // 64 → 71 in 2026 against the 2026 target of 70: met, and better than before.
      expect(i).toMatchObject({ status: 'MET', trend: 'UP', owner: { kind: 'NETWORK', name: 'Мастерская педагогического диалога «Будем дружить школами»' } });
      const winners = await t.gql<{ indicator: Ind }>(GET, { id: await key('demo:indicator:friends-contest-winners') }, admin);
      expect(winners.data!.indicator).toMatchObject({ status: 'BEHIND', trend: null });
    });

    it('gives Vorkuta’s target indicators as computed ones: values per year come from the data, and with no target the status is «нет данных»', async () => {
      const token = await t.login('school12.vorkuta');
      const r = await t.gql<{ indicator: Ind & { kind: string; computedKey: string } }>(GET, { id: await key('demo:indicator:vorkuta-3') }, token);
      expect(r.errors).toBeUndefined();
      const ind = r.data!.indicator;
      expect(ind).toMatchObject({ kind: 'COMPUTED', computedKey: 'TEACHERS_WITH_APPROVED_ROUTE_SHARE', status: 'NO_DATA' });
      // The computed source (indicator/computed) gives one value per calendar year; each is checked against its
      // drill-down in computed-indicators.int-spec.
      expect(ind.actuals.length).toBeGreaterThan(0);
      for (const a of ind.actuals) {
        expect(a).toMatchObject({ computed: true, illustrative: false });
        expect(a.value).toBeGreaterThanOrEqual(0);
        expect(a.value).toBeLessThanOrEqual(100);
      }
    });
  });

  describe('bad input', () => {
    it('refuses a target for a year twice, a percentage outside 0–100 and a computed indicator without its key, each on its field', async () => {
      const r = await t.gql(CREATE, { input: { ...base, ownerKind: 'MUNICIPALITY', ownerId: podporozhye, baselineValue: 140, targets: [{ year: 2026, value: 50 }, { year: 2026, value: 60 }] } }, methodist);
      expect(ext(r)?.code).toBe('BAD_USER_INPUT');
      expect(ext(r)?.fields).toEqual(
        expect.arrayContaining([
          { field: 'baselineValue', message: 'Процент — от 0 до 100' },
          { field: 'targets.1.year', message: 'Цель на 2026 год уже указана' },
        ]),
      );
      const computed = await t.gql(CREATE, { input: { ...base, ownerKind: 'MUNICIPALITY', ownerId: podporozhye, kind: 'COMPUTED' } }, methodist);
      expect(ext(computed)?.fields).toEqual([{ field: 'computedKey', message: 'Выберите, как рассчитывается показатель' }]);
      expect(await rows().one(`SELECT count(*)::text AS id FROM indicator WHERE name = $1`, [base.name])).toBe('0');
    });

    it('answers NOT_FOUND for an unknown owner and for one out of the caller’s scope, writing nothing', async () => {
      const unknown = await t.gql(CREATE, { input: { ...base, ownerKind: 'NETWORK', ownerId: '00000000-0000-4000-8000-000000000000' } }, methodist);
      expect(ext(unknown)?.code).toBe('NOT_FOUND');
      const foreign = await t.gql(CREATE, { input: { ...base, ownerKind: 'MUNICIPALITY', ownerId: timashevsk } }, methodist);
      expect(ext(foreign)?.code).toBe('NOT_FOUND');
      expect(unknown.errors![0].message).toBe(foreign.errors![0].message);
      expect(await rows().one(`SELECT count(*)::text AS id FROM indicator WHERE name = $1`, [base.name])).toBe('0');
    });

    it('refuses a value outside 0–100 for a percentage, a period that ends before it starts, a second value for the same period, and values of a computed indicator', async () => {
      const id = await rows().indicator(podporozhye, 'Доля для проверок');
      const v = { periodStart: '2025-09-01', periodEnd: '2026-05-31', value: 101, source: 'RSOKO' };
      expect(ext(await t.gql(ADD_VALUE, { id, input: v }, methodist))?.fields).toEqual([{ field: 'value', message: 'Процент — от 0 до 100' }]);
      expect(ext(await t.gql(ADD_VALUE, { id, input: { ...v, value: 50, periodEnd: '2025-01-01' } }, methodist))?.fields).toEqual([{ field: 'periodEnd', message: 'Конец периода — не раньше его начала' }]);
      expect((await t.gql(ADD_VALUE, { id, input: { ...v, value: 50 } }, methodist)).errors).toBeUndefined();
      expect(ext(await t.gql(ADD_VALUE, { id, input: { ...v, value: 52 } }, methodist))?.fields).toEqual([{ field: 'periodStart', message: 'Значение за этот период уже введено — измените его' }]);
      const computed = await t.gql(ADD_VALUE, { id: await key('demo:indicator:podporozhye-low-results-share'), input: { ...v, value: 20 } }, methodist);
      expect(ext(computed)?.fields?.[0]?.field).toBe('value');
    });
  });

  describe('changes', () => {
    it('creates an indicator with targets, enters values per school and in total, archives one and restores it; status follows the latest total', async () => {
      const created = await t.gql<{ createIndicator: Ind }>(CREATE, { input: { ...base, ownerKind: 'MUNICIPALITY', ownerId: podporozhye } }, methodist);
      expect(created.errors).toBeUndefined();
      const id = created.data!.createIndicator.id;
      expect(created.data!.createIndicator).toMatchObject({ status: 'NO_DATA', canEdit: true, owner: { kind: 'MUNICIPALITY', name: 'Подпорожский муниципальный район' } });
      const add = (input: Record<string, unknown>) => t.gql<{ createIndicatorValue: { id: string } }>(ADD_VALUE, { id, input: { source: 'MONITORING', ...input } }, methodist);
      expect((await add({ periodStart: '2025-01-01', periodEnd: '2025-12-31', value: 44 })).errors).toBeUndefined();
      const last = await add({ periodStart: '2026-01-01', periodEnd: '2026-12-31', value: 52 });
      expect((await add({ periodStart: '2026-01-01', periodEnd: '2026-12-31', value: 30, organizationId: school })).errors).toBeUndefined();
      let page = (await t.gql<{ indicator: Ind }>(GET, { id }, methodist)).data!.indicator;
      expect(page).toMatchObject({ status: 'MET', trend: 'UP', latest: { value: 52 } });
      await t.gql(ARCHIVE_VALUE, { id: last.data!.createIndicatorValue.id }, methodist);
      page = (await t.gql<{ indicator: Ind }>(GET, { id }, methodist)).data!.indicator;
      // 44 in 2025, the baseline year, against 40 → 50 by 2026: no time has passed yet, so any progress is on track.
      expect(page).toMatchObject({ status: 'ON_TRACK', trend: null, latest: { value: 44 } });
      const restored = await t.gql<{ restoreIndicatorValue: { archivedAt: string | null } }>(RESTORE_VALUE, { id: last.data!.createIndicatorValue.id }, methodist);
      expect(restored.data!.restoreIndicatorValue.archivedAt).toBeNull();
      const updated = await t.gql<{ updateIndicator: Ind }>(UPDATE, { id, input: { ...base, targets: [{ year: 2026, value: 55, text: 'не менее 55 %' }, { year: 2027, value: 60 }] } }, methodist);
      expect(updated.data!.updateIndicator).toMatchObject({ status: 'BEHIND', targets: [{ year: 2026, value: 55, text: 'не менее 55 %' }, { year: 2027, value: 60, text: '' }] });
    });

    it('shows a school’s value only to callers who see the school (cross-scope)', async () => {
      const network = await rows().one(`SELECT id FROM network WHERE external_id = 'demo:network:timashevsk-krc'`);
      const id = await rows().one(
        `INSERT INTO indicator (network_id, name, unit, direction, kind) VALUES ($1, 'Победители олимпиад', 'COUNT', 'HIGHER_IS_BETTER', 'MANUAL') RETURNING id`,
        [network],
      );
      const krcSchool = await rows().one(`SELECT id FROM organization WHERE municipality_id = $1 ORDER BY name LIMIT 1`, [timashevsk]);
      const other = await rows().one(`SELECT o.id FROM organization o JOIN network_member nm ON nm.organization_id = o.id
                                        WHERE nm.network_id = $1 AND o.municipality_id <> $2 LIMIT 1`, [network, timashevsk]);
      await rows().value(id, '2023-01-01', '2023-12-31', 3, { organizationId: krcSchool });
      await rows().value(id, '2023-01-01', '2023-12-31', 5, { organizationId: other });
      const tim = await t.login('methodist.timashevsk');
      const seen = await t.gql<{ indicatorValues: { organizationId: string }[] }>(VALUES, { id }, tim);
      expect(seen.errors).toBeUndefined();
      expect(seen.data!.indicatorValues.map((v) => v.organizationId)).toEqual([krcSchool]);
      const admin = await t.login('admin');
      expect((await t.gql<{ indicatorValues: unknown[] }>(VALUES, { id }, admin)).data!.indicatorValues).toHaveLength(2);
      expect(ext(await t.gql(VALUES, { id }, methodist))?.code).toBe('NOT_FOUND');
    });
  });

  describe('import', () => {
    it('previews every row with Russian errors per row, then writes nothing while any row is wrong', async () => {
      const id = await rows().indicator(podporozhye, 'Результаты ВПР');
      const file = await indicatorXlsx([
        ['01.09.2024', '31.05.2025', null, 48, 'ВПР', 'Отчёт ИМС'],
        ['01.09.2024', '31.05.2025', 'Школа, которой нет', 50, 'ВПР', ''],
        ['01.09.2024', '31.05.2024', null, 120, 'ЕГЭ?', ''],
      ]);
      const dry = await t.gql<{ importIndicatorValues: { applied: boolean; rows: unknown[]; errors: { line: number; message: string }[] } }>(IMPORT, { id, file, dry: true }, methodist);
      expect(dry.errors).toBeUndefined();
      const report = dry.data!.importIndicatorValues;
      expect(report.applied).toBe(false);
      expect(report.rows).toHaveLength(1);
      expect(report.errors).toEqual(
        expect.arrayContaining([
          { line: 3, message: '«Школа»: школа «Школа, которой нет» не найдена среди организаций вашей зоны ответственности' },
          { line: 4, message: 'Конец периода раньше его начала' },
          { line: 4, message: '«Значение»: процент — от 0 до 100' },
        ]),
      );
      const run = await t.gql<{ importIndicatorValues: { applied: boolean } }>(IMPORT, { id, file, dry: false }, methodist);
      expect(run.data!.importIndicatorValues.applied).toBe(false);
      expect(await rows().one(`SELECT count(*)::text AS id FROM indicator_value WHERE indicator_id = $1`, [id])).toBe('0');
    });

    it('applies a clean file all at once, replacing a value of the same period (the old one goes to the archive)', async () => {
      const id = await rows().indicator(podporozhye, 'Результаты ГИА');
      const old = await rows().value(id, '2024-09-01', '2025-05-31', 30);
      const name = await rows().one(`SELECT COALESCE(short_name, name) AS id FROM organization WHERE id = $1`, [school]);
      const file = await indicatorXlsx([
        ['01.09.2024', '31.05.2025', null, 48, 'ГИА', 'Отчёт ИМС'],
        [new Date(Date.UTC(2024, 8, 1)), new Date(Date.UTC(2025, 4, 31)), name, '51,5', 'ГИА', ''],
      ]);
      const dry = await t.gql<{ importIndicatorValues: { rows: { replaces: boolean; organizationName: string | null; value: number }[]; errors: unknown[] } }>(IMPORT, { id, file, dry: true }, methodist);
      expect(dry.errors).toBeUndefined();
      expect(dry.data!.importIndicatorValues.errors).toEqual([]);
      expect(dry.data!.importIndicatorValues.rows).toEqual([
        expect.objectContaining({ replaces: true, organizationName: null, value: 48 }),
        expect.objectContaining({ replaces: false, organizationName: name, value: 51.5 }),
      ]);
      const run = await t.gql<{ importIndicatorValues: { applied: boolean } }>(IMPORT, { id, file, dry: false }, methodist);
      expect(run.data!.importIndicatorValues.applied).toBe(true);
      const values = await t.gql<{ indicatorValues: { id: string; value: number }[] }>(VALUES, { id }, methodist);
      expect(values.data!.indicatorValues.map((v) => v.value).sort()).toEqual([48, 51.5]);
      const archived = await t.db.query(`SELECT archived_at IS NOT NULL AS gone FROM indicator_value WHERE id = $1`, [old]);
      expect(archived).toEqual([{ gone: true }]);
    });
  });

  describe('list', () => {
    it('filters by owner kind, unit and status', async () => {
      const admin = await t.login('admin');
      const q = `query($f: IndicatorFilter) { indicators(first: 100, filter: $f) { totalCount nodes { id status unit owner { kind } } } }`;
      const met = await t.gql<{ indicators: { nodes: { status: string }[] } }>(q, { f: { status: 'MET' } }, admin);
      expect(met.data!.indicators.nodes.length).toBeGreaterThan(0);
      expect(met.data!.indicators.nodes.every((n) => n.status === 'MET')).toBe(true);
      const networks = await t.gql<{ indicators: { nodes: { unit: string; owner: { kind: string } }[] } }>(q, { f: { ownerKind: 'NETWORK', unit: 'COUNT' } }, admin);
      expect(networks.data!.indicators.nodes.length).toBeGreaterThan(0);
      expect(networks.data!.indicators.nodes.every((n) => n.owner.kind === 'NETWORK' && n.unit === 'COUNT')).toBe(true);
    });

    it('sorts the list by every column both ways, by cursor and by offset (list order)', async () => {
      const token = await t.login('admin');
      const q = `query($first: Int!, $after: String, $offset: Int, $orderBy: IndicatorOrder) {
        indicators(first: $first, after: $after, offset: $offset, orderBy: $orderBy, filter: { archived: ALL }) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
      const l = { gql: t.gql, token, query: q, variables: {}, pageSize: 4, pick: (d: Record<string, unknown>) => d['indicators'] as Page };
      await checkEveryOrder(l, ['NAME', 'OWNER', 'UNIT', 'KIND', 'BASELINE_YEAR', 'UPDATED_AT']);
      await checkPageRefusals(l);
    });

    it('reads the list and an indicator page at a bounded number of SQL statements', async () => {
      const admin = await t.login('admin');
      const q = `query($first: Int!) { indicators(first: $first) { nodes { ${IND} } } }`;
      const cost = async (first: number) => {
        t.counter.reset();
        const r = await t.gql<{ indicators: { nodes: unknown[] } }>(q, { first }, admin);
        expect(r.errors).toBeUndefined();
        return { statements: t.counter.statements, rows: r.data!.indicators.nodes.length };
      };
      const small = await cost(3);
      const large = await cost(100);
      expect(large.rows).toBeGreaterThan(small.rows * 3);
      // The first rows are manual; the page of 100 also holds computed ones, whose values cost one statement for all
      // shares and one for all products counts (indicator/computed), whatever their number.
      expect(large.statements).toBeLessThanOrEqual(small.statements + 2);
      expect(large.statements).toBeLessThanOrEqual(12);
      // More computed indicators of every source: not one statement more.
      for (const computedKey of ['METHODOLOGICAL_PRODUCTS_COUNT', 'TEACHERS_WITH_APPROVED_ROUTE_SHARE', 'TEACHERS_IN_MENTORING_SHARE']) {
        const created = await t.gql(CREATE, { input: { ...base, name: `Ещё один: ${computedKey}`, ownerKind: 'MUNICIPALITY', ownerId: podporozhye, kind: 'COMPUTED', computedKey } }, admin);
        expect(created.errors).toBeUndefined();
      }
      const more = await cost(100);
      expect(more.rows).toBe(large.rows + 3);
      expect(more.statements).toBe(large.statements);
      t.counter.reset();
      const page = await t.gql(GET, { id: await key('demo:indicator:friends-external-assessment') }, admin);
      expect(page.errors).toBeUndefined();
      expect(t.counter.statements).toBeLessThanOrEqual(10);
    });
  });
});
