import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { runCli } from '../src/cli/main';
import { startTestApp, TestApp } from './support/test-app';

/**
 * `npm run cli -- backup <file>` and `restore <file>` (the system pg_dump cannot dump PostgreSQL 18): a round trip on
 * this file's database, while the app is running on it, gives back every table as it was — same rows, same contents.
 */
type Sums = Record<string, { rows: number; md5: string | null }>;

describe('backup and restore', () => {
  let t: TestApp;
  let dir: string;
  const saved = process.env['DATABASE_URL'];
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  const err = jest.spyOn(console, 'error').mockImplementation(() => undefined);

  /** Every table's row count and a checksum of its contents (rows as text, in a fixed order). */
  const sums = async (): Promise<Sums> => {
    const tables: { name: string }[] = await t.db.query(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`,
    );
    const out: Sums = {};
    for (const { name } of tables) {
      const r: { rows: string; md5: string | null }[] = await t.db.query(`SELECT count(*) AS rows, md5(string_agg(x::text, E'\\n' ORDER BY x::text)) AS md5 FROM "${name}" x`);
      out[name] = { rows: Number(r[0].rows), md5: r[0].md5 };
    }
    return out;
  };
  const cli = (...argv: string[]) => runCli(argv);
  const errors = () => err.mock.calls.map((c) => String(c[0])).join('\n');

  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(join(tmpdir(), 'metodset-backup-'));
    process.env['DATABASE_URL'] = (t.db.options as { url: string }).url;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = saved;
    rmSync(dir, { recursive: true, force: true });
    log.mockRestore();
    err.mockRestore();
    await t.close();
  });

  it('gives back every table after changes, deletions and truncation, while the app keeps serving', async () => {
    const token = await t.login('admin');
    const people = () => t.gql<{ people: { totalCount: number } }>(`query { people(first: 5) { totalCount nodes { id email } } }`, {}, token);
    expect((await people()).errors).toBeUndefined();
    const before = await sums();
    expect(Object.keys(before).length).toBeGreaterThan(30);
    expect(before['person'].rows).toBeGreaterThan(10);
    expect(before['audit_log'].rows).toBeGreaterThan(0);

    const file = join(dir, 'round-trip.backup');
    // Requests keep running while the copy is made (and write audit rows); the copy is one snapshot.
    const [code] = await Promise.all([cli('backup', file), people(), people()]);
    expect(errors()).toBe('');
    expect(code).toBe(0);
    expect(log.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/Backup written to .*round-trip\.backup: \d+ tables, \d+ rows/);
    const snapshot = await sums();

    // Damage: rows changed, removed, whole tables emptied, rows added.
    await t.db.query(`UPDATE person SET first_name = 'Испорчено'`);
    await t.db.query(`DELETE FROM position WHERE id IN (SELECT id FROM position LIMIT 5)`);
    await t.db.query(`TRUNCATE diary_entry, mentorship_session CASCADE`);
    await t.db.query(`INSERT INTO audit_log (action, entity_type) VALUES ('forged', 'nothing')`);
    expect(await sums()).not.toEqual(snapshot);

    expect(await cli('restore', file)).toBe(0);
    expect(errors()).toBe('');
    const after = await sums();
    // Every table is as it was; what the requests that ran during the copy wrote beside their work (audit rows, the
    // session's last-seen time, the hourly request budget) is in it or not, as a whole snapshot.
    const busy = ['audit_log', 'session', 'api_rate_budget'];
    // The dashboards' cache and its write records hold the copied cluster's transaction ids: a restore empties them.
    const emptied = ['dashboard_cache', 'dashboard_fact_change', 'dashboard_org_part', 'dashboard_person_change'];
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before).filter((x) => !busy.includes(x) && !emptied.includes(x))) expect([table, after[table]]).toEqual([table, before[table]]);
    for (const table of emptied) expect([table, after[table]?.rows]).toEqual([table, 0]);
    expect(after['audit_log'].rows).toBeGreaterThanOrEqual(before['audit_log'].rows);
    expect(after['audit_log'].rows).toBeLessThanOrEqual(snapshot['audit_log'].rows);
    // The app serves on the restored database; the audit log is still append-only.
    expect((await people()).data!.people.totalCount).toBe(before['person'].rows);
    await expect(t.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });

  it('refuses a file from another schema version and a damaged file, changing nothing', async () => {
    const file = join(dir, 'versions.backup');
    expect(await cli('backup', file)).toBe(0);
    const before = await sums();

    await t.db.query(`INSERT INTO migrations (timestamp, name) VALUES (1999999999999, 'FromTheFuture1999999999999')`);
    try {
      expect(await cli('restore', file)).toBe(1);
      expect(errors()).toMatch(/другой версии схемы/);
    } finally {
      await t.db.query(`DELETE FROM migrations WHERE name = 'FromTheFuture1999999999999'`);
    }

    // Cut short: the last frames are missing.
    const raw = gunzipSync(readFileSync(file));
    const cut = join(dir, 'cut.backup');
    writeFileSync(cut, gzipSync(raw.subarray(0, Math.floor(raw.length * 0.8))));
    err.mockClear();
    expect(await cli('restore', cut)).toBe(1);
    expect(errors()).toMatch(/оборвана|повреждён/);

    // Not a backup at all.
    const junk = join(dir, 'junk.backup');
    writeFileSync(junk, 'это не резервная копия');
    err.mockClear();
    expect(await cli('restore', junk)).toBe(1);
    expect(errors()).toMatch(/не резервная копия/);
    expect(await sums()).toEqual(before);
    err.mockClear();

    // With nothing running in between, a restore gives back exactly what the backup saw, every table.
    await t.db.query(`INSERT INTO audit_log (action, entity_type) VALUES ('forged', 'nothing')`);
    await t.db.query(`UPDATE organization SET name = name || ' (изменено)'`);
    expect(await cli('restore', file)).toBe(0);
    expect(await sums()).toEqual(before);
  });
});
