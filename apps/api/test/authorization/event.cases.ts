import { OperationCases } from '../support/operation-cases';

/** Fixture events: Podporozhye's (the methodist manages them) and Vorkuta №12's (its administrator manages them, Филиппов takes part). */
export interface EventFixtures {
  network: string;
  podp: string;
  podpToArchive: string;
  podpArchived: string;
  podpSeries: string;
  podpSeriesWithException: string;
  podpMaterial: string;
  podpMaterialToRemove: string;
  vorkutaOpen: string;
  vorkutaRegistered: string;
  vorkutaToday: string;
  vorkutaAttended: string;
  filippov: string;
}

const F = 'id title canEdit';
const Q = {
  events: `query { events(first: 100) { totalCount nodes { ${F} } } }`,
  event: `query($id: ID!) { event(id: $id) { ${F} registrations { personId } } }`,
  eventMaterialFile: `query($id: ID!) { eventMaterialFile(materialId: $id) { fileName fileType } }`,
  createEvent: `mutation($input: CreateEventInput!) { createEvent(input: $input) { ${F} } }`,
  updateEvent: `mutation($id: ID!) { updateEvent(id: $id, input: { title: "Круглый стол (уточнено)", kind: ROUND_TABLE, startsOn: "2022-10-01" }) { ${F} } }`,
  archiveEvent: `mutation($id: ID!) { archiveEvent(id: $id) { ${F} archivedAt } }`,
  restoreEvent: `mutation($id: ID!) { restoreEvent(id: $id) { ${F} archivedAt } }`,
  setEventException: `mutation($id: ID!) { setEventException(eventId: $id, input: { occurrenceDate: "2027-04-15", kind: CANCELLED }) { ${F} } }`,
  removeEventException: `mutation($id: ID!) { removeEventException(eventId: $id, occurrenceDate: "2027-01-15") { ${F} } }`,
  registerForEvent: `mutation($id: ID!) { registerForEvent(eventId: $id) { ${F} myRegistration { status } } }`,
  cancelEventRegistration: `mutation($id: ID!) { cancelEventRegistration(eventId: $id) { ${F} myRegistration { status } } }`,
  markEventAttendance: `mutation($id: ID!, $p: ID!) { markEventAttendance(eventId: $id, input: { personIds: [$p], attended: true }) { ${F} attendance { personId } } }`,
  leaveEventFeedback: `mutation($id: ID!) { leaveEventFeedback(eventId: $id, input: { rating: 5, comment: "Спасибо" }) { ${F} } }`,
  addEventMaterial: `mutation($id: ID!) { addEventMaterial(eventId: $id, input: { kind: PHOTO_REPORT, title: "Фотоотчёт", url: "https://example.org/photo" }) { ${F} } }`,
  removeEventMaterial: `mutation($id: ID!) { removeEventMaterial(materialId: $id) { ${F} } }`,
};

const id = (key: keyof EventFixtures) => (f: EventFixtures) => ({ id: f[key] });
const title = (t: string) => (d: Record<string, unknown>) => expect(Object.values(d)[0]).toMatchObject({ title: t });

