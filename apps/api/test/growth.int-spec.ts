import { DataSource } from 'typeorm';
import { insertCalendarEvent } from './support/calendar-fixtures';
import { application, cohortWithSessions, internshipFixtures, InternshipFixtures, teachersAt } from './support/internship-fixtures';
import { startTestApp, TestApp } from './support/test-app';

type Row = { date: string; kind: string; title: string | null; hours: number | null; eventId: string | null; certificateNumber: string | null };
type Year = { schoolYear: number; label: string; totalHours: number; rows: Row[] };
const HOURS = `query($id: ID!) { person(id: $id) { id professionalHours { schoolYear label totalHours rows { date kind title hours eventId certificateNumber } } } }`;
const PEOPLE = `query($first: Int!, $org: ID) { people(first: $first, filter: { organizationId: $org }) { nodes { id professionalHours { label totalHours rows { title hours } } } } }`;

const one = async (db: DataSource, sql: string, params: unknown[] = []) => ((await db.query(sql, params)) as { id: string }[])[0]!.id;

/** An event hosted by the school with these academic hours (null: none), attended by the person on these dates. */
async function attendedEvent(db: DataSource, o: { title: string; org: string; person: string; hours: number | null; dates: string[]; weekly?: boolean }): Promise<string> {
  const last = o.dates[o.dates.length - 1]!;
  const id = await insertCalendarEvent(db, {
    title: o.title,
    organizationId: o.org,
    startsOn: o.dates[0]!,
    recurrence: o.weekly ? 'WEEKLY' : undefined,
    recurrenceCount: o.weekly ? 10 : undefined,
    spanEndsOn: o.weekly ? last : undefined,
  });
  await db.query(`UPDATE event SET hours = $2 WHERE id = $1`, [id, o.hours]);
  for (const d of o.dates) await db.query(`INSERT INTO event_attendance (event_id, occurrence_date, person_id) VALUES ($1, $2, $3)`, [id, d, o.person]);
  return id;
}

/** The person completed both modules of the fixtures' programme (18 h each) on these dates; a valid certificate for the cohort. */
async function completedModules(db: DataSource, f: InternshipFixtures, person: string, dates: [string, string], certificate: string): Promise<void> {
  const { cohort } = await cohortWithSessions(db, f);
  const app = await application(db, cohort, person, 'APPROVED');
  for (const [i, module] of [f.module1, f.module2].entries()) {
    await db.query(
      `INSERT INTO internship_completion (application_id, person_id, program_id, module_id, title, hours, completed_on) VALUES ($1, $2, $3, $4, $5, 18, $6)`,
      [app, person, f.program, module, `Модуль ${i + 1}`, dates[i]],
    );
  }
  await db.query(
    `INSERT INTO internship_certificate (number, application_id, person_id, holder_name, program_id, program_title, site_title, issuer_organization_id, issuer_name, hours, starts_on, ends_on, issued_on, criteria)
     VALUES ($1, $2, $3, 'Тест Тестович', $4, 'Проектный урок', 'Площадка', $5, 'МОУ СОШ № 35', 36, $6, $7, $7, 'Посещаемость не ниже 80 %')`,
    [certificate, app, person, f.program, f.org35, dates[0], dates[1]],
  );
}

