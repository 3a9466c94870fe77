import ExcelJS from 'exceljs';
import { startTestApp, TestApp } from './support/test-app';

type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const ext = <T>(r: R<T>) => r.errors?.[0]?.extensions;
const msg = <T>(r: R<T>) => r.errors?.[0]?.message;

const I = `id code version status frameworkId previousVersionId archivedAt canEdit canManage itemCount
  framework { id code }
  items { id position kind text scaleMin scaleMax weight options { key label score } competence { id code } }
  scoringRules { id aggregation deficitBelow proficitFrom competence { id code } }`;
const CREATE = `mutation($input: CreateInstrumentInput!) { createDiagnosticInstrument(input: $input) { ${I} } }`;
const ADD = `mutation($id: ID!, $input: ItemInput!) { addDiagnosticItem(instrumentId: $id, input: $input) { ${I} } }`;
const UPDATE_ITEM = `mutation($id: ID!, $input: ItemInput!) { updateDiagnosticItem(id: $id, input: $input) { ${I} } }`;
const MOVE = `mutation($id: ID!, $p: Int!) { moveDiagnosticItem(id: $id, position: $p) { ${I} } }`;
const REMOVE = `mutation($id: ID!) { removeDiagnosticItem(id: $id) { ${I} } }`;
const RULE = `mutation($id: ID!, $input: ScoringRuleInput!) { setDiagnosticScoringRule(instrumentId: $id, input: $input) { ${I} } }`;
const PUBLISH = `mutation($id: ID!) { publishDiagnosticInstrument(id: $id) { ${I} } }`;
const VERSION = `mutation($id: ID!) { createDiagnosticInstrumentVersion(id: $id) { ${I} } }`;
const GET = `query($id: ID!) { diagnosticInstrument(id: $id) { ${I} } }`;
const IMPORT = `mutation($input: ImportInstrumentInput!) { importDiagnosticInstrument(input: $input) {
  dryRun items { line position competenceCode kind text scaleMin scaleMax weight options { key label score } }
  rules { line competenceCode aggregation deficitBelow proficitFrom } errors { sheet line column message } instrument { ${I} } } }`;

type Item = { id: string; position: number; kind: string; text: string; scaleMin: number | null; scaleMax: number | null; weight: number; options: { key: string; label: string; score: number }[]; competence: { id: string; code: string } };
type Instrument = {
  id: string;
  code: string;
  version: number;
  status: string;
  frameworkId: string;
  previousVersionId: string | null;
  archivedAt: string | null;
  canEdit: boolean;
  canManage: boolean;
  itemCount: number;
  items: Item[];
  scoringRules: { id: string; aggregation: string; deficitBelow: number; proficitFrom: number; competence: { code: string } }[];
};
type ImportReport = { dryRun: boolean; items: { line: number; competenceCode: string; kind: string }[]; rules: { competenceCode: string }[]; errors: { sheet: string; line: number; column: string | null; message: string }[]; instrument: Instrument | null };

let seq = 0;
const unique = () => `M${Date.now().toString(36)}${(seq++).toString(36)}`.toUpperCase();

