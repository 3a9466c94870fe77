import { RouteStatus, RouteStepStatus } from '@metodset/shared';

/** A route step is «soon» when it ends within this many days, «overdue» once its end has passed. */
export const STEP_SOON_DAYS = 14;
/** Events and internship sessions shown ahead of today. */
export const AHEAD_DAYS = 60;
/** Pair meetings shown: the nearest ones not yet held. */
export const MEETINGS_SHOWN = 5;

export enum StepDue {
  OVERDUE = 'OVERDUE',
  SOON = 'SOON',
}

export const addDays = (day: string, n: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** Routes whose steps are being walked: approved or in progress (a draft's dates are not commitments yet). */
const WALKED: readonly RouteStatus[] = [RouteStatus.APPROVED, RouteStatus.IN_PROGRESS];
const OPEN_STEP: readonly RouteStepStatus[] = [RouteStepStatus.PLANNED, RouteStepStatus.IN_PROGRESS];

/**
 * Whether a step waits for its owner, and how: an open step (planned or in progress) of an approved or running route
 * whose end date has passed is OVERDUE; one ending within STEP_SOON_DAYS is SOON; anything else (done, cancelled,
 * without an end date, later) does not wait.
 */
export function stepDue(routeStatus: RouteStatus, step: { status: RouteStepStatus; endsOn: string | null }, today: string): StepDue | null {
  if (!WALKED.includes(routeStatus) || !OPEN_STEP.includes(step.status) || !step.endsOn) return null;
  if (step.endsOn < today) return StepDue.OVERDUE;
  return step.endsOn <= addDays(today, STEP_SOON_DAYS) ? StepDue.SOON : null;
}

/** Meetings of a pair still ahead: planned, not held, from today on; the nearest first, at most `limit`. */
export function meetingsAhead<T extends { plannedOn: string; heldOn: string | null }>(sessions: readonly T[], today: string, limit = MEETINGS_SHOWN): T[] {
  return sessions
    .filter((s) => !s.heldOn && s.plannedOn >= today)
    .sort((a, b) => a.plannedOn.localeCompare(b.plannedOn))
    .slice(0, limit);
}
