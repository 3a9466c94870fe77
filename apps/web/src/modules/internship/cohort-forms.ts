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

/** The form of an existing cohort (for editing). */
export function cohortFormOf(c: { title: string; startsOn: string; endsOn: string; capacity: number; trackId?: string | null; minAttendancePercent: number; requireFinalProduct: boolean }): CohortForm {
  return { title: c.title, startsOn: c.startsOn, endsOn: c.endsOn, capacity: String(c.capacity), trackId: c.trackId ?? null, minAttendancePercent: String(c.minAttendancePercent), requireFinalProduct: c.requireFinalProduct };
}

/** The edit input: everything but the programme, which stays. */
export function toUpdateCohortInput(form: CohortForm) {
  const { programId: _programId, ...rest } = toCohortInput('', form);
  return rest;
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

/** An ISO instant as the user's local `datetime-local` value (YYYY-MM-DDTHH:mm). */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The form of an existing session (for editing). */
export function sessionFormOf(s: { topic: string; startsAt: string; endsAt: string; moduleId?: string | null; place?: string | null; onlineUrl?: string | null; masterPersonId?: string | null }): SessionForm {
  return { topic: s.topic, startsAt: localDateTime(s.startsAt), endsAt: localDateTime(s.endsAt), moduleId: s.moduleId ?? null, place: s.place ?? '', onlineUrl: s.onlineUrl ?? '', masterPersonId: s.masterPersonId ?? null };
}

/** The edit input: everything but the cohort, which stays. */
export function toUpdateSessionInput(form: SessionForm) {
  const { cohortId: _cohortId, ...rest } = toSessionInput('', form);
  return rest;
}
