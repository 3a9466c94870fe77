import { innError, normalizeInn, normalizeSnils, OrganizationKind, PositionKind, QualificationCategory, snilsError, SyncRefusal } from '@metodset/shared';

/**
 * Pure part of the bulk sync: checks and normalises every row of a batch (every problem of a row at once), finds
 * rows that repeat a key of the same batch, and compares a row with what Metodset holds. No SQL here.
 */

export interface RowProblem {
  field: string;
  message: string;
}

export interface Refusal {
  code: SyncRefusal;
  reason: string;
}

export interface OrganizationSyncRow {
  externalId: string;
  name: string;
  shortName?: string | null;
  kind: string;
  inn?: string | null;
  /** The municipality by its id, or by its OKTMO code (8 or 11 digits). */
  municipalityId?: string | null;
  municipalityOktmo?: string | null;
  address?: string | null;
  email?: string | null;
  website?: string | null;
  archived?: boolean | null;
}

export interface OrganizationValues {
  externalId: string;
  name: string;
  shortName: string | null;
  kind: OrganizationKind;
  inn: string | null;
  /** Given by id, or resolved from `municipalityOktmo` by the service (empty until then). */
  municipalityId: string;
  municipalityOktmo: string | null;
  address: string | null;
  email: string | null;
  website: string | null;
  archived: boolean;
}

export interface PositionSyncRow {
  /** The organisation by the client's own id (synced before), or by ИНН. */
  organizationExternalId?: string | null;
  organizationInn?: string | null;
  kind: string;
  title?: string | null;
}

export interface PersonSyncRow {
  externalId: string;
  lastName: string;
  firstName: string;
  middleName?: string | null;
  birthDate?: string | null;
  snils?: string | null;
  email?: string | null;
  phone?: string | null;
  subjects?: string[] | null;
  experienceYears?: number | null;
  qualificationCategory?: string | null;
  positions?: PositionSyncRow[] | null;
  archived?: boolean | null;
}

export interface PositionValues {
  organizationExternalId: string | null;
  organizationInn: string | null;
  kind: PositionKind;
  title: string | null;
}

export interface PersonValues {
  externalId: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  snils: string | null;
  email: string | null;
  phone: string | null;
  subjects: string[];
  experienceYears: number | null;
  qualificationCategory: QualificationCategory;
  positions: PositionValues[];
  archived: boolean;
}

