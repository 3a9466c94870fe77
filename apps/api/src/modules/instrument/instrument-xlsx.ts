import ExcelJS from 'exceljs';
import { ITEM_COLUMNS, ITEMS_SHEET, RULE_COLUMNS, RULES_SHEET } from './instrument-import';

/** The template: «Задания» and «Пороги» with a sample line each, the columns described, the framework's competences listed. */
export async function buildInstrumentTemplate(competences: readonly { code: string; name: string }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = (name: string, columns: readonly { header: string }[], sample: (string | number)[]) => {
    const ws = wb.addWorksheet(name);
    ws.addRow(columns.map((c) => c.header)).font = { bold: true };
    ws.addRow(sample).font = { italic: true, color: { argb: 'FF808080' } };
    ws.columns.forEach((col, i) => {
      col.width = Math.max(12, columns[i].header.length + 4);
    });
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    return ws;
  };
  const code = competences[0]?.code ?? 'SH2.1';
  const items = sheet(ITEMS_SHEET, ITEM_COLUMNS, [1, code, 'Один вариант', 'Как вы формулируете задачу урока?', '', '', 'Не формулирую = 0; По теме урока = 1; Как задачу для учеников = 2', 1]);
  items.getColumn(4).width = 60;
  items.getColumn(7).width = 60;
  sheet(RULES_SHEET, RULE_COLUMNS, [code, 'Среднее', 50, 80]);
  const help = wb.addWorksheet('Описание столбцов');
  help.addRow(['Лист', 'Столбец', 'Обязательный', 'Что указать']).font = { bold: true };
  for (const c of ITEM_COLUMNS) help.addRow([ITEMS_SHEET, c.header, c.required ? 'да' : 'нет', c.description]);
  for (const c of RULE_COLUMNS) help.addRow([RULES_SHEET, c.header, c.required ? 'да' : 'нет', c.description]);
  help.addRow([]);
  help.addRow(['Строки примеров (курсивом) замените своими или удалите.']);
  help.getColumn(2).width = 20;
  help.getColumn(4).width = 90;
  if (competences.length) {
    const list = wb.addWorksheet('Компетенции');
    list.addRow(['Код', 'Компетенция']).font = { bold: true };
    for (const c of competences) list.addRow([c.code, c.name]);
    list.getColumn(2).width = 90;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
