import { EVENT_CASES, EventFixtures } from './authorization/event.cases';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { isoDay } from './support/route-fixtures';
import { idOf, startTestApp, TestApp } from './support/test-app';

/** Who may call each event operation: rows in test/authorization/event.cases.ts. */
describe('authorization: events', () => {
  let t: TestApp;
  let fixtures: EventFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    const one = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
    const network = await one(`SELECT id FROM network WHERE external_id = 'demo:network:podporozhye-shkola-shkole'`);
    const org12 = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12');
    const filippov = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-young-math');
    const event = (host: 'network' | 'org', title: string, startsOn: string, extra: { archived?: boolean; quarterly?: boolean } = {}) =>
      one(
        `INSERT INTO event (title, kind, network_id, organization_id, starts_on, ends_on, span_ends_on, archived_at, recurrence, recurrence_count)
         VALUES ($1, 'SEMINAR', $2, $3, $4, $4, $5, $6, $7, $8) RETURNING id`,
        [
          title,
          host === 'network' ? network : null,
          host === 'org' ? org12 : null,
          startsOn,
          extra.quarterly ? '2027-10-15' : startsOn,
          extra.archived ? new Date() : null,
          extra.quarterly ? 'QUARTERLY' : null,
          extra.quarterly ? 4 : null,
        ],
      );
    const podp = await one(`SELECT id FROM event WHERE external_id = 'demo:event:podp-2022-1-3'`);
    const material = async (title: string) => {
      const m = await one(`INSERT INTO event_material (event_id, kind, title, file_name, file_type, file_size) VALUES ($1, 'SCENARIO', $2, 'сценарий.pdf', 'application/pdf', 8) RETURNING id`, [podp, title]);
      await t.db.query(`INSERT INTO event_material_file (material_id, content) VALUES ($1, $2)`, [m, Buffer.from('%PDF-1.4')]);
      return m;
    };
    const podpSeriesWithException = await event('network', 'Серия с исключением', '2027-01-15', { quarterly: true });
    await t.db.query(`INSERT INTO event_exception (event_id, occurrence_date, kind) VALUES ($1, '2027-01-15', 'CANCELLED')`, [podpSeriesWithException]);
    const vorkutaRegistered = await event('org', 'Семинар, на который записан Филиппов', isoDay(20));
    const vorkutaToday = await event('org', 'Практикум сегодня', isoDay(0));
    const vorkutaAttended = await event('org', 'Практикум, где был Филиппов', isoDay(-3));
    for (const e of [vorkutaRegistered, vorkutaToday, vorkutaAttended]) await t.db.query(`INSERT INTO event_registration (event_id, person_id) VALUES ($1, $2)`, [e, filippov]);
    await t.db.query(`INSERT INTO event_attendance (event_id, occurrence_date, person_id) VALUES ($1, $2, $3)`, [vorkutaAttended, isoDay(-3), filippov]);
    fixtures = {
      network,
      podp,
      podpToArchive: await event('network', 'В архив', '2027-03-01'),
      podpArchived: await event('network', 'Из архива', '2027-03-01', { archived: true }),
      podpSeries: await event('network', 'Квартальная серия', '2027-01-15', { quarterly: true }),
      podpSeriesWithException,
      podpMaterial: await material('Сценарий'),
      podpMaterialToRemove: await material('Лишний сценарий'),
      vorkutaOpen: await event('org', 'Открытый семинар', isoDay(10)),
      vorkutaRegistered,
      vorkutaToday,
      vorkutaAttended,
      filippov,
    };
  });
  afterAll(() => t?.close());

  describeOperationCases(EVENT_CASES, () => ({ t, fixtures, tokens }));
});
