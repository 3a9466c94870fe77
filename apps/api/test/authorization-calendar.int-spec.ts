import { CALENDAR_CASES, CalendarFixtures } from './authorization/calendar.cases';
import { insertCalendarEvent, isoDay } from './support/calendar-fixtures';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { startTestApp, TestApp } from './support/test-app';

/** Who may call each calendar operation: rows in test/authorization/calendar.cases.ts. */
describe('authorization: calendar', () => {
  let t: TestApp;
  let fixtures: CalendarFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    const idOf = async (sql: string, params: unknown[]) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
    const org12 = await idOf(`SELECT id FROM organization WHERE external_id = 'demo:org:11-vorkuta-sosh-12'`, []);
    const org35 = await idOf(`SELECT id FROM organization WHERE external_id = 'demo:org:11-vorkuta-sosh-35'`, []);
    const vorkutaEvent = await insertCalendarEvent(t.db, { title: 'Перекрёстная проверка (проверка прав)', kind: 'PAPER_CROSS_CHECK', organizationId: org12, startsOn: isoDay(10), endsOn: isoDay(15) });
    await t.db.query('INSERT INTO event_organizer (event_id, organization_id) VALUES ($1, $2)', [vorkutaEvent, org35]);
    const personAt = (org: string) => idOf(`SELECT person_id AS id FROM position WHERE organization_id = $1 ORDER BY person_id LIMIT 1`, [org]);
    const subscription = (login: string) =>
      idOf(
        `INSERT INTO calendar_subscription (account_id, name, token_hash) SELECT id, 'Подписка', md5(random()::text) || md5(random()::text) FROM account WHERE login = $1 RETURNING id`,
        [login],
      );
    fixtures = {
      vorkutaEvent,
      org12,
      org35,
      teacher12: await personAt(org12),
      teacher35: await personAt(org35),
      loSubscription: await subscription('coordinator.lo'),
      vorkutaSubscription: await subscription('school12.vorkuta'),
    };
  });
  afterAll(() => t?.close());

  describeOperationCases(CALENDAR_CASES, () => ({ t, fixtures, tokens }));
});
