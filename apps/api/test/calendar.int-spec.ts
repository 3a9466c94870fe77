import * as ical from 'node-ical';
import { insertCalendarEvent, isoDay, PODPOROZHYE, TIMASHEVSK } from './support/calendar-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const CALENDAR = `query($from: String!, $to: String!, $filter: CalendarFilter) {
  calendar(from: $from, to: $to, filter: $filter) { id eventId title kind allDay startsAt endsAt cancelled }
}`;
const SUBSCRIBE = `mutation($input: CreateCalendarSubscriptionInput!) {
  createCalendarSubscription(input: $input) { path subscription { id name filterLabel kind lastUsedAt } }
}`;
const REVOKE = 'mutation($id: ID!) { revokeCalendarSubscription(id: $id) { id revokedAt } }';

interface Occ {
  id: string;
  eventId: string;
  title: string;
  kind: string;
  allDay: boolean;
  startsAt: string;
  endsAt: string | null;
  cancelled: boolean;
}
const vevents = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');

describe('calendar', () => {
  let t: TestApp;
  let lo: string;
  let single: string;
  let series: string;
  let krasnodar: string;
  const base = isoDay(20);

  beforeAll(async () => {
    t = await startTestApp();
    lo = await t.login('coordinator.lo');
    single = await insertCalendarEvent(t.db, { title: 'Круглый стол «Функциональная грамотность: опыт, проблемы»', kind: 'ROUND_TABLE', municipality: PODPOROZHYE, startsOn: base });
    series = await insertCalendarEvent(t.db, {
      title: 'Совместный педагогический совет',
      kind: 'JOINT_TEACHERS_COUNCIL',
      municipality: PODPOROZHYE,
      startsOn: base,
      startsAt: `${base}T11:00:00Z`,
      endsAt: `${base}T13:00:00Z`,
      recurrence: 'WEEKLY',
      recurrenceCount: 4,
      spanEndsOn: isoDay(41),
    });
    // The second occurrence is cancelled.
    await t.db.query(`INSERT INTO event_exception (event_id, occurrence_date, kind, note) VALUES ($1, $2, 'CANCELLED', 'Карантин')`, [series, isoDay(27)]);
    krasnodar = await insertCalendarEvent(t.db, { title: 'Заседание координационного совета', kind: 'COORDINATION_COUNCIL', municipality: TIMASHEVSK, startsOn: base });
  });
  afterAll(() => t?.close());

  const range = { from: isoDay(15), to: isoDay(50) };
  const mine = (list: Occ[]) => list.filter((o) => [single, series, krasnodar].includes(o.eventId));

  it('expands series, applies exceptions and keeps to the caller’s scope', async () => {
    const r = await t.gql<{ calendar: Occ[] }>(CALENDAR, range, lo);
    expect(r.errors).toBeUndefined();
    const list = mine(r.data!.calendar);
    expect(list.filter((o) => o.eventId === single)).toEqual([expect.objectContaining({ id: single, allDay: true, startsAt: base, endsAt: base, cancelled: false })]);
    const council = list.filter((o) => o.eventId === series);
    expect(council.map((o) => [o.id, o.startsAt, o.cancelled])).toEqual([
      [`${series}_${base}`, `${base}T11:00:00.000Z`, false],
      [`${series}_${isoDay(27)}`, `${isoDay(27)}T11:00:00.000Z`, true],
      [`${series}_${isoDay(34)}`, `${isoDay(34)}T11:00:00.000Z`, false],
      [`${series}_${isoDay(41)}`, `${isoDay(41)}T11:00:00.000Z`, false],
    ]);
    expect(list.some((o) => o.eventId === krasnodar)).toBe(false);

    const tim = await t.gql<{ calendar: Occ[] }>(CALENDAR, range, await t.login('methodist.timashevsk'));
    expect(mine(tim.data!.calendar).map((o) => o.eventId)).toEqual([krasnodar]);
  });

  it('filters by kind and municipality', async () => {
    const byKind = await t.gql<{ calendar: Occ[] }>(CALENDAR, { ...range, filter: { kind: 'ROUND_TABLE' } }, lo);
    expect(byKind.data!.calendar.every((o) => o.kind === 'ROUND_TABLE')).toBe(true);
    expect(mine(byKind.data!.calendar).map((o) => o.eventId)).toEqual([single]);
    const mun = ((await t.db.query('SELECT id FROM municipality WHERE name = $1', [TIMASHEVSK])) as { id: string }[])[0].id;
    const elsewhere = await t.gql<{ calendar: Occ[] }>(CALENDAR, { ...range, filter: { municipalityId: mun } }, lo);
    expect(elsewhere.data!.calendar).toEqual([]);
  });

  it('costs the same number of SQL statements for 3 events as for 40', async () => {
    const cost = async () => {
      t.counter.reset();
      const r = await t.gql<{ calendar: Occ[] }>(CALENDAR, { from: isoDay(400), to: isoDay(440) }, lo);
      expect(r.errors).toBeUndefined();
      return { statements: t.counter.statements, count: r.data!.calendar.length };
    };
    const add = (n: number, from: number) =>
      Promise.all(
        Array.from({ length: n }, (_, i) =>
          insertCalendarEvent(t.db, { title: `Семинар ${from + i}`, municipality: PODPOROZHYE, startsOn: isoDay(401 + i), recurrence: i % 2 ? 'WEEKLY' : undefined, recurrenceCount: i % 2 ? 3 : undefined, spanEndsOn: isoDay(401 + i + (i % 2 ? 14 : 0)) }),
        ),
      );
    await add(3, 0);
    const few = await cost();
    await add(37, 3);
    const many = await cost();
    expect(many.count).toBeGreaterThan(few.count);
    expect(many.statements).toBe(few.statements);
  });

  it('refuses a bad range', async () => {
    const codeAndFields = async (vars: Record<string, unknown>) => {
      const r = await t.gql(CALENDAR, vars, lo);
      return [r.errors?.[0]?.extensions?.code, r.errors?.[0]?.extensions?.fields?.map((f) => f.field)];
    };
    expect(await codeAndFields({ from: isoDay(10), to: isoDay(10) })).toEqual(['BAD_USER_INPUT', ['to']]);
    expect(await codeAndFields({ from: isoDay(0), to: isoDay(101) })).toEqual(['BAD_USER_INPUT', ['to']]);
    expect((await codeAndFields({ from: '2026-13-01', to: isoDay(10) }))[0]).toBe('BAD_USER_INPUT');
    expect((await codeAndFields({ ...range, filter: { networkId: 'не-uuid' } }))[0]).toBe('BAD_USER_INPUT');
    const anon = await t.gql(CALENDAR, range);
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('iCal subscription', () => {
    it('gives a stable URL: a valid calendar of what the owner sees, updated (not duplicated) after an edit, 404 once revoked', async () => {
      const r = await t.gql<{ createCalendarSubscription: { path: string; subscription: { id: string; name: string; filterLabel: string } } }>(
        SUBSCRIBE,
        { input: { name: '  Педсоветы Подпорожья  ', filter: { kind: 'JOINT_TEACHERS_COUNCIL' } } },
        lo,
      );
      expect(r.errors).toBeUndefined();
      const { path, subscription } = r.data!.createCalendarSubscription;
      expect(path).toMatch(/^\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
      expect(subscription.name).toBe('Педсоветы Подпорожья');
      expect(subscription.filterLabel).toBe('Вид: Совместный педагогический совет');
      // Only the hash of the secret is stored.
      const stored = (await t.db.query('SELECT token_hash FROM calendar_subscription WHERE id = $1', [subscription.id])) as { token_hash: string }[];
      expect(stored[0].token_hash).not.toContain(path.slice(6, -4));

      const fetchFeed = async () => {
        const res = await fetch(`${t.url}${path}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^text\/calendar; charset=utf-8/);
        return vevents(await res.text());
      };
      const first = await fetchFeed();
      const ours = (list: ical.VEvent[]) => list.filter((e) => e.uid.startsWith(series));
      expect(ours(first).map((e) => e.uid)).toEqual([0, 7, 14, 21].map((d) => `${series}_${isoDay(20 + d)}@metodset`));
      expect(ours(first).map((e) => String(e.summary))).toEqual(Array(4).fill('Совместный педагогический совет'));
      expect(ours(first).map((e) => String(e.status))).toEqual(['CONFIRMED', 'CANCELLED', 'CONFIRMED', 'CONFIRMED']);
      expect(first.some((e) => e.uid.startsWith(single))).toBe(false); // another kind
      expect(first.some((e) => e.uid.startsWith(krasnodar))).toBe(false);

      await t.db.query(`UPDATE event SET title = 'Совместный педсовет школ Подпорожья', revision = revision + 1 WHERE id = $1`, [series]);
      const second = await fetchFeed();
      expect(ours(second).map((e) => e.uid)).toEqual(ours(first).map((e) => e.uid));
      ours(second).forEach((e, i) => expect(Number(e.sequence)).toBe(Number(ours(first)[i].sequence) + 1));
      expect(String(ours(second)[0].summary)).toBe('Совместный педсовет школ Подпорожья');

      const used = await t.gql<{ calendarSubscriptions: { id: string; lastUsedAt: string | null }[] }>('query { calendarSubscriptions { id lastUsedAt } }', {}, lo);
      expect(used.data!.calendarSubscriptions.find((s) => s.id === subscription.id)?.lastUsedAt).toBeTruthy();

      // Someone else's subscription reads as missing.
      const other = await t.gql(REVOKE, { id: subscription.id }, await t.login('methodist.podporozhye'));
      expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await fetch(`${t.url}${path}`)).status).toBe(200);

      const revoked = await t.gql<{ revokeCalendarSubscription: { revokedAt: string } }>(REVOKE, { id: subscription.id }, lo);
      expect(revoked.data!.revokeCalendarSubscription.revokedAt).toBeTruthy();
      expect((await fetch(`${t.url}${path}`)).status).toBe(404);
      const list = await t.gql<{ calendarSubscriptions: { id: string }[] }>('query { calendarSubscriptions { id } }', {}, lo);
      expect(list.data!.calendarSubscriptions.map((s) => s.id)).not.toContain(subscription.id);
    });

    it('answers 404 to an unknown or malformed secret and to an account that was disabled', async () => {
      expect((await fetch(`${t.url}/ical/${'A'.repeat(43)}.ics`)).status).toBe(404);
      expect((await fetch(`${t.url}/ical/short.ics`)).status).toBe(404);
      expect((await fetch(`${t.url}/ical/${'A'.repeat(43)}`)).status).toBe(404);
      const token = await t.login('methodist.timashevsk');
      const r = await t.gql<{ createCalendarSubscription: { path: string } }>(SUBSCRIBE, { input: { name: 'Всё' } }, token);
      const path = r.data!.createCalendarSubscription.path;
      expect((await fetch(`${t.url}${path}`)).status).toBe(200);
      await t.db.query(`UPDATE account SET disabled_at = now() WHERE login = 'methodist.timashevsk'`);
      expect((await fetch(`${t.url}${path}`)).status).toBe(404);
      await t.db.query(`UPDATE account SET disabled_at = NULL WHERE login = 'methodist.timashevsk'`);
    });

    it('refuses a blank name and a filter naming what the caller’s events do not use', async () => {
      const blank = await t.gql(SUBSCRIBE, { input: { name: '   ' } }, lo);
      expect(blank.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['name']);
      const mun = ((await t.db.query('SELECT id FROM municipality WHERE name = $1', [TIMASHEVSK])) as { id: string }[])[0].id;
      for (const id of [mun, '0b7c2a5e-9d7e-4a59-9a8e-2f1d3c4b5a69']) {
        const r = await t.gql(SUBSCRIBE, { input: { name: 'Чужое', filter: { municipalityId: id } } }, lo);
        expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(r.errors?.[0]?.extensions?.fields).toEqual([{ field: 'filter.municipalityId', message: 'Не найдено или вне вашей зоны ответственности' }]);
      }
    });
  });

  describe('one event as iCal', () => {
    it('serves a visible event to a signed-in caller and hides the rest', async () => {
      const ok = await fetch(`${t.url}/ical/event/${single}.ics`, { headers: { authorization: `Bearer ${lo}` } });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toMatch(/^text\/calendar/);
      const [e] = vevents(await ok.text());
      expect(e.uid).toBe(`${single}@metodset`);
      expect(String(e.summary)).toBe('Круглый стол «Функциональная грамотность: опыт, проблемы»');
      expect((await fetch(`${t.url}/ical/event/${single}.ics`)).status).toBe(401);
      expect((await fetch(`${t.url}/ical/event/${krasnodar}.ics`, { headers: { authorization: `Bearer ${lo}` } })).status).toBe(404);
      expect((await fetch(`${t.url}/ical/event/not-an-id.ics`, { headers: { authorization: `Bearer ${lo}` } })).status).toBe(404);

      const gql = await t.gql<{ eventIcal: string }>('query($id: ID!) { eventIcal(eventId: $id) }', { id: series }, lo);
      expect(vevents(gql.data!.eventIcal).map((x) => x.uid)).toHaveLength(4);
      const hidden = await t.gql('query($id: ID!) { eventIcal(eventId: $id) }', { id: krasnodar }, lo);
      expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  it('offers as filter values only what visible events use', async () => {
    const r = await t.gql<{ calendarFilterOptions: { municipalities: { name: string }[] } }>('query { calendarFilterOptions { networks { id name } municipalities { id name } competences { id name } } }', {}, lo);
    expect(r.errors).toBeUndefined();
    const names = r.data!.calendarFilterOptions.municipalities.map((m) => m.name);
    expect(names).toContain(PODPOROZHYE);
    expect(names).not.toContain(TIMASHEVSK);
  });
});
