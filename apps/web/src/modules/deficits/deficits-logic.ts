import type { CompetenceLevel, HeatmapCell, HeatmapGrid } from '@/gql/graphql';
import { formatScore as formatNumber } from '@/common/format';

/**
 * The filters of a first visit to the heatmap (no framework in the URL): the first framework with a campaign, its
 * newest campaign, the only municipality when there is one; null when there is no framework at all.
 */
export function firstVisitFilters(
  options: { campaigns: readonly { id: string; frameworkId: string }[]; frameworks: readonly { id: string }[]; municipalities: readonly { id: string }[] },
  municipalityId: string | null,
): { frameworkId: string; campaignId: string | null; municipalityId: string | null } | null {
  const campaign = options.campaigns[0];
  const frameworkId = campaign?.frameworkId ?? options.frameworks[0]?.id ?? null;
  if (!frameworkId) return null;
  return { frameworkId, campaignId: campaign?.id ?? null, municipalityId: options.municipalities.length === 1 ? options.municipalities[0]!.id : municipalityId };
}

/** What a heatmap cell shows. */
export type HeatmapMetric = 'deficitShare' | 'proficitShare' | 'meanScore';
export const HEATMAP_METRICS: readonly HeatmapMetric[] = ['deficitShare', 'proficitShare', 'meanScore'];

/** A heatmap cell as the API sends it (the generated type, without its typename). */
export type HeatmapCellData = Omit<HeatmapCell, '__typename'>;

export const cellKey = (rowId: string, competenceId: string) => `${rowId}|${competenceId}`;

export function indexCells<C extends HeatmapCellData>(cells: readonly C[]): Map<string, C> {
  return new Map(cells.map((c) => [cellKey(c.rowId, c.competenceId), c]));
}

/** A heatmap's cells as the API's `grid` sends them: lists row by row over the areas' competences, null for no cell. */
export type HeatmapGridData = Omit<HeatmapGrid, '__typename'>;

/** The cells of a heatmap sent as a grid (a large heatmap's cheaper form), as the table takes them. */
export function gridCells(h: {
  rows: readonly { id: string }[];
  areas: readonly { competences: readonly { id: string }[] }[];
  grid: HeatmapGridData;
}): HeatmapCellData[] {
  const competences = h.areas.flatMap((a) => a.competences);
  const { grid: g } = h;
  const cells: HeatmapCellData[] = [];
  h.rows.forEach((row, r) => {
    competences.forEach((competence, k) => {
      const i = r * g.columns + k;
      const assessed = g.assessed[i];
      if (assessed === null || assessed === undefined) return;
      cells.push({
        rowId: row.id,
        competenceId: competence.id,
        assessed,
        deficits: g.deficits[i] ?? 0,
        proficits: g.proficits[i] ?? 0,
        deficitShare: g.deficitShare[i] ?? 0,
        proficitShare: g.proficitShare[i] ?? 0,
        meanScore: g.meanScore[i] ?? 0,
      });
    });
  });
  return cells;
}

/** Blend of white and a colour by t ∈ [0, 1], as `rgb(…)`. */
function blend(rgb: readonly [number, number, number], t: number): string {
  const k = Math.max(0, Math.min(1, t));
  const [r, g, b] = rgb.map((c) => Math.round(255 + (c - 255) * k));
  return `rgb(${r}, ${g}, ${b})`;
}
const RED = [211, 47, 47] as const;
const GREEN = [46, 125, 50] as const;
const AMBER = [249, 168, 37] as const;

/**
 * Background of a cell: the more deficits the redder, the more proficits the greener; the mean score runs from red
 * (low) through amber to green (high). A cell with nobody assessed stays uncoloured.
 */
export function cellColor(metric: HeatmapMetric, cell: HeatmapCellData | undefined): string | null {
  if (!cell || cell.assessed === 0) return null;
  if (metric === 'deficitShare') return blend(RED, cell.deficitShare / 100);
  if (metric === 'proficitShare') return blend(GREEN, cell.proficitShare / 100);
  const s = cell.meanScore;
  return s < 50 ? blend(RED, (50 - s) / 50 + 0.2) : s >= 80 ? blend(GREEN, (s - 80) / 20 + 0.3) : blend(AMBER, 0.35);
}

/** Relative luminance of an `rgb(r, g, b)` colour (WCAG 2). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+/g) ?? ['255', '255', '255']).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
/** WCAG contrast ratio of two `rgb(r, g, b)` colours (4.5 and more reads well as small text). */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
const WHITE = 'rgb(255, 255, 255)';
const BLACK = 'rgb(0, 0, 0)';

/**
 * White or black text, whichever reads better on the cell's colour: one of them always reaches the WCAG AA ratio
 * of 4.5 (axe-core checks it in the browser tests); grey text on a mid-red would not.
 */
export function cellTextColor(metric: HeatmapMetric, cell: HeatmapCellData | undefined): string {
  const background = cellColor(metric, cell);
  if (!background) return 'inherit';
  return contrastRatio(WHITE, background) >= contrastRatio(BLACK, background) ? WHITE : BLACK;
}

export function cellValue(metric: HeatmapMetric, cell: HeatmapCellData | undefined): string {
  if (!cell || cell.assessed === 0) return '';
  const v = cell[metric];
  return metric === 'meanScore' ? formatNumber(v) : `${formatNumber(v)} %`;
}

export { formatNumber };
export { formatDelta } from '@/common/format';

export function levelSeverity(level: CompetenceLevel | null | undefined): 'danger' | 'success' | 'secondary' {
  return level === 'DEFICIT' ? 'danger' : level === 'PROFICIT' ? 'success' : 'secondary';
}

export const LEVEL_COLORS: Record<CompetenceLevel, string> = { DEFICIT: '#d32f2f', NORM: '#f9a825', PROFICIT: '#2e7d32' };

