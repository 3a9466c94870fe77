import {
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_STATUS_LABELS,
  ORGANIZATION_STATUS_SHORT,
  OrganizationKind,
  OrganizationStatusKind,
  POSITION_KIND_LABELS,
  PositionKind,
  QUALIFICATION_CATEGORY_LABELS,
  QualificationCategory,
} from '@metodset/shared';
import { innError, normalizeInn, normalizeWebsite } from '@metodset/shared';
import { ColumnDef, normalizeHeader, ORGANIZATION_COLUMNS, OrganizationColumn, PERSON_COLUMNS, PersonColumn, STATUS_HINT } from './columns';
import { dateOf, enumOf, innOf, intOf, listOf, normText, textOf } from './parse/cells';
import { Cell, Sheet } from './parse/sheet';
import { DERIVED_SITE_STATUS_KINDS } from '../staging/staging-status.sql';

/** A problem with one row: its line, the column header (null for the whole row) and why. */
export interface RowError {
  line: number;
  column: string | null;
  message: string;
}

export interface OrganizationRow {
  line: number;
  externalId: string | null;
  inn: string | null;
  name: string;
  shortName: string | null;
  /** null when the cell is blank or unknown (the row then has an error). */
  kind: OrganizationKind | null;
  municipality: string;
  address: string | null;
  email: string | null;
  website: string | null;
  /** null when the file has no «Статусы» column: the organisation's statuses are left as they are. */
  statuses: OrganizationStatusValue[] | null;
}

export interface OrganizationStatusValue {
  kind: OrganizationStatusKind;
  year: number;
}

export interface PersonRow {
  line: number;
  externalId: string | null;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  email: string | null;
  phone: string | null;
  subjects: string[];
  experienceYears: number | null;
  qualificationCategory: QualificationCategory;
  organization: string;
  positionKind: PositionKind;
  positionTitle: string | null;
}

const KIND_SYNONYMS: Record<string, OrganizationKind> = {
  сош: OrganizationKind.SCHOOL,
  оош: OrganizationKind.SCHOOL,
  нош: OrganizationKind.SCHOOL,
  школа: OrganizationKind.SCHOOL,
  гимназия: OrganizationKind.GYMNASIUM,
  лицей: OrganizationKind.LYCEUM,
  цо: OrganizationKind.EDUCATION_CENTER,
  интернат: OrganizationKind.BOARDING_SCHOOL,
  доу: OrganizationKind.KINDERGARTEN,
  мдоу: OrganizationKind.KINDERGARTEN,
  мбдоу: OrganizationKind.KINDERGARTEN,
  'детский сад': OrganizationKind.KINDERGARTEN,
  удо: OrganizationKind.ADDITIONAL_EDUCATION,
  дод: OrganizationKind.ADDITIONAL_EDUCATION,
  имц: OrganizationKind.METHODOLOGICAL_SERVICE,
  имс: OrganizationKind.METHODOLOGICAL_SERVICE,
  тмс: OrganizationKind.METHODOLOGICAL_SERVICE,
  руо: OrganizationKind.EDUCATION_AUTHORITY,
  иро: OrganizationKind.INSTITUTE,
  вуз: OrganizationKind.UNIVERSITY,
};

const CATEGORY_SYNONYMS: Record<string, QualificationCategory> = {
  нет: QualificationCategory.NONE,
  'первая категория': QualificationCategory.FIRST,
  'высшая категория': QualificationCategory.HIGHEST,
  'педагог-методист': QualificationCategory.METHODIST,
  'педагог-наставник': QualificationCategory.MENTOR,
};

const POSITION_SYNONYMS: Record<string, PositionKind> = {
  директор: PositionKind.DIRECTOR,
  заведующий: PositionKind.DIRECTOR,
  заместитель: PositionKind.DEPUTY_DIRECTOR,
  'заместитель директора': PositionKind.DEPUTY_DIRECTOR,
  'руководитель шмо': PositionKind.HEAD_OF_SCHOOL_ASSOCIATION,
  'руководитель рмо': PositionKind.HEAD_OF_DISTRICT_ASSOCIATION,
  другое: PositionKind.OTHER,
};

