import { PlanItemStatus, PlanKind, PlanLinkKind, PlanStageKind, PlanStatus } from '@metodset/shared';

/**
 * Shape of the demo plans. Text is as the seed writes it (line breaks of a table cell kept as `\n`); dates are read
 * from the «Сроки» as written (a month: its first and last day; «в течение учебного года»: September–May).
 * Organisations, people, networks, mentorships and campaigns are referred to by their demo keys.
 */
export interface DemoPlanItem {
  number: string;
  title: string;
  /** «Сроки» as written. */
  period: string;
  startsOn: string | null;
  endsOn: string | null;
  /** «Ответственные» as written. */
  responsible?: string;
  /** Organisations the «Ответственные» names. */
  responsibleOrgKeys?: string[];
  /** «Участники» as written. */
  participants?: string;
  participantOrgKeys?: string[];
  /** «Планируемый результат» / «Результат» as written. */
  expectedResult?: string;
  /** What carries the item out in the demo data: the status follows it. */
  links?: { kind: PlanLinkKind; key: string }[];
  /** Invented for the demonstration (marked illustrative): a status set by hand and an actual result. */
  illustrative?: { status: PlanItemStatus; actualResult: string };
}

export interface DemoPlanStage {
  title: string;
  kind: PlanStageKind;
  period: string;
  startsOn: string | null;
  endsOn: string | null;
  description?: string;
  items: DemoPlanItem[];
}

export interface DemoPlan {
  key: string; // "demo:plan:<slug>"
  kind: PlanKind;
  title: string;
  owner: { networkKey: string } | { organizationKey: string } | { municipality: string };
  period: string;
  startsOn: string;
  endsOn: string;
  status: PlanStatus;
  sourceNote: string;
  /** The whole plan is invented (on invented organisations only). */
  illustrative?: boolean;
  stages: DemoPlanStage[];
}

const LAST_DAY = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** A month as dates: `month(2020, 10)` → 1–31 October 2020. */
export function month(y: number, m: number): { startsOn: string; endsOn: string } {
  return { startsOn: `${y}-${pad(m)}-01`, endsOn: `${y}-${pad(m)}-${pad(LAST_DAY(y, m))}` };
}

/** From the first day of one month to the last day of another. */
export function months(y1: number, m1: number, y2: number, m2: number): { startsOn: string; endsOn: string } {
  return { startsOn: month(y1, m1).startsOn, endsOn: month(y2, m2).endsOn };
}

/** A day «дд.мм.гггг» as an ISO date. */
export function day(ru: string): string {
  const [d, m, y] = ru.split('.');
  return `${y}-${m}-${d}`;
}
