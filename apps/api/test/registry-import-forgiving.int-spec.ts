import ExcelJS from 'exceljs';
import { withInnCheckDigit } from '@metodset/shared';
import { startTestApp, TestApp } from './support/test-app';

const IMPORT = `mutation($input: ImportRegistryInput!) {
  importRegistry(input: $input) {
    kind dryRun total created updated unchanged refused key errors { line column message } refusedRows { fileName contentBase64 }
  }
}`;
type Report = {
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  errors: { line: number; column: string | null; message: string }[];
  refusedRows: { fileName: string; contentBase64: string } | null;
};

const PODP = 'Подпорожский муниципальный район';
const HEADERS = ['Код', 'ИНН', 'Полное наименование', 'Краткое наименование', 'Вид', 'Муниципалитет', 'Адрес', 'Email', 'Сайт', 'Статусы'];
const PERSON_HEADER = 'Код;Фамилия;Имя;Отчество;Дата рождения;Email;Телефон;Предметы;Стаж;Категория;Организация (ИНН или код);Должность;Должность по штатному расписанию';
const inn = (n: number) => withInnCheckDigit(`4709920${String(n).padStart(2, '0')}`);
const wrongDigit = (v: string) => v.slice(0, 9) + String((Number(v[9]) + 1) % 10);

async function xlsx(rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Реестр');
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function readBack(base64: string): Promise<{ rows: unknown[][]; sheets: string[]; fills: (string | undefined)[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const rows: unknown[][] = [];
  const fills: (string | undefined)[][] = [];
  ws.eachRow((row) => {
    rows.push(Array.from((row.values as unknown[]).slice(1), (v) => v ?? null));
    const f: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
      f[col - 1] = fill?.fgColor?.argb;
    });
    fills.push(f);
  });
  return { rows, sheets: wb.worksheets.map((w) => w.name), fills };
}