/** Short names (НОР, МИП…) and the words people use for the statuses, besides codes and full labels. */
const STATUS_SYNONYMS: Record<string, OrganizationStatusKind> = Object.fromEntries([
  ...Object.values(OrganizationStatusKind).map((k) => [normText(ORGANIZATION_STATUS_SHORT[k]), k] as const),
  ...(
    [
      ['шмр базовый', OrganizationStatusKind.MINPROS_SCHOOL_BASIC],
      ['шмр средний', OrganizationStatusKind.MINPROS_SCHOOL_MEDIUM],
      ['шмр высокий', OrganizationStatusKind.MINPROS_SCHOOL_HIGH],
      ['500', OrganizationStatusKind.PROJECT_500],
      ['проект 500+', OrganizationStatusKind.PROJECT_500],
      ['рип', OrganizationStatusKind.REGIONAL_INNOVATION_SITE],
      ['стажировочная площадка', OrganizationStatusKind.STAGING_SITE],
      ['опорная площадка', OrganizationStatusKind.SUPPORT_SITE],
      ['ресурсный центр', OrganizationStatusKind.RESOURCE_CENTER],
      ['центр точка роста', OrganizationStatusKind.GROWTH_POINT],
    ] as const
  ).map(([k, v]) => [normText(k), v] as const),
]);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+\d][\d\s()-]{5,30}$/;

/** Which column index each known column sits at, or the list of missing required headers. */
export function mapHeaders<K extends string>(headers: string[], columns: readonly ColumnDef<K>[]): { index: Map<K, number>; missing: string[] } {
  const byHeader = new Map(headers.map((h, i) => [normalizeHeader(h), i] as const).reverse());
  const index = new Map<K, number>();
  for (const c of columns) {
    const i = [c.header, ...(c.aliases ?? [])].map((h) => byHeader.get(normalizeHeader(h))).find((x) => x !== undefined);
    if (i !== undefined) index.set(c.key, i);
  }
  return { index, missing: columns.filter((c) => c.required && !index.has(c.key)).map((c) => c.header) };
}

/** Reads cells of one row by column key, collecting errors under the column's header. */
class RowReader<K extends string> {
  readonly errors: RowError[] = [];
  constructor(
    private readonly cells: Cell[],
    readonly line: number,
    private readonly index: Map<K, number>,
    private readonly headers: Record<K, string>,
  ) {}
  cell(k: K): Cell {
    const i = this.index.get(k);
    return i === undefined ? null : (this.cells[i] ?? null);
  }
  fail(k: K, message: string): void {
    this.errors.push({ line: this.line, column: this.headers[k], message });
  }
  text(k: K, max: number, label: string): string | null {
    const t = textOf(this.cell(k));
    if (t && t.length > max) {
      this.fail(k, `${label} — не длиннее ${max} символов`);
      return null;
    }
    return t;
  }
  required(k: K, max: number, label: string, missing: string): string {
    const t = this.text(k, max, label);
    if (!t && !this.errors.some((e) => e.column === this.headers[k])) this.fail(k, missing);
    return t ?? '';
  }
}

const headersOf = <K extends string>(cols: readonly ColumnDef<K>[]) => Object.fromEntries(cols.map((c) => [c.key, c.header])) as Record<K, string>;

/** Every row read as far as its cells allow (a row with errors is here too, its bad values left out) and every error. */
export interface Parsed<R> {
  rows: R[];
  errors: RowError[];
  total: number;
}

/** Gives the event loop a turn (other requests, /health) in the middle of long synchronous work. */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Rows read in one go before the event loop gets a turn: a 20 000-row file is some 170 ms of checks. */
export const ROWS_PER_TURN = 1_000;

/** Reads a sheet slice by slice with `read`, giving the event loop a turn between slices. */
export async function readInTurns<R>(sheet: Sheet, read: (slice: Sheet) => Parsed<R>): Promise<Parsed<R>> {
  const out: Parsed<R> = { rows: [], errors: [], total: 0 };
  for (let i = 0; i < sheet.rows.length; i += ROWS_PER_TURN) {
    if (i) await yieldToLoop();
    const part = read({ ...sheet, rows: sheet.rows.slice(i, i + ROWS_PER_TURN) });
    out.rows.push(...part.rows);
    out.errors.push(...part.errors);
    out.total += part.total;
  }
  return out;
}

