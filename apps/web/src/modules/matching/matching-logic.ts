/** Pure helpers of the matching screens (unit-tested without a browser). */

export interface PlanMentorOption {
  person: { id: string; fullName: string; organizationName?: string | null };
  capacity: number;
  load: number;
  inPlan: number;
  freePlaces: number;
}

export interface MentorChoice {
  value: string | null;
  label: string;
  /** No place left for this mentee: shown, not chosen. */
  disabled: boolean;
}

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * The choices for one mentee's mentor: «без наставника», then every mentor with the places left after the plan.
 * The mentor the mentee has now keeps their place (it is theirs), so they stay selectable.
 */
export function mentorChoices(mentors: readonly PlanMentorOption[], currentMentorId: string | null, menteeId: string, t: Translate): MentorChoice[] {
  const none: MentorChoice = { value: null, label: t('matching.plan.noMentor'), disabled: false };
  const rest = mentors
    .filter((m) => m.person.id !== menteeId)
    .map((m) => {
      const mine = m.person.id === currentMentorId;
      const free = m.freePlaces + (mine ? 1 : 0);
      const where = m.person.organizationName ? `, ${m.person.organizationName}` : '';
      return { value: m.person.id, label: `${m.person.fullName}${where} — ${t('matching.plan.freePlaces', { n: free })}`, disabled: !mine && free <= 0 };
    });
  return [none, ...rest];
}

export interface PlanTotals {
  total: number;
  greedy: number | null;
  /** How much the plan gains over the greedy baseline, in % (null without a baseline). */
  gainPercent: number | null;
  assigned: number;
  mentees: number;
}

export function planTotals(plan: { totalScore: number; greedyScore?: number | null; assignedCount: number; menteeCount: number }): PlanTotals {
  const greedy = plan.greedyScore ?? null;
  const gainPercent = greedy === null ? null : greedy > 0 ? Math.round(((plan.totalScore - greedy) / greedy) * 1000) / 10 : null;
  return { total: plan.totalScore, greedy, gainPercent, assigned: plan.assignedCount, mentees: plan.menteeCount };
}

/** The plan a programme's page opens: its draft, else the newest. */
export function currentPlanId(plans: readonly { id: string; status: string; createdAt: string }[]): string | null {
  const draft = plans.find((p) => p.status === 'DRAFT');
  if (draft) return draft.id;
  const newest = [...plans].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))[0];
  return newest?.id ?? null;
}

/** «Фамилия Имя Отчество» of a person row. */
export function personName(p: { lastName: string; firstName: string; middleName?: string | null }): string {
  return [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');
}

/** A score's share of the best one, for a bar (0–100). */
export function scoreShare(score: number, best: number): number {
  return best > 0 ? Math.max(0, Math.min(100, Math.round((score / best) * 100))) : 0;
}
