import ExcelJS from 'exceljs';
import { withInnCheckDigit } from '@metodset/shared';
import { idOf, startTestApp, TestApp } from './support/test-app';

const IMPORT = `mutation($input: ImportRegistryInput!) {
  importRegistry(input: $input) { kind dryRun total created updated unchanged key errors { line column message } }
}`;
type Report = {
  kind: string;
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  key: string;
  errors: { line: number; column: string | null; message: string }[];
};

const PODP = 'Подпорожский муниципальный район';
const ORG_HEADERS = ['Код', 'ИНН', 'Полное наименование', 'Краткое наименование', 'Вид', 'Муниципалитет', 'Адрес', 'Email', 'Сайт'];
const innA = withInnCheckDigit('470991001');
const innB = withInnCheckDigit('470991002');
const innC = withInnCheckDigit('470991003');
const wrongInn = innB.slice(0, 9) + String((Number(innB[9]) + 1) % 10);

async function xlsx(rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Реестр');
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const orgRows = (secondInn: string) => [
  ORG_HEADERS,
  ['IMP-1', innA, 'Муниципальное общеобразовательное учреждение «Импортная СОШ № 1»', 'МОУ «Импортная СОШ № 1»', 'СОШ', PODP, 'г. Подпорожье', 'imp1@example.ru', 'https://imp1.example.ru'],
  ['IMP-2', secondInn, 'Муниципальное дошкольное учреждение «Импортный детский сад»', null, 'ДОУ', PODP.toUpperCase(), null, null, null],
  [null, innC, 'Муниципальное учреждение «Импортная гимназия»', null, 'Гимназия', PODP, null, null, null],
];

describe('registry import', () => {
  let t: TestApp;
  let methodist: string;
  beforeAll(async () => {
    t = await startTestApp();
    methodist = await t.login('methodist.podporozhye');
  });
  afterAll(() => t.close());

  const run = async (input: Record<string, unknown>, token: string | null = methodist) => t.gql<{ importRegistry: Report }>(IMPORT, { input }, token);
  const count = async (sql: string, params: unknown[] = []) => Number(((await t.db.query(sql, params)) as { n: string }[])[0].n);

  it('dry-runs organisations, reports the bad ИНН on its line, then imports idempotently', async () => {
    const bad = await run({ kind: 'ORGANIZATIONS', fileName: 'реестр.xlsx', contentBase64: await xlsx(orgRows(wrongInn)), dryRun: true });
    expect(bad.errors).toBeUndefined();
    const report = bad.data!.importRegistry;
    expect(report.errors).toEqual([{ line: 3, column: 'ИНН', message: 'Неверная контрольная цифра ИНН' }]);
    expect(report).toMatchObject({ dryRun: true, total: 3, created: 2 });
    expect(await count(`SELECT count(*) AS n FROM organization WHERE inn = ANY($1)`, [[innA, innB, innC]])).toBe(0);

    const failed = await run({ kind: 'ORGANIZATIONS', fileName: 'реестр.xlsx', contentBase64: await xlsx(orgRows(wrongInn)), dryRun: false });
    expect(failed.data!.importRegistry.errors).toHaveLength(1);
    expect(await count(`SELECT count(*) AS n FROM organization WHERE inn = ANY($1)`, [[innA, innB, innC]])).toBe(0);

    const good = await xlsx(orgRows(innB));
    const dry = await run({ kind: 'ORGANIZATIONS', fileName: 'реестр.xlsx', contentBase64: good, dryRun: true });
    expect(dry.data!.importRegistry).toMatchObject({ created: 3, updated: 0, unchanged: 0, errors: [] });
    expect(await count(`SELECT count(*) AS n FROM organization WHERE inn = ANY($1)`, [[innA, innB, innC]])).toBe(0);

    const first = await run({ kind: 'ORGANIZATIONS', fileName: 'реестр.xlsx', contentBase64: good, dryRun: false });
    expect(first.data!.importRegistry).toMatchObject({ dryRun: false, total: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
    const kinds = await t.db.query(`SELECT inn, kind, external_id FROM organization WHERE inn = ANY($1) ORDER BY inn`, [[innA, innB, innC]]);
    expect(kinds).toEqual([
      { inn: innA, kind: 'SCHOOL', external_id: 'IMP-1' },
      { inn: innB, kind: 'KINDERGARTEN', external_id: 'IMP-2' },
      { inn: innC, kind: 'GYMNASIUM', external_id: null },
    ]);
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE action = 'import' AND entity_type = 'registry'`)).toBe(1);

    const again = await run({ kind: 'ORGANIZATIONS', fileName: 'реестр.xlsx', contentBase64: good, dryRun: false });
    expect(again.data!.importRegistry).toMatchObject({ created: 0, updated: 0, unchanged: 3, errors: [] });
    expect(await count(`SELECT count(*) AS n FROM organization WHERE inn = ANY($1)`, [[innA, innB, innC]])).toBe(3);

    const renamed = orgRows(innB);
    renamed[3][2] = 'Муниципальное учреждение «Импортная гимназия № 2»';
    const changed = await run({ kind: 'ORGANIZATIONS', fileName: 'реестр.xlsx', contentBase64: await xlsx(renamed), dryRun: false });
    expect(changed.data!.importRegistry).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
  });

  it('reports a row in another municipality and repeated keys on their lines', async () => {
    const rows = [
      ORG_HEADERS,
      ['IMP-10', withInnCheckDigit('470991010'), 'Школа вне района', null, 'СОШ', 'Тимашевский район', null, null, null],
      ['IMP-11', null, 'Школа в районе', null, 'СОШ', PODP, null, null, null],
      ['IMP-11', null, 'Школа в районе (повтор)', null, 'СОШ', PODP, null, null, null],
      ['IMP-12', null, 'Школа в неизвестном районе', null, 'СОШ', 'Нигдеевский район', null, null, null],
    ];
    const r = await run({ kind: 'ORGANIZATIONS', fileName: 'r.xlsx', contentBase64: await xlsx(rows), dryRun: false });
    expect(r.data!.importRegistry.errors).toEqual([
      { line: 2, column: 'Муниципалитет', message: 'Муниципалитет вне вашей зоны ответственности' },
      { line: 4, column: 'Код', message: 'Этот код уже встречается в строке 3' },
      { line: 5, column: 'Муниципалитет', message: 'Муниципалитет «Нигдеевский район» не найден' },
    ]);
    expect(await count(`SELECT count(*) AS n FROM organization WHERE external_id LIKE 'IMP-1_'`)).toBe(0);
  });

  it('imports people from CSV with their positions, keyed by code or by name and birth date', async () => {
    const demoOrg = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-1');
    const csv = [
      'Код;Фамилия;Имя;Отчество;Дата рождения;Email;Телефон;Предметы;Стаж;Категория;Организация (ИНН или код);Должность;Должность по штатному расписанию',
      `IMP-P1;Импортова;Анна;Сергеевна;12.04.1985;imp.anna@example.ru;+7 911 000-00-01;Математика, Информатика;15;Высшая;${innA};Учитель;учитель математики`,
      `;Импортов;Борис;;1990-01-20;;;Физика;3;первая;demo:org:47-podp-sosh-1;METHODIST;`,
      `;Без;Даты;;;;;;;;${innA};;`,
      `IMP-P4;Чужой;Педагог;;;;;;;;demo:org:11-vorkuta-sosh-12;;`,
    ].join('\r\n');
    const input = { kind: 'PEOPLE', fileName: 'педагоги.csv', contentBase64: Buffer.from(csv).toString('base64'), dryRun: false };
    const bad = await run(input);
    expect(bad.data!.importRegistry.errors.map((e) => [e.line, e.column])).toEqual([
      [4, 'Дата рождения'],
      [5, 'Организация (ИНН или код)'],
    ]);
    expect(await count(`SELECT count(*) AS n FROM person WHERE last_name LIKE 'Импортов%'`)).toBe(0);

    const good = csv.split('\r\n').slice(0, 3).join('\r\n');
    const ok = await run({ ...input, contentBase64: Buffer.from(good).toString('base64') });
    expect(ok.data!.importRegistry).toMatchObject({ total: 2, created: 2, updated: 0, unchanged: 0, errors: [] });
    const positions = await t.db.query(
      `SELECT pe.last_name, pe.subjects, pe.qualification_category, p.kind, p.title, p.is_main, p.organization_id
         FROM person pe JOIN position p ON p.person_id = pe.id WHERE pe.last_name LIKE 'Импортов%' ORDER BY pe.last_name`,
    );
    expect(positions).toMatchObject([
      { last_name: 'Импортов', subjects: ['Физика'], qualification_category: 'FIRST', kind: 'METHODIST', title: null, is_main: true, organization_id: demoOrg },
      { last_name: 'Импортова', subjects: ['Математика', 'Информатика'], qualification_category: 'HIGHEST', kind: 'TEACHER', title: 'учитель математики', is_main: true },
    ]);

    const again = await run({ ...input, contentBase64: Buffer.from(good).toString('base64') });
    expect(again.data!.importRegistry).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await count(`SELECT count(*) AS n FROM person WHERE last_name LIKE 'Импортов%'`)).toBe(2);
    expect(await count(`SELECT count(*) AS n FROM position p JOIN person pe ON pe.id = p.person_id WHERE pe.last_name LIKE 'Импортов%'`)).toBe(2);
  });

  describe('tells nothing about what lies outside the scope (no existence oracle)', () => {
    const NEUTRAL = 'Не найдено или вне вашей зоны ответственности';
    const PERSON_HEADER = 'Код;Фамилия;Имя;Отчество;Дата рождения;Email;Телефон;Предметы;Стаж;Категория;Организация (ИНН или код);Должность;Должность по штатному расписанию';
    let org12Inn: string;
    let org12Name: string;
    const leaks = (messages: string[]) =>
      messages.filter((x) => /Филиппов|Воркут|№ ?12|работает вне|другого педагога|относится к муниципалитету|demo:org:11/.test(x) || x.includes(org12Name));

    beforeAll(async () => {
      // The demo gives real schools no ИНН (the programmes state none): this test's database gives №12 one.
      await t.db.query(`UPDATE organization SET inn = $1 WHERE external_id = 'demo:org:11-vorkuta-sosh-12'`, [withInnCheckDigit('110300012')]);
      const [org12] = (await t.db.query(`SELECT inn, name FROM organization WHERE external_id = 'demo:org:11-vorkuta-sosh-12'`)) as { inn: string; name: string }[];
      org12Inn = org12.inn;
      org12Name = org12.name;
      // Филиппов (Vorkuta №12, outside Podporozhye) gets the keys a methodist might probe with.
      await t.db.query(
        `UPDATE person SET birth_date = '1994-05-17', email = 'filippov.oracle@example.ru', external_id = 'VRK-FIL' WHERE external_id = 'demo:person:11-vorkuta-sosh12-young-math'`,
      );
    });

    it('an organisation file: an out-of-scope school’s ИНН or code gets the neutral words, not the school’s name', async () => {
      const rows = [
        ORG_HEADERS,
        ['IMP-30', org12Inn, 'Захват по ИНН', null, 'СОШ', PODP, null, null, null],
        ['demo:org:11-vorkuta-sosh-12', null, 'Захват по коду', null, 'СОШ', PODP, null, null, null],
      ];
      for (const dryRun of [true, false]) {
        const r = await run({ kind: 'ORGANIZATIONS', fileName: 'r.xlsx', contentBase64: await xlsx(rows), dryRun });
        expect(r.errors).toBeUndefined();
        const errors = r.data!.importRegistry.errors;
        expect(errors).toEqual([
          { line: 2, column: 'ИНН', message: NEUTRAL },
          { line: 3, column: 'Код', message: NEUTRAL },
        ]);
        expect(leaks(errors.map((e) => e.message))).toEqual([]);
      }
      expect(await count(`SELECT count(*) AS n FROM organization WHERE name LIKE 'Захват%'`)).toBe(0);
    });

    it('a people file: an out-of-scope teacher by name and birth date or by code, and his e-mail, get the neutral words', async () => {
      const csv = [
        PERSON_HEADER,
        `;Филиппов;Максим;Игоревич;17.05.1994;;;;;;demo:org:47-podp-sosh-1;;`,
        `VRK-FIL;Филиппов;Максим;Игоревич;;;;;;;demo:org:47-podp-sosh-1;;`,
        `IMP-O3;Новый;Педагог;;;filippov.oracle@example.ru;;;;;demo:org:47-podp-sosh-1;;`,
      ].join('\r\n');
      for (const dryRun of [true, false]) {
        const r = await run({ kind: 'PEOPLE', fileName: 'педагоги.csv', contentBase64: Buffer.from(csv).toString('base64'), dryRun });
        expect(r.errors).toBeUndefined();
        const errors = r.data!.importRegistry.errors;
        expect(errors).toEqual([
          { line: 2, column: 'Фамилия', message: NEUTRAL },
          { line: 3, column: 'Код', message: NEUTRAL },
          { line: 4, column: 'Email', message: NEUTRAL },
        ]);
        expect(leaks(errors.map((e) => e.message))).toEqual([]);
      }
      expect(await count(`SELECT count(*) AS n FROM person WHERE last_name = 'Новый'`)).toBe(0);
    });

    it('a people file: an out-of-scope organisation reads exactly like one that does not exist', async () => {
      const csv = [PERSON_HEADER, `IMP-O4;Иванов;Иван;;;;;;;;${org12Inn};;`, `IMP-O5;Петров;Пётр;;;;;;;;NO-SUCH-ORG;;`].join('\r\n');
      const r = await run({ kind: 'PEOPLE', fileName: 'педагоги.csv', contentBase64: Buffer.from(csv).toString('base64'), dryRun: true });
      const errors = r.data!.importRegistry.errors;
      expect(errors).toEqual([
        { line: 2, column: 'Организация (ИНН или код)', message: `Организация «${org12Inn}» не найдена или вне вашей зоны ответственности` },
        { line: 3, column: 'Организация (ИНН или код)', message: 'Организация «NO-SUCH-ORG» не найдена или вне вашей зоны ответственности' },
      ]);
      expect(leaks(errors.map((e) => e.message))).toEqual([]);
    });
  });

  it('refuses teachers and anonymous callers, bad files and missing columns', async () => {
    const input = { kind: 'ORGANIZATIONS', fileName: 'r.csv', contentBase64: Buffer.from('Код;ИНН').toString('base64'), dryRun: true };
    const teacher = await t.login('teacher.filippov');
    expect((await run(input, teacher)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await run(input, null)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const badBase64 = await run({ ...input, contentBase64: '%%% не base64 %%%' });
    expect(badBase64.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'contentBase64' }] });
    const badName = await run({ ...input, fileName: 'r.xls' });
    expect(badName.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'fileName' }] });
    const notXlsx = await run({ ...input, fileName: 'r.xlsx' });
    expect(notXlsx.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'contentBase64' }] });
    const missing = await run(input);
    expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0].message).toContain('«Полное наименование», «Вид», «Муниципалитет»');
  });

  it('serves an XLSX template with the header row', async () => {
    const r = await t.gql<{ registryImportTemplate: { fileName: string; contentBase64: string } }>(
      `query($kind: RegistryImportKind!) { registryImportTemplate(kind: $kind) { fileName contentBase64 } }`,
      { kind: 'PEOPLE' },
      methodist,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.data!.registryImportTemplate.contentBase64, 'base64') as unknown as ArrayBuffer);
    const header = (wb.worksheets[0].getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('Организация (ИНН или код)');
    expect(r.data!.registryImportTemplate.fileName).toMatch(/\.xlsx$/);
  });
});
