import { CampaignMode, CampaignScopeKind, CampaignStatus, DiagnosticItemKind, ResponseRole, ResponseStatus } from '@metodset/shared';
import { FieldError } from '../../common/errors/errors';
import type { AnswerValue } from './diagnostic-response.entity';
import { answerProblem, ScoringItem } from './scoring';

/** Today in Moscow time (the region's day, not UTC's), YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return new Date(now.getTime() + 3 * 3_600_000).toISOString().slice(0, 10);
}

/** 2022-03-24 → 24.03.2022 */
export const ruDate = (iso: string) => iso.slice(0, 10).split('-').reverse().join('.');

export interface CampaignTiming {
  status: CampaignStatus;
  opensOn: string;
  closesOn: string;
  archivedAt: Date | null;
}

/** Why a response cannot be saved or submitted now, or null when it can. */
export function blockedReason(c: CampaignTiming, response: { status: ResponseStatus; submittedAt: Date | null } | null, today: string): string | null {
  if (response?.status === ResponseStatus.SUBMITTED) {
    return `Ответ уже отправлен${response.submittedAt ? ` ${ruDate(response.submittedAt.toISOString())}` : ''}: повторно отправить или изменить его нельзя`;
  }
  if (c.archivedAt) return 'Диагностика в архиве: ответы не принимаются';
  if (c.status === CampaignStatus.DRAFT) return 'Диагностика ещё не открыта';
  if (c.status === CampaignStatus.CLOSED) return `Диагностика завершена: ответы принимались до ${ruDate(c.closesOn)}`;
  if (today < c.opensOn) return `Диагностика начнётся ${ruDate(c.opensOn)}: до этого ответы не принимаются`;
  if (today > c.closesOn) return `Срок приёма ответов истёк ${ruDate(c.closesOn)}`;
  return null;
}

/** Which responses a campaign of this mode collects. */
export function modeAllows(mode: CampaignMode, role: ResponseRole): boolean {
  if (mode === CampaignMode.COMBINED) return true;
  if (mode === CampaignMode.SELF) return role === ResponseRole.SELF;
  if (mode === CampaignMode.EXPERT) return role === ResponseRole.EXPERT;
  return false;
}

export interface AnswerInput {
  itemId: string;
  scale?: number | null;
  option?: string | null;
  options?: string[] | null;
  text?: string | null;
}

/**
 * The answers as stored (item id → value), or the field errors: unknown items, a value of the wrong shape
 * for the item, a value outside its scale or options. An answer with no value for its kind is left out (unanswered).
 */
export function readAnswers(items: readonly ScoringItem[], input: readonly AnswerInput[]): { answers: Record<string, AnswerValue>; errors: FieldError[] } {
  const byId = new Map(items.map((i) => [i.id, i]));
  const answers: Record<string, AnswerValue> = {};
  const errors: FieldError[] = [];
  input.forEach((a, k) => {
    const item = byId.get(a.itemId);
    if (!item) return errors.push({ field: `answers.${k}.itemId`, message: 'Такого вопроса нет в анкете' });
    if (a.itemId in answers) return errors.push({ field: `answers.${k}.itemId`, message: 'Ответ на вопрос указан дважды' });
    const value = valueFor(item.kind, a);
    const others = [a.scale, a.option, a.options, a.text].filter((v) => v !== null && v !== undefined).length;
    if (others > (value === undefined ? 0 : 1)) return errors.push({ field: `answers.${k}`, message: 'Ответ не подходит к виду вопроса' });
    if (value === undefined) return;
    const problem = answerProblem(item, value);
    if (problem) return errors.push({ field: `answers.${k}`, message: `Вопрос ${item.position}: ${problem}` });
    answers[a.itemId] = value;
  });
  return { answers, errors };
}

function valueFor(kind: DiagnosticItemKind, a: AnswerInput): AnswerValue | undefined {
  switch (kind) {
    case DiagnosticItemKind.SCALE:
      return a.scale ?? undefined;
    case DiagnosticItemKind.SINGLE_CHOICE:
      return a.option ?? undefined;
    case DiagnosticItemKind.MULTIPLE_CHOICE:
      return a.options ?? undefined;
    case DiagnosticItemKind.TEXT:
      return a.text ?? undefined;
  }
}

/** The stored value back in the shape of the GraphQL answer. */
export function answerOutput(itemId: string, kind: DiagnosticItemKind, v: AnswerValue) {
  return {
    itemId,
    scale: kind === DiagnosticItemKind.SCALE ? Number(v) : null,
    option: kind === DiagnosticItemKind.SINGLE_CHOICE ? String(v) : null,
    options: kind === DiagnosticItemKind.MULTIPLE_CHOICE && Array.isArray(v) ? v : null,
    text: kind === DiagnosticItemKind.TEXT ? String(v) : null,
  };
}

export interface CampaignSetup {
  mode: CampaignMode;
  combineRule?: string | null;
  scopeKind: CampaignScopeKind;
  networkId?: string | null;
  municipalityId?: string | null;
  organizationIds?: readonly string[] | null;
  opensOn: string;
  closesOn: string;
}

/** Consistency of a campaign's set-up, as field errors. */
export function setupProblems(s: CampaignSetup): FieldError[] {
  const out: FieldError[] = [];
  const orgs = s.organizationIds ?? [];
  if (s.mode === CampaignMode.COMBINED && !s.combineRule) out.push({ field: 'combineRule', message: 'Выберите, как сводить самооценку и экспертную оценку' });
  if (s.mode !== CampaignMode.COMBINED && s.combineRule) out.push({ field: 'combineRule', message: 'Правило сведения оценок — только для диагностики с самооценкой и экспертной оценкой' });
  if (s.scopeKind === CampaignScopeKind.NETWORK && !s.networkId) out.push({ field: 'networkId', message: 'Выберите сеть' });
  if (s.scopeKind === CampaignScopeKind.MUNICIPALITY && !s.municipalityId) out.push({ field: 'municipalityId', message: 'Выберите муниципалитет' });
  if (s.scopeKind === CampaignScopeKind.ORGANIZATIONS && !orgs.length) out.push({ field: 'organizationIds', message: 'Выберите хотя бы одну организацию' });
  if (s.scopeKind !== CampaignScopeKind.NETWORK && s.networkId) out.push({ field: 'networkId', message: 'Сеть указывается только для охвата «Сеть»' });
  if (s.scopeKind !== CampaignScopeKind.MUNICIPALITY && s.municipalityId) out.push({ field: 'municipalityId', message: 'Муниципалитет указывается только для охвата «Муниципалитет»' });
  if (s.scopeKind !== CampaignScopeKind.ORGANIZATIONS && orgs.length) out.push({ field: 'organizationIds', message: 'Организации указываются только для охвата «Организации»' });
  if (new Set(orgs).size !== orgs.length) out.push({ field: 'organizationIds', message: 'Организация выбрана дважды' });
  if (s.closesOn < s.opensOn) out.push({ field: 'closesOn', message: 'Окончание не может быть раньше начала' });
  return out;
}
