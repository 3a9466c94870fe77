import { CompetenceLevel } from '@metodset/shared';
import { ColumnDef } from '../registry-import/columns';
import { innOf, textOf } from '../registry-import/parse/cells';
import { Sheet } from '../registry-import/parse/sheet';
import { RowError } from '../registry-import/rows';
import { levelOf } from './scoring';

export type ResultColumn = 'person' | 'organization' | 'competence' | 'score';

export const RESULT_COLUMNS: readonly ColumnDef<ResultColumn>[] = [
  { key: 'person', header: 'Внешний код или ФИО педагога', aliases: ['Педагог', 'ФИО', 'ФИО педагога', 'Внешний код'], required: true, description: 'Код педагога из реестра или фамилия, имя, отчество' },
  { key: 'organization', header: 'Организация', aliases: ['Организация (ИНН или название)', 'ИНН', 'ИНН организации'], required: true, description: 'ИНН или название организации' },
  { key: 'competence', header: 'Код компетенции', aliases: ['Компетенция'], required: true, description: 'Код компетенции методики, например SH2.1' },
  { key: 'score', header: 'Балл (0–100)', aliases: ['Балл', 'Балл (0-100)', 'Результат, %'], required: true, description: 'Результат в процентах, от 0 до 100' },
];

export interface ResultLine {
  line: number;
  person: string;
  organization: { inn: string | null; name: string };
  competenceCode: string;
  score: number;
}

export interface ImportOrganization {
  id: string;
  inn: string | null;
  name: string;
  shortName: string | null;
}
export interface ImportPerson {
  id: string;
  externalId: string | null;
  fullName: string;
  organizationIds: string[];
}
export interface ImportRule {
  competenceId: string;
  competenceCode: string;
  deficitBelow: number;
  proficitFrom: number;
}

export interface PlannedResult {
  line: number;
  personId: string;
  organizationId: string;
  competenceId: string;
  score: number;
  level: CompetenceLevel;
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase().replace(/ё/g, 'е');
const header = (k: ResultColumn) => RESULT_COLUMNS.find((c) => c.key === k)!.header;

/** Reads the rows of a results file: each row's cells or its errors (in Russian, under the column header). */
export function readResultLines(sheet: Sheet, index: Map<ResultColumn, number>): { lines: ResultLine[]; errors: RowError[] } {
  const lines: ResultLine[] = [];
  const errors: RowError[] = [];
  for (const row of sheet.rows) {
    const cell = (k: ResultColumn) => row.cells[index.get(k)!] ?? null;
    const bad = (k: ResultColumn, message: string) => errors.push({ line: row.line, column: header(k), message });
    const person = textOf(cell('person'));
    const org = textOf(cell('organization'));
    const code = textOf(cell('competence'));
    const rawScore = cell('score');
    const before = errors.length;
    if (!person) bad('person', 'Укажите внешний код или ФИО педагога');
    if (!org) bad('organization', 'Укажите ИНН или название организации');
    if (!code) bad('competence', 'Укажите код компетенции');
    const score = typeof rawScore === 'number' ? rawScore : rawScore === null ? NaN : Number(String(rawScore).trim().replace(',', '.').replace(/%$/, ''));
    if (rawScore === null || (typeof rawScore === 'string' && !rawScore.trim())) bad('score', 'Укажите балл');
    else if (!Number.isFinite(score)) bad('score', 'Балл — число от 0 до 100');
    else if (score < 0 || score > 100) bad('score', 'Балл — от 0 до 100');
    if (errors.length > before) continue;
    const inn = /^\d{10}$|^\d{12}$/.test(org!.replace(/\s/g, '')) ? innOf(cell('organization')) : null;
    lines.push({ line: row.line, person: person!, organization: { inn, name: org! }, competenceCode: code!.toUpperCase(), score: Math.round(score * 100) / 100 });
  }
  return { lines, errors };
}

/**
 * Matches lines to the campaign's organisations, people and competences. An organisation by ИНН or by name (full or
 * short); a person by external id, else by full name among the people of that organisation; a competence by code
 * among the instrument's scoring rules. The same person and competence twice in a file is an error.
 */
export function planResults(lines: readonly ResultLine[], orgs: readonly ImportOrganization[], people: readonly ImportPerson[], rules: readonly ImportRule[]): { planned: PlannedResult[]; errors: RowError[] } {
  const planned: PlannedResult[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  const rulesByCode = new Map(rules.map((r) => [r.competenceCode.toUpperCase(), r]));
  for (const l of lines) {
    const bad = (k: ResultColumn | null, message: string) => errors.push({ line: l.line, column: k ? header(k) : null, message });
    const org = l.organization.inn
      ? orgs.find((o) => o.inn === l.organization.inn)
      : orgs.filter((o) => norm(o.name) === norm(l.organization.name) || (o.shortName && norm(o.shortName) === norm(l.organization.name)));
    const found = Array.isArray(org) ? (org.length === 1 ? org[0] : org.length > 1 ? 'many' : undefined) : org;
    if (found === 'many') {
      bad('organization', 'Несколько организаций с таким названием: укажите ИНН');
      continue;
    }
    if (!found) {
      bad('organization', 'Организация не найдена среди организаций диагностики');
      continue;
    }
    const byCode = people.filter((p) => p.externalId && p.externalId === l.person);
    const candidates = (byCode.length ? byCode : people.filter((p) => norm(p.fullName) === norm(l.person))).filter((p) => p.organizationIds.includes(found.id));
    if (!candidates.length) {
      bad('person', 'Педагог не найден в этой организации');
      continue;
    }
    if (candidates.length > 1) {
      bad('person', 'В организации несколько педагогов с таким ФИО: укажите внешний код');
      continue;
    }
    const rule = rulesByCode.get(l.competenceCode);
    if (!rule) {
      bad('competence', `Компетенции ${l.competenceCode} нет в методике диагностики`);
      continue;
    }
    const key = `${candidates[0].id}|${rule.competenceId}`;
    if (seen.has(key)) {
      bad(null, `Результат педагога по компетенции ${l.competenceCode} уже есть в строке ${seen.get(key)}`);
      continue;
    }
    seen.set(key, l.line);
    planned.push({ line: l.line, personId: candidates[0].id, organizationId: found.id, competenceId: rule.competenceId, score: l.score, level: levelOf(l.score, rule) });
  }
  return { planned, errors };
}