/** One row per event operation. */
export const EVENT_CASES: OperationCases<EventFixtures> = {
  events: {
    allowed: { as: 'methodist.podporozhye', query: Q.events, check: (d, f) => expect((d['events'] as { nodes: { id: string }[] }).nodes.map((n) => n.id)).toContain(f.podp) },
    anonymous: { query: Q.events, expect: 'UNAUTHENTICATED' },
  },
  event: {
    allowed: { as: 'methodist.podporozhye', query: Q.event, vars: id('podp'), check: (d) => expect(d['event']).toMatchObject({ canEdit: true }) },
    outOfScope: { as: 'school12.vorkuta', query: Q.event, vars: id('podp'), code: 'NOT_FOUND' },
    anonymous: { query: Q.event, vars: id('podp'), expect: 'UNAUTHENTICATED' },
  },
  eventMaterialFile: {
    allowed: { as: 'methodist.podporozhye', query: Q.eventMaterialFile, vars: id('podpMaterial'), check: (d) => expect(d['eventMaterialFile']).toMatchObject({ fileType: 'application/pdf' }) },
    outOfScope: { as: 'school12.vorkuta', query: Q.eventMaterialFile, vars: id('podpMaterial'), code: 'NOT_FOUND' },
    anonymous: { query: Q.eventMaterialFile, vars: id('podpMaterial'), expect: 'UNAUTHENTICATED' },
  },
  createEvent: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.createEvent,
      vars: (f) => ({ input: { title: 'Семинар', kind: 'SEMINAR', startsOn: '2027-02-10', networkId: f.network } }),
      check: title('Семинар'),
    },
    forbidden: { as: 'teacher.filippov', query: Q.createEvent, vars: (f) => ({ input: { title: 'Семинар', kind: 'SEMINAR', startsOn: '2027-02-10', networkId: f.network } }) },
    anonymous: { query: Q.createEvent, vars: (f) => ({ input: { title: 'Семинар', kind: 'SEMINAR', startsOn: '2027-02-10', networkId: f.network } }), expect: 'UNAUTHENTICATED' },
  },
  updateEvent: {
    allowed: { as: 'methodist.podporozhye', query: Q.updateEvent, vars: id('podp'), check: title('Круглый стол (уточнено)') },
    outOfScope: { as: 'school12.vorkuta', query: Q.updateEvent, vars: id('podp'), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.updateEvent, vars: id('podp') },
    anonymous: { query: Q.updateEvent, vars: id('podp'), expect: 'UNAUTHENTICATED' },
  },
  archiveEvent: {
    allowed: { as: 'methodist.podporozhye', query: Q.archiveEvent, vars: id('podpToArchive'), check: (d) => expect((d['archiveEvent'] as { archivedAt: string | null }).archivedAt).not.toBeNull() },
    outOfScope: { as: 'school12.vorkuta', query: Q.archiveEvent, vars: id('podpToArchive'), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.archiveEvent, vars: id('podpToArchive') },
    anonymous: { query: Q.archiveEvent, vars: id('podpToArchive'), expect: 'UNAUTHENTICATED' },
  },
  restoreEvent: {
    allowed: { as: 'methodist.podporozhye', query: Q.restoreEvent, vars: id('podpArchived'), check: (d) => expect((d['restoreEvent'] as { archivedAt: string | null }).archivedAt).toBeNull() },
    outOfScope: { as: 'school12.vorkuta', query: Q.restoreEvent, vars: id('podpArchived'), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.restoreEvent, vars: id('podpArchived') },
    anonymous: { query: Q.restoreEvent, vars: id('podpArchived'), expect: 'UNAUTHENTICATED' },
  },
  setEventException: {
    allowed: { as: 'methodist.podporozhye', query: Q.setEventException, vars: id('podpSeries') },
    outOfScope: { as: 'school12.vorkuta', query: Q.setEventException, vars: id('podpSeries'), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.setEventException, vars: id('podpSeries') },
    anonymous: { query: Q.setEventException, vars: id('podpSeries'), expect: 'UNAUTHENTICATED' },
  },
  removeEventException: {
    allowed: { as: 'methodist.podporozhye', query: Q.removeEventException, vars: id('podpSeriesWithException') },
    outOfScope: { as: 'school12.vorkuta', query: Q.removeEventException, vars: id('podpSeriesWithException'), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.removeEventException, vars: id('podpSeriesWithException') },
    anonymous: { query: Q.removeEventException, vars: id('podpSeriesWithException'), expect: 'UNAUTHENTICATED' },
  },
  registerForEvent: {
    allowed: { as: 'teacher.filippov', query: Q.registerForEvent, vars: id('vorkutaOpen'), check: (d) => expect(d['registerForEvent']).toMatchObject({ myRegistration: { status: 'REGISTERED' } }) },
    outOfScope: { as: 'mentor.zhdanova', query: Q.registerForEvent, vars: id('podp'), code: 'NOT_FOUND' },
    anonymous: { query: Q.registerForEvent, vars: id('vorkutaOpen'), expect: 'UNAUTHENTICATED' },
  },
  cancelEventRegistration: {
    allowed: { as: 'teacher.filippov', query: Q.cancelEventRegistration, vars: id('vorkutaRegistered'), check: (d) => expect(d['cancelEventRegistration']).toMatchObject({ myRegistration: { status: 'CANCELLED' } }) },
    outOfScope: { as: 'mentor.zhdanova', query: Q.cancelEventRegistration, vars: id('podp'), code: 'NOT_FOUND' },
    anonymous: { query: Q.cancelEventRegistration, vars: id('vorkutaRegistered'), expect: 'UNAUTHENTICATED' },
  },
  markEventAttendance: {
    allowed: { as: 'school12.vorkuta', query: Q.markEventAttendance, vars: (f) => ({ id: f.vorkutaToday, p: f.filippov }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.markEventAttendance, vars: (f) => ({ id: f.vorkutaToday, p: f.filippov }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.markEventAttendance, vars: (f) => ({ id: f.vorkutaToday, p: f.filippov }), message: 'Посещение отмечают организаторы и ответственные' },
    anonymous: { query: Q.markEventAttendance, vars: (f) => ({ id: f.vorkutaToday, p: f.filippov }), expect: 'UNAUTHENTICATED' },
  },
  leaveEventFeedback: {
    allowed: { as: 'teacher.filippov', query: Q.leaveEventFeedback, vars: id('vorkutaAttended') },
    outOfScope: { as: 'mentor.zhdanova', query: Q.leaveEventFeedback, vars: id('podp'), code: 'NOT_FOUND' },
    forbidden: { as: 'school12.vorkuta', query: Q.leaveEventFeedback, vars: id('vorkutaAttended'), message: 'Отзыв оставляет участник' },
    anonymous: { query: Q.leaveEventFeedback, vars: id('vorkutaAttended'), expect: 'UNAUTHENTICATED' },
  },
  addEventMaterial: {
    allowed: { as: 'methodist.podporozhye', query: Q.addEventMaterial, vars: id('podp') },
    outOfScope: { as: 'school12.vorkuta', query: Q.addEventMaterial, vars: id('podp'), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.addEventMaterial, vars: id('podp') },
    anonymous: { query: Q.addEventMaterial, vars: id('podp'), expect: 'UNAUTHENTICATED' },
  },
  removeEventMaterial: {
    allowed: { as: 'methodist.podporozhye', query: Q.removeEventMaterial, vars: id('podpMaterialToRemove') },
    outOfScope: { as: 'school12.vorkuta', query: Q.removeEventMaterial, vars: id('podpMaterialToRemove'), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.removeEventMaterial, vars: id('podpMaterialToRemove') },
    anonymous: { query: Q.removeEventMaterial, vars: id('podpMaterialToRemove'), expect: 'UNAUTHENTICATED' },
  },
};
