import { INDICATOR_VALUE_SOURCE_LABELS, IndicatorUnit, IndicatorValueSource } from '@metodset/shared';
import { dateOf as registryDateOf } from '../registry-import/parse/cells';
import { Cell, isBlank, Sheet } from '../registry-import/parse/sheet';
import { valueRangeError } from './indicator-rules';

/** The columns of the import sheet, as the template writes them. */
export const IMPORT_COLUMNS = {
  periodStart: 'Начало периода',
  periodEnd: 'Конец периода',
  school: 'Школа',
  value: 'Значение',
  source: 'Источник',
  sourceText: 'Источник (как записано)',
} as const;
type Key = keyof typeof IMPORT_COLUMNS;
const REQUIRED: Key[] = ['periodStart', 'periodEnd', 'value', 'source'];

export interface ImportOrganization {
  id: string;
  name: string;
  shortName: string | null;
  inn: string | null;
}

export interface PlannedValue {
  line: number;
  periodStart: string;
  periodEnd: string;
  organizationId: string | null;
  organizationName: string | null;
  value: number;
  source: IndicatorValueSource;
  sourceText: string;
}

export interface ImportRowError {
  line: number;
  message: string;
}

export interface ImportPlan {
  rows: PlannedValue[];
  errors: ImportRowError[];
}

const norm = (s: string) => s.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

/** The column positions, and the required columns missing. */
export function importColumns(sheet: Sheet): { index: Map<Key, number>; missing: string[] } {
  const headers = sheet.headers.map(norm);
  const index = new Map<Key, number>();
  for (const [key, header] of Object.entries(IMPORT_COLUMNS) as [Key, string][]) {
    const at = headers.indexOf(norm(header));
    if (at >= 0) index.set(key, at);
  }
  return { index, missing: REQUIRED.filter((k) => !index.has(k)).map((k) => IMPORT_COLUMNS[k]) };
}

/** A date cell, whatever realm built it (a worker's Date is not always `instanceof Date` here, e.g. under jest). */
const asDate = (c: Cell): Date | null => (c instanceof Date ? c : Object.prototype.toString.call(c) === '[object Date]' ? new Date((c as unknown as Date).getTime()) : null);
const text = (c: Cell): string => {
  const d = asDate(c);
  return c === null ? '' : d ? d.toISOString().slice(0, 10) : String(c).trim();
};

/** A date cell (the registry import's reading: an Excel date or serial, «дд.мм.гггг», «гггг-мм-дд»); null when it is not a real date. */
export function dateOf(c: Cell): string | null {
  const d = registryDateOf(asDate(c) ?? c);
  return d === 'invalid' ? null : d;
}