export function readOrganizations(sheet: Sheet, index: Map<OrganizationColumn, number>): Parsed<OrganizationRow> {
  const headers = headersOf(ORGANIZATION_COLUMNS);
  const rows: OrganizationRow[] = [];
  const errors: RowError[] = [];
  for (const r of sheet.rows) {
    const x = new RowReader(r.cells, r.line, index, headers);
    const externalId = x.text('externalId', 100, 'Код');
    let inn = innOf(x.cell('inn'));
    if (inn) {
      const problem = innError(inn);
      if (problem) {
        x.fail('inn', problem);
        inn = null;
      }
    } else if (!externalId) x.errors.push({ line: r.line, column: headers.inn, message: 'Укажите код или ИНН: по ним организация находится при повторной загрузке' });
    const name = x.required('name', 500, 'Наименование', 'Введите полное наименование');
    const kindText = textOf(x.cell('kind'));
    const kind = kindText ? (enumOf(kindText, ORGANIZATION_KIND_LABELS, KIND_SYNONYMS) ?? null) : null;
    if (!kindText) x.fail('kind', 'Укажите вид организации');
    else if (!kind) x.fail('kind', `Неизвестный вид организации «${kindText}»: укажите, например, СОШ, Гимназия, Лицей, ДОУ`);
    const municipality = x.required('municipality', 200, 'Муниципалитет', 'Укажите муниципалитет');
    const email = x.text('email', 200, 'Адрес почты')?.toLowerCase() ?? null;
    if (email && !EMAIL.test(email)) x.fail('email', 'Неверный адрес электронной почты: нужен адрес вида school@mail.ru');
    const websiteText = x.text('website', 200, 'Адрес сайта');
    const website = websiteText ? normalizeWebsite(websiteText) : null;
    if (website && !website.ok) x.fail('website', `«${websiteText}» — не адрес сайта: укажите, например, school.ru или https://school.ru`);
    else if (website && website.value.length > 200) x.fail('website', 'Адрес сайта — не длиннее 200 символов');
    const statuses = statusesOf(textOf(x.cell('statuses')), (message) => x.fail('statuses', message));
    rows.push({
      line: r.line,
      externalId,
      inn,
      name,
      shortName: x.text('shortName', 200, 'Краткое наименование'),
      kind,
      municipality,
      address: x.text('address', 500, 'Адрес'),
      email,
      website: website?.value ?? null,
      statuses: index.has('statuses') ? statuses : null,
    });
    errors.push(...x.errors);
  }
  return { rows, errors, total: sheet.rows.length };
}

const THIS_YEAR = new Date().getFullYear();
const LAST_STATUS_YEAR = THIS_YEAR + 5;
const YEAR_AFTER = /^(.*?)[\s,:(—–-]*((?:19|20)\d{2})\s*\)?\s*(?:г\.?|год)?\s*$/i;
const YEAR_BEFORE = /^((?:19|20)\d{2})\s*(?:г\.?|год)?[\s,:—–-]+(.+)$/i;

/** The statuses of a cell: «НОР 2024; МИП 2023» (a comma inside brackets belongs to the name). */
export function statusesOf(text: string | null, fail: (message: string) => void): OrganizationStatusValue[] {
  if (!text) return [];
  const out = new Map<string, OrganizationStatusValue>();
  for (const item of text.split(/[;\n]|,(?![^()]*\))/).map((s) => s.trim()).filter(Boolean)) {
    const after = YEAR_AFTER.exec(item);
    const before = after ? null : YEAR_BEFORE.exec(item);
    const name = (after?.[1] ?? before?.[2] ?? item).trim();
    const year = Number(after?.[2] ?? before?.[1] ?? NaN);
    const kind = enumOf(name, ORGANIZATION_STATUS_LABELS, STATUS_SYNONYMS);
    if (!kind) {
      fail(`Неизвестный статус «${name}»: допустимы ${STATUS_HINT}`);
      continue;
    }
    if ((DERIVED_SITE_STATUS_KINDS as readonly string[]).includes(kind)) {
      fail(`«${name}» не загружается статусом: площадка заводится в разделе «Стажировочные площадки», и статус следует из неё`);
      continue;
    }
    if (Number.isNaN(year)) {
      fail(`Укажите год статуса «${name}», например «${ORGANIZATION_STATUS_SHORT[kind]} ${THIS_YEAR}»`);
      continue;
    }
    if (year < 2000 || year > LAST_STATUS_YEAR) {
      fail(`Год статуса «${name}» — от 2000 до ${LAST_STATUS_YEAR}`);
      continue;
    }
    out.set(`${kind}|${year}`, { kind, year });
  }
  return [...out.values()];
}

