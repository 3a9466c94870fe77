import { startTestApp, TestApp } from './support/test-app';

type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const ext = <T>(r: R<T>) => r.errors?.[0]?.extensions;

type Link = { id: string; kind: string; targetId: string; occurrenceDate: string | null; title: string; status: string | null };
type Item = { id: string; number: string; title: string; status: { status: string; derivedFrom: string[] }; links: Link[] };
type Plan = { id: string; stages: { id: string; items: Item[] }[] };
const PLAN = `id stages { id items { id number title status { status derivedFrom } links { id kind targetId occurrenceDate title status } } }`;
const GET = `query($id: ID!) { plan(id: $id) { ${PLAN} } }`;
const CREATE = `mutation($input: CreatePlanInput!) { createPlan(input: $input) { ${PLAN} } }`;
const ADD_STAGE = `mutation($id: ID!, $input: PlanStageInput!) { addPlanStage(planId: $id, input: $input) { ${PLAN} } }`;
const CREATE_ITEM = `mutation($id: ID!, $input: CreatePlanItemInput!) { createPlanItem(stageId: $id, input: $input) { ${PLAN} } }`;
const LINK = `mutation($id: ID!, $input: PlanItemLinkInput!) { linkPlanItem(itemId: $id, input: $input) { ${PLAN} } }`;
const items = (p: Plan) => p.stages.flatMap((s) => s.items);

