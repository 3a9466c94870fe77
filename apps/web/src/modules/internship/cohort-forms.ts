/** The cohort form (on the programme page) and the session form (on the cohort page): states, client checks, API inputs. */

export interface CohortForm {
  title: string;
  startsOn: string;
  endsOn: string;
  capacity: string;
  trackId: string | null;
  minAttendancePercent: string;
  requireFinalProduct: boolean;
}

export interface CohortFormMessages {
  required: string;
  endsBeforeStart: string;
  capacity: string;
  percent: string;
}

export const emptyCohortForm = (): CohortForm => ({ title: '', startsOn: '', endsOn: '', capacity: '', trackId: null, minAttendancePercent: '80', requireFinalProduct: true });

const COHORT_FIELDS = new Set(['title', 'startsOn', 'endsOn', 'capacity', 'trackId', 'minAttendancePercent', 'requireFinalProduct']);
export const isCohortField = (field: string): boolean => COHORT_FIELDS.has(field);

const wholeNumber = (s: string): number | null => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : null);

export function validateCohortForm(form: CohortForm, m: CohortFormMessages): Record<string, string> {
  const out: Record<string, string> = {};
  if (!form.title.trim()) out.title = m.required;
  if (!form.startsOn) out.startsOn = m.required;
  if (!form.endsOn) out.endsOn = m.required;
  else if (form.startsOn && form.endsOn < form.startsOn) out.endsOn = m.endsBeforeStart;
  const capacity = wholeNumber(form.capacity);
  if (capacity === null || capacity < 1) out.capacity = m.capacity;
  const percent = wholeNumber(form.minAttendancePercent);
  if (percent === null || percent > 100) out.minAttendancePercent = m.percent;
  return out;
}

export function toCohortInput(programId: string, form: CohortForm) {
  return {
    programId,
    title: form.title.trim(),
    startsOn: form.startsOn,
    endsOn: form.endsOn,
    capacity: Number(form.capacity),
    trackId: form.trackId || null,
    minAttendancePercent: Number(form.minAttendancePercent),
    requireFinalProduct: form.requireFinalProduct,
  };
}

export interface SessionForm {
  topic: string;
  startsAt: string;
  endsAt: string;
  moduleId: string | null;
  place: string;
  onlineUrl: string;
  masterPersonId: string | null;
}

export interface SessionFormMessages {
  required: string;
  endsBeforeStart: string;
  placeOrOnline: string;
}

export const emptySessionForm = (): SessionForm => ({ topic: '', startsAt: '', endsAt: '', moduleId: null, place: '', onlineUrl: '', masterPersonId: null });

const SESSION_FIELDS = new Set(['topic', 'startsAt', 'endsAt', 'moduleId', 'place', 'onlineUrl', 'masterPersonId']);
export const isSessionField = (field: string): boolean => SESSION_FIELDS.has(field);

export function validateSessionForm(form: SessionForm, m: SessionFormMessages): Record<string, string> {
  const out: Record<string, string> = {};
  if (!form.topic.trim()) out.topic = m.required;
  if (!form.startsAt) out.startsAt = m.required;
  if (!form.endsAt) out.endsAt = m.required;
  else if (form.startsAt && form.endsAt <= form.startsAt) out.endsAt = m.endsBeforeStart;
  if (!form.place.trim() && !form.onlineUrl.trim()) out.place = m.placeOrOnline;
  return out;
}

/** `datetime-local` values are the user's local time; the API takes ISO instants. */
export function toSessionInput(cohortId: string, form: SessionForm) {
  return {
    cohortId,
    topic: form.topic.trim(),
    startsAt: new Date(form.startsAt).toISOString(),
    endsAt: new Date(form.endsAt).toISOString(),
    moduleId: form.moduleId || null,
    place: form.place.trim() || null,
    onlineUrl: form.onlineUrl.trim() || null,
    masterPersonId: form.masterPersonId || null,
  };
}
