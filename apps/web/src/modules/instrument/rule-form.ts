import type { DiagnosticItemKind, ScoreAggregation, ScoringRuleInput } from '@/gql/graphql';

export interface RuleRow {
  competenceId: string;
  code: string;
  name: string;
  ruleId: string | null;
  aggregation: ScoreAggregation;
  deficitBelow: number | null;
  proficitFrom: number | null;
  /** The competence has scored items (a rule is needed before publishing). */
  scored: boolean;
}

interface Instrumentish {
  items: readonly { kind: DiagnosticItemKind; competence: { id: string; code: string; name: string } }[];
  scoringRules: readonly { id: string; aggregation: ScoreAggregation; deficitBelow: number; proficitFrom: number; competence: { id: string; code: string; name: string } }[];
}

/** One row per competence that has scored items or a rule, by code; a competence without a rule gets defaults to fill in. */
export function ruleRows(i: Instrumentish): RuleRow[] {
  const rows = new Map<string, RuleRow>();
  for (const item of i.items) {
    if (item.kind === 'TEXT') continue;
    const c = item.competence;
    if (!rows.has(c.id)) rows.set(c.id, { competenceId: c.id, code: c.code, name: c.name, ruleId: null, aggregation: 'MEAN', deficitBelow: null, proficitFrom: null, scored: true });
  }
  for (const r of i.scoringRules) {
    const c = r.competence;
    const scored = rows.get(c.id)?.scored ?? false;
    rows.set(c.id, { competenceId: c.id, code: c.code, name: c.name, ruleId: r.id, aggregation: r.aggregation, deficitBelow: r.deficitBelow, proficitFrom: r.proficitFrom, scored });
  }
  return [...rows.values()].sort((a, b) => a.code.localeCompare(b.code, 'ru', { numeric: true }));
}

/** Codes of the competences with scored items and no rule (publishing is refused until they have one). */
export const missingRules = (rows: readonly RuleRow[]) => rows.filter((r) => r.scored && !r.ruleId).map((r) => r.code);

/** 0 ≤ deficitBelow ≤ proficitFrom ≤ 100, as the API checks. */
export function validateRule(row: Pick<RuleRow, 'deficitBelow' | 'proficitFrom'>, m: { range: string; order: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  const pct = (v: number | null) => v !== null && Number.isFinite(v) && v >= 0 && v <= 100;
  if (!pct(row.deficitBelow)) errors['deficitBelow'] = m.range;
  if (!pct(row.proficitFrom)) errors['proficitFrom'] = m.range;
  if (!Object.keys(errors).length && row.deficitBelow! > row.proficitFrom!) errors['proficitFrom'] = m.order;
  return errors;
}

export const toRuleInput = (row: RuleRow): ScoringRuleInput => ({
  competenceId: row.competenceId,
  aggregation: row.aggregation,
  deficitBelow: row.deficitBelow ?? 0,
  proficitFrom: row.proficitFrom ?? 0,
});
