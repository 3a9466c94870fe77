import ExcelJS from 'exceljs';
import { Command, CommanderError } from 'commander';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { DataSource } from 'typeorm';
import { AuditEntry, AuditRepository } from '../modules/audit/audit.repository';
import { AuditQuery, toFilter } from '../modules/audit/audit.service';
import { loadConfig } from '../config/config';
import { WithDatabase, withLiveDatabase } from './database-target';


const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

function checked(o: { person?: string; actor?: string; from?: string; to?: string; action?: string }): Omit<AuditQuery, 'actorAccountId'> & { actor?: string } {
  if (o.person && !UUID.test(o.person)) throw new CommanderError(2, 'metodset.audit', `--person: not a person id (uuid): ${o.person}`);
  for (const [name, v] of [['--from', o.from], ['--to', o.to]] as const) {
    if (v && (!DATE.test(v) || Number.isNaN(new Date(v).getTime()))) throw new CommanderError(2, 'metodset.audit', `${name}: a date YYYY-MM-DD or an ISO date-time, not ${v}`);
  }
  return { personId: o.person ?? null, from: o.from ?? null, to: o.to ?? null, action: o.action ?? null, actor: o.actor };
}

async function accountId(ds: DataSource, login: string): Promise<string> {
  const rows: { id: string }[] = await ds.query('SELECT id FROM account WHERE login = lower($1)', [login]);
  if (!rows[0]) throw new CommanderError(1, 'metodset.audit', `Account «${login}» not found`);
  return rows[0].id;
}

const people = (e: AuditEntry) => e.people.map((p) => `${p.fullName ?? '(удалён)'} [${p.id}]`).join('; ');

function line(e: AuditEntry): string {
  const who = e.actorLogin ? `${e.actorLogin} (${e.actorName ?? ''})` : 'система';
  const names = e.people.length > 3 ? `${e.people.length} чел.` : people(e);
  return `${e.at.toISOString()}  ${who}  ${e.action}  ${e.entityType}${e.entityId ? ` ${e.entityId}` : ''}${names ? `  — ${names}` : ''}`;
}

/** Writes every entry of the query to an XLSX (streamed) or JSON file; returns how many. */
export async function exportAudit(repo: AuditRepository, ds: DataSource, query: AuditQuery, file: string): Promise<number> {
  let n = 0;
  if (file.toLowerCase().endsWith('.xlsx')) {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
    const ws = wb.addWorksheet('Журнал аудита');
    ws.columns = [
      { header: 'Когда', key: 'at', width: 22 },
      { header: 'Кто (логин)', key: 'login', width: 22 },
      { header: 'Кто (имя)', key: 'name', width: 28 },
      { header: 'Действие', key: 'action', width: 14 },
      { header: 'Объект', key: 'entityType', width: 18 },
      { header: 'Id объекта', key: 'entityId', width: 38 },
      { header: 'Чьи данные', key: 'people', width: 60 },
      { header: 'До', key: 'before', width: 60 },
      { header: 'После / что прочитано', key: 'after', width: 60 },
    ];
    for await (const batch of repo.all(ds.manager, toFilter(query))) {
      for (const e of batch) {
        ws.addRow({
          at: e.at,
          login: e.actorLogin ?? 'система',
          name: e.actorName ?? '',
          action: e.action,
          entityType: e.entityType,
          entityId: e.entityId ?? '',
          people: people(e),
          before: e.before ? JSON.stringify(e.before) : '',
          after: e.after ? JSON.stringify(e.after) : '',
        }).commit();
        n++;
      }
    }
    ws.commit();
    await wb.commit();
    return n;
  }
  if (!file.toLowerCase().endsWith('.json')) throw new CommanderError(2, 'metodset.audit', 'The file must end in .xlsx or .json');
  const out = createWriteStream(file);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write('[');
  for await (const batch of repo.all(ds.manager, toFilter(query))) {
    for (const e of batch) await write(`${n++ ? ',' : ''}\n  ${JSON.stringify(e)}`);
  }
  await write('\n]\n');
  out.end();
  await once(out, 'finish');
  return n;
}

/** `audit search` and `audit export-person`: who saw and changed whose data (152-ФЗ art. 19). */
export function registerAuditCommands(program: Command, withDatabase: WithDatabase): void {
  const repo = new AuditRepository();
  const audit = program.command('audit').description('The audit log: who saw and changed whose data');
  audit
    .command('search')
    .description('Rows of the log, newest first')
    .option('--person <personId>', 'rows concerning this person (card reads, lists that returned them, changes)')
    .option('--actor <login>', 'rows written by this account')
    .option('--from <date>', 'from this date or ISO date-time')
    .option('--to <date>', 'to the end of this date, or up to this ISO date-time')
    .option('--action <action>', 'read, read-list, create, update, login…')
    .option('--limit <n>', 'at most this many rows (≤ 100000)', '100')
    .action(async (o: { person?: string; actor?: string; from?: string; to?: string; action?: string; limit: string }) => {
      const q = checked(o);
      const limit = Number(o.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100_000) throw new CommanderError(2, 'metodset.audit', '--limit: a whole number from 1 to 100000');
      await withLiveDatabase(loadConfig(), withDatabase, async (ds) => {
        const query: AuditQuery = { ...q, actorAccountId: q.actor ? await accountId(ds, q.actor) : null };
        const page = await repo.search(ds.manager, toFilter(query), undefined, { first: limit });
        page.nodes.forEach((e) => console.log(line(e)));
        console.log(`${page.nodes.length} of ${page.totalCount} rows`);
      });
    });
  audit
    .command('export-person')
    .argument('<personId>')
    .argument('<file>', 'file.xlsx or file.json')
    .description('Everything the log holds about one person (who saw and changed their data), oldest first')
    .option('--from <date>', 'from this date or ISO date-time')
    .option('--to <date>', 'to the end of this date, or up to this ISO date-time')
    .action(async (personId: string, file: string, o: { from?: string; to?: string }) => {
      const q = checked({ ...o, person: personId });
      await withLiveDatabase(loadConfig(), withDatabase, async (ds) => {
        const n = await exportAudit(repo, ds, { ...q, actorAccountId: null }, file);
        console.log(`Wrote ${n} rows about ${personId} to ${file}`);
      });
    });
}