async function workbook(items: (string | number | null)[][], rules: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet('Задания');
  a.addRow(['№', 'Код компетенции', 'Тип', 'Текст', 'Мин', 'Макс', 'Варианты', 'Вес']);
  items.forEach((r) => a.addRow(r));
  const b = wb.addWorksheet('Пороги');
  b.addRow(['Код компетенции', 'Правило', 'Дефицит ниже', 'Профицит от']);
  rules.forEach((r) => b.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('diagnostic instruments', () => {
  let t: TestApp;
  let methodist: string;
  let admin: string;
  let teacher: string;
  let shadrikov: string;
  const comp: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    [admin, methodist, teacher] = await Promise.all(['admin', 'methodist.podporozhye', 'teacher.filippov'].map((l) => t.login(l)));
    const rows = (await t.db.query(
      `SELECT c.id, c.code FROM competence c JOIN competency_framework f ON f.id = c.framework_id WHERE f.version = 1 AND c.code IN ('SH2.1', 'SH3.3', 'SH4.2', 'PP1')`,
    )) as { id: string; code: string }[];
    rows.forEach((r) => (comp[r.code] = r.id));
    shadrikov = ((await t.db.query(`SELECT id FROM competency_framework WHERE code = 'SHADRIKOV' AND version = 1`)) as { id: string }[])[0].id;
  });
  afterAll(() => t.close());

  const ok = async <T>(query: string, variables: Record<string, unknown>, token = methodist): Promise<T> => {
    const r = await t.gql<Record<string, T>>(query, variables, token);
    expect(r.errors).toBeUndefined();
    return Object.values(r.data!)[0];
  };
  const counts = async () =>
    (await t.db.query(`SELECT (SELECT count(*) FROM diagnostic_instrument) i, (SELECT count(*) FROM diagnostic_item) it, (SELECT count(*) FROM diagnostic_scoring_rule) r,
                              (SELECT string_agg(id::text || ':' || position, ',' ORDER BY id) FROM diagnostic_item) p`)) as unknown[];
  const scale = (code: string, text = 'Утверждение') => ({ competenceId: comp[code], kind: 'SCALE', text, scaleMin: 1, scaleMax: 5 });
  const choice = (code: string) => ({
    competenceId: comp[code],
    kind: 'SINGLE_CHOICE',
    text: 'Что вы делаете?',
    options: [
      { key: 'a', label: 'Ничего', score: 0 },
      { key: 'b', label: 'Ставлю задачу', score: 2 },
    ],
  });
  const draft = async () => ok<Instrument>(CREATE, { input: { code: unique(), name: 'Методика (тест)', frameworkId: shadrikov } });

  /** A publishable draft: two scored competences with rules and a free-text item. */
  const ready = async () => {
    const i = await draft();
    await ok(ADD, { id: i.id, input: scale('SH2.1') });
    await ok(ADD, { id: i.id, input: choice('SH3.3') });
    await ok(ADD, { id: i.id, input: { competenceId: comp['SH3.3'], kind: 'TEXT', text: 'Опишите приём' } });
    await ok(RULE, { id: i.id, input: { competenceId: comp['SH2.1'], aggregation: 'MEAN', deficitBelow: 50, proficitFrom: 80 } });
    return ok<Instrument>(RULE, { id: i.id, input: { competenceId: comp['SH3.3'], aggregation: 'MIN', deficitBelow: 40, proficitFrom: 75 } });
  };

  it('creates a draft only on a published framework', async () => {
    const i = await draft();
    expect(i).toMatchObject({ version: 1, status: 'DRAFT', canEdit: true, framework: { code: 'SHADRIKOV' }, items: [] });
    const f = ((await t.db.query(`INSERT INTO competency_framework (code, name) VALUES ($1, 'Черновик') RETURNING id`, [unique()])) as { id: string }[])[0].id;
    const r = await t.gql(CREATE, { input: { code: unique(), name: 'На черновике', frameworkId: f } }, methodist);
    expect(ext(r)?.fields).toEqual([{ field: 'frameworkId', message: 'Выберите действующую (опубликованную) рамку компетенций' }]);
  });

  describe('items and thresholds', () => {
    it('keeps items in order: add, edit, move, remove', async () => {
      const i = await draft();
      await ok(ADD, { id: i.id, input: scale('SH2.1', 'Первое') });
      await ok(ADD, { id: i.id, input: choice('SH3.3') });
      let now = await ok<Instrument>(ADD, { id: i.id, input: { competenceId: comp['SH3.3'], kind: 'TEXT', text: 'Третье', scaleMin: 1, scaleMax: 9, weight: 3 } });
      expect(now.items.map((x) => [x.position, x.kind])).toEqual([
        [1, 'SCALE'],
        [2, 'SINGLE_CHOICE'],
        [3, 'TEXT'],
      ]);
      expect(now.items[2]).toMatchObject({ scaleMin: null, scaleMax: null, options: [], weight: 1 });
      const [first, second, third] = now.items;
      now = await ok<Instrument>(MOVE, { id: third.id, p: 1 });
      expect(now.items.map((x) => x.id)).toEqual([third.id, first.id, second.id]);
      expect(now.items.map((x) => x.position)).toEqual([1, 2, 3]);
      now = await ok<Instrument>(UPDATE_ITEM, { id: first.id, input: { ...scale('SH4.2', 'Изменённое'), scaleMin: 0, scaleMax: 10, weight: 2.5 } });
      expect(now.items[1]).toMatchObject({ text: 'Изменённое', scaleMin: 0, scaleMax: 10, weight: 2.5, competence: { code: 'SH4.2' } });
      now = await ok<Instrument>(REMOVE, { id: third.id });
      expect(now.items.map((x) => [x.id, x.position])).toEqual([
        [first.id, 1],
        [second.id, 2],
      ]);
      expect(now.itemCount).toBe(2);
    });

    it('refuses bad items and thresholds with field errors, writing nothing', async () => {
      const i = await ready();
      const before = await counts();
      const cases: [string, Record<string, unknown>, string[]][] = [
        [ADD, { id: i.id, input: { ...scale('SH2.1'), scaleMin: 5, scaleMax: 5 } }, ['scaleMax']],
        [ADD, { id: i.id, input: { ...scale('SH2.1'), scaleMin: null } }, ['scaleMin']],
        [ADD, { id: i.id, input: { ...choice('SH3.3'), options: [{ key: 'a', label: 'Один', score: 1 }] } }, ['options']],
        [ADD, { id: i.id, input: { ...choice('SH3.3'), options: [{ key: 'a', label: 'Один', score: 1 }, { key: 'a', label: 'Два', score: 2 }] } }, ['options.1.key']],
        [ADD, { id: i.id, input: { ...scale('SH2.1'), weight: 0 } }, ['weight']],
        [ADD, { id: i.id, input: scale('PP1') }, ['competenceId']],
        [UPDATE_ITEM, { id: i.items[0].id, input: { ...scale('SH2.1'), scaleMax: 0 } }, ['scaleMax']],
        [RULE, { id: i.id, input: { competenceId: comp['SH2.1'], deficitBelow: 80, proficitFrom: 50 } }, ['proficitFrom']],
        [RULE, { id: i.id, input: { competenceId: comp['SH2.1'], deficitBelow: -5, proficitFrom: 120 } }, ['deficitBelow', 'proficitFrom']],
        [RULE, { id: i.id, input: { competenceId: comp['PP1'], deficitBelow: 10, proficitFrom: 90 } }, ['competenceId']],
      ];
      for (const [query, variables, fields] of cases) {
        const r = await t.gql(query, variables, methodist);
        expect(ext(r)?.code).toBe('BAD_USER_INPUT');
        expect(ext(r)?.fields?.map((f) => f.field)).toEqual(fields);
        expect(ext(r)?.fields?.every((f) => /[а-яё]/i.test(f.message))).toBe(true);
      }
      expect(await counts()).toEqual(before);
    });

    it('refuses to publish without a scored item or without a rule for a scored competence', async () => {
      const i = await draft();
      await ok(ADD, { id: i.id, input: { competenceId: comp['SH3.3'], kind: 'TEXT', text: 'Только текст' } });
      expect(msg(await t.gql(PUBLISH, { id: i.id }, methodist))).toMatch(/нет ни одного оцениваемого задания/);
      await ok(ADD, { id: i.id, input: scale('SH2.1') });
      await ok(ADD, { id: i.id, input: choice('SH4.2') });
      await ok(RULE, { id: i.id, input: { competenceId: comp['SH2.1'], deficitBelow: 50, proficitFrom: 80 } });
      const r = await t.gql(PUBLISH, { id: i.id }, methodist);
      expect(ext(r)?.code).toBe('BAD_USER_INPUT');
      expect(msg(r)).toBe('Задайте правило подсчёта и пороги для компетенций: SH4.2');
      expect((await ok<Instrument>(GET, { id: i.id })).status).toBe('DRAFT');
    });
  });

  it('answers bad input on the remaining operations with a clear error and writes nothing', async () => {
    const i = await ready();
    const unknown = '00000000-0000-4000-8000-000000000000';
    const before = await counts();
    const auditBefore = await t.db.query('SELECT count(*) FROM audit_log');
    const cases: [string, Record<string, unknown>, string, string[]?][] = [
      [CREATE, { input: { code: 'с пробелом', name: ' ', frameworkId: shadrikov } }, 'BAD_USER_INPUT', ['code', 'name']],
      [CREATE, { input: { code: unique(), name: 'Методика', frameworkId: unknown } }, 'BAD_USER_INPUT', ['frameworkId']],
      [CREATE, { input: { code: i.code, name: 'Та же', frameworkId: shadrikov } }, 'BAD_USER_INPUT', ['code']],
      [`mutation($id: ID!, $input: UpdateInstrumentInput!) { updateDiagnosticInstrument(id: $id, input: $input) { id } }`, { id: i.id, input: { name: '' } }, 'BAD_USER_INPUT', ['name']],
      [ADD, { id: unknown, input: scale('SH2.1') }, 'NOT_FOUND'],
      [ADD, { id: i.id, input: { ...scale('SH2.1'), text: '' } }, 'BAD_USER_INPUT', ['text']],
      [UPDATE_ITEM, { id: unknown, input: scale('SH2.1') }, 'NOT_FOUND'],
      [MOVE, { id: unknown, p: 1 }, 'NOT_FOUND'],
      [REMOVE, { id: unknown }, 'NOT_FOUND'],
      [RULE, { id: unknown, input: { competenceId: comp['SH2.1'], deficitBelow: 10, proficitFrom: 20 } }, 'NOT_FOUND'],
      [`mutation($id: ID!) { removeDiagnosticScoringRule(id: $id) { id } }`, { id: unknown }, 'NOT_FOUND'],
      [PUBLISH, { id: unknown }, 'NOT_FOUND'],
      [VERSION, { id: i.id }, 'BAD_USER_INPUT'],
      [`mutation($id: ID!) { archiveDiagnosticInstrument(id: $id) { id } }`, { id: 'не-uuid' }, 'BAD_USER_INPUT'],
      [`mutation($id: ID!) { restoreDiagnosticInstrument(id: $id) { id } }`, { id: unknown }, 'NOT_FOUND'],
      [`query($f: ID) { diagnosticInstrumentTemplate(frameworkId: $f) { fileName } }`, { f: unknown }, 'NOT_FOUND'],
      [`query { diagnosticInstruments(first: 0) { totalCount } }`, {}, 'BAD_USER_INPUT', ['first']],
      [GET, { id: unknown }, 'NOT_FOUND'],
    ];
    for (const [query, variables, code, fields] of cases) {
      const res = await t.gql(query, variables, methodist);
      expect({ variables, code: ext(res)?.code }).toEqual({ variables, code });
      if (fields) expect(ext(res)?.fields?.map((f) => f.field)).toEqual(fields);
      expect(ext(res)?.fields?.every((f) => /[а-яё]/i.test(f.message)) ?? true).toBe(true);
    }
    expect(await counts()).toEqual(before);
    expect(await t.db.query('SELECT count(*) FROM audit_log')).toEqual(auditBefore);
  });

  describe('versioning', () => {
    it('never changes a published instrument; a new version copies items and rules; publishing retires the previous', async () => {
      const v1 = await ok<Instrument>(PUBLISH, { id: (await ready()).id });
      expect(v1).toMatchObject({ status: 'PUBLISHED', canEdit: false, canManage: true });
      const before = await counts();
      const attempts: [string, Record<string, unknown>][] = [
        [`mutation($id: ID!, $input: UpdateInstrumentInput!) { updateDiagnosticInstrument(id: $id, input: $input) { id } }`, { id: v1.id, input: { name: 'Иначе' } }],
        [ADD, { id: v1.id, input: scale('SH2.1') }],
        [UPDATE_ITEM, { id: v1.items[0].id, input: scale('SH2.1', 'Иначе') }],
        [MOVE, { id: v1.items[0].id, p: 3 }],
        [REMOVE, { id: v1.items[0].id }],
        [RULE, { id: v1.id, input: { competenceId: comp['SH2.1'], deficitBelow: 10, proficitFrom: 20 } }],
        [`mutation($id: ID!) { removeDiagnosticScoringRule(id: $id) { id } }`, { id: v1.scoringRules[0].id }],
        [PUBLISH, { id: v1.id }],
      ];
      for (const [query, variables] of attempts) {
        const r = await t.gql(query, variables, methodist);
        expect(ext(r)?.code).toBe('BAD_USER_INPUT');
        expect(msg(r)).toBe('Действующая версия не изменяется: создайте новую версию');
      }
      expect(await counts()).toEqual(before);

      const v2 = await ok<Instrument>(VERSION, { id: v1.id });
      expect(v2).toMatchObject({ code: v1.code, version: 2, status: 'DRAFT', previousVersionId: v1.id, canEdit: true });
      const strip = (x: Instrument) => ({
        items: x.items.map(({ id: _id, ...rest }) => rest),
        rules: x.scoringRules.map(({ id: _id, ...rest }) => rest).sort((a, b) => a.competence.code.localeCompare(b.competence.code)),
      });
      expect(strip(v2)).toEqual(strip(v1));
      expect(msg(await t.gql(VERSION, { id: v1.id }, methodist))).toMatch(/Черновик новой версии уже есть/);
      await ok(REMOVE, { id: v2.items[2].id });
      const p2 = await ok<Instrument>(PUBLISH, { id: v2.id });
      expect(p2).toMatchObject({ status: 'PUBLISHED', itemCount: 2 });
      expect((await ok<Instrument>(GET, { id: v1.id })).status).toBe('RETIRED');
      expect((await ok<Instrument>(GET, { id: v1.id })).itemCount).toBe(3);
    });

    it('archives and restores', async () => {
      const i = await draft();
      const a = await ok<Instrument>(`mutation($id: ID!) { archiveDiagnosticInstrument(id: $id) { ${I} } }`, { id: i.id });
      expect(a).toMatchObject({ canEdit: false });
      expect(msg(await t.gql(ADD, { id: i.id, input: scale('SH2.1') }, methodist))).toBe('Методика в архиве: сначала восстановите её');
      const list = `query($f: InstrumentFilter) { diagnosticInstruments(first: 100, filter: $f) { nodes { id } } }`;
      expect((await ok<{ nodes: { id: string }[] }>(list, { f: { search: i.code } })).nodes).toEqual([]);
      expect((await ok<{ nodes: { id: string }[] }>(list, { f: { search: i.code, archived: 'ARCHIVED' } })).nodes).toEqual([{ id: i.id }]);
      const r = await ok<Instrument>(`mutation($id: ID!) { restoreDiagnosticInstrument(id: $id) { ${I} } }`, { id: i.id });
      expect(r).toMatchObject({ archivedAt: null, canEdit: true });
    });

    it('shows editing controls only to those who may change the bank', async () => {
      const i = await draft();
      expect(await ok<Instrument>(GET, { id: i.id }, teacher)).toMatchObject({ canEdit: false, canManage: false });
    });
  });

  describe('XLSX import', () => {
    const good = () =>
      workbook(
        [
          [1, 'SH2.1', 'Шкала', 'Перевожу тему урока в задачу', 1, 5, null, 2],
          [2, 'SH3.3', 'Один вариант', 'Как вы мотивируете?', null, null, 'Никак = 0; Похвалой = 1; Через интерес = 2', null],
          [3, 'SH3.3', 'Свободный ответ', 'Опишите приём', null, null, null, null],
        ],
        [
          ['SH2.1', 'Среднее', 50, 80],
          ['SH3.3', 'Наименьший', 40, 75],
        ],
      );
    const input = async (dryRun: boolean, content?: string) => ({ frameworkId: shadrikov, code: unique(), name: 'Из файла', fileName: 'методика.xlsx', contentBase64: content ?? (await good()), dryRun });

    it('a dry run previews and writes nothing; a real run creates a publishable draft in one go', async () => {
      const before = await counts();
      const dry = await ok<ImportReport>(IMPORT, { input: await input(true) });
      expect(dry).toMatchObject({ dryRun: true, errors: [], instrument: null });
      expect(dry.items.map((x) => [x.line, x.competenceCode, x.kind])).toEqual([
        [2, 'SH2.1', 'SCALE'],
        [3, 'SH3.3', 'SINGLE_CHOICE'],
        [4, 'SH3.3', 'TEXT'],
      ]);
      expect(dry.rules.map((r) => r.competenceCode)).toEqual(['SH2.1', 'SH3.3']);
      expect(await counts()).toEqual(before);

      const real = await ok<ImportReport>(IMPORT, { input: await input(false) });
      expect(real.dryRun).toBe(false);
      expect(real.instrument).toMatchObject({ status: 'DRAFT', version: 1, itemCount: 3 });
      expect(real.instrument!.items[1]).toMatchObject({ kind: 'SINGLE_CHOICE', options: [{ key: '1', label: 'Никак', score: 0 }, { key: '2', label: 'Похвалой', score: 1 }, { key: '3', label: 'Через интерес', score: 2 }] });
      expect(real.instrument!.items[0]).toMatchObject({ weight: 2, scaleMin: 1, scaleMax: 5 });
      expect((await ok<Instrument>(PUBLISH, { id: real.instrument!.id })).status).toBe('PUBLISHED');
    });

    it('reports bad lines in Russian and writes nothing, even on a real run', async () => {
      const bad = await workbook(
        [
          [1, 'SH2.1', 'Шкала', 'Хорошее', 1, 5, null, null],
          [2, 'PP1', 'Шкала', 'Чужая компетенция', 1, 5, null, null],
          [3, 'SH2.1', 'Один вариант', 'Один вариант', null, null, 'Да = 1', null],
          [4, 'SH2.1', 'Шкала', 'Пустая шкала', 5, 1, null, 'много'],
        ],
        [['SH2.1', 'Среднее', 90, 10]],
      );
      const before = await counts();
      const report = await ok<ImportReport>(IMPORT, { input: await input(false, bad) });
      expect(report).toMatchObject({ dryRun: true, instrument: null });
      expect(report.errors.map((e) => [e.sheet, e.line, e.column])).toEqual([
        ['Задания', 3, 'Код компетенции'],
        ['Задания', 4, 'Варианты'],
        ['Задания', 5, 'Вес'],
        ['Пороги', 2, 'Профицит от'],
      ]);
      expect(report.errors[0].message).toBe('Компетенции «PP1» нет в рамке методики');
      expect(await counts()).toEqual(before);
    });

    it('checks the file, the sheets and the code before reading lines', async () => {
      const wrongType = await t.gql(IMPORT, { input: { ...(await input(true)), fileName: 'методика.csv' } }, methodist);
      expect(ext(wrongType)?.fields?.[0]?.field).toBe('fileName');
      const notZip = await t.gql(IMPORT, { input: await input(true, Buffer.from('просто текст').toString('base64')) }, methodist);
      expect(ext(notZip)?.fields?.[0]).toMatchObject({ field: 'contentBase64' });
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Лист1').addRow(['a']);
      const noSheet = await t.gql(IMPORT, { input: await input(true, Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')) }, methodist);
      expect(ext(noSheet)?.fields?.[0]?.message).toBe('В книге нет листа «Задания»: скачайте шаблон');
      const existing = await draft();
      const taken = await t.gql(IMPORT, { input: { ...(await input(true)), code: existing.code } }, methodist);
      expect(ext(taken)?.fields?.[0]?.field).toBe('code');
    });

    it('serves a template that imports back (its sample lines) without errors', async () => {
      const tpl = await ok<{ fileName: string; contentBase64: string }>(`query($f: ID) { diagnosticInstrumentTemplate(frameworkId: $f) { fileName contentBase64 } }`, { f: shadrikov });
      expect(tpl.fileName).toMatch(/\.xlsx$/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(tpl.contentBase64, 'base64') as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Задания', 'Пороги', 'Описание столбцов', 'Компетенции']);
      const report = await ok<ImportReport>(IMPORT, { input: await input(true, tpl.contentBase64) });
      expect(report.errors).toEqual([]);
      expect(report.items).toHaveLength(1);
    });
  });

  it('lists instruments and reads one at a bounded number of SQL statements', async () => {
    const LIST = `query($first: Int!) { diagnosticInstruments(first: $first) { totalCount nodes { ${I} } } }`;
    const cost = async (query: string, variables: Record<string, unknown>) => {
      t.counter.reset();
      const r = await t.gql(query, variables, admin);
      expect(r.errors).toBeUndefined();
      return t.counter.statements;
    };
    const a = await ready();
    const small = await draft();
    await ok(ADD, { id: small.id, input: scale('SH2.1') });
    expect(await cost(GET, { id: a.id })).toBe(await cost(GET, { id: small.id }));
    for (let n = 0; n < 3; n++) await ready();
    const few = await cost(LIST, { first: 2 });
    const many = await cost(LIST, { first: 30 });
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(8);
  });
});
