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

/** One heatmap cell's numbers (what `HeatmapCell` and `HeatmapGrid` carry). */
export interface HeatmapCellNumbers {
  rowId: string;
  competenceId: string;
  assessed: number;
  deficits: number;
  proficits: number;
  deficitShare: number;
  proficitShare: number;
  meanScore: number;
}

/** A heatmap's cells as flat lists, row by row: row r, column k at r × columns + k; null where there is no cell. */
export interface HeatmapGrid {
  columns: number;
  assessed: (number | null)[];
  deficits: (number | null)[];
  proficits: (number | null)[];
  deficitShare: (number | null)[];
  proficitShare: (number | null)[];
  meanScore: (number | null)[];
}

/**
 * The cells laid out as a grid over the rows and the columns (competences) in their order: a few lists of numbers
 * instead of an object per cell (a region's 45 × 16 cells are 720 objects of 8 fields, two of them ids). A cell of a
 * row or competence not among these is left out (none are: the rows and columns are the cells' own).
 */
export function heatmapGrid(rowIds: readonly string[], competenceIds: readonly string[], cells: readonly HeatmapCellNumbers[]): HeatmapGrid {
  const columns = competenceIds.length;
  const size = rowIds.length * columns;
  const list = () => new Array<number | null>(size).fill(null);
  const g: HeatmapGrid = { columns, assessed: list(), deficits: list(), proficits: list(), deficitShare: list(), proficitShare: list(), meanScore: list() };
  const row = new Map(rowIds.map((id, i) => [id, i]));
  const column = new Map(competenceIds.map((id, i) => [id, i]));
  for (const c of cells) {
    const r = row.get(c.rowId);
    const k = column.get(c.competenceId);
    if (r === undefined || k === undefined) continue;
    const i = r * columns + k;
    g.assessed[i] = c.assessed;
    g.deficits[i] = c.deficits;
    g.proficits[i] = c.proficits;
    g.deficitShare[i] = c.deficitShare;
    g.proficitShare[i] = c.proficitShare;
    g.meanScore[i] = c.meanScore;
  }
  return g;
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
