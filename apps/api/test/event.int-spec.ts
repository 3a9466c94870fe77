import { isoDay } from './support/route-fixtures';
import { idOf, startTestApp, TestApp } from './support/test-app';

type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const ext = <T>(r: R<T>) => r.errors?.[0]?.extensions;
const fieldsOf = <T>(r: R<T>) => (ext(r)?.fields ?? []).map((f) => f.field);

const E = `id title kind status timing startsOn endsOn startsAt periodLabel onlineUrl revision capacity registeredCount seatsLeft canEdit canMarkAttendance
  registrationProblem attended host { kind name } organizers { id name } responsible { personId person { fullName } } competences { code }
  series { frequency interval count until } occurrences { occurrenceDate startsOn endsOn cancelled moved revision }
  myRegistration { status } registrations { personId status person { fullName } } attendance { personId occurrenceDate }
  feedback { personId rating comment } feedbackSummary { count average } materials { id kind title url fileName fileSize } archivedAt`;
type Ev = {
  id: string;
  status: string;
  revision: number;
  registeredCount: number;
  seatsLeft: number | null;
  canEdit: boolean;
  canMarkAttendance: boolean;
  registrationProblem: string | null;
  attended: boolean;
  startsAt: string | null;
  organizers: { id: string; name: string }[];
  responsible: { personId: string }[];
  competences: { code: string }[];
  occurrences: { occurrenceDate: string; startsOn: string; endsOn: string; cancelled: boolean; moved: boolean; revision: number }[];
  myRegistration: { status: string } | null;
  registrations: { personId: string; status: string }[];
  attendance: { personId: string; occurrenceDate: string }[];
  feedback: { personId: string; rating: number }[];
  feedbackSummary: { count: number; average: number | null };
  materials: { id: string; kind: string; fileName: string | null; fileSize: number | null }[];
  archivedAt: string | null;
};
const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { ${E} } }`;
const UPDATE = `mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { ${E} } }`;
const GET = `query($id: ID!) { event(id: $id) { ${E} } }`;
const REGISTER = `mutation($id: ID!) { registerForEvent(eventId: $id) { id registeredCount myRegistration { status } } }`;
const CANCEL = `mutation($id: ID!) { cancelEventRegistration(eventId: $id) { id registeredCount myRegistration { status } } }`;
const MARK = `mutation($id: ID!, $input: EventAttendanceInput!) { markEventAttendance(eventId: $id, input: $input) { ${E} } }`;
const FEEDBACK = `mutation($id: ID!, $input: EventFeedbackInput!) { leaveEventFeedback(eventId: $id, input: $input) { ${E} } }`;
const EXCEPTION = `mutation($id: ID!, $input: EventExceptionInput!) { setEventException(eventId: $id, input: $input) { ${E} } }`;
const MATERIAL = `mutation($id: ID!, $input: EventMaterialInput!) { addEventMaterial(eventId: $id, input: $input) { ${E} } }`;

describe('events', () => {
  let t: TestApp;
  let methodist: string;
  let admin: string;
  let network: string;
  let org12: string;
  let sosh3: string;
  let comp: string;
  let filippov: string;
  let zhdanova: string;
  const one = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
  const counts = async () =>
    ((await t.db.query(
      `SELECT (SELECT count(*) FROM event) e, (SELECT count(*) FROM event_organizer) o, (SELECT count(*) FROM event_responsible) r, (SELECT count(*) FROM event_registration) g,
              (SELECT count(*) FROM event_attendance) a, (SELECT count(*) FROM event_feedback) f, (SELECT count(*) FROM event_material) m, (SELECT count(*) FROM event_exception) x`,
    )) as unknown[])[0];
  const base = (over: Record<string, unknown> = {}) => ({ title: 'Семинар «Функциональная грамотность на уроке»', kind: 'SEMINAR', startsOn: isoDay(10), ...over });

  beforeAll(async () => {
    t = await startTestApp();
    [methodist, admin] = await Promise.all([t.login('methodist.podporozhye'), t.login('admin')]);
    network = await one(`SELECT id FROM network WHERE external_id = 'demo:network:podporozhye-shkola-shkole'`);
    org12 = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12');
    sosh3 = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-3');
    comp = await one(`SELECT c.id FROM competence c ORDER BY c.code LIMIT 1`);
    filippov = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-young-math');
    zhdanova = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh35-math');
  });
  afterAll(() => t.close());

  it('a methodist creates a network event with organisers, responsible and competences, edits it (revision grows), archives and restores it', async () => {
    const head = await one(`SELECT p.person_id AS id FROM position p WHERE p.organization_id = $1 LIMIT 1`, [sosh3]);
    const created = await t.gql<{ createEvent: Ev }>(
      CREATE,
      {
        input: base({
          networkId: network,
          timing: 'DATE_TIME',
          startTime: '10:00',
          endTime: '12:30',
          onlineUrl: 'https://meet.example.org/seminar',
          organizerIds: [sosh3],
          responsibleIds: [head],
          competenceIds: [comp],
          audience: 'Заместители директоров по УВР',
          audienceTarget: 'ADMINISTRATORS',
          plannedResult: 'Повышение профессиональных компетенций',
          capacity: 30,
        }),
      },
      methodist,
    );
    expect(created.errors).toBeUndefined();
    const e = created.data!.createEvent;
    expect(e).toMatchObject({ canEdit: true, canMarkAttendance: true, revision: 0, status: 'PLANNED', seatsLeft: 30, registeredCount: 0 });
    expect(e.startsAt).toBe(new Date(`${isoDay(10)}T10:00:00+03:00`).toISOString());
    expect(e.organizers.map((o) => o.id)).toEqual([sosh3]);
    expect(e.responsible.map((r) => r.personId)).toEqual([head]);
    expect(e.competences).toHaveLength(1);
    expect(e.occurrences).toHaveLength(1);
    const updated = await t.gql<{ updateEvent: Ev }>(UPDATE, { id: e.id, input: base({ title: 'Семинар (перенесён)', startsOn: isoDay(12), organizerIds: [], responsibleIds: [], competenceIds: [comp] }) }, methodist);
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateEvent).toMatchObject({ revision: 1, organizers: [], responsible: [], startsAt: null });
    const archived = await t.gql<{ archiveEvent: Ev }>(`mutation($id: ID!) { archiveEvent(id: $id) { ${E} } }`, { id: e.id }, methodist);
    expect(archived.data!.archiveEvent.archivedAt).not.toBeNull();
    const locked = await t.gql(UPDATE, { id: e.id, input: base() }, methodist);
    expect(ext(locked)?.code).toBe('BAD_USER_INPUT');
    const restored = await t.gql<{ restoreEvent: Ev }>(`mutation($id: ID!) { restoreEvent(id: $id) { ${E} } }`, { id: e.id }, methodist);
    expect(restored.data!.restoreEvent).toMatchObject({ archivedAt: null, revision: 3 });
    const audit: unknown[] = await t.db.query(`SELECT 1 FROM audit_log WHERE entity_type = 'event' AND entity_id = $1`, [e.id]);
    expect(audit.length).toBe(4);
  });

  it('refuses bad input on create and update, writing nothing', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, string][] = [
      [base({ networkId: network, title: '  ' }), 'title'],
      [base({ networkId: network, onlineUrl: 'javascript:alert(1)' }), 'onlineUrl'],
      [base({ networkId: network, endsOn: isoDay(5) }), 'endsOn'],
      [base({ networkId: network, timing: 'DATE_TIME' }), 'startTime'],
      [base({ networkId: network, timing: 'DATE_TIME', startTime: '25:00' }), 'startTime'],
      [base({ networkId: network, timing: 'PERIOD' }), 'periodLabel'],
      [base({ networkId: network, series: { frequency: 'MONTHLY', count: 3, until: isoDay(100) } }), 'series.count'],
      [base({ networkId: network, series: { frequency: 'MONTHLY', count: 61 } }), 'series.count'],
      [base({ networkId: network, capacity: 0 }), 'capacity'],
      [base({ networkId: network, startsOn: '2026-02-30' }), 'startsOn'],
      [base({ networkId: network, status: 'HELD' }), 'status'],
      [base({ networkId: network, organizerIds: [org12] }), 'organizerIds.0'],
      [base({ networkId: network, responsibleIds: [filippov] }), 'responsibleIds.0'],
      [base({ networkId: network, competenceIds: ['00000000-0000-4000-8000-000000000000'] }), 'competenceIds.0'],
      [base({ organizationId: org12 }), 'organizationId'],
      [base({ networkId: network, organizationId: sosh3 }), 'networkId'],
      [base({}), 'networkId'],
    ];
    for (const [input, field] of cases) {
      const r = await t.gql(CREATE, { input }, methodist);
      expect([field, ext(r)?.code]).toEqual([field, 'BAD_USER_INPUT']);
      expect([field, fieldsOf(r)]).toEqual([field, expect.arrayContaining([field])]);
    }
    const id = await one(`SELECT id FROM event WHERE external_id = 'demo:event:podp-2020-2-6'`);
    const bad = await t.gql(UPDATE, { id, input: base({ onlineUrl: 'ftp://x' }) }, methodist);
    expect(fieldsOf(bad)).toContain('onlineUrl');
    const random = await t.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: base() }, methodist);
    expect(ext(random)?.code).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it('a series generates its occurrences; exceptions move or cancel one without changing its identity; revisions grow', async () => {
    const created = await t.gql<{ createEvent: Ev }>(
      CREATE,
      { input: base({ title: 'Квартальный семинар', networkId: network, startsOn: '2027-01-15', series: { frequency: 'QUARTERLY', interval: 1, count: 4 } }) },
      methodist,
    );
    expect(created.errors).toBeUndefined();
    const s = created.data!.createEvent;
    expect(s.occurrences.map((o) => o.occurrenceDate)).toEqual(['2027-01-15', '2027-04-15', '2027-07-15', '2027-10-15']);
    const moved = await t.gql<{ setEventException: Ev }>(EXCEPTION, { id: s.id, input: { occurrenceDate: '2027-04-15', kind: 'MOVED', startsOn: '2027-04-22', note: 'Совпадает с ВПР' } }, methodist);
    expect(moved.errors).toBeUndefined();
    const cancelled = await t.gql<{ setEventException: Ev }>(EXCEPTION, { id: s.id, input: { occurrenceDate: '2027-07-15', kind: 'CANCELLED' } }, methodist);
    const occ = cancelled.data!.setEventException.occurrences;
    expect(occ.map((o) => [o.occurrenceDate, o.startsOn, o.moved, o.cancelled])).toEqual([
      ['2027-01-15', '2027-01-15', false, false],
      ['2027-04-15', '2027-04-22', true, false],
      ['2027-07-15', '2027-07-15', false, true],
      ['2027-10-15', '2027-10-15', false, false],
    ]);
    // The series' revision grew with each exception; moving the same occurrence again grows its own revision too.
    expect(cancelled.data!.setEventException.revision).toBe(2);
    const again = await t.gql<{ setEventException: Ev }>(EXCEPTION, { id: s.id, input: { occurrenceDate: '2027-04-15', kind: 'MOVED', startsOn: '2027-04-29' } }, methodist);
    const second = again.data!.setEventException.occurrences.find((o) => o.occurrenceDate === '2027-04-15')!;
    expect(second).toMatchObject({ startsOn: '2027-04-29', revision: 3 + 1 });
    // An exception is a row, not a copy of the event.
    expect(await t.db.query(`SELECT count(*)::int AS n FROM event_exception WHERE event_id = $1`, [s.id])).toEqual([{ n: 2 }]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM event WHERE title = 'Квартальный семинар'`)).toEqual([{ n: 1 }]);
    const restored = await t.gql<{ removeEventException: Ev }>(`mutation($id: ID!) { removeEventException(eventId: $id, occurrenceDate: "2027-07-15") { ${E} } }`, { id: s.id }, methodist);
    expect(restored.data!.removeEventException.occurrences.find((o) => o.occurrenceDate === '2027-07-15')!.cancelled).toBe(false);
    const before = await counts();
    const notInSeries = await t.gql(EXCEPTION, { id: s.id, input: { occurrenceDate: '2027-02-15', kind: 'CANCELLED' } }, methodist);
    expect(fieldsOf(notInSeries)).toEqual(['occurrenceDate']);
    const noDate = await t.gql(EXCEPTION, { id: s.id, input: { occurrenceDate: '2027-10-15', kind: 'MOVED' } }, methodist);
    expect(fieldsOf(noDate)).toEqual(['startsOn']);
    const badDate = await t.gql(`mutation($id: ID!) { removeEventException(eventId: $id, occurrenceDate: "2027-13-01") { id } }`, { id: s.id }, methodist);
    expect(fieldsOf(badDate)).toEqual(['occurrenceDate']);
    const single = await one(`SELECT id FROM event WHERE external_id = 'demo:event:podp-2020-2-6'`);
    const notSeries = await t.gql(EXCEPTION, { id: single, input: { occurrenceDate: '2021-03-01', kind: 'CANCELLED' } }, methodist);
    expect(fieldsOf(notSeries)).toEqual(['occurrenceDate']);
    expect(await counts()).toEqual(before);
  });

  it('never over-fills a capped event, however many register at once', async () => {
    const created = await t.gql<{ createEvent: Ev }>(CREATE, { input: base({ title: 'Мастер-класс (3 места)', kind: 'MASTER_CLASS', organizationId: org12, capacity: 3 }) }, admin);
    const id = created.data!.createEvent.id;
    const people = (await t.db.query(`SELECT person_id AS id FROM position WHERE organization_id = $1 ORDER BY person_id LIMIT 8`, [org12])) as { id: string }[];
    const tokens = await Promise.all(
      people.map(async (p, i) => {
        const acc = await one(`INSERT INTO account (login, display_name, password_hash, person_id) SELECT $1, 'Фикстура', password_hash, $2 FROM account WHERE login = 'admin' RETURNING id`, [
          `event.teacher${i}`,
          p.id,
        ]);
        await t.db.query(`INSERT INTO role_grant (account_id, role, scope_key) VALUES ($1, 'TEACHER', '')`, [acc]);
        return t.login(`event.teacher${i}`);
      }),
    );
    const results = await Promise.all(tokens.map((token) => t.gql(REGISTER, { id }, token)));
    expect(results.filter((r) => !r.errors)).toHaveLength(3);
    const refused = results.filter((r) => r.errors);
    expect(refused).toHaveLength(5);
    for (const r of refused) expect([ext(r)?.code, r.errors![0].message]).toEqual(['CONFLICT', 'Мест больше нет']);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM event_registration WHERE event_id = $1 AND status = 'REGISTERED'`, [id])).toEqual([{ n: 3 }]);
    // A cancelled seat frees up for the next one.
    const winner = tokens[results.findIndex((r) => !r.errors)];
    const loser = tokens[results.findIndex((r) => r.errors)];
    expect((await t.gql(CANCEL, { id }, winner)).errors).toBeUndefined();
    const next = await t.gql<{ registerForEvent: { registeredCount: number } }>(REGISTER, { id }, loser);
    expect(next.data!.registerForEvent.registeredCount).toBe(3);
  });

  it('registration, attendance by the responsible, feedback by those who attended', async () => {
    const [teacher, mentor, school] = await Promise.all([t.login('teacher.filippov'), t.login('mentor.zhdanova'), t.login('school12.vorkuta')]);
    const created = await t.gql<{ createEvent: Ev }>(
      CREATE,
      { input: base({ title: 'Открытый урок математики', kind: 'OPEN_LESSON', organizationId: org12, startsOn: isoDay(0), responsibleIds: [zhdanova] }) },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createEvent.id;
    const seen = await t.gql<{ event: Ev }>(GET, { id }, teacher);
    expect(seen.data!.event).toMatchObject({ registrationProblem: null, myRegistration: null, canEdit: false, canMarkAttendance: false });
    expect((await t.gql(REGISTER, { id }, teacher)).errors).toBeUndefined();
    const twice = await t.gql(REGISTER, { id }, teacher);
    expect(ext(twice)?.code).toBe('CONFLICT');
    // Feedback only after attending; attendance only by its managers and responsible people.
    expect(ext(await t.gql(FEEDBACK, { id, input: { rating: 5 } }, teacher))?.code).toBe('FORBIDDEN');
    expect(ext(await t.gql(MARK, { id, input: { personIds: [filippov], attended: true } }, teacher))?.code).toBe('FORBIDDEN');
    const notRegistered = await t.gql(MARK, { id, input: { personIds: [zhdanova], attended: true } }, mentor);
    expect(fieldsOf(notRegistered)).toEqual(['personIds.0']);
    const wrongDay = await t.gql(MARK, { id, input: { occurrenceDate: isoDay(1), personIds: [filippov], attended: true } }, mentor);
    expect(fieldsOf(wrongDay)).toEqual(['occurrenceDate']);
    const marked = await t.gql<{ markEventAttendance: Ev }>(MARK, { id, input: { personIds: [filippov], attended: true } }, mentor);
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.markEventAttendance.attendance).toEqual([{ personId: filippov, occurrenceDate: isoDay(0) }]);
    expect(marked.data!.markEventAttendance.canMarkAttendance).toBe(true);
    expect(ext(await t.gql(CANCEL, { id }, teacher))?.code).toBe('CONFLICT');
    const badRating = await t.gql(FEEDBACK, { id, input: { rating: 6 } }, teacher);
    expect(fieldsOf(badRating)).toEqual(['rating']);
    const fb = await t.gql<{ leaveEventFeedback: Ev }>(FEEDBACK, { id, input: { rating: 4, comment: 'Полезно' } }, teacher);
    expect(fb.errors).toBeUndefined();
    expect(fb.data!.leaveEventFeedback).toMatchObject({ attended: true, feedbackSummary: { count: 1, average: 4 }, feedback: [{ personId: filippov, rating: 4 }] });
    // The school's administrator manages the event and sees everyone's rows; a teacher sees only their own.
    const staff = await t.gql<{ event: Ev }>(GET, { id }, school);
    expect(staff.data!.event.registrations.map((r) => r.personId)).toEqual([filippov]);
    const other = await t.gql<{ event: Ev }>(GET, { id }, mentor);
    expect(other.data!.event.registrations.map((r) => r.personId)).toEqual([filippov]);
    // Out of the methodist's reach: NOT_FOUND, existence not told.
    expect(ext(await t.gql(GET, { id }, methodist))?.code).toBe('NOT_FOUND');
    expect(ext(await t.gql(REGISTER, { id }, methodist))?.code).toBe('NOT_FOUND');
    const audit = (await t.db.query(`SELECT action FROM audit_log WHERE entity_type = 'event' AND entity_id = $1 ORDER BY at`, [id])) as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['create', 'register', 'mark-attendance', 'feedback']);
  });

  it('keeps materials as links or checked uploads and serves the file to those who see the event', async () => {
    const id = await one(`SELECT id FROM event WHERE external_id = 'demo:event:podp-2022-1-3'`);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF').toString('base64');
    const link = await t.gql<{ addEventMaterial: Ev }>(MATERIAL, { id, input: { kind: 'PRESENTATION', title: 'Презентация', url: 'https://example.org/slides' } }, methodist);
    expect(link.errors).toBeUndefined();
    const before = await counts();
    const refusals: [Record<string, unknown>, string][] = [
      [{ kind: 'SCENARIO', title: 'Сценарий', fileName: 'сценарий.exe', contentBase64: pdf }, 'fileName'],
      [{ kind: 'SCENARIO', title: 'Сценарий', fileName: 'сценарий.png', contentBase64: pdf }, 'contentBase64'],
      [{ kind: 'SCENARIO', title: 'Сценарий' }, 'url'],
      [{ kind: 'SCENARIO', title: 'Сценарий', url: 'https://example.org', fileName: 'a.pdf', contentBase64: pdf }, 'url'],
      [{ kind: 'SCENARIO', title: ' ', url: 'https://example.org' }, 'title'],
    ];
    for (const [input, field] of refusals) expect([field, fieldsOf(await t.gql(MATERIAL, { id, input }, methodist))]).toEqual([field, [field]]);
    expect(await counts()).toEqual(before);
    const file = await t.gql<{ addEventMaterial: Ev }>(MATERIAL, { id, input: { kind: 'SCENARIO', title: 'Сценарий', fileName: '../сценарий круглого стола.pdf', contentBase64: pdf } }, methodist);
    expect(file.errors).toBeUndefined();
    const m = file.data!.addEventMaterial.materials.find((x) => x.kind === 'SCENARIO')!;
    expect(m.fileName).toBe('сценарий круглого стола.pdf');
    const got = await t.gql<{ eventMaterialFile: { fileType: string; contentBase64: string } }>(`query($id: ID!) { eventMaterialFile(materialId: $id) { fileType contentBase64 } }`, { id: m.id }, methodist);
    expect(got.data!.eventMaterialFile).toEqual({ fileType: 'application/pdf', contentBase64: pdf });
    const teacher = await t.login('teacher.filippov');
    expect(ext(await t.gql(`query($id: ID!) { eventMaterialFile(materialId: $id) { fileType } }`, { id: m.id }, teacher))?.code).toBe('NOT_FOUND');
    const removed = await t.gql<{ removeEventMaterial: Ev }>(`mutation($id: ID!) { removeEventMaterial(materialId: $id) { ${E} } }`, { id: m.id }, methodist);
    expect(removed.data!.removeEventMaterial.materials.map((x) => x.kind)).toEqual(['PRESENTATION']);
  });

  it('filters the list by host network, municipality, kind, competence, dates and status', async () => {
    const L = `query($filter: EventFilter) { events(first: 100, filter: $filter) { totalCount nodes { id title kind startsOn status } } }`;
    const list = async (filter: Record<string, unknown>) => (await t.gql<{ events: { totalCount: number; nodes: { title: string; kind: string; startsOn: string }[] } }>(L, { filter }, admin)).data!.events;
    const friends = await one(`SELECT id FROM network WHERE external_id = 'demo:network:budem-druzhit-shkolami'`);
    expect((await list({ networkId: friends })).nodes.map((n) => n.kind)).toEqual(['METHODOLOGICAL_SESSION', 'TELEBRIDGE', 'UNIFIED_METHODOLOGICAL_DAY', 'FESTIVAL', 'MARATHON', 'METHODOLOGICAL_SESSION']);
    expect((await list({ networkId: network, kind: 'ROUND_TABLE', to: '2021-12-31' })).nodes.map((n) => n.startsOn)).toEqual(['2021-03-01', '2021-03-01']);
    // The council series spans 2020–2023: a date range inside it finds it.
    const council = await list({ kind: 'COORDINATION_COUNCIL', from: '2023-05-01', to: '2023-05-31' });
    expect(council.nodes.map((n) => n.title)).toEqual(['Заседание Координационного совета']);
    const vorkutaMun = await one(`SELECT municipality_id AS id FROM organization WHERE id = $1`, [org12]);
    expect((await list({ municipalityId: vorkutaMun })).nodes.every((n) => n.title !== 'Заседание Координационного совета')).toBe(true);
    expect((await list({ competenceId: comp })).nodes.map((n) => n.title)).toContain('Семинар (перенесён)');
    expect((await list({ status: 'CANCELLED' })).totalCount).toBe(0);
    const bad = await t.gql(L, { filter: { from: '2026-99-01' } }, admin);
    expect(ext(bad)?.code).toBe('BAD_USER_INPUT');
    // Scope: the Podporozhye methodist sees no Vorkuta events; a Vorkuta teacher no Podporozhye ones.
    const podp = (await t.gql<{ events: { nodes: { title: string }[] } }>(L, {}, methodist)).data!.events.nodes.map((n) => n.title);
    expect(podp).not.toContain('Открытый урок математики');
    const teacher = await t.login('teacher.filippov');
    const mine = (await t.gql<{ events: { nodes: { title: string }[] } }>(L, {}, teacher)).data!.events.nodes.map((n) => n.title);
    expect(mine).toContain('Открытый урок математики');
    expect(mine).not.toContain('Заседание Координационного совета');
  });

  it('answers the list and the event page at a bounded number of statements', async () => {
    const LIST = `query($first: Int!) { events(first: $first) { totalCount nodes { ${E} } } }`;
    const cost = async (first: number) => {
      t.counter.reset();
      const r = await t.gql(LIST, { first }, admin);
      expect(r.errors).toBeUndefined();
      return t.counter.statements;
    };
    // Pages holding events of every kind of nested row (registrations, attendance, feedback, organisers) cost the same, however many rows.
    const some = await cost(30);
    expect(await cost(60)).toBe(some);
    expect(some).toBeLessThanOrEqual(20);
    const page = async (key: string) => {
      const id = await one(`SELECT id FROM event WHERE external_id = $1`, [key]);
      t.counter.reset();
      const r = await t.gql(GET, { id }, admin);
      expect(r.errors).toBeUndefined();
      return t.counter.statements;
    };
    // A page with registrations, attendance and feedback costs what one with registrations alone does (one batch each).
    const full = await page('demo:event:friends-telebridge-teachers-day');
    expect(full).toBe(await page('demo:event:friends-emd'));
    expect(full).toBeLessThanOrEqual(20);
    expect(await page('demo:event:friends-marathon-preobrazovanie')).toBeLessThanOrEqual(full);
  });
});
