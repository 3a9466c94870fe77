import { MENTORSHIP_TRANSITIONS } from '@metodset/shared';
import { today as todayIso } from '@/common/form-fields';
import type { MentorshipStatus } from '@/gql/graphql';

export type TagSeverity = 'info' | 'success' | 'secondary' | 'danger' | 'warn';

/** A legal move of a mentorship, as a button of its page. */
export interface TransitionButton {
  to: MentorshipStatus;
  /** i18n key under `mentoring.transition`. */
  action: 'start' | 'complete' | 'stop';
  icon: string;
  severity: 'primary' | 'success' | 'danger';
  /** Stopping asks for a reason. */
  needsReason: boolean;
}

const BUTTONS: Readonly<Record<Exclude<MentorshipStatus, 'PLANNED'>, TransitionButton>> = {
  ACTIVE: { to: 'ACTIVE', action: 'start', icon: 'pi pi-play', severity: 'primary', needsReason: false },
  COMPLETED: { to: 'COMPLETED', action: 'complete', icon: 'pi pi-check', severity: 'success', needsReason: false },
  STOPPED: { to: 'STOPPED', action: 'stop', icon: 'pi pi-stop-circle', severity: 'danger', needsReason: true },
};

/** The buttons a manager sees: the moves MENTORSHIP_TRANSITIONS allows from the status; none for others. */
export function transitionButtons(status: MentorshipStatus, canManage: boolean): TransitionButton[] {
  if (!canManage) return [];
  return MENTORSHIP_TRANSITIONS[status].flatMap((to) => (to === 'PLANNED' ? [] : [BUTTONS[to]]));
}

export function statusSeverity(status: MentorshipStatus): TagSeverity {
  switch (status) {
    case 'PLANNED':
      return 'info';
    case 'ACTIVE':
      return 'success';
    case 'COMPLETED':
      return 'secondary';
    case 'STOPPED':
      return 'danger';
  }
}

/** Meetings are planned and logged only while the mentorship is planned or active. */
export const isOpen = (status: MentorshipStatus): boolean => status === 'PLANNED' || status === 'ACTIVE';

interface SessionLike {
  plannedOn: string;
  heldOn?: string | null;
}

/**
 * What a list says about a mentorship's meetings: the nearest planned one that is still ahead («ближайшая»), else the
 * last one held («последняя»); a planned date already past and not held is not «ближайшая». Null: nothing to say.
 */
export function sessionCue<S extends SessionLike>(sessions: readonly S[], today: string = todayIso()): { kind: 'next' | 'last'; date: string } | null {
  const ahead = sessions.filter((s) => !s.heldOn && s.plannedOn >= today).sort((a, b) => a.plannedOn.localeCompare(b.plannedOn))[0];
  if (ahead) return { kind: 'next', date: ahead.plannedOn };
  const held = sessions.flatMap((s) => (s.heldOn ? [s.heldOn] : [])).sort((a, b) => b.localeCompare(a))[0];
  return held ? { kind: 'last', date: held } : null;
}

/** How many of the meetings took place. */
export const heldCount = (sessions: readonly SessionLike[]): number => sessions.filter((s) => s.heldOn).length;

/** Whether the person is a mentor or a mentee of the mentorship (null: neither). */
export function sideOf(m: { mentors: readonly { id: string }[]; mentees: readonly { id: string }[] }, personId: string | null | undefined): 'MENTOR' | 'MENTEE' | null {
  if (!personId) return null;
  if (m.mentors.some((p) => p.id === personId)) return 'MENTOR';
  return m.mentees.some((p) => p.id === personId) ? 'MENTEE' : null;
}
