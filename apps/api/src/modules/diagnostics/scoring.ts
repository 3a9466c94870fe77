import { CampaignMode, CombineRule, CompetenceLevel, DiagnosticItemKind, ResultSource, ScoreAggregation } from '@metodset/shared';
import type { AnswerValue } from './diagnostic-response.entity';

/**
 * Scoring of a diagnostic response: pure functions, no I/O.
 *
 * 1. Each scored item is scaled to 0–100 %:
 *    SCALE (v − min) / (max − min); SINGLE_CHOICE the chosen option's score between the lowest and the highest option
 *    score; MULTIPLE_CHOICE the sum of the chosen scores between 0 and the sum of the positive scores, clamped.
 *    TEXT items are not scored.
 * 2. Per competence the items aggregate by the instrument's rule: MEAN weighted by item weight, or MIN.
 * 3. The level: DEFICIT below `deficitBelow`, PROFICIT from `proficitFrom`, NORM in between (scores rounded to 0.01
 *    first, the precision they are stored with, so the level always agrees with the stored score).
 * 4. COMBINED campaigns combine self and expert scores per competence: WEIGHTED (selfWeight % of self), MIN, or
 *    EXPERT_FIRST (the expert's score). WEIGHTED and MIN need both submitted responses; EXPERT_FIRST needs the expert's
 *    only (a self-assessment alone gives no combined result; the expert's is the result once it is submitted).
 */

export interface ScoringItem {
  id: string;
  position: number;
  competenceId: string;
  kind: DiagnosticItemKind;
  scaleMin: number | null;
  scaleMax: number | null;
  options: readonly { key: string; label?: string; score: number }[];
  weight: number;
}

export interface ScoringRule {
  competenceId: string;
  aggregation: ScoreAggregation;
  deficitBelow: number;
  proficitFrom: number;
}

export interface CompetenceScore {
  competenceId: string;
  score: number;
  level: CompetenceLevel;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const clamp = (x: number) => Math.min(100, Math.max(0, x));

export const isScored = (item: Pick<ScoringItem, 'kind'>) => item.kind !== DiagnosticItemKind.TEXT;

/** Why this value does not fit the item, in Russian, or null when it fits. An empty value is «not answered», not wrong. */
export function answerProblem(item: ScoringItem, value: unknown): string | null {
  switch (item.kind) {
    case DiagnosticItemKind.SCALE:
      if (typeof value !== 'number' || !Number.isInteger(value)) return 'Ответ — целое число шкалы';
      if (value < (item.scaleMin ?? 0) || value > (item.scaleMax ?? 0)) return `Ответ — от ${item.scaleMin} до ${item.scaleMax}`;
      return null;
    case DiagnosticItemKind.SINGLE_CHOICE:
      if (typeof value !== 'string' || !item.options.some((o) => o.key === value)) return 'Выберите один из вариантов';
      return null;
    case DiagnosticItemKind.MULTIPLE_CHOICE:
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !item.options.some((o) => o.key === v))) return 'Выберите варианты из списка';
      if (new Set(value).size !== value.length) return 'Вариант выбран дважды';
      return null;
    case DiagnosticItemKind.TEXT:
      if (typeof value !== 'string') return 'Ответ — текст';
      if (value.length > 5000) return 'Ответ — не длиннее 5000 символов';
      return null;
  }
}

/** Whether a value counts as an answer (a blank text or an empty selection does not; an empty multiple choice does). */
export function isAnswered(item: ScoringItem, value: AnswerValue | undefined | null): boolean {
  if (value === undefined || value === null) return false;
  if (item.kind === DiagnosticItemKind.TEXT) return typeof value === 'string' && value.trim().length > 0;
  if (item.kind === DiagnosticItemKind.MULTIPLE_CHOICE) return Array.isArray(value);
  return value !== '';
}

/** One item's score in % (0–100), or null for TEXT items. */
export function itemScore(item: ScoringItem, value: AnswerValue): number | null {
  switch (item.kind) {
    case DiagnosticItemKind.TEXT:
      return null;
    case DiagnosticItemKind.SCALE: {
      const min = item.scaleMin ?? 0;
      const max = item.scaleMax ?? 0;
      return clamp(((Number(value) - min) / (max - min)) * 100);
    }
    case DiagnosticItemKind.SINGLE_CHOICE: {
      const scores = item.options.map((o) => o.score);
      const min = Math.min(...scores);
      const max = Math.max(...scores);
      const chosen = item.options.find((o) => o.key === value);
      if (!chosen) return 0;
      return max === min ? 100 : clamp(((chosen.score - min) / (max - min)) * 100);
    }
    case DiagnosticItemKind.MULTIPLE_CHOICE: {
      const top = item.options.reduce((s, o) => s + Math.max(0, o.score), 0);
      const keys = new Set(Array.isArray(value) ? value : []);
      const sum = item.options.filter((o) => keys.has(o.key)).reduce((s, o) => s + o.score, 0);
      return top <= 0 ? 0 : clamp((sum / top) * 100);
    }
  }
}

