import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS } from './indicator-import';

const HELP: [string, string, string][] = [
  [IMPORT_COLUMNS.periodStart, 'да', 'Дата начала периода, дд.мм.гггг (например, 01.09.2025)'],
  [IMPORT_COLUMNS.periodEnd, 'да', 'Дата окончания периода, дд.мм.гггг; год окончания — год, к цели которого относится значение'],
  [IMPORT_COLUMNS.school, 'нет', 'ИНН или название школы; пусто — значение по всему владельцу показателя'],
  [IMPORT_COLUMNS.value, 'да', 'Число; проценты — от 0 до 100'],
  [IMPORT_COLUMNS.source, 'да', 'ВПР, ГИА, РСОКО, олимпиада, конкурс, мониторинг или другое'],
  [IMPORT_COLUMNS.sourceText, 'нет', 'Откуда значение: отчёт, протокол, приказ'],
];

/** The import sheet with its header and a sheet describing the columns. */
export async function buildImportTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Значения');
  ws.addRow(HELP.map((h) => h[0])).font = { bold: true };
  ws.columns.forEach((c) => (c.width = 24));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const help = wb.addWorksheet('Описание столбцов');
  help.addRow(['Столбец', 'Обязательный', 'Что указать']).font = { bold: true };
  HELP.forEach((h) => help.addRow(h));
  help.getColumn(1).width = 30;
  help.getColumn(3).width = 80;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
