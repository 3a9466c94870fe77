import { OperationCases } from '../support/operation-cases';
import { isoDay } from '../support/calendar-fixtures';

/** A cross-check event of Vorkuta №12 (and its №35 partner), a subscription of each of two accounts; written straight to the database. */
export interface CalendarFixtures {
  vorkutaEvent: string;
  org12: string;
  org35: string;
  teacher12: string;
  teacher35: string;
  /** coordinator.lo's subscription (revoked by its row). */
  loSubscription: string;
  /** school12.vorkuta's subscription (others try to revoke it). */
  vorkutaSubscription: string;
}

const Q = {
  calendar: `query($from: String!, $to: String!) { calendar(from: $from, to: $to) { id eventId title allDay startsAt cancelled } }`,
  calendarFilterOptions: `query { calendarFilterOptions { networks { id name } municipalities { id name } competences { id name } } }`,
  calendarSubscriptions: `query { calendarSubscriptions { id name filterLabel } }`,
  createCalendarSubscription: `mutation { createCalendarSubscription(input: { name: "Мой календарь" }) { path subscription { id name } } }`,
  revokeCalendarSubscription: `mutation($id: ID!) { revokeCalendarSubscription(id: $id) { id revokedAt } }`,
  eventIcal: `query($id: ID!) { eventIcal(eventId: $id) }`,
  eventCrossCheck: `query($id: ID!) { eventCrossCheck(eventId: $id) { eventId canEdit schoolPairs { fromName checkerName } expertPairs { subject first { fullName } second { fullName } } protocol { subject grade paperCount discrepancyCount } } }`,
  saveEventCrossCheck: `mutation($id: ID!, $input: CrossCheckInput!) { saveEventCrossCheck(eventId: $id, input: $input) { eventId protocol { subject grade } } }`,
};

const range = () => ({ from: isoDay(0), to: isoDay(60) });
const event = (f: CalendarFixtures) => ({ id: f.vorkutaEvent });
const save = (f: CalendarFixtures) => ({
  id: f.vorkutaEvent,
  input: {
    schoolPairs: [{ fromOrganizationId: f.org12, checkerOrganizationId: f.org35 }],
    expertPairs: [{ firstPersonId: f.teacher12, secondPersonId: f.teacher35, subject: 'Математика' }],
    protocol: [{ subject: 'Математика', grade: 9, paperCount: 20, discrepancyCount: 2, comment: '' }],
  },
});

/** One row per calendar operation: the calendar narrows to the scope; an event outside it (and someone else's subscription) is NOT_FOUND. */
export const CALENDAR_CASES: OperationCases<CalendarFixtures> = {
  calendar: {
    allowed: { as: 'school12.vorkuta', query: Q.calendar, vars: range, check: (d, f) => expect((d['calendar'] as { eventId: string }[]).map((o) => o.eventId)).toContain(f.vorkutaEvent) },
    anonymous: { query: Q.calendar, vars: range, expect: 'UNAUTHENTICATED' },
  },
  calendarFilterOptions: {
    allowed: { as: 'teacher.filippov', query: Q.calendarFilterOptions },
    anonymous: { query: Q.calendarFilterOptions, expect: 'UNAUTHENTICATED' },
  },
  calendarSubscriptions: {
    allowed: { as: 'school12.vorkuta', query: Q.calendarSubscriptions, check: (d, f) => expect((d['calendarSubscriptions'] as { id: string }[]).map((s) => s.id)).toEqual([f.vorkutaSubscription]) },
    anonymous: { query: Q.calendarSubscriptions, expect: 'UNAUTHENTICATED' },
  },
  createCalendarSubscription: {
    allowed: { as: 'teacher.filippov', query: Q.createCalendarSubscription, check: (d) => expect(d['createCalendarSubscription']).toMatchObject({ path: expect.stringMatching(/^\/ical\//) }) },
    anonymous: { query: Q.createCalendarSubscription, expect: 'UNAUTHENTICATED' },
  },
  revokeCalendarSubscription: {
    allowed: { as: 'coordinator.lo', query: Q.revokeCalendarSubscription, vars: (f) => ({ id: f.loSubscription }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.revokeCalendarSubscription, vars: (f) => ({ id: f.vorkutaSubscription }), code: 'NOT_FOUND' },
    anonymous: { query: Q.revokeCalendarSubscription, vars: (f) => ({ id: f.vorkutaSubscription }), expect: 'UNAUTHENTICATED' },
  },
  eventIcal: {
    allowed: { as: 'school12.vorkuta', query: Q.eventIcal, vars: event, check: (d, f) => expect(d['eventIcal']).toContain(`UID:${f.vorkutaEvent}@metodset`) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.eventIcal, vars: event, code: 'NOT_FOUND' },
    anonymous: { query: Q.eventIcal, vars: event, expect: 'UNAUTHENTICATED' },
  },
  eventCrossCheck: {
    allowed: { as: 'school12.vorkuta', query: Q.eventCrossCheck, vars: event, check: (d) => expect(d['eventCrossCheck']).toMatchObject({ canEdit: true }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.eventCrossCheck, vars: event, code: 'NOT_FOUND' },
    anonymous: { query: Q.eventCrossCheck, vars: event, expect: 'UNAUTHENTICATED' },
  },
  saveEventCrossCheck: {
    allowed: { as: 'school12.vorkuta', query: Q.saveEventCrossCheck, vars: save, check: (d) => expect(d['saveEventCrossCheck']).toMatchObject({ protocol: [{ subject: 'Математика', grade: 9 }] }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.saveEventCrossCheck, vars: save, code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.saveEventCrossCheck, vars: save },
    anonymous: { query: Q.saveEventCrossCheck, vars: save, expect: 'UNAUTHENTICATED' },
  },
};
