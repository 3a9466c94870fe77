import { SIGN_IN_CASES } from './authorization/sign-in.cases';
import { TERRITORY_CASES, TerritoryFixtures } from './authorization/territory.cases';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { startTestApp, TestApp } from './support/test-app';

/** Who may create, rename, merge and archive municipalities (territory.cases.ts), and the sign-in options (sign-in.cases.ts). */
describe('authorization: territories', () => {
  let t: TestApp;
  let fixtures: TerritoryFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    const one = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
    const region = await one(`SELECT id FROM region WHERE code = '47'`);
    const mun = (name: string, archived = false) =>
      one(`INSERT INTO municipality (region_id, name, kind, archived_at) VALUES ($1, $2, 'DISTRICT', $3) RETURNING id`, [region, name, archived ? new Date() : null]);
    fixtures = {
      region,
      foreignRegion: await one(`SELECT id FROM region WHERE code = '23'`),
      toRename: await mun('Район для переименования'),
      toArchive: await mun('Район в архив'),
      archived: await mun('Район из архива', true),
      mergeSource: await mun('Район, который объединяют'),
      mergeTarget: await mun('Район, в который объединяют'),
      foreign: await one(`SELECT id FROM municipality WHERE name = 'Тимашевский район'`),
    };
  });
  afterAll(() => t?.close());

  describeOperationCases(TERRITORY_CASES, () => ({ t, fixtures, tokens }));
  describeOperationCases(SIGN_IN_CASES, () => ({ t, fixtures: {}, tokens }));
});