describe('registry import that forgives (issue 14)', () => {
  let t: TestApp;
  let methodist: string;
  beforeAll(async () => {
    t = await startTestApp();
    methodist = await t.login('methodist.podporozhye');
  });
  afterAll(() => t.close());

  const run = async (input: Record<string, unknown>) => t.gql<{ importRegistry: Report }>(IMPORT, { input }, methodist);
  const orgs = async (rows: (string | number | null)[][], extra: Record<string, unknown> = {}) =>
    run({ kind: 'ORGANIZATIONS', fileName: 'организации.xlsx', contentBase64: await xlsx([HEADERS, ...rows]), dryRun: false, ...extra });
  const people = async (lines: string[], extra: Record<string, unknown> = {}) =>
    run({ kind: 'PEOPLE', fileName: 'педагоги.csv', contentBase64: Buffer.from([PERSON_HEADER, ...lines].join('\r\n')).toString('base64'), dryRun: false, ...extra });
  const count = async (sql: string, params: unknown[] = []) => Number(((await t.db.query(sql, params)) as { n: string }[])[0].n);

  it('lists every error of a row, each under its column, in one pass', async () => {
    const r = await orgs([
      ['F-1', wrongDigit(inn(1)), 'Школа с тремя ошибками', null, 'Кружок', 'Нигдеевский район', null, 'почта', 'не сайт', 'Лучшая школа 2024'],
      ['F-2', inn(2), null, null, 'СОШ', PODP, null, null, null, null],
    ], { dryRun: true });
    expect(r.errors).toBeUndefined();
    const report = r.data!.importRegistry;
    expect(report.errors).toEqual([
      { line: 2, column: 'Email', message: 'Неверный адрес электронной почты: нужен адрес вида school@mail.ru' },
      { line: 2, column: 'Вид', message: expect.stringContaining('Неизвестный вид организации «Кружок»') },
      { line: 2, column: 'ИНН', message: 'Неверная контрольная цифра ИНН' },
      { line: 2, column: 'Муниципалитет', message: 'Муниципалитет «Нигдеевский район» не найден' },
      { line: 2, column: 'Сайт', message: expect.stringContaining('не адрес сайта') },
      { line: 2, column: 'Статусы', message: expect.stringContaining('Неизвестный статус «Лучшая школа»') },
      { line: 3, column: 'Полное наименование', message: 'Введите полное наименование' },
    ]);
    expect(report).toMatchObject({ dryRun: true, total: 2, refused: 2, created: 0 });
  });

  it('normalises an ИНН pasted with spaces, non-breaking spaces or dashes and a website without https://, and tells a 12-digit ИНН by its length', async () => {
    const r = await orgs([
      ['N-1', `${inn(11).slice(0, 4)} ${inn(11).slice(4)}`, 'Школа Н-1', null, 'СОШ', PODP, null, null, 'n1.example.ru', null],
      ['N-2', `${inn(12).slice(0, 4)}\u00a0${inn(12).slice(4, 7)}\u00a0${inn(12).slice(7)}`, 'Школа Н-2', null, 'СОШ', PODP, null, null, 'www.n2.example.ru/about', null],
      ['N-3', `${inn(13).slice(0, 4)}-${inn(13).slice(4)}`, 'Школа Н-3', null, 'СОШ', PODP, null, null, 'http://n3.example.ru', null],
      ['N-4', '500100732259', 'Школа Н-4', null, 'СОШ', PODP, null, null, null, null],
    ], { onlyValidRows: true });
    expect(r.errors).toBeUndefined();
    expect(r.data!.importRegistry.errors).toEqual([
      { line: 5, column: 'ИНН', message: 'ИНН организации — 10 цифр, а здесь 12 — так выглядит ИНН физического лица' },
    ]);
    const stored = await t.db.query(`SELECT external_id, inn, website FROM organization WHERE external_id LIKE 'N-_' ORDER BY external_id`);
    expect(stored).toEqual([
      { external_id: 'N-1', inn: inn(11), website: 'https://n1.example.ru' },
      { external_id: 'N-2', inn: inn(12), website: 'https://www.n2.example.ru/about' },
      { external_id: 'N-3', inn: inn(13), website: 'http://n3.example.ru' },
    ]);
  });

  it('a people file: an organisation’s ИНН with a wrong check digit or 12 digits gets the ИНН message, one with spaces is found', async () => {
    // The demo gives real schools no ИНН (the programmes state none): this test's database gives СОШ №1 one.
    const school = { inn: withInnCheckDigit('471100001') };
    await t.db.query(`UPDATE organization SET inn = $1 WHERE external_id = 'demo:org:47-podp-sosh-1'`, [school.inn]);
    const spaced = `${school.inn.slice(0, 3)} ${school.inn.slice(3, 6)}\u00a0${school.inn.slice(6)}`;
    const r = await people(
      [
        `INN-P1;Ошибкин;Иван;;;;;;;;${wrongDigit(school.inn)};;`,
        `INN-P2;Длиннов;Пётр;;;;;;;;500100732259;;`,
        `INN-P3;Пробелов;Павел;;;;;;;;${spaced};;`,
      ],
      { dryRun: true },
    );
    expect(r.data!.importRegistry.errors).toEqual([
      { line: 2, column: 'Организация (ИНН или код)', message: `Неверная контрольная цифра ИНН: проверьте ИНН организации «${wrongDigit(school.inn)}»` },
      { line: 3, column: 'Организация (ИНН или код)', message: 'ИНН организации — 10 цифр, а здесь 12 — так выглядит ИНН физического лица: проверьте ИНН организации «500100732259»' },
    ]);
    expect(r.data!.importRegistry).toMatchObject({ created: 1, refused: 2 });
    expect(r.data!.importRegistry.errors.some((e) => e.message.includes('не найдена'))).toBe(false);
  });

  it('reads statuses with their years, adds them to those held, and reports unknown ones on their row', async () => {
    const rows = [
      ['S-1', inn(21), 'Школа со статусами', null, 'СОШ', PODP, null, null, null, 'НОР 2024; МИП (2023)'],
      ['S-2', inn(22), 'Школа с неизвестным статусом', null, 'СОШ', PODP, null, null, null, 'НОР 2024; Лучшая школа 2024'],
      ['S-3', inn(23), 'Школа без года', null, 'СОШ', PODP, null, null, null, 'ВОР'],
    ];
    const r = await orgs(rows, { onlyValidRows: true });
    expect(r.data!.importRegistry.errors).toEqual([
      { line: 3, column: 'Статусы', message: expect.stringMatching(/^Неизвестный статус «Лучшая школа»: допустимы НОР, НСУ, ВОР, 500\+/) },
      { line: 4, column: 'Статусы', message: expect.stringMatching(/^Укажите год статуса «ВОР», например «ВОР \d{4}»$/) },
    ]);
    const statuses = async () =>
      t.db.query(
        `SELECT o.external_id, s.kind, s.year FROM organization_status s JOIN organization o ON o.id = s.organization_id
          WHERE o.external_id LIKE 'S-_' ORDER BY 1, 2, 3`,
      );
    expect(await statuses()).toEqual([
      { external_id: 'S-1', kind: 'LOW_RESULTS', year: 2024 },
      { external_id: 'S-1', kind: 'MUNICIPAL_INNOVATION_SITE', year: 2023 },
    ]);
    expect(await count(`SELECT count(*) AS n FROM organization WHERE external_id IN ('S-2', 'S-3')`)).toBe(0);

    const again = await orgs([rows[0]]);
    expect(again.data!.importRegistry).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const more = await orgs([[...rows[0].slice(0, 9), 'Точка роста 2022']]);
    expect(more.data!.importRegistry).toMatchObject({ updated: 1, errors: [] });
    expect(await statuses()).toHaveLength(3);
  });

  it('the template has the statuses column, its allowed values and a sheet listing them', async () => {
    const r = await t.gql<{ registryImportTemplate: { contentBase64: string } }>(
      `query { registryImportTemplate(kind: ORGANIZATIONS) { contentBase64 } }`,
      {},
      methodist,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.data!.registryImportTemplate.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect((wb.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    const help = wb.getWorksheet('Описание столбцов')!;
    const statusHelp = [...Array(help.rowCount).keys()].map((i) => help.getRow(i + 1).values as unknown[]).find((v) => v[1] === 'Статусы');
    expect(String(statusHelp?.[3])).toContain('НОР, НСУ, ВОР');
    const list = wb.getWorksheet('Статусы')!;
    expect(list.rowCount).toBe(15);
    expect((list.getRow(2).values as unknown[]).slice(1)).toEqual(['НОР', 'НОР (низкие образовательные результаты)']);
  });

  it('imports the correct rows in one go, leaves the bad ones untouched, and hands back the refused rows with their reasons', async () => {
    await t.db.query(`UPDATE organization SET name = 'Прежнее имя P-2' WHERE external_id = 'demo:org:47-podp-sosh-1'`);
    const before = await count(`SELECT count(*) AS n FROM audit_log WHERE action = 'import'`);
    const rows = [
      ['P-1', inn(31), 'Корректная школа 1', null, 'СОШ', PODP, null, null, 'p1.example.ru', 'НОР 2024'],
      ['demo:org:47-podp-sosh-1', wrongDigit(inn(32)), 'Новое имя, которое не запишется', null, 'СОШ', 'Нигдеевский район', null, null, null, null],
      ['P-3', inn(33), 'Корректная школа 3', null, 'Гимназия', PODP, null, null, null, null],
      ['P-4', inn(34), 'Школа с ошибкой', null, 'Кружок', PODP, null, null, null, null],
    ];
    const all = await orgs(rows);
    expect(all.data!.importRegistry).toMatchObject({ dryRun: true, refused: 2 });
    expect(await count(`SELECT count(*) AS n FROM organization WHERE external_id LIKE 'P-_'`)).toBe(0);

    const r = await orgs(rows, { onlyValidRows: true });
    expect(r.errors).toBeUndefined();
    const report = r.data!.importRegistry;
    expect(report).toMatchObject({ dryRun: false, total: 4, created: 2, updated: 0, refused: 2 });
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'ИНН'],
      [3, 'Муниципалитет'],
      [5, 'Вид'],
    ]);
    expect(await t.db.query(`SELECT external_id, name FROM organization WHERE external_id LIKE 'P-_' ORDER BY 1`)).toEqual([
      { external_id: 'P-1', name: 'Корректная школа 1' },
      { external_id: 'P-3', name: 'Корректная школа 3' },
    ]);
    expect(await count(`SELECT count(*) AS n FROM organization WHERE external_id = 'demo:org:47-podp-sosh-1' AND name = 'Прежнее имя P-2'`)).toBe(1);
    const audit = (await t.db.query(`SELECT after FROM audit_log WHERE action = 'import' ORDER BY at DESC LIMIT 1`)) as { after: Record<string, unknown> }[];
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE action = 'import'`)).toBe(before + 1);
    expect(audit[0].after).toMatchObject({ created: 2, refused: 2, onlyValidRows: true, fileName: 'организации.xlsx' });

    expect(report.refusedRows?.fileName).toBe('организации — строки с ошибками.xlsx');
    const file = await readBack(report.refusedRows!.contentBase64);
    expect(file.rows[0]).toEqual([...HEADERS, 'Почему строка не загружена']);
    expect(file.rows).toHaveLength(3);
    expect(file.rows[1].slice(0, 6)).toEqual(['demo:org:47-podp-sosh-1', wrongDigit(inn(32)), 'Новое имя, которое не запишется', null, 'СОШ', 'Нигдеевский район']);
    expect(file.rows[1][10]).toBe('ИНН: Неверная контрольная цифра ИНН\nМуниципалитет: Муниципалитет «Нигдеевский район» не найден');
    expect(file.rows[2][0]).toBe('P-4');
    expect(String(file.rows[2][10])).toMatch(/^Вид: Неизвестный вид организации «Кружок»/);
    expect(file.fills[1][1]).toBe('FFFDE2E1');
    expect(file.fills[1][0]).toBeUndefined();
    expect(file.sheets).toEqual(['Реестр', 'Описание столбцов', 'Статусы']);

    // Corrected in the file it came back in, the refused rows load (the reasons column is not read).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(report.refusedRows!.contentBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    ws.getRow(2).getCell(1).value = 'P-2';
    ws.getRow(2).getCell(2).value = inn(32);
    ws.getRow(2).getCell(6).value = PODP;
    ws.getRow(3).getCell(5).value = 'Лицей';
    const fixed = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const second = await run({ kind: 'ORGANIZATIONS', fileName: 'организации — строки с ошибками.xlsx', contentBase64: fixed, dryRun: false });
    expect(second.data!.importRegistry).toMatchObject({ dryRun: false, created: 2, refused: 0, errors: [], refusedRows: null });
    expect(await count(`SELECT count(*) AS n FROM organization WHERE external_id LIKE 'P-_'`)).toBe(4);
  });

  it('a people file: the correct rows are imported, a row with two problems lists both and comes back in the file', async () => {
    const r = await people(
      [
        `PP-1;Прощёнова;Анна;;12.04.1985;pp1@example.ru;;Математика;10;Высшая;demo:org:47-podp-sosh-1;Учитель;`,
        `PP-2;Ошибкова;Вера;;31.02.1985;;;;;Лучшая;demo:org:47-podp-sosh-1;;`,
      ],
      { onlyValidRows: true },
    );
    expect(r.errors).toBeUndefined();
    const report = r.data!.importRegistry;
    expect(report).toMatchObject({ dryRun: false, created: 1, refused: 1 });
    expect(report.errors).toEqual([
      { line: 3, column: 'Дата рождения', message: 'Дата рождения — в виде ДД.ММ.ГГГГ' },
      { line: 3, column: 'Категория', message: expect.stringContaining('Неизвестная категория «Лучшая»') },
    ]);
    expect(await t.db.query(`SELECT external_id FROM person WHERE external_id LIKE 'PP-_'`)).toEqual([{ external_id: 'PP-1' }]);
    const file = await readBack(report.refusedRows!.contentBase64);
    expect(file.rows[0].slice(0, 2)).toEqual(['Код', 'Фамилия']);
    expect(file.rows[0][13]).toBe('Почему строка не загружена');
    expect(file.rows[1].slice(0, 5)).toEqual(['PP-2', 'Ошибкова', 'Вера', null, '31.02.1985']);
    expect(file.rows[1][13]).toBe('Дата рождения: Дата рождения — в виде ДД.ММ.ГГГГ\nКатегория: Неизвестная категория «Лучшая»: без категории, первая, высшая, педагог-методист, педагог-наставник');
  });

  it('two partial imports of the same file at once write each row once', async () => {
    const orgRows = [
      ['C-1', inn(41), 'Параллельная школа 1', null, 'СОШ', PODP, null, null, null, 'НОР 2024'],
      [null, inn(42), 'Параллельная школа 2', null, 'СОШ', PODP, null, null, null, null],
      ['C-3', null, 'Параллельная школа с ошибкой', null, 'Кружок', PODP, null, null, null, null],
    ];
    const o = await Promise.all([orgs(orgRows, { onlyValidRows: true }), orgs(orgRows, { onlyValidRows: true })]);
    o.forEach((r) => expect(r.errors).toBeUndefined());
    expect(o.map((r) => r.data!.importRegistry.created).sort()).toEqual([0, 2]);
    expect(o.map((r) => r.data!.importRegistry.unchanged).sort()).toEqual([0, 2]);
    expect(await count(`SELECT count(*) AS n FROM organization WHERE name LIKE 'Параллельная школа%'`)).toBe(2);
    expect(await count(`SELECT count(*) AS n FROM organization_status s JOIN organization o ON o.id = s.organization_id WHERE o.external_id = 'C-1'`)).toBe(1);

    // People without a code are found by name and birth date, which no unique index guards: only taking turns does.
    const lines = [`;Параллельная;Анна;;01.02.1985;;;;;;demo:org:47-podp-sosh-1;;`, `;Параллельный;Борис;;;;;;;;demo:org:47-podp-sosh-1;;`];
    const p = await Promise.all([people(lines, { onlyValidRows: true }), people(lines, { onlyValidRows: true })]);
    p.forEach((r) => expect(r.data!.importRegistry.refused).toBe(1));
    expect(await count(`SELECT count(*) AS n FROM person WHERE last_name LIKE 'Параллельн%'`)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM position p JOIN person pe ON pe.id = p.person_id WHERE pe.last_name = 'Параллельная'`)).toBe(1);
  });

  it('refuses a wrong onlyValidRows with HTTP 400, and a file it cannot use with BAD_USER_INPUT in Russian, never a server error', async () => {
    const send = async (input: Record<string, unknown>) => {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${methodist}` },
        body: JSON.stringify({ query: IMPORT, variables: { input } }),
      });
      return { status: res.status, body: (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] } };
    };
    const base = { kind: 'ORGANIZATIONS', fileName: 'r.csv', contentBase64: Buffer.from('Код;ИНН').toString('base64'), dryRun: true };
    const wrongType = await send({ ...base, onlyValidRows: 'да' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors?.[0].extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    // Refusals found while running the operation answer as every field error of the API does (BAD_USER_INPUT, HTTP 200).
    const missingColumns = await send({ ...base, onlyValidRows: true });
    expect(missingColumns.status).toBeLessThan(500);
    expect(missingColumns.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(missingColumns.body.errors?.[0].message).toMatch(/В файле нет обязательных столбцов/);
  });
});
