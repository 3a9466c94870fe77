import { ApiClientAccess, ApiClientDomain, ApiClientScopeKind, RoleKind } from '@metodset/shared';
import { Command, CommanderError } from 'commander';
import { DataSource } from 'typeorm';
import { AccessRepository } from '../common/access/access.repository';
import { AccessService } from '../common/access/access.service';
import { UnitOfWork } from '../common/database/unit-of-work';
import { AppError } from '../common/errors/errors';
import { ApiClientRepository, ApiClientRow } from '../modules/api-client/api-client.repository';
import { ApiClientService, ManagingCaller } from '../modules/api-client/api-client.service';
import { AuditRepository } from '../modules/audit/audit.repository';
import { AuditService } from '../modules/audit/audit.service';
import { ArchiveFilter } from '../modules/organization/dto/organizations.args';
import { OpenDatabase } from '../database/open-database';

type WithDb = <T>(work: (ds: DataSource, db: OpenDatabase) => Promise<T>) => Promise<T>;

const fail = (message: string) => new CommanderError(1, 'metodset.client', message);

function serviceOf(ds: DataSource): ApiClientService {
  const uow = new UnitOfWork(ds);
  return new ApiClientService(new ApiClientRepository(), uow, new AccessService(new AccessRepository()), new AuditService(new AuditRepository(), uow));
}

/** The CLI acts as a platform operator, recorded under the owner account it names. */
async function operator(ds: DataSource, login: string): Promise<ManagingCaller> {
  const rows: { id: string }[] = await ds.query('SELECT id FROM account WHERE login = lower($1) AND disabled_at IS NULL', [login]);
  if (!rows[0]) throw fail(`Account «${login}» not found`);
  return { accountId: rows[0].id, personId: null, grants: [{ role: RoleKind.PLATFORM_ADMIN, regionId: null, municipalityId: null, organizationId: null }] };
}

async function one(ds: DataSource, sql: string, value: string, what: string): Promise<string> {
  const rows: { id: string }[] = await ds.query(sql, [value]);
  if (rows.length !== 1) throw fail(`${what} «${value}» ${rows.length ? 'is ambiguous' : 'not found'}`);
  return rows[0]!.id;
}

/** `REGISTRY:READ,ROUTES:WRITE` → permissions. */
export function parsePermissions(text: string): { domain: ApiClientDomain; access: ApiClientAccess }[] {
  return text.split(',').filter((s) => s.trim()).map((part) => {
    const [domain, access = 'READ'] = part.trim().toUpperCase().split(':');
    if (!Object.values(ApiClientDomain).includes(domain as ApiClientDomain)) throw fail(`Unknown domain ${domain}: ${Object.values(ApiClientDomain).join(', ')}`);
    if (!Object.values(ApiClientAccess).includes(access as ApiClientAccess)) throw fail(`Unknown access ${access}: READ or WRITE`);
    return { domain: domain as ApiClientDomain, access: access as ApiClientAccess };
  });
}

const describe = (c: ApiClientRow) =>
  `${c.id}  ${c.name}  [${c.scopeKind} ${c.scopeName}]  ${c.permissions.map((p) => `${p.domain}:${p.access}`).join(',')}` +
  `${c.expiresOn ? `  до ${c.expiresOn}` : ''}${c.archivedAt ? '  (в архиве)' : ''}  секреты: ${c.secrets.filter((s) => s.active).map((s) => s.prefix).join(', ') || 'нет действующих'}`;

async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof AppError) {
      const fields = (err.extensions['fields'] as { field: string; message: string }[] | undefined)?.map((f) => `${f.field}: ${f.message}`).join('; ');
      throw fail(fields ? `${err.message} (${fields})` : err.message);
    }
    throw err;
  }
}

/** `client create|rotate|revoke|list`: API clients of regional systems (the secret is printed once, never stored). */
export function registerClientCommands(program: Command, withDatabase: WithDb): void {
  const client = program.command('client').description('API clients of regional systems');
  client
    .command('create')
    .requiredOption('--name <name>', 'name of the regional system')
    .option('--region <code>', 'scope: a region by code, e.g. 47')
    .option('--municipality <name>', 'scope: a municipality by name')
    .option('--organization <externalIdOrInn>', 'scope: an organisation by external id or ИНН')
    .requiredOption('--permissions <list>', `domain:READ|WRITE, comma-separated; domains: ${Object.values(ApiClientDomain).join(', ')}`)
    .option('--expires <date>', 'last day it works, YYYY-MM-DD')
    .option('--owner <login>', 'the admin who keeps it', 'admin')
    .action(async (o: { name: string; region?: string; municipality?: string; organization?: string; permissions: string; expires?: string; owner: string }) => {
      const given = [o.region, o.municipality, o.organization].filter((x) => x !== undefined);
      if (given.length !== 1) throw fail('Give exactly one scope: --region, --municipality or --organization');
      await withDatabase(async (ds) => {
        const [scopeKind, scopeId] = o.region
          ? [ApiClientScopeKind.REGION, await one(ds, 'SELECT id FROM region WHERE code = $1', o.region, 'Region')]
          : o.municipality
            ? [ApiClientScopeKind.MUNICIPALITY, await one(ds, 'SELECT id FROM municipality WHERE name = $1', o.municipality, 'Municipality')]
            : [ApiClientScopeKind.ORGANIZATION, await one(ds, 'SELECT id FROM organization WHERE external_id = $1 OR inn = $1', o.organization!, 'Organization')];
        const issued = await run(async () =>
          serviceOf(ds).create(await operator(ds, o.owner), { name: o.name, scopeKind, scopeId, permissions: parsePermissions(o.permissions), expiresOn: o.expires ?? null }),
        );
        console.log(`Created API client ${describe(issued.client)}`);
        console.log(`Secret (shown once, keep it safe; send it as «Authorization: Bearer <secret>»):\n${issued.secret}`);
      });
    });
  client
    .command('rotate')
    .argument('<id>', 'client id')
    .option('--overlap-hours <hours>', 'hours the old secrets stay valid (0: refused at once)', '24')
    .option('--owner <login>', 'recorded as who rotated it', 'admin')
    .action(async (id: string, o: { overlapHours: string; owner: string }) => {
      const hours = Number(o.overlapHours);
      if (!Number.isInteger(hours) || hours < 0 || hours > 720) throw fail('--overlap-hours: a whole number 0–720');
      await withDatabase(async (ds) => {
        const issued = await run(async () => serviceOf(ds).rotate(await operator(ds, o.owner), id, hours));
        console.log(`Rotated: ${describe(issued.client)}`);
        console.log(`New secret (shown once):\n${issued.secret}`);
      });
    });
  client
    .command('revoke')
    .argument('<id>', 'client id')
    .option('--owner <login>', 'recorded as who revoked it', 'admin')
    .action(async (id: string, o: { owner: string }) => {
      await withDatabase(async (ds) => {
        const c = await run(async () => serviceOf(ds).revoke(await operator(ds, o.owner), id));
        console.log(`Revoked every secret of ${describe(c)}`);
      });
    });
  client
    .command('list')
    .option('--archived', 'archived ones too')
    .action(async (o: { archived?: boolean }) => {
      await withDatabase(async (ds) => {
        const page = await serviceOf(ds).list(await operator(ds, 'admin'), { archived: o.archived ? ArchiveFilter.ALL : ArchiveFilter.ACTIVE }, undefined, { first: 100 });
        for (const c of page.nodes) console.log(describe(c));
        console.log(`${page.totalCount} client(s)`);
      });
    });
}
