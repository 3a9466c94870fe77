import ExcelJS from 'exceljs';
import { JobService } from '../src/common/jobs/jobs.service';
import { pdfText } from './support/pdf-text';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 11, reports and exports: a list exported to PDF (Cyrillic read back), the three monitoring reports of the
 * seeds against the demo data (XLSX read back: header rows, numbers as numbers), bad input and territory checks.
 */
const ORDER = `mutation($i: OrderReportInput!) { orderReport(input: $i) { id kind title state } }`;
const PDF = `mutation($i: ListPdfInput!) { exportListPdf(input: $i) { id kind state } }`;

describe('reports and exports', () => {
  let t: TestApp;
  let jobs: JobService;
  let podporozhyeId: string;
  beforeAll(async () => {
    t = await startTestApp();
    jobs = t.app.get(JobService);
    podporozhyeId = ((await t.db.query(`SELECT id FROM municipality WHERE name LIKE 'Подпорожск%'`)) as { id: string }[])[0]!.id;
  });
  afterAll(() => t.close());

  async function fileOf(token: string, id: string): Promise<Buffer> {
    const done = await jobs.whenSettled(id);
    expect(done.error).toBeNull();
    expect(done.state).toBe('DONE');
    const res = await fetch(`${t.url}/api/jobs/${id}/file`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  }

  async function sheetOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return wb.worksheets[0]!;
  }

  /** Row number of the first row whose first cell is this text. */
  function rowOf(sheet: ExcelJS.Worksheet, text: string): number {
    for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === text) return r;
    throw new Error(`no row «${text}»`);
  }

  it('renders a list to PDF in a job: the header rows and Cyrillic cells read back', async () => {
    const token = await t.login('teacher.filippov');
    const rows = Array.from({ length: 2500 }, (_, i) => [`Школа №${i + 1} «Ёлочка»`, i % 2 ? '=1+1' : 'Подпорожский район', '01.09.2025']);
    const r = await t.gql<{ exportListPdf: { id: string; state: string } }>(
      PDF,
      {
        i: {
          title: 'Организации',
          header: [
            { label: 'Период', value: 'по состоянию на 03.12.2026' },
            { label: 'Территория', value: 'Подпорожский муниципальный район' },
          ],
          columns: [{ header: 'Название' }, { header: 'Муниципалитет' }, { header: 'Дата', type: 'date' }],
          rows,
        },
      },
      token,
    );
    expect(r.errors).toBeUndefined();
    const seen: number[] = [];
    void jobs.whenProgress(r.data!.exportListPdf.id, 20).then(() => seen.push(20));
    const pdf = await pdfText(await fileOf(token, r.data!.exportListPdf.id));
    expect(seen).toEqual([20]);
    expect(pdf.title).toBe('Организации');
    expect(pdf.pages).toBeGreaterThan(20);
    expect(pdf.text).toContain('Период:');
    expect(pdf.text).toContain('Подпорожский муниципальный район');
    expect(pdf.text).toContain('Школа №2500 «Ёлочка»');
    const audit: { after: { params: { rows: number } } }[] = await t.db.query(`SELECT after FROM audit_log WHERE entity_type = 'job' AND entity_id = $1`, [r.data!.exportListPdf.id]);
    expect(audit[0]?.after.params.rows).toBe(2500);
  });

  it('refuses a list PDF with bad rows', async () => {
    const token = await t.login('teacher.filippov');
    const input = { title: 'Список', header: [], columns: [{ header: 'А' }, { header: 'Б' }] };
    const wrongWidth = await t.gql(PDF, { i: { ...input, rows: [['1']] } }, token);
    expect(wrongWidth.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'rows.0' }] });
    const none = await t.gql(PDF, { i: { ...input, rows: [] } }, token);
    expect(none.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await t.gql(PDF, { i: { ...input, rows: Array.from({ length: 20_001 }, () => ['1', '2']) } }, token);
    expect(tooMany.errors?.[0]?.message).toContain('уточните фильтры');
    const badType = await t.gql(PDF, { i: { ...input, columns: [{ header: 'А', type: 'formula' }], rows: [['1']] } }, token);
    expect(badType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('network interaction of Podporozhye (002): the network, its accepted members and its events of the period, in XLSX', async () => {
    const token = await t.login('methodist.podporozhye');
    const r = await t.gql<{ orderReport: { id: string; title: string } }>(
      ORDER,
      { i: { kind: 'NETWORK_INTERACTION', format: 'XLSX', municipalityId: podporozhyeId, from: '2021-01-01', to: '2022-12-31' } },
      token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.orderReport.title).toBe('Мониторинг сетевого взаимодействия, 01.01.2021 – 31.12.2022 (Excel (XLSX))');
    const sheet = await sheetOf(await fileOf(token, r.data!.orderReport.id));
    expect(sheet.getCell(1, 1).value).toBe('Мониторинг сетевого взаимодействия');
    expect(sheet.getCell(rowOf(sheet, 'Период'), 2).value).toBe('01.01.2021 – 31.12.2022');
    expect(String(sheet.getCell(rowOf(sheet, 'Территория'), 2).value)).toMatch(/^Подпорожский/);
    const net = 'Сетевое наставничество «Школа – школе» общеобразовательных организаций Подпорожского района';
    const [expected] = (await t.db.query(
      `SELECT (SELECT count(*)::int FROM network_member m WHERE m.network_id = n.id AND m.status = 'ACCEPTED') AS members,
              (SELECT count(*)::int FROM event e WHERE e.network_id = n.id AND e.archived_at IS NULL AND e.ends_on >= '2021-01-01' AND e.starts_on <= '2022-12-31') AS events
         FROM network n WHERE n.name = $1`,
      [net],
    )) as { members: number; events: number }[];
    expect(expected!.events).toBeGreaterThan(0);
    const r0 = rowOf(sheet, net);
    expect(sheet.getCell(r0, 5).value).toBe(expected!.members);
    expect(sheet.getCell(r0, 6).value).toBe(expected!.events);
    expect(sheet.getCell(r0, 6).type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell(r0, 3).value).toEqual(new Date('2020-12-30T00:00:00Z'));
  });

  it('mentoring pairs (003): what the pairs answered in the survey, a side below the anonymity threshold withheld, in PDF', async () => {
    const token = await t.login('admin');
    const r = await t.gql<{ orderReport: { id: string } }>(ORDER, { i: { kind: 'MENTORING_PAIRS', format: 'PDF', from: '2026-09-01', to: '2027-01-31' } }, token);
    expect(r.errors).toBeUndefined();
    const pdf = await pdfText(await fileOf(token, r.data!.orderReport.id));
    // Table cells wrap: compare the text with its line breaks as spaces.
    pdf.text = pdf.text.replace(/\s+/g, ' ');
    expect(pdf.text).toContain('Мониторинг наставнических пар (по анкетам пар)');
    expect(pdf.text).toContain('01.09.2026 – 31.01.2027');
    expect(pdf.text).toContain('Анкета наставнической пары: середина 2026/2027 учебного года');
    // «useful»: three mentees answered 5, 4, 5 (one mentor — withheld): 4,67.
    expect(pdf.text).toContain('4,67');
    expect(pdf.text).toContain('Недостаточно ответов для анонимности');
  });

  it('methodical service (004, twice a year): events of the half-year by kind with totals, in XLSX', async () => {
    const token = await t.login('methodist.podporozhye');
    const r = await t.gql<{ orderReport: { id: string } }>(ORDER, { i: { kind: 'METHODICAL_SERVICE', format: 'XLSX', municipalityId: podporozhyeId, from: '2021-01-01', to: '2021-06-30' } }, token);
    expect(r.errors).toBeUndefined();
    const sheet = await sheetOf(await fileOf(token, r.data!.orderReport.id));
    const total = rowOf(sheet, 'Итого');
    expect(sheet.getCell(total, 2).type).toBe(ExcelJS.ValueType.Number);
    const count = sheet.getCell(total, 2).value as number;
    expect(count).toBeGreaterThan(0);
    // The list below has exactly as many events as the total says, each in the half-year.
    const first = rowOf(sheet, 'Перечень мероприятий') + 2;
    const listed: ExcelJS.Row[] = [];
    for (let r = first; sheet.getCell(r, 1).value; r++) listed.push(sheet.getRow(r));
    expect(listed).toHaveLength(count);
    for (const row of listed) {
      expect((row.getCell(3).value as Date) <= new Date('2021-06-30T00:00:00Z')).toBe(true);
      expect((row.getCell(4).value as Date) >= new Date('2021-01-01T00:00:00Z')).toBe(true);
    }
    expect(sheet.getCell(rowOf(sheet, 'Перечень мероприятий') + 1, 1).value).toBe('Мероприятие');
  });

  it('refuses a period backwards, a municipality out of the scope, and a role without the permission', async () => {
    const token = await t.login('methodist.timashevsk');
    const back = await t.gql(ORDER, { i: { kind: 'METHODICAL_SERVICE', format: 'PDF', from: '2026-06-30', to: '2026-01-01' } }, token);
    expect(back.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'to', message: 'Конец периода раньше его начала' }] });
    const long = await t.gql(ORDER, { i: { kind: 'METHODICAL_SERVICE', format: 'PDF', from: '2020-01-01', to: '2026-01-01' } }, token);
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badDate = await t.gql(ORDER, { i: { kind: 'METHODICAL_SERVICE', format: 'PDF', from: '2026-13-01', to: '2026-12-01' } }, token);
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const foreign = await t.gql(ORDER, { i: { kind: 'METHODICAL_SERVICE', format: 'PDF', municipalityId: podporozhyeId, from: '2026-01-01', to: '2026-06-30' } }, token);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const teacher = await t.login('teacher.filippov');
    expect((await t.gql(ORDER, { i: { kind: 'METHODICAL_SERVICE', format: 'PDF', from: '2026-01-01', to: '2026-06-30' } }, teacher)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const jobs: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM job j JOIN account a ON a.id = j.owner_account_id WHERE a.login IN ('methodist.timashevsk', 'teacher.filippov') AND j.kind LIKE 'report.%'`);
    expect(jobs[0]?.n).toBe(0);
  });
});
