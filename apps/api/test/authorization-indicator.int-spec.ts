import { INDICATOR_CASES, IndicatorFixtures } from './authorization/indicator.cases';
import { indicatorRows, indicatorXlsx } from './support/indicator-fixtures';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { startTestApp, TestApp } from './support/test-app';

/** Who may read and change indicators and their values: rows in test/authorization/indicator.cases.ts. */
describe('authorization: indicators', () => {
  let t: TestApp;
  let fixtures: IndicatorFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    const rows = indicatorRows(t);
    const municipality = await rows.one(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`);
    const school = await rows.one(`SELECT id FROM organization WHERE municipality_id = $1 AND kind = 'SCHOOL' ORDER BY name LIMIT 1`, [municipality]);
    const indicator = await rows.indicator(municipality, 'Доля педагогов с маршрутом');
    fixtures = {
      municipality,
      school,
      indicator,
      toArchive: await rows.indicator(municipality, 'Показатель в архив'),
      archived: await rows.indicator(municipality, 'Показатель из архива', { archived: true }),
      value: await rows.value(indicator, '2025-09-01', '2026-05-31', 50),
      toArchiveValue: await rows.value(indicator, '2023-09-01', '2024-05-31', 45),
      archivedValue: await rows.value(indicator, '2022-09-01', '2023-05-31', 44, { archived: true }),
      xlsx: await indicatorXlsx([['01.09.2021', '31.05.2022', null, 41, 'мониторинг', 'Отчёт ИМС']]),
    };
  });
  afterAll(() => t?.close());

  describeOperationCases(INDICATOR_CASES, () => ({ t, fixtures, tokens }));
});