export function readPeople(sheet: Sheet, index: Map<PersonColumn, number>): Parsed<PersonRow> {
  const headers = headersOf(PERSON_COLUMNS);
  const rows: PersonRow[] = [];
  const errors: RowError[] = [];
  for (const r of sheet.rows) {
    const x = new RowReader(r.cells, r.line, index, headers);
    const externalId = x.text('externalId', 100, 'Код');
    const lastName = x.required('lastName', 100, 'Фамилия', 'Введите фамилию');
    const firstName = x.required('firstName', 100, 'Имя', 'Введите имя');
    const middleName = x.text('middleName', 100, 'Отчество');
    let birthDate = dateOf(x.cell('birthDate'));
    if (birthDate === 'invalid') {
      x.fail('birthDate', 'Дата рождения — в виде ДД.ММ.ГГГГ');
      birthDate = null;
    } else if (birthDate && (birthDate < '1920-01-01' || birthDate > '2014-12-31')) {
      x.fail('birthDate', 'Дата рождения — между 1920 и 2014 годом');
    } else if (!birthDate && !externalId) {
      x.fail('birthDate', 'Укажите дату рождения или код: по ФИО и дате рождения педагог находится при повторной загрузке');
    }
    const email = x.text('email', 200, 'Адрес почты')?.toLowerCase() ?? null;
    if (email && !EMAIL.test(email)) x.fail('email', 'Неверный адрес электронной почты');
    const phone = x.text('phone', 50, 'Телефон');
    if (phone && !PHONE.test(phone)) x.fail('phone', 'Телефон — цифры, пробелы, скобки, «+» и «-»');
    const subjects = listOf(x.cell('subjects'));
    if (subjects.length > 30) x.fail('subjects', 'Не больше 30 предметов');
    if (subjects.some((s) => s.length > 100)) x.fail('subjects', 'Название предмета — не длиннее 100 символов');
    const experience = intOf(x.cell('experienceYears'));
    if (experience === 'invalid') x.fail('experienceYears', 'Стаж — целое число лет');
    else if (experience !== null && (experience < 0 || experience > 70)) x.fail('experienceYears', 'Стаж — от 0 до 70 лет');
    const categoryText = textOf(x.cell('category'));
    const category = categoryText ? enumOf(categoryText, QUALIFICATION_CATEGORY_LABELS, CATEGORY_SYNONYMS) : QualificationCategory.NONE;
    if (!category) x.fail('category', `Неизвестная категория «${categoryText}»: без категории, первая, высшая, педагог-методист, педагог-наставник`);
    const organization = x.required('organization', 100, 'Организация', 'Укажите ИНН или код организации');
    const positionText = textOf(x.cell('positionKind'));
    const positionKind = positionText ? enumOf(positionText, POSITION_KIND_LABELS, POSITION_SYNONYMS) : PositionKind.TEACHER;
    if (!positionKind) x.fail('positionKind', `Неизвестная должность «${positionText}»: учитель, воспитатель, методист, директор…`);
    rows.push({
      line: r.line,
      externalId,
      lastName,
      firstName,
      middleName,
      birthDate,
      email,
      phone,
      subjects,
      experienceYears: typeof experience === 'number' ? experience : null,
      qualificationCategory: category ?? QualificationCategory.NONE,
      // An ИНН pasted with spaces or dashes is found by its digits; a code is kept as typed.
      organization: /^[\d\s\u00a0\u2007\u202f\-\u2010-\u2015\u2212]+$/.test(organization) ? normalizeInn(organization) : organization,
      positionKind: positionKind ?? PositionKind.TEACHER,
      positionTitle: x.text('positionTitle', 300, 'Должность по штатному расписанию'),
    });
    errors.push(...x.errors);
  }
  return { rows, errors, total: sheet.rows.length };
}

/** The natural key of a person row: the code, else name + birth date (case-insensitive). */
export const personKey = (p: { externalId: string | null; lastName: string; firstName: string; middleName: string | null; birthDate: string | null }): string =>
  p.externalId ? `code:${p.externalId}` : `name:${[p.lastName, p.firstName, p.middleName ?? '', p.birthDate ?? ''].map((s) => s.toLowerCase().replace(/ё/g, 'е')).join('|')}`;

/** Errors for the second and later rows sharing a key inside one file. */
export function duplicates<R extends { line: number }>(rows: R[], keyOf: (r: R) => string | null, column: string, what: string): RowError[] {
  const first = new Map<string, number>();
  const errors: RowError[] = [];
  for (const r of rows) {
    const k = keyOf(r);
    if (k === null) continue;
    const seen = first.get(k);
    if (seen !== undefined) errors.push({ line: r.line, column, message: `${what} уже встречается в строке ${seen}` });
    else first.set(k, r.line);
  }
  return errors;
}