/** Filters of the heatmap page. */
export interface HeatmapFilters {
  frameworkId: string | null;
  campaignId: string | null;
  municipalityId: string | null;
  networkId: string | null;
}

/** The API input: a network, else a municipality, else all municipalities in the scope; null until a framework is picked. */
export function heatmapInput(f: HeatmapFilters) {
  if (!f.frameworkId) return null;
  return {
    frameworkId: f.frameworkId,
    campaignId: f.campaignId || null,
    municipalityId: f.networkId ? null : f.municipalityId || null,
    networkId: f.networkId || null,
  };
}

/** Campaigns that fit the framework (a campaign picked under another framework is dropped). */
export function campaignsOf<C extends { frameworkId: string }>(campaigns: readonly C[], frameworkId: string | null): C[] {
  return frameworkId ? campaigns.filter((c) => c.frameworkId === frameworkId) : [];
}

export interface ProfileItem {
  frameworkId: string;
  score: number;
  level: CompetenceLevel;
  competence: { id: string; code: string; name: string; areaId: string; areaCode: string; areaName: string };
}

/** Items of one framework grouped by area, in the order the API gives them. */
export function groupProfile<I extends ProfileItem>(items: readonly I[], frameworkId: string | null): { areaId: string; areaCode: string; areaName: string; items: I[] }[] {
  const areas = new Map<string, { areaId: string; areaCode: string; areaName: string; items: I[] }>();
  for (const i of items) {
    if (frameworkId && i.frameworkId !== frameworkId) continue;
    const a = areas.get(i.competence.areaId) ?? { areaId: i.competence.areaId, areaCode: i.competence.areaCode, areaName: i.competence.areaName, items: [] };
    a.items.push(i);
    areas.set(i.competence.areaId, a);
  }
  return [...areas.values()];
}

/** A horizontal bar per competence (0–100 %), coloured by its level; the first competence on top. */
export function profileChartOption(items: readonly ProfileItem[], levelLabel: (l: CompetenceLevel) => string) {
  const rows = [...items].reverse();
  return {
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: rows.map((i) => i.competence.code), axisLabel: { fontSize: 11 } },
    series: [
      {
        type: 'bar',
        data: rows.map((i) => ({
          value: i.score,
          name: `${i.competence.code} ${i.competence.name}: ${formatNumber(i.score)} % — ${levelLabel(i.level)}`,
          itemStyle: { color: LEVEL_COLORS[i.level] },
        })),
        label: { show: true, position: 'right', formatter: (p: { value: number }) => formatNumber(p.value) },
        tooltip: { formatter: (p: { name: string }) => p.name },
      },
    ],
  };
}

export interface ComparisonRow {
  code: string;
  name: string;
  beforeMean?: number | null;
  afterMean?: number | null;
}

/** Paired bars per competence code: the mean score before and after. */
export function comparisonChartOption(rows: readonly ComparisonRow[], beforeName: string, afterName: string) {
  return {
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    legend: { data: [beforeName, afterName] },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: rows.map((r) => r.code) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [
      { name: beforeName, type: 'bar', data: rows.map((r) => r.beforeMean ?? null), itemStyle: { color: '#90a4ae' } },
      { name: afterName, type: 'bar', data: rows.map((r) => r.afterMean ?? null), itemStyle: { color: '#1976d2' } },
    ],
  };
}

/** The self-diagnostics form: every competence of the framework with a level or '' (not marked) and a note. */
export interface SelfDiagnosisEntryRow {
  competenceId: string;
  code: string;
  name: string;
  areaName: string;
  level: CompetenceLevel | '';
  note: string;
}
export interface SelfDiagnosisForm {
  frameworkId: string;
  conductedOn: string;
  summary: string;
  entries: SelfDiagnosisEntryRow[];
}

export interface FrameworkAreas {
  id: string;
  areas: readonly { name: string; competences: readonly { id: string; code: string; name: string }[] }[];
}

/** Rows for all competences of the framework, carrying over the levels and notes already given. */
export function entryRows(framework: FrameworkAreas | undefined, given: readonly { competenceId: string; level: CompetenceLevel; note: string }[] = []): SelfDiagnosisEntryRow[] {
  if (!framework) return [];
  const byId = new Map(given.map((g) => [g.competenceId, g]));
  return framework.areas.flatMap((a) =>
    a.competences.map((c) => ({ competenceId: c.id, code: c.code, name: c.name, areaName: a.name, level: byId.get(c.id)?.level ?? '', note: byId.get(c.id)?.note ?? '' })),
  );
}

export function validateSelfDiagnosis(f: SelfDiagnosisForm, messages: { framework: string; date: string; entries: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!f.frameworkId) errors['frameworkId'] = messages.framework;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.conductedOn)) errors['conductedOn'] = messages.date;
  if (!f.entries.some((e) => e.level)) errors['entries'] = messages.entries;
  return errors;
}

/** The marked entries as the API takes them. */
export function selfDiagnosisEntries(f: SelfDiagnosisForm): { competenceId: string; level: CompetenceLevel; note: string }[] {
  return f.entries.filter((e): e is SelfDiagnosisEntryRow & { level: CompetenceLevel } => e.level !== '').map((e) => ({ competenceId: e.competenceId, level: e.level, note: e.note.trim() }));
}

/** Entries of a diagnosis split by level, for its card. */
export function byLevel<E extends { level: CompetenceLevel }>(entries: readonly E[]): Record<CompetenceLevel, E[]> {
  return {
    DEFICIT: entries.filter((e) => e.level === 'DEFICIT'),
    PROFICIT: entries.filter((e) => e.level === 'PROFICIT'),
    NORM: entries.filter((e) => e.level === 'NORM'),
  };
}
