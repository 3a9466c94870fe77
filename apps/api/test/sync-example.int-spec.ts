import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { ApiClientAccess, ApiClientDomain, ApiClientScopeKind } from '@metodset/shared';
import { createTestClient } from './support/api-client';
import { startTestApp, TestApp } from './support/test-app';

const run = promisify(execFile);
const SCRIPT = resolve(__dirname, '../../../docs/sync-example.mjs');

/** docs/sync-example.mjs as a regional system runs it: a roster of 5,000 teachers, twice; the second run changes nothing. */
describe('docs/sync-example.mjs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('syncs 5,000 people, then again with every row UNCHANGED', async () => {
    const [m] = (await t.db.query(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`)) as { id: string }[];
    const client = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: m!.id }, permissions: [{ domain: ApiClientDomain.SYNC, access: ApiClientAccess.WRITE }] });
    const env = { ...process.env, METODSET_URL: t.url, METODSET_TOKEN: client.secret, MUNICIPALITY_ID: m!.id, ROSTER_SIZE: '5000' };
    const totals = async () => JSON.parse((await run(process.execPath, [SCRIPT], { env })).stdout.trim().split('\n').pop()!) as Record<string, number>;

    expect(await totals()).toMatchObject({ created: 5000, updated: 0, unchanged: 0, refused: 0 });
    const count = async () => (await t.db.query(`SELECT (SELECT count(*) FROM person) p, (SELECT count(*) FROM position) pos, (SELECT count(*) FROM change_log) c`)) as unknown;
    const before = await count();
    expect(await totals()).toMatchObject({ created: 0, updated: 0, unchanged: 5000, refused: 0 });
    expect(await count()).toEqual(before);
  }, 300_000);
});
