/**
 * The demo's private scoring of generated answers (the official scoring lives in modules/diagnostics): each item
 * scaled to 0–100 % (a choice: its option's score over the best option's; a scale: its position between min and
 * max), the items of a competence combined by the rule's aggregation (weighted MEAN or MIN), and the level from the
 * rule's thresholds: below `deficitBelow` a deficit, from `proficitFrom` a proficit. For PROF-DEFICITS that is
 * option score / 3 × 100, deficit below 50, proficit from 80.
 */
export interface ScoringItem {
  id: string;
  competenceId: string;
  kind: string;
  scaleMin: number | null;
  scaleMax: number | null;
  options: readonly { key: string; score: number }[];
  weight: number;
}
export interface ScoringRule {
  competenceId: string;
  aggregation: 'MEAN' | 'MIN';
  deficitBelow: number;
  proficitFrom: number;
}
export type DemoLevel = 'DEFICIT' | 'NORM' | 'PROFICIT';

export function itemPercent(item: ScoringItem, answer: unknown): number | null {
  if (item.kind === 'SINGLE_CHOICE') {
    const best = Math.max(...item.options.map((o) => o.score));
    const chosen = item.options.find((o) => o.key === answer);
    return chosen && best > 0 ? (chosen.score / best) * 100 : null;
  }
  if (item.kind === 'SCALE' && typeof answer === 'number' && item.scaleMin !== null && item.scaleMax !== null) {
    return ((answer - item.scaleMin) / (item.scaleMax - item.scaleMin)) * 100;
  }
  return null;
}

export const levelOf = (score: number, rule: Pick<ScoringRule, 'deficitBelow' | 'proficitFrom'>): DemoLevel =>
  score < rule.deficitBelow ? 'DEFICIT' : score >= rule.proficitFrom ? 'PROFICIT' : 'NORM';

/** Scores (rounded to 2 decimals, as stored) and levels per competence that has a rule and an answered item. */
export function scoreAnswers(items: readonly ScoringItem[], rules: readonly ScoringRule[], answers: Record<string, unknown>) {
  const out: { competenceId: string; score: number; level: DemoLevel }[] = [];
  for (const rule of rules) {
    const scored = items
      .filter((i) => i.competenceId === rule.competenceId)
      .map((i) => ({ weight: i.weight, pct: itemPercent(i, answers[i.id]) }))
      .filter((x): x is { weight: number; pct: number } => x.pct !== null);
    if (!scored.length) continue;
    const raw =
      rule.aggregation === 'MIN'
        ? Math.min(...scored.map((x) => x.pct))
        : scored.reduce((s, x) => s + x.pct * x.weight, 0) / scored.reduce((s, x) => s + x.weight, 0);
    const score = Math.round(raw * 100) / 100;
    out.push({ competenceId: rule.competenceId, score, level: levelOf(score, rule) });
  }
  return out;
}
