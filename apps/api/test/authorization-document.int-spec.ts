import { DOCUMENT_CASES, DocumentFixtures, TINY_PDF } from './authorization/document.cases';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { idOf, startTestApp, TestApp } from './support/test-app';

/** Who may read and change the document bank and orders' tasks: rows in test/authorization/document.cases.ts. */
describe('authorization: documents', () => {
  let t: TestApp;
  let fixtures: DocumentFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    const one = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
    const municipality = await one(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`);
    const doc = (title: string, archived = false) =>
      one(`INSERT INTO document (level, kind, title, municipality_id, archived_at) VALUES ('MUNICIPAL', 'ORDER', $1, $2, $3) RETURNING id`, [title, municipality, archived ? new Date() : null]);
    const task = (documentId: string, position: number, archived = false) =>
      one(`INSERT INTO document_task (document_id, position, text, archived_at) VALUES ($1, $2, $3, $4) RETURNING id`, [documentId, position, `Поручение ${position}`, archived ? new Date() : null]);
    const order = await doc('Об организации сетевого наставничества');
    const withFile = await doc('Приказ с файлом');
    await t.db.query(`UPDATE document SET file_name = 'приказ.pdf', file_type = 'application/pdf', file_size = 40 WHERE id = $1`, [withFile]);
    await t.db.query(`INSERT INTO document_file (document_id, content) VALUES ($1, $2)`, [withFile, Buffer.from(TINY_PDF, 'base64')]);
    fixtures = {
      municipality,
      order,
      task: await task(order, 1),
      task2: await task(order, 2),
      toArchiveTask: await task(order, 3),
      archivedTask: await task(order, 4, true),
      withFile,
      toArchive: await doc('Приказ в архив'),
      archived: await doc('Приказ из архива', true),
      person: await idOf(t.db, 'person', 'demo:person:47-podp-sosh8-math'),
    };
  });
  afterAll(() => t?.close());

  describeOperationCases(DOCUMENT_CASES, () => ({ t, fixtures, tokens }));
});
