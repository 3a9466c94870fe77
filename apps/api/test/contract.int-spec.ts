import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pendingSchemaChanges } from '../src/database/migrate';
import { buildSchemaText } from '../src/tools/emit-schema';
import { startTestApp, TestApp } from './support/test-app';

describe('contracts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('the committed schema.graphql is what the code emits (run `npm run schema:emit` after changing the API)', async () => {
    const committed = readFileSync(join(__dirname, '../schema.graphql'), 'utf8');
    expect(await buildSchemaText()).toBe(committed);
  });

  it('entities and migrations agree (run `npm run cli -- migrate generate <Name>` after changing an entity)', async () => {
    const { up } = await pendingSchemaChanges(t.db);
    expect(up).toEqual([]);
  });
});