describe('plan items linked to events and internship cohorts', () => {
  let t: TestApp;
  let methodist: string;
  const one = async <T = { id: string }>(sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as T[])[0];
  const planId = async (key: string) => (await one(`SELECT id FROM plan WHERE external_id = $1`, [key])).id;
  const links = async () => Number((await one<{ n: string }>(`SELECT count(*) AS n FROM plan_item_link`)).n);
  /** A copy of a demo event (same host, so the same readers) with other dates and status. */
  const eventLike = async (key: string, status: string, startsOn: string, series?: { count: number }) =>
    (
      await one(
        `INSERT INTO event (title, kind, organization_id, municipality_id, network_id, timing, starts_on, ends_on, span_ends_on, status, recurrence, recurrence_interval, recurrence_count, source, illustrative)
         SELECT 'Проверка: ' || title, kind, organization_id, municipality_id, network_id, 'DATE', $2::date, $2::date,
                CASE WHEN $4::int IS NULL THEN $2::date ELSE ($2::date + make_interval(months => $4::int - 1))::date END,
                $3, CASE WHEN $4::int IS NULL THEN NULL ELSE 'MONTHLY'::event_recurrence END, 1, $4::int, NULL, true
           FROM event WHERE external_id = $1 RETURNING id`,
        [key, startsOn, status, series?.count ?? null],
      )
    ).id;
  const newItem = async (token: string, municipality: string, title: string) => {
    const p = await t.gql<{ createPlan: Plan }>(CREATE, { input: { kind: 'YEARLY_EVENT_PLAN', title: 'План проверки связей', municipalityId: municipality } }, token);
    expect(p.errors).toBeUndefined();
    const s = await t.gql<{ addPlanStage: Plan }>(ADD_STAGE, { id: p.data!.createPlan.id, input: { title: 'Этап', kind: 'MAIN' } }, token);
    const i = await t.gql<{ createPlanItem: Plan }>(CREATE_ITEM, { id: s.data!.addPlanStage.stages[0].id, input: { title, status: 'NOT_DONE' } }, token);
    expect(i.errors).toBeUndefined();
    return { planId: p.data!.createPlan.id, itemId: items(i.data!.createPlanItem)[0].id };
  };
  const link = async (token: string, itemId: string, input: Record<string, unknown>) => t.gql<{ linkPlanItem: Plan }>(LINK, { id: itemId, input }, token);
  const itemOf = (r: R<{ linkPlanItem: Plan }>) => items(r.data!.linkPlanItem)[0];

  beforeAll(async () => {
    t = await startTestApp();
    methodist = await t.login('methodist.podporozhye');
  });
  afterAll(() => t.close());

  it('links the demo plan items to the demo events their sources name; the items stay planned as the events are', async () => {
    const r = await t.gql<{ plan: Plan }>(GET, { id: await planId('demo:plan:podporozhye-2020-2021') }, methodist);
    expect(r.errors).toBeUndefined();
    const all = items(r.data!.plan);
    const first = all.find((i) => i.number === '1.1.')!;
    expect(first.links).toEqual([
      expect.objectContaining({ kind: 'EVENT', status: 'PLANNED', title: 'Семинар для специалистов ИМС и руководителей ОО «Сетевое наставничество: научные подходы и лучшие практики»' }),
    ]);
    expect(first.status).toEqual({ status: 'PLANNED', derivedFrom: ['EVENT'] });
    expect(all.filter((i) => i.links.some((l) => l.kind === 'EVENT')).map((i) => i.number)).toEqual(['1.1.', '2.2.', '2.3.', '2.5.', '2.6.', '2.7.', '2.8.']);
    // All 17 Podporozhye events carry an item; each its own.
    const podp = await one<{ n: string; d: string }>(
      `SELECT count(*) AS n, count(DISTINCT l.item_id) AS d FROM plan_item_link l JOIN event e ON e.id = l.target_id WHERE e.external_id LIKE 'demo:event:podp-%'`,
    );
    expect([Number(podp.n), Number(podp.d)]).toEqual([17, 17]);
    const vorkuta = await t.login('school12.vorkuta');
    const road = items((await t.gql<{ plan: Plan }>(GET, { id: await planId('demo:plan:vorkuta-roadmap-2022') }, vorkuta)).data!.plan);
    const check = road.find((i) => i.title.startsWith('Организация перекрестных проверок'))!;
    expect(check.links.map((l) => l.title).sort()).toEqual([
      'Перекрестная проверка диагностических работ учащихся 11-х классов в ходе подготовки к ГИА',
      'Перекрестная проверка диагностических работ учащихся 9-х классов в ходе подготовки к ГИА',
    ]);
    const tim = await t.login('methodist.timashevsk');
    const schedule = items((await t.gql<{ plan: Plan }>(GET, { id: await planId('demo:plan:timashevsk-krc-plan-schedule') }, tim)).data!.plan);
    expect(schedule.find((i) => i.title === 'Проведение заседаний Координационного совета')!.links).toEqual([expect.objectContaining({ kind: 'EVENT', title: 'Заседание Координационного совета' })]);
  });

  it('derives DONE from a held event, CANCELLED from a cancelled one, PLANNED from a future one', async () => {
    const municipality = (await one(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`)).id;
    const source = 'demo:event:podp-2020-1-1';
    const held = await eventLike(source, 'HELD', '2026-03-10');
    const cancelled = await eventLike(source, 'CANCELLED', '2026-04-10');
    const future = await eventLike(source, 'PLANNED', '2027-04-10');
    const a = await newItem(methodist, municipality, 'Семинар');
    const done = await link(methodist, a.itemId, { kind: 'EVENT', targetId: held });
    expect(done.errors).toBeUndefined();
    expect(itemOf(done).status).toEqual({ status: 'DONE', derivedFrom: ['EVENT'] });
    expect(itemOf(done).links).toEqual([expect.objectContaining({ kind: 'EVENT', targetId: held, occurrenceDate: null, status: 'DONE' })]);
    // A cancelled event beside a held one does not undo it; alone it cancels the item.
    const both = await link(methodist, a.itemId, { kind: 'EVENT', targetId: cancelled });
    expect(itemOf(both).status.status).toBe('DONE');
    const b = await newItem(methodist, municipality, 'Круглый стол');
    expect(itemOf(await link(methodist, b.itemId, { kind: 'EVENT', targetId: cancelled })).status).toEqual({ status: 'CANCELLED', derivedFrom: ['EVENT'] });
    const c = await newItem(methodist, municipality, 'Конференция');
    expect(itemOf(await link(methodist, c.itemId, { kind: 'EVENT', targetId: future })).status).toEqual({ status: 'PLANNED', derivedFrom: ['EVENT'] });
    // Held later: the item follows.
    await t.db.query(`UPDATE event SET status = 'HELD' WHERE id = $1`, [future]);
    expect(items((await t.gql<{ plan: Plan }>(GET, { id: c.planId }, methodist)).data!.plan)[0].status.status).toBe('DONE');
  });

  it('derives one occurrence of a series: its date passed with attendance marked ⇒ done, cancelled by an exception ⇒ cancelled', async () => {
    const municipality = (await one(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`)).id;
    const series = await eventLike('demo:event:podp-2020-1-1', 'PLANNED', '2026-01-15', { count: 3 });
    const person = (await one(`SELECT id FROM person WHERE external_id LIKE 'demo:person:%' LIMIT 1`)).id;
    await t.db.query(`INSERT INTO event_attendance (event_id, occurrence_date, person_id) VALUES ($1, '2026-02-15', $2)`, [series, person]);
    await t.db.query(`INSERT INTO event_exception (event_id, occurrence_date, kind) VALUES ($1, '2026-03-15', 'CANCELLED')`, [series]);
    const a = await newItem(methodist, municipality, 'Февральское занятие');
    const feb = await link(methodist, a.itemId, { kind: 'EVENT', targetId: series, occurrenceDate: '2026-02-15' });
    expect(feb.errors).toBeUndefined();
    expect(itemOf(feb).status).toEqual({ status: 'DONE', derivedFrom: ['EVENT'] });
    expect(itemOf(feb).links[0].occurrenceDate).toBe('2026-02-15');
    const b = await newItem(methodist, municipality, 'Мартовское занятие');
    expect(itemOf(await link(methodist, b.itemId, { kind: 'EVENT', targetId: series, occurrenceDate: '2026-03-15' })).status.status).toBe('CANCELLED');
    const c = await newItem(methodist, municipality, 'Январское занятие');
    expect(itemOf(await link(methodist, c.itemId, { kind: 'EVENT', targetId: series, occurrenceDate: '2026-01-15' })).status.status).toBe('PLANNED');
    // The whole series with some attendance: in progress until its last day.
    const d = await newItem(methodist, municipality, 'Цикл занятий');
    expect(itemOf(await link(methodist, d.itemId, { kind: 'EVENT', targetId: series })).status.status).toBe('DONE');

    // A date the series does not have, or a date on another kind: refused, nothing written.
    const before = await links();
    const off = await link(methodist, d.itemId, { kind: 'EVENT', targetId: series, occurrenceDate: '2026-02-16' });
    expect(ext(off)?.fields).toEqual([{ field: 'occurrenceDate', message: 'В этот день мероприятие не проводится' }]);
    const mentorship = (await one(`SELECT id FROM mentorship WHERE external_id = 'demo:mentorship:podporozhye-500-shakhova-klyuchina'`)).id;
    const wrongKind = await link(methodist, d.itemId, { kind: 'MENTORSHIP', targetId: mentorship, occurrenceDate: '2026-02-15' });
    expect(ext(wrongKind)?.fields).toEqual([{ field: 'occurrenceDate', message: 'Дата проведения указывается только для мероприятия' }]);
    const badDate = await link(methodist, d.itemId, { kind: 'EVENT', targetId: series, occurrenceDate: '15.02.2026' });
    expect(ext(badDate)?.code).toBe('BAD_USER_INPUT');
    expect(await links()).toBe(before);
  });

  it('derives from an internship cohort: ended with completions ⇒ done, running ⇒ in progress', async () => {
    const tim = await t.login('methodist.timashevsk');
    const municipality = (await one(`SELECT id FROM municipality WHERE name LIKE 'Тимашевский%'`)).id;
    const ended = (await one(`SELECT id FROM internship_cohort WHERE title = 'Молодые педагоги, 2025/26 учебный год'`)).id;
    const running = (await one(`SELECT id FROM internship_cohort WHERE title = 'Молодые педагоги, 2026/27 учебный год'`)).id;
    const a = await newItem(tim, municipality, 'Стажировка молодых педагогов 2025/26');
    const done = await link(tim, a.itemId, { kind: 'INTERNSHIP_COHORT', targetId: ended });
    expect(done.errors).toBeUndefined();
    expect(itemOf(done).status).toEqual({ status: 'DONE', derivedFrom: ['INTERNSHIP_COHORT'] });
    expect(itemOf(done).links[0].title).toContain('Молодые педагоги, 2025/26 учебный год');
    const b = await newItem(tim, municipality, 'Стажировка молодых педагогов 2026/27');
    expect(itemOf(await link(tim, b.itemId, { kind: 'INTERNSHIP_COHORT', targetId: running })).status).toEqual({ status: 'IN_PROGRESS', derivedFrom: ['INTERNSHIP_COHORT'] });
  });

  it('refuses to link an event or a cohort out of the caller’s reach, writing nothing, and never shows one nested', async () => {
    const municipality = (await one(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`)).id;
    const council = (await one(`SELECT id FROM event WHERE external_id = 'demo:event:timashevsk-coordination-council'`)).id;
    const cohort = (await one(`SELECT id FROM internship_cohort WHERE title = 'Молодые педагоги, 2026/27 учебный год'`)).id;
    const a = await newItem(methodist, municipality, 'Совет');
    const before = await links();
    for (const input of [
      { kind: 'EVENT', targetId: council },
      { kind: 'INTERNSHIP_COHORT', targetId: cohort },
      { kind: 'EVENT', targetId: '00000000-0000-4000-8000-000000000000' },
    ]) {
      const r = await link(methodist, a.itemId, input);
      // Out of reach answers as a row that does not exist: NOT_FOUND, as for a random id.
      expect(ext(r)?.code).toBe('NOT_FOUND');
      expect(r.errors?.[0]?.message).toBe(input.kind === 'EVENT' ? 'Мероприятие не найдено' : 'Группа стажёров не найдена');
    }
    expect(await links()).toBe(before);
    // The administrator links both; the methodist sees the item, not what lies out of reach.
    const admin = await t.login('admin');
    expect((await link(admin, a.itemId, { kind: 'EVENT', targetId: council })).errors).toBeUndefined();
    expect((await link(admin, a.itemId, { kind: 'INTERNSHIP_COHORT', targetId: cohort })).errors).toBeUndefined();
    const seen = items((await t.gql<{ plan: Plan }>(GET, { id: a.planId }, methodist)).data!.plan)[0];
    expect(seen.links).toEqual([]);
    const all = items((await t.gql<{ plan: Plan }>(GET, { id: a.planId }, admin)).data!.plan)[0];
    expect(all.links.map((l) => l.kind).sort()).toEqual(['EVENT', 'INTERNSHIP_COHORT']);
  });

  it('offers link targets of each kind by part of the title, only those the caller may read', async () => {
    const Q = `query($kind: PlanLinkKind!, $search: String) { planLinkTargets(kind: $kind, search: $search) { id kind title startsOn endsOn occurrenceDates } }`;
    type T = { planLinkTargets: { id: string; kind: string; title: string; occurrenceDates: string[] }[] };
    const seminars = await t.gql<T>(Q, { kind: 'EVENT', search: 'семинар' }, methodist);
    expect(seminars.errors).toBeUndefined();
    expect(seminars.data!.planLinkTargets.length).toBeGreaterThan(3);
    expect(seminars.data!.planLinkTargets.every((x) => x.kind === 'EVENT' && /семинар/i.test(x.title))).toBe(true);
    // The Timashevsk council is out of the Podporozhye methodist's reach; its own methodist sees it with its quarters.
    expect((await t.gql<T>(Q, { kind: 'EVENT', search: 'Координационного' }, methodist)).data!.planLinkTargets).toEqual([]);
    const tim = await t.login('methodist.timashevsk');
    const council = (await t.gql<T>(Q, { kind: 'EVENT', search: 'Заседание Координационного совета' }, tim)).data!.planLinkTargets;
    expect(council).toHaveLength(1);
    expect(council[0].occurrenceDates.slice(0, 3)).toEqual(['2020-10-01', '2021-01-01', '2021-04-01']);
    expect((await t.gql<T>(Q, { kind: 'INTERNSHIP_COHORT', search: 'молодые' }, tim)).data!.planLinkTargets.map((x) => x.title)).toEqual([
      expect.stringContaining('Молодые педагоги, 2026/27 учебный год'),
      expect.stringContaining('Молодые педагоги, 2025/26 учебный год'),
    ]);
    expect((await t.gql<T>(Q, { kind: 'INTERNSHIP_COHORT', search: 'молодые' }, methodist)).data!.planLinkTargets).toEqual([]);
    expect((await t.gql<T>(Q, { kind: 'MENTORSHIP' }, methodist)).data!.planLinkTargets.length).toBeGreaterThan(0);
    // Bad input: an unknown kind, a search too long; wildcards are taken literally.
    expect(ext(await t.gql(Q, { kind: 'ROUTE' }, methodist))?.code).toBe('BAD_USER_INPUT');
    expect(ext(await t.gql(Q, { kind: 'EVENT', search: 'я'.repeat(201) }, methodist))?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql<T>(Q, { kind: 'EVENT', search: '%' }, methodist)).data!.planLinkTargets).toEqual([]);
  });

  it('reads a plan page with event links at a bounded number of SQL statements', async () => {
    const cost = async (key: string) => {
      const id = await planId(key);
      t.counter.reset();
      const r = await t.gql<{ plan: Plan }>(GET, { id }, methodist);
      expect(r.errors).toBeUndefined();
      return { statements: t.counter.statements, links: items(r.data!.plan).reduce((n, i) => n + i.links.length, 0) };
    };
    // Both plans link mentorships and events (one visibility statement per kind); the larger has more of each.
    const small = await cost('demo:plan:podporozhye-2021-2022');
    const large = await cost('demo:plan:podporozhye-2020-2021');
    expect(large.links).toBeGreaterThan(small.links);
    expect(large.statements).toBeLessThanOrEqual(small.statements);
    expect(large.statements).toBeLessThanOrEqual(18);
  });
});
