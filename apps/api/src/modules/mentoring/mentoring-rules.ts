import { MENTORSHIP_STATUS_LABELS, MENTORSHIP_TRANSITIONS, MentorshipStatus } from '@metodset/shared';
import { FieldError } from '../../common/errors/errors';

/** Why a mentorship may not move from one status to another; null when it may. */
export function transitionProblem(from: MentorshipStatus, to: MentorshipStatus, reason: string | null | undefined): string | null {
  if (!MENTORSHIP_TRANSITIONS[from].includes(to)) {
    return `Нельзя перейти из состояния «${MENTORSHIP_STATUS_LABELS[from]}» в «${MENTORSHIP_STATUS_LABELS[to]}»`;
  }
  if (to === MentorshipStatus.STOPPED && !reason?.trim()) return 'Укажите причину прекращения';
  return null;
}

/** Who is on which side; refuses an empty side and a person on both sides. */
export function participantsProblems(mentorIds: readonly string[], menteeIds: readonly string[]): FieldError[] {
  const out: FieldError[] = [];
  if (!mentorIds.length) out.push({ field: 'mentorIds', message: 'Выберите хотя бы одного наставника' });
  if (!menteeIds.length) out.push({ field: 'menteeIds', message: 'Выберите хотя бы одного наставляемого' });
  const mentors = new Set(mentorIds);
  menteeIds.forEach((id, i) => {
    if (mentors.has(id)) out.push({ field: `menteeIds.${i}`, message: 'Один человек не может быть и наставником, и наставляемым' });
  });
  if (mentors.size !== mentorIds.length) out.push({ field: 'mentorIds', message: 'Наставник указан дважды' });
  if (new Set(menteeIds).size !== menteeIds.length) out.push({ field: 'menteeIds', message: 'Наставляемый указан дважды' });
  return out;
}

export interface MentorLoad {
  personId: string;
  name: string;
  capacity: number | null; // null: no mentor profile
  available: boolean;
  /** Mentees in planned and active mentorships across all programmes. */
  load: number;
}

/** Refuses mentors without a profile, unavailable ones, and anyone pushed over capacity, with the reason. */
export function capacityProblems(mentors: readonly MentorLoad[], addedMentees: number): FieldError[] {
  return mentors.flatMap((m, i) => {
    const field = `mentorIds.${i}`;
    if (m.capacity === null) return [{ field, message: `${m.name}: нет в базе наставников` }];
    if (!m.available) return [{ field, message: `${m.name}: сейчас не принимает наставляемых` }];
    if (m.load + addedMentees > m.capacity) {
      return [{ field, message: `${m.name}: занято ${m.load} из ${m.capacity} мест, а нужно ещё ${addedMentees}` }];
    }
    return [];
  });
}

/** pair / triad / group, from the number of people. */
export function mentorshipShape(people: number): 'PAIR' | 'TRIAD' | 'GROUP' {
  return people <= 2 ? 'PAIR' : people === 3 ? 'TRIAD' : 'GROUP';
}

/**
 * The latest day a meeting may have been held: today where the day begins first in Russia (UTC+12,
 * Kamchatka). The server's UTC date would refuse a meeting held this morning in Vorkuta (UTC+3) or
 * Vladivostok (UTC+10) as «in the future».
 */
export function latestHeldOn(now: Date = new Date()): string {
  return new Date(now.getTime() + 12 * 3_600_000).toISOString().slice(0, 10);
}
