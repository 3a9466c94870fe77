import { DEFAULT_MIN_ATTENDANCE_PERCENT, FinalProductStatus, InternshipApplicationStatus } from '@metodset/shared';

/**
 * Statuses that hold a seat in a cohort: an application that found a free seat is SUBMITTED (the seat is kept for it
 * while the site decides), an approved one is APPROVED. Everyone else who applies to a full cohort waits in line.
 */
export const SEAT_HOLDING: readonly InternshipApplicationStatus[] = [InternshipApplicationStatus.SUBMITTED, InternshipApplicationStatus.APPROVED];
/** Statuses of an application that is still alive (a teacher may have only one of them per cohort). */
export const ACTIVE: readonly InternshipApplicationStatus[] = [
  InternshipApplicationStatus.SUBMITTED,
  InternshipApplicationStatus.APPROVED,
  InternshipApplicationStatus.WAITLISTED,
];

/** Where a new applicant goes: a free seat (SUBMITTED, awaiting the site's decision), or the end of the waitlist. */
export function seatOrWait(capacity: number, seated: number): InternshipApplicationStatus.SUBMITTED | InternshipApplicationStatus.WAITLISTED {
  return seated < capacity ? InternshipApplicationStatus.SUBMITTED : InternshipApplicationStatus.WAITLISTED;
}

/** Whole percent of sessions attended (0 when the cohort has no sessions held yet). */
export function attendancePercent(attended: number, sessions: number): number {
  if (sessions <= 0) return 0;
  return Math.floor((attended * 100) / sessions);
}

export interface CompletionRule {
  minAttendancePercent: number;
  requireFinalProduct: boolean;
}

export const DEFAULT_COMPLETION_RULE: CompletionRule = { minAttendancePercent: DEFAULT_MIN_ATTENDANCE_PERCENT, requireFinalProduct: true };

/** The rule in words, as it is shown on the cohort page and written into the certificate's criteria. */
export function completionRuleText(rule: CompletionRule): string {
  const attendance = `посещено не менее ${rule.minAttendancePercent} % занятий`;
  return rule.requireFinalProduct ? `${attendance} и принят итоговый продукт` : attendance;
}

export interface CompletionFacts {
  attended: number;
  sessions: number;
  finalProduct: FinalProductStatus;
}

/** Completed when attendance reaches the rule's share (with at least one session) and, if required, the product is accepted. */
export function isCompleted(rule: CompletionRule, facts: CompletionFacts): boolean {
  if (facts.sessions <= 0) return false;
  if (facts.attended * 100 < rule.minAttendancePercent * facts.sessions) return false;
  return !rule.requireFinalProduct || facts.finalProduct === FinalProductStatus.ACCEPTED;
}

/** Which transitions a site (approve/decline) and an applicant (withdraw) may make. */
export function transitionProblem(from: InternshipApplicationStatus, action: 'approve' | 'decline' | 'withdraw'): string | null {
  const S = InternshipApplicationStatus;
  const allowed: Record<typeof action, InternshipApplicationStatus[]> = {
    approve: [S.SUBMITTED],
    decline: [S.SUBMITTED, S.APPROVED, S.WAITLISTED],
    withdraw: [S.SUBMITTED, S.APPROVED, S.WAITLISTED],
  };
  if (allowed[action].includes(from)) return null;
  const what = { approve: 'одобрить', decline: 'отклонить', withdraw: 'отозвать' }[action];
  return `Заявку в этом состоянии нельзя ${what}`;
}
