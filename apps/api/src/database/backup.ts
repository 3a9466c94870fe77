import { once } from 'node:events';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

/**
 * Backup and restore in Node (the system `pg_dump` cannot dump the embedded PostgreSQL 18).
 *
 * A backup is one gzip file of frames: a type byte, a 4-byte big-endian length and the payload.
 *   H  header (JSON): format, version, when, the applied migrations (oldest first), the sequences' values
 *   T  a table starts (JSON: table, columns)
 *   D  a piece of that table's `COPY … TO STDOUT` text
 *   E  the table ends (JSON: table, rows)
 *   Z  the end (JSON: tables, rows) — a file without it was cut short
 * Every table of the `public` schema but `migrations` is copied inside ONE transaction (REPEATABLE READ, READ ONLY),
 * so the copy is consistent while the app keeps writing. Restore refuses a file whose migrations differ from the
 * database's, then in ONE transaction empties every table and loads the file with `session_replication_role =
 * replica` (foreign keys and the audit log's append-only trigger are not fired for the load; a superuser or the
 * owner of the embedded database is needed).
 */

export const BACKUP_FORMAT = 'metodset-backup';
export const BACKUP_VERSION = 1;
/** Pieces of COPY output are gathered up to this size before a D frame is written. */
const FRAME_BYTES = 256 * 1024;

type FrameType = 'H' | 'T' | 'D' | 'E' | 'Z';
interface Frame {
  type: FrameType;
  payload: Buffer;
}

export interface BackupHeader {
  format: string;
  version: number;
  createdAt: string;
  migrations: string[];
  sequences: { name: string; value: string | null }[];
  tables: { name: string; columns: string[] }[];
}

export interface TableProgress {
  table: string;
  index: number;
  total: number;
  rows: number;
}

export interface BackupSummary {
  tables: number;
  rows: number;
  migrations: number;
}

export class BackupError extends Error {}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

function frame(type: FrameType, payload: Buffer | string | object): Buffer {
  const body = Buffer.isBuffer(payload) ? payload : Buffer.from(typeof payload === 'string' ? payload : JSON.stringify(payload), 'utf8');
  const head = Buffer.alloc(5);
  head.write(type, 0, 'ascii');
  head.writeUInt32BE(body.length, 1);
  return Buffer.concat([head, body]);
}