/** The level of a score by the thresholds (the score rounded to 0.01 first). */
export function levelOf(score: number, rule: Pick<ScoringRule, 'deficitBelow' | 'proficitFrom'>): CompetenceLevel {
  const s = round2(score);
  if (s < rule.deficitBelow) return CompetenceLevel.DEFICIT;
  if (s >= rule.proficitFrom) return CompetenceLevel.PROFICIT;
  return CompetenceLevel.NORM;
}

/** Scored items with no answer, in the order of the form. */
export function missingItems(items: readonly ScoringItem[], answers: Readonly<Record<string, AnswerValue>>): ScoringItem[] {
  return [...items].sort((a, b) => a.position - b.position).filter((i) => isScored(i) && !isAnswered(i, answers[i.id]));
}

/**
 * Scores per competence of a complete response. Competences with a rule and at least one scored item are scored;
 * throws when a scored item is unanswered (call missingItems first).
 */
export function scoreResponse(items: readonly ScoringItem[], rules: readonly ScoringRule[], answers: Readonly<Record<string, AnswerValue>>): CompetenceScore[] {
  const missing = missingItems(items, answers);
  if (missing.length) throw new Error(`Unanswered scored items: ${missing.map((i) => i.position).join(', ')}`);
  const out: CompetenceScore[] = [];
  for (const rule of rules) {
    const scored = items.filter((i) => i.competenceId === rule.competenceId && isScored(i));
    if (!scored.length) continue;
    const parts = scored.map((i) => ({ score: itemScore(i, answers[i.id])!, weight: i.weight }));
    const raw =
      rule.aggregation === ScoreAggregation.MIN
        ? Math.min(...parts.map((p) => p.score))
        : parts.reduce((s, p) => s + p.score * p.weight, 0) / parts.reduce((s, p) => s + p.weight, 0);
    const score = round2(clamp(raw));
    out.push({ competenceId: rule.competenceId, score, level: levelOf(score, rule) });
  }
  return out;
}

export interface CombineSettings {
  rule: CombineRule;
  /** WEIGHTED: weight of self-assessment in % (the expert gets the rest). */
  selfWeight: number;
}

/**
 * Combined scores of a COMBINED campaign, or null when the needed responses are not all there yet:
 * WEIGHTED and MIN need both; EXPERT_FIRST needs the expert's (and then is the expert's scores).
 */
export function combineScores(
  self: readonly CompetenceScore[] | null,
  expert: readonly CompetenceScore[] | null,
  settings: CombineSettings,
  rules: readonly ScoringRule[],
): CompetenceScore[] | null {
  if (settings.rule === CombineRule.EXPERT_FIRST) {
    if (!expert) return null;
    const selfBy = new Map((self ?? []).map((s) => [s.competenceId, s]));
    return rules.flatMap((r) => {
      const e = expert.find((x) => x.competenceId === r.competenceId) ?? selfBy.get(r.competenceId);
      return e ? [{ competenceId: r.competenceId, score: e.score, level: levelOf(e.score, r) }] : [];
    });
  }
  if (!self || !expert) return null;
  const selfBy = new Map(self.map((s) => [s.competenceId, s.score]));
  const expertBy = new Map(expert.map((s) => [s.competenceId, s.score]));
  return rules.flatMap((r) => {
    const s = selfBy.get(r.competenceId);
    const e = expertBy.get(r.competenceId);
    if (s === undefined || e === undefined) return [];
    const score = round2(settings.rule === CombineRule.MIN ? Math.min(s, e) : (s * settings.selfWeight + e * (100 - settings.selfWeight)) / 100);
    return [{ competenceId: r.competenceId, score, level: levelOf(score, r) }];
  });
}

/**
 * A participant's results from their submitted responses (null: not yet), by the campaign's mode:
 * SELF and EXPERT campaigns take that response; COMBINED ones combine both (see combineScores).
 */
export function participantResults(
  campaign: { mode: CampaignMode; combineRule: CombineRule | null; selfWeight: number },
  items: readonly ScoringItem[],
  rules: readonly ScoringRule[],
  submitted: { self: Readonly<Record<string, AnswerValue>> | null; expert: Readonly<Record<string, AnswerValue>> | null },
): { source: ResultSource; scores: CompetenceScore[] } | null {
  const score = (a: Readonly<Record<string, AnswerValue>> | null) => (a ? scoreResponse(items, rules, a) : null);
  switch (campaign.mode) {
    case CampaignMode.COMBINED: {
      const scores = combineScores(score(submitted.self), score(submitted.expert), { rule: campaign.combineRule ?? CombineRule.WEIGHTED, selfWeight: campaign.selfWeight }, rules);
      return scores ? { source: ResultSource.COMBINED, scores } : null;
    }
    case CampaignMode.EXPERT: {
      const scores = score(submitted.expert);
      return scores ? { source: ResultSource.EXPERT, scores } : null;
    }
    case CampaignMode.SELF: {
      const scores = score(submitted.self);
      return scores ? { source: ResultSource.SELF, scores } : null;
    }
    case CampaignMode.EXTERNAL:
      return null;
  }
}