/** A number cell («2,5» and «45 %» too); null when it is not a number. */
export function numberOf(c: Cell): number | null {
  if (typeof c === 'number') return Number.isFinite(c) ? c : null;
  const t = text(c).replace(/\s/g, '').replace('%', '').replace(',', '.');
  if (!t || !/^[+-]?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

const SOURCE_WORDS: [string, IndicatorValueSource][] = [
  ...(Object.entries(INDICATOR_VALUE_SOURCE_LABELS) as [IndicatorValueSource, string][])
    .filter(([k]) => k !== IndicatorValueSource.CALCULATION)
    .map(([k, v]) => [norm(v), k] as [string, IndicatorValueSource]),
  ['впр', IndicatorValueSource.VPR],
  ['гиа', IndicatorValueSource.GIA],
  ['огэ', IndicatorValueSource.GIA],
  ['егэ', IndicatorValueSource.GIA],
  ['рсоко', IndicatorValueSource.RSOKO],
  ['олимпиада', IndicatorValueSource.OLYMPIAD],
  ['олимпиады', IndicatorValueSource.OLYMPIAD],
  ['конкурс', IndicatorValueSource.CONTEST],
  ['конкурсы', IndicatorValueSource.CONTEST],
  ['мониторинг', IndicatorValueSource.MONITORING],
  ['другое', IndicatorValueSource.OTHER],
  ['другой источник', IndicatorValueSource.OTHER],
];

export function sourceOf(c: Cell): IndicatorValueSource | null {
  const t = norm(text(c));
  return SOURCE_WORDS.find(([w]) => w === t)?.[1] ?? null;
}

/** Finds a school by ИНН, full or short name (case and «ё» aside); `ambiguous` when the name fits several. */
export function schoolOf(key: string, orgs: readonly ImportOrganization[]): ImportOrganization | 'none' | 'ambiguous' {
  const k = norm(key);
  const byInn = orgs.filter((o) => o.inn && o.inn === key.trim());
  if (byInn.length === 1) return byInn[0];
  const byName = orgs.filter((o) => norm(o.name) === k || (o.shortName && norm(o.shortName) === k));
  if (byName.length === 1) return byName[0];
  return byName.length > 1 ? 'ambiguous' : 'none';
}

/** The school keys the sheet names (to look them up in one statement). */
export function schoolKeys(sheet: Sheet, index: Map<Key, number>): string[] {
  const at = index.get('school');
  if (at === undefined) return [];
  return [...new Set(sheet.rows.map((r) => text(r.cells[at] ?? null)).filter((t) => t.length > 0))];
}

/**
 * Checks every row and lists every error of every row, in Russian, with its line. Two rows for the same period and
 * school are an error (the file would contradict itself).
 */
export function planImport(sheet: Sheet, index: Map<Key, number>, unit: IndicatorUnit, measuresChange: boolean, orgs: readonly ImportOrganization[]): ImportPlan {
  const rows: PlannedValue[] = [];
  const errors: ImportRowError[] = [];
  const seen = new Map<string, number>();
  const cell = (cells: Cell[], key: Key): Cell => {
    const at = index.get(key);
    return at === undefined ? null : (cells[at] ?? null);
  };
  for (const r of sheet.rows) {
    const problems: string[] = [];
    const start = dateOf(cell(r.cells, 'periodStart'));
    const end = dateOf(cell(r.cells, 'periodEnd'));
    if (!start) problems.push(`«${IMPORT_COLUMNS.periodStart}»: укажите дату в виде дд.мм.гггг`);
    if (!end) problems.push(`«${IMPORT_COLUMNS.periodEnd}»: укажите дату в виде дд.мм.гггг`);
    if (start && end && end < start) problems.push('Конец периода раньше его начала');
    const rawValue = cell(r.cells, 'value');
    const value = numberOf(rawValue);
    if (isBlank(rawValue)) problems.push(`«${IMPORT_COLUMNS.value}»: укажите число`);
    else if (value === null) problems.push(`«${IMPORT_COLUMNS.value}»: «${text(rawValue)}» — не число`);
    else {
      const range = valueRangeError(unit, measuresChange, value);
      if (range) problems.push(`«${IMPORT_COLUMNS.value}»: ${range.charAt(0).toLowerCase()}${range.slice(1)}`);
    }
    const rawSource = cell(r.cells, 'source');
    const source = sourceOf(rawSource);
    if (!source) problems.push(`«${IMPORT_COLUMNS.source}»: «${text(rawSource)}» — укажите ВПР, ГИА, РСОКО, олимпиада, конкурс, мониторинг или другое`);
    const schoolKey = text(cell(r.cells, 'school'));
    let school: ImportOrganization | null = null;
    if (schoolKey) {
      const found = schoolOf(schoolKey, orgs);
      if (found === 'none') problems.push(`«${IMPORT_COLUMNS.school}»: школа «${schoolKey}» не найдена среди организаций вашей зоны ответственности`);
      else if (found === 'ambiguous') problems.push(`«${IMPORT_COLUMNS.school}»: под названием «${schoolKey}» несколько организаций — укажите ИНН`);
      else school = found;
    }
    const sourceText = text(cell(r.cells, 'sourceText'));
    if (sourceText.length > 1000) problems.push(`«${IMPORT_COLUMNS.sourceText}»: не длиннее 1000 символов`);
    if (start && end) {
      const key = `${start}|${end}|${school?.id ?? ''}`;
      const first = seen.get(key);
      if (first !== undefined) problems.push(`Значение за этот период${school ? ' для этой школы' : ''} уже есть в строке ${first}`);
      else seen.set(key, r.line);
    }
    if (problems.length) {
      problems.forEach((message) => errors.push({ line: r.line, message }));
      continue;
    }
    rows.push({ line: r.line, periodStart: start!, periodEnd: end!, organizationId: school?.id ?? null, organizationName: school ? (school.shortName ?? school.name) : null, value: value!, source: source!, sourceText });
  }
  if (!sheet.rows.length) errors.push({ line: sheet.headerLine, message: 'В файле нет строк со значениями' });
  return { rows, errors };
}
