import { CompetenceLevel, SELF_DIAGNOSIS_AGGREGATION_SHARE } from '@metodset/shared';

/** Counts of one competence among an organisation's assessed people. */
export interface LevelCounts {
  assessed: number;
  deficits: number;
  proficits: number;
}

/**
 * The school's level in a competence from its people's levels: a deficit when at least 40 % of the assessed have a
 * deficit, else a proficit when at least 40 % have a proficit, else the norm (deficits are checked first: a school
 * that must close a gap is told so even if others shine).
 */
export function aggregateLevel(c: LevelCounts, share = SELF_DIAGNOSIS_AGGREGATION_SHARE): CompetenceLevel {
  if (c.assessed <= 0) return CompetenceLevel.NORM;
  if (c.deficits * 100 >= share * c.assessed) return CompetenceLevel.DEFICIT;
  if (c.proficits * 100 >= share * c.assessed) return CompetenceLevel.PROFICIT;
  return CompetenceLevel.NORM;
}

/** The note kept with an aggregated entry: how many of the assessed had a deficit and a proficit. */
export function aggregateNote(c: LevelCounts): string {
  return `Оценено педагогов: ${c.assessed}; с дефицитом: ${c.deficits}; с профицитом: ${c.proficits}`;
}

/** Share in % (0–100, one decimal), 0 when nobody was assessed. */
export function share(part: number, whole: number): number {
  return whole > 0 ? Math.round((part * 1000) / whole) / 10 : 0;
}

/** Mean rounded to one decimal, or null. */
export function round1(v: number | string | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  return Math.round(Number(v) * 10) / 10;
}

export interface ComparisonSide {
  code: string;
  name: string;
  areaName: string;
  assessed: number;
  mean: number;
  deficits: number;
  level: CompetenceLevel | null;
}

export interface ComparisonRow {
  code: string;
  name: string;
  areaName: string;
  before: ComparisonSide | null;
  after: ComparisonSide | null;
}

/** Pairs the two campaigns' competences by code (frameworks are versioned: ids differ, codes stay), in code order. */
export function pairByCode(before: readonly ComparisonSide[], after: readonly ComparisonSide[]): ComparisonRow[] {
  const rows = new Map<string, ComparisonRow>();
  for (const b of before) rows.set(b.code, { code: b.code, name: b.name, areaName: b.areaName, before: b, after: null });
  for (const a of after) {
    const row = rows.get(a.code);
    // The later version names the competence.
    if (row) rows.set(a.code, { ...row, name: a.name, areaName: a.areaName, after: a });
    else rows.set(a.code, { code: a.code, name: a.name, areaName: a.areaName, before: null, after: a });
  }
  return [...rows.values()].sort((x, y) => x.code.localeCompare(y.code, 'ru', { numeric: true }));
}