async function appliedMigrations(client: Client): Promise<string[]> {
  const exists = await client.query<{ ok: boolean }>(`SELECT to_regclass('public.migrations') IS NOT NULL AS ok`);
  if (!exists.rows[0].ok) return [];
  return (await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id')).rows.map((r) => r.name);
}

/** The tables (and their copyable columns, generated ones left out) of the public schema, `migrations` aside. */
async function tablesOf(client: Client): Promise<{ name: string; columns: string[] }[]> {
  const r = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'migrations'
      GROUP BY c.relname
      ORDER BY c.relname`,
  );
  return r.rows;
}

async function sequencesOf(client: Client): Promise<{ name: string; value: string | null }[]> {
  const r = await client.query<{ name: string; value: string | null }>(
    `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences
      WHERE schemaname = 'public' AND sequencename <> 'migrations_id_seq' ORDER BY sequencename`,
  );
  return r.rows;
}

/** Writes a consistent copy of the database at `url` to `file` (through `file.partial`, renamed when complete). */
export async function backupDatabase(url: string, file: string, onTable: (p: TableProgress) => void = () => undefined): Promise<BackupSummary> {
  const client = new Client({ connectionString: url, application_name: 'metodset-backup' });
  await client.connect();
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }));
  const write = async (buf: Buffer) => {
    if (!gzip.write(buf)) await Promise.race([once(gzip, 'drain'), written]);
  };
  let ok = false;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = await appliedMigrations(client);
    if (!migrations.length) throw new BackupError('В базе данных нет применённых миграций: копировать нечего');
    const tables = await tablesOf(client);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      migrations,
      sequences: await sequencesOf(client),
      tables,
    };
    await write(frame('H', header));
    let total = 0;
    for (const [index, t] of tables.entries()) {
      await write(frame('T', { table: t.name, columns: t.columns }));
      const stream = client.query(copyTo(`COPY ${ident(t.name)} (${t.columns.map(ident).join(', ')}) TO STDOUT`));
      let pending: Buffer[] = [];
      let size = 0;
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        pending.push(chunk);
        size += chunk.length;
        if (size >= FRAME_BYTES) {
          await write(frame('D', Buffer.concat(pending)));
          pending = [];
          size = 0;
        }
      }
      if (size) await write(frame('D', Buffer.concat(pending)));
      const rows = stream.rowCount;
      total += rows;
      await write(frame('E', { table: t.name, rows }));
      onTable({ table: t.name, index, total: tables.length, rows });
    }
    await write(frame('Z', { tables: tables.length, rows: total }));
    await client.query('COMMIT');
    gzip.end();
    await written;
    renameSync(partial, file);
    ok = true;
    return { tables: tables.length, rows: total, migrations: migrations.length };
  } finally {
    if (!ok) {
      gzip.destroy();
      await written.catch(() => undefined);
      rmSync(partial, { force: true });
      await client.query('ROLLBACK').catch(() => undefined);
    }
    await client.end();
  }
}

/** Reads frames one at a time (the gunzipped file is consumed as they are asked for). */
class FrameReader {
  private buffered: Buffer = Buffer.alloc(0);
  private readonly chunks: AsyncIterator<Buffer>;

  constructor(input: Readable) {
    this.chunks = (input as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  }

  async next(): Promise<Frame | null> {
    for (;;) {
      if (this.buffered.length >= 5) {
        const length = this.buffered.readUInt32BE(1);
        if (this.buffered.length >= 5 + length) {
          const type = this.buffered.toString('ascii', 0, 1) as FrameType;
          if (!'HTDEZ'.includes(type)) throw new BackupError('Файл повреждён или это не резервная копия Методсети');
          const payload = this.buffered.subarray(5, 5 + length);
          this.buffered = this.buffered.subarray(5 + length);
          return { type, payload };
        }
      }
      const r = await this.chunks.next();
      if (r.done) {
        if (this.buffered.length) throw new BackupError('Резервная копия оборвана: файл неполный');
        return null;
      }
      this.buffered = this.buffered.length ? Buffer.concat([this.buffered, r.value]) : r.value;
    }
  }

  async expect(type: FrameType): Promise<Frame> {
    const f = await this.next();
    if (!f) throw new BackupError('Резервная копия оборвана: файл неполный');
    if (f.type !== type) throw new BackupError(`Файл повреждён: ожидался кадр ${type}, встретился ${f.type}`);
    return f;
  }
}

const json = <T>(f: Frame): T => JSON.parse(f.payload.toString('utf8')) as T;

function openBackup(file: string): { reader: FrameReader; close(): void } {
  const source = createReadStream(file);
  const input = source.pipe(createGunzip());
  return { reader: new FrameReader(input), close: () => (input.destroy(), source.destroy()) };
}

/** The header of a backup file (what `restore` checks first). */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const { reader, close } = openBackup(file);
  let header: BackupHeader;
  try {
    header = json<BackupHeader>(await reader.expect('H'));
  } catch (err) {
    throw err instanceof BackupError ? err : new BackupError(`Файл повреждён или это не резервная копия Методсети: ${(err as Error).message}`);
  } finally {
    close();
  }
  if (header.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION) throw new BackupError('Это не резервная копия Методсети или её версия не поддерживается');
  return header;
}

/**
 * Replaces every table's contents at `url` with the backup's, in one transaction. Refuses a file whose migrations
 * are not exactly the database's (restore into a database migrated to the same version).
 */
export async function restoreDatabase(url: string, file: string, onTable: (p: TableProgress) => void = () => undefined): Promise<BackupSummary> {
  const header = await readBackupHeader(file);
  const { reader, close } = openBackup(file);
  await reader.expect('H');
  const client = new Client({ connectionString: url, application_name: 'metodset-restore' });
  await client.connect();
  try {
    const migrations = await appliedMigrations(client);
    if (migrations.join('\n') !== header.migrations.join('\n')) {
      const ours = migrations[migrations.length - 1] ?? 'нет';
      const theirs = header.migrations[header.migrations.length - 1] ?? 'нет';
      throw new BackupError(
        `Резервная копия сделана на другой версии схемы (её последняя миграция — ${theirs}, у базы — ${ours}): восстановите её в базу той же версии`,
      );
    }
    const present = new Map((await tablesOf(client)).map((t) => [t.name, t.columns.join(',')]));
    const differ = header.tables.filter((t) => present.get(t.name) !== t.columns.join(','));
    if (differ.length || present.size !== header.tables.length) {
      throw new BackupError(`Таблицы базы не совпадают с таблицами резервной копии${differ.length ? `: ${differ.map((t) => t.name).join(', ')}` : ''}`);
    }
    await client.query('BEGIN');
    try {
      await client.query(`SET LOCAL session_replication_role = replica`);
    } catch (err) {
      throw new BackupError(`Для восстановления нужны права суперпользователя (session_replication_role): ${(err as Error).message}`);
    }
    if (header.tables.length) await client.query(`TRUNCATE ${header.tables.map((t) => ident(t.name)).join(', ')}`);
    let total = 0;
    for (const [index, t] of header.tables.entries()) {
      const start = json<{ table: string; columns: string[] }>(await reader.expect('T'));
      if (start.table !== t.name) throw new BackupError(`Файл повреждён: ожидалась таблица ${t.name}, встретилась ${start.table}`);
      const state: { end: Frame | null } = { end: null };
      async function* data(): AsyncGenerator<Buffer> {
        for (;;) {
          const f = await reader.next();
          if (!f) throw new BackupError('Резервная копия оборвана: файл неполный');
          if (f.type === 'E') {
            state.end = f;
            return;
          }
          if (f.type !== 'D') throw new BackupError(`Файл повреждён: в данных таблицы ${t.name} кадр ${f.type}`);
          yield f.payload;
        }
      }
      const copy = client.query(copyFrom(`COPY ${ident(t.name)} (${start.columns.map(ident).join(', ')}) FROM STDIN`));
      await pipeline(Readable.from(data()), copy as Writable);
      const expected = json<{ rows: number }>(state.end ?? (await reader.expect('E'))).rows;
      if (copy.rowCount !== expected) throw new BackupError(`Таблица ${t.name}: загружено ${copy.rowCount} строк из ${expected}`);
      total += expected;
      onTable({ table: t.name, index, total: header.tables.length, rows: expected });
    }
    const tail = json<{ tables: number; rows: number }>(await reader.expect('Z'));
    if (tail.rows !== total || tail.tables !== header.tables.length) throw new BackupError('Файл повреждён: итог не сходится');
    for (const s of header.sequences) {
      if (s.value === null) await client.query(`SELECT setval($1::regclass, 1, false)`, [ident(s.name)]);
      else await client.query(`SELECT setval($1::regclass, $2::bigint, true)`, [ident(s.name), s.value]);
    }
    // The dashboards' cache holds snapshots of the copied cluster's transaction ids: never valid here (DashboardCache,
    // DashboardPartials).
    await client.query('TRUNCATE dashboard_cache, dashboard_fact_change, dashboard_org_part, dashboard_person_change');
    await client.query('COMMIT');
    return { tables: header.tables.length, rows: total, migrations: header.migrations.length };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    close();
    await client.end();
  }
}