export type Checked<V> = { ok: true; values: V } | { ok: false; problems: RowProblem[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Trimmed text, or null when empty; internal runs of spaces become one. */
export function clean(text: string | null | undefined): string | null {
  if (text == null) return null;
  const t = String(text).replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

class Problems {
  readonly list: RowProblem[] = [];
  add(field: string, message: string): void {
    this.list.push({ field, message });
  }
  text(field: string, value: string | null | undefined, max: number, required: string | null): string | null {
    const v = clean(value);
    if (!v && required) this.add(field, required);
    if (v && v.length > max) this.add(field, `Не длиннее ${max} символов`);
    if (v && [...v].some((c) => c.charCodeAt(0) < 32)) this.add(field, 'Недопустимые символы');
    return v;
  }
}

function externalIdOf(p: Problems, value: string | null | undefined): string {
  return p.text('externalId', value, 100, 'Укажите код записи в вашей системе (externalId)') ?? '';
}

function emailOf(p: Problems, value: string | null | undefined): string | null {
  const v = clean(value)?.toLowerCase() ?? null;
  if (v && (!EMAIL.test(v) || v.length > 200)) p.add('email', 'Адрес почты — вида name@school.ru');
  return v;
}

export function checkOrganization(row: OrganizationSyncRow): Checked<OrganizationValues> {
  const p = new Problems();
  const externalId = externalIdOf(p, row.externalId);
  const name = p.text('name', row.name, 500, 'Укажите название организации');
  const shortName = p.text('shortName', row.shortName, 200, null);
  const kind = row.kind as OrganizationKind;
  if (!Object.values(OrganizationKind).includes(kind)) p.add('kind', `Неизвестный вид организации «${String(row.kind)}»`);
  let inn = clean(row.inn);
  if (inn) {
    inn = normalizeInn(inn);
    const problem = innError(inn);
    if (problem) p.add('inn', problem);
  }
  const municipalityId = clean(row.municipalityId);
  const municipalityOktmo = clean(row.municipalityOktmo)?.replace(/[\s-]/g, '') ?? null;
  if (municipalityId && !UUID.test(municipalityId)) p.add('municipalityId', 'Идентификатор муниципалитета — UUID');
  if (municipalityOktmo && !/^(\d{8}|\d{11})$/.test(municipalityOktmo)) p.add('municipalityOktmo', 'ОКТМО — 8 или 11 цифр');
  if (!municipalityId && !municipalityOktmo) p.add('municipalityId', 'Укажите муниципалитет: его идентификатор или ОКТМО');
  const address = p.text('address', row.address, 500, null);
  const email = emailOf(p, row.email);
  const website = p.text('website', row.website, 200, null);
  if (p.list.length) return { ok: false, problems: p.list };
  return {
    ok: true,
    values: {
      externalId,
      name: name as string,
      shortName,
      kind,
      inn,
      municipalityId: municipalityId?.toLowerCase() ?? '',
      municipalityOktmo,
      address,
      email,
      website,
      archived: !!row.archived,
    },
  };
}

export function checkPerson(row: PersonSyncRow): Checked<PersonValues> {
  const p = new Problems();
  const externalId = externalIdOf(p, row.externalId);
  const lastName = p.text('lastName', row.lastName, 100, 'Укажите фамилию');
  const firstName = p.text('firstName', row.firstName, 100, 'Укажите имя');
  const middleName = p.text('middleName', row.middleName, 100, null);
  const birthDate = clean(row.birthDate);
  if (birthDate && (!DATE.test(birthDate) || Number.isNaN(Date.parse(birthDate)) || birthDate < '1920-01-01' || birthDate > '2015-01-01')) {
    p.add('birthDate', 'Дата рождения — ГГГГ-ММ-ДД, между 1920 и 2015 годами');
  }
  let snils = clean(row.snils);
  if (snils) {
    snils = normalizeSnils(snils);
    const problem = snilsError(snils);
    if (problem) p.add('snils', problem);
  }
  const email = emailOf(p, row.email);
  const phone = p.text('phone', row.phone, 50, null);
  const subjects = [...new Set((row.subjects ?? []).map((s) => clean(s)).filter((s): s is string => !!s))].sort();
  if (subjects.some((s) => s.length > 100)) p.add('subjects', 'Предмет — не длиннее 100 символов');
  const experienceYears = row.experienceYears ?? null;
  if (experienceYears !== null && (!Number.isInteger(experienceYears) || experienceYears < 0 || experienceYears > 70)) p.add('experienceYears', 'Стаж — целое число лет от 0 до 70');
  const qualificationCategory = (row.qualificationCategory ?? QualificationCategory.NONE) as QualificationCategory;
  if (!Object.values(QualificationCategory).includes(qualificationCategory)) p.add('qualificationCategory', `Неизвестная категория «${String(row.qualificationCategory)}»`);
  const positions: PositionValues[] = [];
  const seen = new Set<string>();
  if (!(row.positions ?? []).length) p.add('positions', 'Укажите хотя бы одну должность в организации');
  (row.positions ?? []).forEach((pos, i) => {
    const field = `positions[${i}]`;
    const organizationExternalId = clean(pos.organizationExternalId);
    let organizationInn = clean(pos.organizationInn);
    if (organizationInn) {
      organizationInn = normalizeInn(organizationInn);
      const problem = innError(organizationInn);
      if (problem) p.add(`${field}.organizationInn`, problem);
    }
    if (!organizationExternalId && !organizationInn) p.add(field, 'Укажите организацию: её код в вашей системе или ИНН');
    const kind = pos.kind as PositionKind;
    if (!Object.values(PositionKind).includes(kind)) p.add(`${field}.kind`, `Неизвестная должность «${String(pos.kind)}»`);
    const title = p.text(`${field}.title`, pos.title, 300, null);
    const key = `${organizationExternalId ?? ''}|${organizationInn ?? ''}|${kind}`;
    if (seen.has(key)) p.add(field, 'Эта должность в этой организации указана дважды');
    seen.add(key);
    positions.push({ organizationExternalId, organizationInn, kind, title });
  });
  if (p.list.length) return { ok: false, problems: p.list };
  return {
    ok: true,
    values: {
      externalId,
      lastName: lastName as string,
      firstName: firstName as string,
      middleName,
      birthDate,
      snils,
      email,
      phone,
      subjects,
      experienceYears,
      qualificationCategory,
      positions,
      archived: !!row.archived,
    },
  };
}

/** The reason a list of problems gives, in one line: «Фамилия: …; ИНН: …». */
export function reasonOf(problems: RowProblem[]): string {
  return problems.map((x) => `${x.field}: ${x.message}`).join('; ');
}

/**
 * Indexes of rows that repeat a key of an earlier row of the batch (the first one stays). A key of null is no key.
 */
export function repeatedRows<R>(rows: readonly R[], keyOf: (r: R) => string | null): Map<number, number> {
  const first = new Map<string, number>();
  const repeated = new Map<number, number>();
  rows.forEach((r, i) => {
    const k = keyOf(r);
    if (k === null) return;
    const at = first.get(k);
    if (at === undefined) first.set(k, i);
    else repeated.set(i, at);
  });
  return repeated;
}

/** Field-by-field equality (arrays element-wise; null and undefined are the same). */
export function sameFields<T extends object>(a: T, b: T, keys: readonly (keyof T)[]): boolean {
  return keys.every((k) => {
    const x = a[k];
    const y = b[k];
    if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => v === y[i]);
    return (x ?? null) === (y ?? null);
  });
}

export const ORGANIZATION_FIELDS = ['externalId', 'name', 'shortName', 'kind', 'inn', 'municipalityId', 'address', 'email', 'website', 'archived'] as const;
export const PERSON_FIELDS = ['lastName', 'firstName', 'middleName', 'birthDate', 'snils', 'email', 'phone', 'subjects', 'experienceYears', 'qualificationCategory', 'archived'] as const;

/** Case, «ё» and spacing aside. */
const nameKey = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/**
 * The rule that lets a row found by СНИЛС or e-mail (not by the caller's own id) be taken as the same person:
 * the same first name (case and «ё» aside) and, where both sides know it, the same date of birth. A surname may
 * differ (it changes with marriage; the row's surname is then written and reported). Anything else is two people,
 * and the row is refused: two people are never merged silently. Returns the reason of a refusal, or null.
 */
export function samePersonProblem(row: Pick<PersonValues, 'firstName' | 'birthDate'>, held: { firstName: string; birthDate: string | null }, by: string): string | null {
  if (nameKey(row.firstName) !== nameKey(held.firstName)) return `${by} указан у педагога с другим именем: это другой человек? Проверьте данные (записи не объединяются)`;
  if (row.birthDate && held.birthDate && row.birthDate !== held.birthDate) return `${by} указан у педагога с другой датой рождения: проверьте данные (записи не объединяются)`;
  return null;
}

export interface ResultSyncRow {
  /** The person by the client's own id (synced before), or by СНИЛС. */
  personExternalId?: string | null;
  personSnils?: string | null;
  competenceCode: string;
  score: number;
}

export interface ResultValues {
  personExternalId: string | null;
  personSnils: string | null;
  competenceCode: string;
  score: number;
  /** «<person's key>/<competence code>»: what the row's result names it by. */
  key: string;
}

export function checkResult(row: ResultSyncRow): Checked<ResultValues> {
  const p = new Problems();
  const personExternalId = p.text('personExternalId', row.personExternalId, 100, null);
  let personSnils = clean(row.personSnils);
  if (personSnils) {
    personSnils = normalizeSnils(personSnils);
    const problem = snilsError(personSnils);
    if (problem) p.add('personSnils', problem);
  }
  if (!personExternalId && !personSnils) p.add('personExternalId', 'Укажите педагога: его код в вашей системе или СНИЛС');
  const competenceCode = (p.text('competenceCode', row.competenceCode, 50, 'Укажите код компетенции') ?? '').toUpperCase();
  const score = row.score;
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100 || Math.round(score * 100) !== score * 100) {
    p.add('score', 'Балл — число от 0 до 100 (не больше двух знаков после запятой)');
  }
  if (p.list.length) return { ok: false, problems: p.list };
  return { ok: true, values: { personExternalId, personSnils, competenceCode, score, key: `${personExternalId ?? personSnils}/${competenceCode}` } };
}
