import { PRACTICE_CASES, PracticeFixtures } from './authorization/practice.cases';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { startTestApp, TestApp } from './support/test-app';

/** Who may read, change and review practice cards and products: rows in test/authorization/practice.cases.ts. */
describe('authorization: bank of practices', () => {
  let t: TestApp;
  let fixtures: PracticeFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    const row = async <T>(sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as T[])[0];
    const { org, net } = await row<{ org: string; net: string }>(
      `SELECT nm.organization_id AS org, nm.network_id AS net FROM network_member nm JOIN organization o ON o.id = nm.organization_id
         JOIN municipality mu ON mu.id = o.municipality_id WHERE mu.name = 'Подпорожский муниципальный район' AND nm.status = 'ACCEPTED' ORDER BY o.name LIMIT 1`,
    );
    const card = async (title: string, state = 'DRAFT', archived = false) =>
      (
        await row<{ id: string }>(
          `INSERT INTO practice (organization_id, network_id, title, problem, result, state, archived_at, published_at)
           VALUES ($1, $2, $3, 'Проблема', 'Результат', CAST($4 AS practice_state), $5, CASE WHEN CAST($4 AS practice_state) = 'PUBLISHED' THEN now() END) RETURNING id`,
          [org, net, title, state, archived ? new Date() : null],
        )
      ).id;
    const product = async (title: string, archived = false) =>
      (await row<{ id: string }>(`INSERT INTO methodological_product (kind, title, year, organization_id, archived_at, file_name, file_type, file_size) VALUES ('ARTICLE', $1, 2025, $2, $3, 'a.pdf', 'application/pdf', 9) RETURNING id`, [title, org, archived ? new Date() : null])).id;
    const draft = await card('Черновик практики');
    const attachment = (
      await row<{ id: string }>(`INSERT INTO practice_attachment (practice_id, title, file_name, file_type, file_size) VALUES ($1, 'Файл', 'a.pdf', 'application/pdf', 9) RETURNING id`, [draft])
    ).id;
    await t.db.query(`INSERT INTO practice_attachment_file (attachment_id, content) VALUES ($1, $2)`, [attachment, Buffer.from('%PDF-1.4\n')]);
    const p = await product('Статья о наставничестве');
    await t.db.query(`INSERT INTO methodological_product_file (product_id, content) VALUES ($1, $2)`, [p, Buffer.from('%PDF-1.4\n')]);
    fixtures = {
      organization: org,
      network: net,
      draft,
      toSubmit: await card('Практика к отправке'),
      toPublish: await card('Практика к публикации', 'ON_REVIEW'),
      toReturn: await card('Практика к возврату', 'ON_REVIEW'),
      published: await card('Опубликованная практика', 'PUBLISHED'),
      toArchive: await card('Практика в архив'),
      archived: await card('Практика из архива', 'DRAFT', true),
      attachment,
      product: p,
      toArchiveProduct: await product('Продукт в архив'),
      archivedProduct: await product('Продукт из архива', true),
    };
  });
  afterAll(() => t?.close());

  describeOperationCases(PRACTICE_CASES, () => ({ t, fixtures, tokens }));
});
