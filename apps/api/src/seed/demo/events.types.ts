import { EventAudienceTarget, EventKind, EventRecurrence, EventStatus, EventTiming } from '@metodset/shared';

/** Demo events; people, organisations and networks are referred to by their demo keys. */
export interface DemoEvent {
  key: string; // "demo:event:<slug>"
  title: string;
  kind: EventKind;
  /** Exactly one host. */
  host: { organizationKey: string } | { municipality: string } | { networkKey: string };
  timing: EventTiming;
  startsOn: string;
  endsOn: string;
  /** The period as the seed words it («Август 2026 г.»), timing PERIOD. */
  periodLabel?: string;
  place?: string;
  audience?: string;
  audienceTarget?: EventAudienceTarget;
  /** Responsible as the seed writes them. */
  responsibleNote?: string;
  plannedResult?: string;
  organizerKeys?: string[];
  status?: EventStatus;
  capacity?: number;
  series?: { frequency: EventRecurrence; interval: number; count?: number; until?: string };
  /** Which plan or calendar of the seed it comes from. */
  source: string;
  /** Invented registrations, attendance and feedback (never of people a seed names): marked illustrative. */
  registrations?: string[];
  attendance?: { personKey: string; occurrenceDate: string }[];
  feedback?: { personKey: string; rating: number; comment: string }[];
}
