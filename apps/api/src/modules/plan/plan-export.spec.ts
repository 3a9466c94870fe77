import ExcelJS from 'exceljs';
import { pdfText } from '../../../test/support/pdf-text';
import { planPdf, planReportPdf, planReportXlsx, planXlsx, reportTotals, type ExportPlan, type ExportPlanItem } from './plan-export';

const item = (number: string, title: string, over: Partial<ExportPlanItem> = {}): ExportPlanItem => ({
  number,
  title,
  period: 'Март 2021 года',
  responsible: 'Администрация МБОУ «Подпорожская СОШ №3»',
  participants: 'Руководители ШНОР',
  expectedResult: 'Повышение профессиональных компетенций руководителей ШНОР',
  actualResult: '',
  statusLabel: 'Запланировано',
  done: false,
  cancelled: false,
  overdue: false,
  ...over,
});

const plan: ExportPlan = {
  title: 'План мероприятий на 2020–2021 учебный год',
  kindLabel: 'План мероприятий на учебный год',
  owner: 'Информационно-методическая служба Подпорожского района',
  period: '01.09.2020–31.08.2021',
  stages: [
    { title: 'Организационный этап', items: [item('1', 'Круглый стол «Эффективные методики мониторинга»', { done: true, statusLabel: 'Выполнено', actualResult: 'Проведён, 14 участников' })] },
    {
      title: 'Основной этап',
      items: [
        item('2.10', 'Мониторинг реализации проекта', { overdue: true }),
        item('3', '=HYPERLINK("http://example.com")', { responsible: '+7 999', participants: '-участники', expectedResult: '@result' }),
        item('4', 'Отменённое', { cancelled: true, statusLabel: 'Отменено' }),
      ],
    },
  ],
};

async function readSheet(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

const rowsOf = (ws: ExcelJS.Worksheet) => {
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
};

describe('plan exports', () => {
  it('XLSX: the header, the officials\' columns, stages as group rows, numbers as numbers, formulas as text', async () => {
    const ws = await readSheet(await planXlsx(plan));
    const rows = rowsOf(ws);
    expect(rows[0][0]).toBe(plan.title);
    expect(String(rows[1][0])).toContain('Владелец: Информационно-методическая служба Подпорожского района');
    expect(String(rows[2][0])).toContain('Период: 01.09.2020–31.08.2021');
    expect(rows[3]).toEqual(['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Участники', 'Планируемый результат']);
    expect(rows[4][0]).toBe('Организационный этап');
    expect(rows[5][0]).toBe(1);
    expect(rows[5][1]).toBe('Круглый стол «Эффективные методики мониторинга»');
    expect(rows[6][0]).toBe('Основной этап');
    expect(rows[7][0]).toBe('2.10');
    const injected = ws.getRow(10);
    expect(injected.getCell(1).value).toBe(3);
    for (const col of [2, 4, 5, 6]) {
      const cell = injected.getCell(col);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe('@');
    }
    expect(injected.getCell(2).value).toBe('=HYPERLINK("http://example.com")');
  });

  it('XLSX report: planned and actual result, status and the totals as numbers', async () => {
    const rows = rowsOf(await readSheet(await planReportXlsx(plan)));
    expect(rows[0][0]).toBe('Отчёт о реализации плана-графика');
    expect(rows[4]).toEqual(['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Планируемый результат', 'Фактический результат', 'Статус']);
    expect(rows[6].slice(5)).toEqual(['Проведён, 14 участников', 'Выполнено']);
    const totals = Object.fromEntries(rows.filter((r) => r.length === 2 && typeof r[1] === 'number').map((r) => [r[0], r[1]]));
    expect(totals).toEqual({ 'Всего мероприятий': 4, Выполнено: 1, Отменено: 1, Просрочено: 1, 'Доля выполненных (без отменённых)': 1 / 3 });
  });

  it('totals count done among the items not cancelled', () => {
    expect(reportTotals(plan)).toEqual({ total: 4, done: 1, cancelled: 1, overdue: 1, doneShare: 1 / 3 });
  });

  it('PDF: the plan with its header, columns and stages, in Cyrillic', async () => {
    const pdf = await pdfText(await planPdf(plan));
    expect(pdf.title).toBe(plan.title);
    for (const text of ['План мероприятий на 2020–2021 учебный год', 'Владелец: Информационно-методическая служба Подпорожского района', 'Мероприятие', 'Сроки', 'Ответственные', 'Участники', 'Планируемый результат', 'Организационный этап', 'Основной этап', 'Мониторинг реализации проекта']) {
      expect(pdf.text).toContain(text);
    }
  });

  it('PDF report: actual results, statuses and the totals', async () => {
    const pdf = await pdfText(await planReportPdf(plan));
    for (const text of ['Отчёт о реализации плана-графика', 'Фактический результат', 'Статус', 'Проведён, 14 участников', 'Выполнено', 'Всего мероприятий: 4', '33,3 %']) {
      expect(pdf.text).toContain(text);
    }
  });
});
