import { MentorDirection, MentoringForm, MentoringModel, MentorshipStatus, MentorType, SessionFormat } from '@metodset/shared';

/**
 * Demo mentoring: the mentor base, programmes, mentorships and their sessions. People,
 * organisations and networks are referred to by their demo keys (registry/*.data.ts,
 * networks/*.data.ts), so the seed stays idempotent.
 */

/** «Today» of the demo data: nothing is held after it, ACTIVE mentorships run through it. */
export const DEMO_TODAY = '2026-11-22';

/** An entry of the mentor base (база наставников). */
export interface DemoMentorProfile {
  personKey: string;
  types: MentorType[];
  directions: MentorDirection[];
  subjects: string[];
  /** Proficits in the mentor's own words. */
  strengths: string;
  /** Mentees at once, across all programmes. */
  capacity: number;
  /** false: not taking mentees now (the default is true). */
  available?: boolean;
}

/** A meeting of the plan; `held` when it took place. Keyed by mentorship and plannedOn. */
export interface DemoSession {
  plannedOn: string; // YYYY-MM-DD
  format: SessionFormat;
  topic: string;
  held?: { on: string; durationMinutes: number; notes: string };
}

export interface DemoMentorship {
  key: string; // "demo:mentorship:<slug>"
  form: MentoringForm;
  goals: string;
  startsOn: string;
  endsOn?: string;
  status: MentorshipStatus;
  /** Exactly when STOPPED. */
  stopReason?: string;
  mentorKeys: string[];
  menteeKeys: string[];
  /** «Школа – школе» only: the supporting and the supported organisation. */
  mentorOrganizationKey?: string;
  menteeOrganizationKey?: string;
  outcome?: string;
  sessions: DemoSession[];
}

export interface DemoMentoringProgram {
  key: string; // "demo:mentoring:<slug>"
  name: string;
  model: MentoringModel;
  forms: MentoringForm[];
  /** Exactly one host. */
  host: { organizationKey: string } | { networkKey: string };
  coordinatorKey?: string;
  startsOn: string;
  endsOn?: string;
  goals: string;
  mentorships: DemoMentorship[];
}

/** What one seed contributes. */
export interface DemoMentoring {
  profiles: DemoMentorProfile[];
  programs: DemoMentoringProgram[];
}