describe('professional-development hours (Person.professionalHours)', () => {
  let t: TestApp;
  let f: InternshipFixtures;
  let school12: string;
  let teacher: string;

  beforeAll(async () => {
    t = await startTestApp();
    f = await internshipFixtures(t.db);
    school12 = await t.login('school12.vorkuta');
    [teacher] = await teachersAt(t.db, f.org12, 1, 'Часовая');
    await completedModules(t.db, f, teacher!, ['2025-10-15', '2026-02-10'], 'МС-2026-990001');
    await attendedEvent(t.db, { title: 'Семинар «Проектный урок»', org: f.org12, person: teacher!, hours: 4, dates: ['2026-03-01'] });
    await attendedEvent(t.db, { title: 'Практикум по оцениванию', org: f.org12, person: teacher!, hours: 2, dates: ['2026-08-20', '2026-08-27', '2026-09-03'], weekly: true });
    await attendedEvent(t.db, { title: 'Педсовет без часов', org: f.org12, person: teacher!, hours: null, dates: ['2026-01-20'] });
  });
  afterAll(() => t.close());

  it('sums completed modules and attended occurrences per school year (September–August); an event without hours counts nothing', async () => {
    const r = await t.gql<{ person: { professionalHours: Year[] } }>(HOURS, { id: teacher }, school12);
    expect(r.errors).toBeUndefined();
    const years = r.data!.person.professionalHours;
    expect(years.map((y) => [y.label, y.totalHours])).toEqual([
      ['2026/2027', 2],
      ['2025/2026', 18 + 18 + 4 + 2 + 2],
    ]);
    const rows = years[1]!.rows;
    expect(rows.map((x) => [x.date, x.kind, x.title, x.hours])).toEqual([
      ['2026-08-27', 'EVENT', 'Практикум по оцениванию', 2],
      ['2026-08-20', 'EVENT', 'Практикум по оцениванию', 2],
      ['2026-03-01', 'EVENT', 'Семинар «Проектный урок»', 4],
      ['2026-02-10', 'INTERNSHIP_MODULE', 'Модуль 2', 18],
      ['2026-01-20', 'EVENT', 'Педсовет без часов', null],
      ['2025-10-15', 'INTERNSHIP_MODULE', 'Модуль 1', 18],
    ]);
    expect(rows.filter((x) => x.kind === 'EVENT').every((x) => x.eventId)).toBe(true);
    expect(rows.filter((x) => x.kind === 'INTERNSHIP_MODULE').map((x) => x.certificateNumber)).toEqual(['МС-2026-990001', 'МС-2026-990001']);
  });

  it('audits the read: a row naming the person', async () => {
    const before = Number(((await t.db.query(`SELECT count(*) AS n FROM audit_log WHERE $1 = ANY(person_ids)`, [teacher])) as { n: string }[])[0]!.n);
    const r = await t.gql(HOURS, { id: teacher }, school12);
    expect(r.errors).toBeUndefined();
    const after = (await t.db.query(`SELECT action, after FROM audit_log WHERE $1 = ANY(person_ids) ORDER BY at DESC`, [teacher])) as { action: string; after: { fields: string[] } }[];
    expect(after.length).toBeGreaterThan(before);
    expect(after.slice(0, after.length - before)).toContainEqual(expect.objectContaining({ action: 'read-list', after: expect.objectContaining({ fields: ['person'] }) }));
  });

  it('answers NOT_FOUND for a person of another region, with no hours', async () => {
    const r = await t.gql(HOURS, { id: teacher }, await t.login('methodist.timashevsk'));
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(r.data).toBeNull();
  });

  it('hides an event the caller may not see (no title, no link) but keeps its hours in the record', async () => {
    const other = await one(t.db, `SELECT id FROM organization WHERE external_id = 'demo:org:47-podp-sosh-3'`);
    const id = await attendedEvent(t.db, { title: 'Семинар чужого района', org: other, person: teacher!, hours: 3, dates: ['2027-01-15'] });
    try {
      const r = await t.gql<{ person: { professionalHours: Year[] } }>(HOURS, { id: teacher }, school12);
      const year = r.data!.person.professionalHours[0]!;
      expect(year.totalHours).toBe(5);
      expect(year.rows.find((x) => x.date === '2027-01-15')).toMatchObject({ title: null, eventId: null, hours: 3 });
      expect(JSON.stringify(r.data)).not.toContain('чужого района');
    } finally {
      await t.db.query(`DELETE FROM event_attendance WHERE event_id = $1`, [id]);
    }
  });

  it('costs the same number of SQL statements for a list of 3 people as for 30', async () => {
    const extra = await teachersAt(t.db, f.org12, 30, 'Счётная');
    for (const p of extra.slice(0, 10)) await attendedEvent(t.db, { title: `Семинар ${p.slice(0, 4)}`, org: f.org12, person: p, hours: 1.5, dates: ['2026-04-01'] });
    const cost = async (first: number) => {
      t.counter.reset();
      const r = await t.gql<{ people: { nodes: { professionalHours: Year[] | null }[] } }>(PEOPLE, { first, org: f.org12 }, school12);
      expect(r.errors).toBeUndefined();
      return { statements: t.counter.statements, people: r.data!.people.nodes.length, withHours: r.data!.people.nodes.filter((n) => n.professionalHours?.length).length };
    };
    const few = await cost(3);
    const many = await cost(30);
    expect(many.people).toBe(30);
    expect(many.withHours).toBeGreaterThan(few.withHours);
    expect(many.statements).toBe(few.statements);
  });

  it('demo: the invented interns who completed the cohort show hours from modules and from the illustrative practicum in 2025/2026', async () => {
    const interns = (await t.db.query(
      `SELECT p.id, sum(c.hours)::float AS modules FROM internship_completion c JOIN person p ON p.id = c.person_id WHERE p.illustrative GROUP BY p.id, p.external_id ORDER BY p.external_id`,
    )) as { id: string; modules: number }[];
    expect(interns.length).toBeGreaterThan(0);
    const methodist = await t.login('methodist.timashevsk');
    for (const [i, p] of interns.entries()) {
      const r = await t.gql<{ person: { professionalHours: Year[] } }>(HOURS, { id: p.id }, methodist);
      expect(r.errors).toBeUndefined();
      const year = r.data!.person.professionalHours.find((y) => y.label === '2025/2026')!;
      expect(year.totalHours).toBe(p.modules + (i === 0 ? 6 : 4));
      expect(new Set(year.rows.map((x) => x.kind))).toEqual(new Set(['INTERNSHIP_MODULE', 'EVENT']));
      expect(year.rows.filter((x) => x.kind === 'INTERNSHIP_MODULE').every((x) => /^МС-2026-\d{6}$/.test(x.certificateNumber ?? ''))).toBe(true);
    }
    // Seeded events carry no invented hours.
    const seeded = (await t.db.query(`SELECT count(*)::int AS n FROM event WHERE external_id LIKE 'demo:%' AND NOT illustrative AND hours IS NOT NULL`)) as { n: number }[];
    expect(seeded[0]!.n).toBe(0);
  });

  describe('event hours field', () => {
    const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id hours } }`;
    const UPDATE = `mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { id hours } }`;
    const base = (network: string, hours: unknown) => ({ title: 'Семинар с часами', kind: 'SEMINAR', startsOn: '2026-11-10', networkId: network, hours });

    it('keeps academic hours on an event, and none (null)', async () => {
      const methodist = await t.login('methodist.podporozhye');
      const network = await one(t.db, `SELECT id FROM network WHERE external_id = 'demo:network:podporozhye-shkola-shkole'`);
      const created = await t.gql<{ createEvent: { id: string; hours: number | null } }>(CREATE, { input: base(network, 4.5) }, methodist);
      expect(created.errors).toBeUndefined();
      expect(created.data!.createEvent.hours).toBe(4.5);
      const cleared = await t.gql<{ updateEvent: { hours: number | null } }>(UPDATE, { id: created.data!.createEvent.id, input: { ...base(network, null), networkId: undefined } }, methodist);
      expect(cleared.errors).toBeUndefined();
      expect(cleared.data!.updateEvent.hours).toBeNull();
    });

    it.each([0, -2, 0.25, 1001, '4'])('refuses hours %p as a field error, writing nothing', async (hours) => {
      const methodist = await t.login('methodist.podporozhye');
      const network = await one(t.db, `SELECT id FROM network WHERE external_id = 'demo:network:podporozhye-shkola-shkole'`);
      const count = async () => Number(((await t.db.query(`SELECT count(*) AS n FROM event`)) as { n: string }[])[0]!.n);
      const before = await count();
      const r = await t.gql(CREATE, { input: base(network, hours) }, methodist);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      if (typeof hours === 'number') expect([...new Set(r.errors![0]!.extensions!.fields!.map((x) => x.field))]).toEqual(['hours']);
      expect(await count()).toBe(before);
    });

    it('the database refuses hours of 0 too (check constraint)', async () => {
      const id = await insertCalendarEvent(t.db, { title: 'Проверка', organizationId: f.org12, startsOn: '2026-11-11' });
      await expect(t.db.query(`UPDATE event SET hours = 0 WHERE id = $1`, [id])).rejects.toThrow(/ck_event_hours/);
    });
  });
});
