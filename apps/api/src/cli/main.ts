import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { RoleKind } from '@metodset/shared';
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { ConfigError, loadConfig } from '../config/config';
import { createDataSource } from '../database/data-source';
import { migrateDown, migrateUp, migrationStatus, pendingSchemaChanges } from '../database/migrate';
import { writeMigration } from '../database/migration-writer';
import { openDatabase, OpenDatabase } from '../database/open-database';
import { AccountsService } from '../modules/auth/accounts.service';
import { recalculateDemoIndicators } from '../seed/demo-recalculation';
import { assertNotProduction, seedDemo, seedReference } from '../seed/seeder';
import { registerAuditCommands } from './audit-commands';
import { registerBackupCommands } from './backup-commands';
import { registerTerritoryCommands } from './territory-commands';
import { TerritoryService } from '../modules/territory/territory.service';
import { registerClientCommands } from './client-commands';
import { progress } from './progress';

/** Opens the database (embedded or DATABASE_URL), runs `work`, closes everything. */
async function withDatabase<T>(work: (ds: DataSource, db: OpenDatabase) => Promise<T>): Promise<T> {
  const db = await openDatabase(loadConfig());
  const ds = await createDataSource(db.url).initialize();
  try {
    return await work(ds, db);
  } finally {
    await ds.destroy();
    await db.close();
  }
}

async function withApp<T>(work: (ctx: INestApplicationContext, ds: DataSource) => Promise<T>): Promise<T> {
  return withDatabase(async (ds, db) => {
    const ctx = await NestFactory.createApplicationContext(AppModule.forRoot({ config: loadConfig(), databaseUrl: db.url }), { logger: false });
    try {
      return await work(ctx, ds);
    } finally {
      await ctx.close();
    }
  });
}

async function withAccounts<T>(work: (accounts: AccountsService, ds: DataSource) => Promise<T>): Promise<T> {
  return withDatabase(async (ds, db) => {
    const ctx = await NestFactory.createApplicationContext(AppModule.forRoot({ config: loadConfig(), databaseUrl: db.url }), { logger: false });
    try {
      return await work(ctx.get(AccountsService), ds);
    } finally {
      await ctx.close();
    }
  });
}

async function idBy(ds: DataSource, sql: string, value: string, what: string): Promise<string> {
  const rows: { id: string }[] = await ds.query(sql, [value]);
  if (rows.length !== 1) throw new Error(`${what} «${value}» ${rows.length ? 'is ambiguous' : 'not found'}`);
  return rows[0].id;
}

export function buildCli(): Command {
  const program = new Command('metodset').description('Metodset administration').exitOverride().showHelpAfterError();

  const migrate = program.command('migrate').description('Database migrations');
  migrate.command('up').description('Apply pending migrations').action(async () => {
    await withDatabase(async (ds) => {
      const pending = (await migrationStatus(ds)).filter((m) => !m.applied);
      const bar = progress('migrations', pending.length);
      const applied = await migrateUp(ds);
      bar.tick(applied.length);
      bar.done();
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply');
    });
  });
  migrate.command('down').description('Revert the last applied migration').action(async () => {
    await withDatabase(async (ds) => {
      await migrateDown(ds);
      console.log('Reverted the last migration');
    });
  });
  migrate.command('status').description('List migrations and whether they are applied').action(async () => {
    await withDatabase(async (ds) => {
      for (const m of await migrationStatus(ds)) console.log(`${m.applied ? '[x]' : '[ ]'} ${m.name}`);
    });
  });
  migrate
    .command('generate')
    .argument('<Name>', 'PascalCase name, e.g. AddNetworks')
    .description('Write a migration from the difference between the entities and the migrated database')
    .action(async (name: string) => {
      await withDatabase(async (ds) => {
        await migrateUp(ds);
        const { up, down } = await pendingSchemaChanges(ds);
        if (!up.length) return console.log('Entities and migrations agree: nothing to generate');
        const file = writeMigration(join(process.cwd(), 'apps/api/src/database/migrations'), name, up, down);
        console.log(`Wrote ${file} (${up.length} statements)`);
      });
    });

  const seed = program.command('seed').description('Reference and demo data');
  seed.command('reference').description('Regions of the Russian Federation').action(async () => {
    await withDatabase(async (ds) => {
      await migrateUp(ds);
      const n = await seedReference(ds);
      console.log(`Reference data: ${n} regions added or renamed`);
    });
  });
  seed.command('demo').description('The five programmes’ territories, organisations, people and demo accounts (never in production)').action(async () => {
    assertNotProduction({ NODE_ENV: loadConfig().NODE_ENV });
    await withDatabase(async (ds) => {
      await migrateUp(ds);
      await seedDemo(ds, (line) => console.log(line));
    });
    await withApp((ctx) => recalculateDemoIndicators(ctx, (line) => console.log(line)));
  });

  const user = program.command('user').description('Accounts');
  user
    .command('create')
    .argument('<login>')
    .requiredOption('--name <displayName>', 'name shown in the app')
    .requiredOption('--password <password>', 'at least 12 characters')
    .option('--person <externalId>', 'link to a person (for mentor/teacher roles)')
    .action(async (login: string, o: { name: string; password: string; person?: string }) => {
      await withAccounts(async (accounts, ds) => {
        const personId = o.person ? await idBy(ds, 'SELECT id FROM person WHERE external_id = $1', o.person, 'Person') : null;
        await accounts.create({ login, displayName: o.name, password: o.password, personId });
        console.log(`Created account ${login}`);
      });
    });
  user
    .command('set-password')
    .argument('<login>')
    .requiredOption('--password <password>', 'at least 12 characters')
    .action(async (login: string, o: { password: string }) => {
      await withAccounts(async (accounts) => {
        await accounts.setPassword(login, o.password);
        console.log(`Password changed for ${login}; its sessions were ended`);
      });
    });
  user
    .command('grant-role')
    .argument('<login>')
    .argument('<role>', Object.values(RoleKind).join(' | '))
    .option('--region <code>', 'region code, e.g. 47')
    .option('--municipality <name>', 'municipality name')
    .option('--organization <innOrExternalId>', 'organisation ИНН or external id')
    .action(async (login: string, role: string, o: { region?: string; municipality?: string; organization?: string }) => {
      if (!(Object.values(RoleKind) as string[]).includes(role)) throw new CommanderError(2, 'metodset.role', `Unknown role ${role}: use ${Object.values(RoleKind).join(', ')}`);
      await withAccounts(async (accounts, ds) => {
        const scope = {
          regionId: o.region ? await idBy(ds, 'SELECT id FROM region WHERE code = $1', o.region, 'Region') : null,
          municipalityId: o.municipality ? await idBy(ds, 'SELECT id FROM municipality WHERE name = $1', o.municipality, 'Municipality') : null,
          organizationId: o.organization
            ? await idBy(ds, 'SELECT id FROM organization WHERE inn = $1 OR external_id = $1', o.organization, 'Organisation')
            : null,
        };
        const added = await accounts.grant(login, role as RoleKind, scope);
        console.log(added ? `Granted ${role} to ${login}` : `${login} already has ${role} there`);
      });
    });

  registerAuditCommands(program, withDatabase);
  registerTerritoryCommands(program, (work) => withApp((ctx, ds) => work(ctx.get(TerritoryService), ds)));
  registerBackupCommands(program, () => loadConfig(), withDatabase);
  registerClientCommands(program, withDatabase);
  const admin = program.command('admin').description('Platform administrators');
  admin
    .command('create')
    .argument('<login>')
    .description('Create a platform administrator (the first one on a fresh install). The password comes from --password-file, METODSET_ADMIN_PASSWORD, or a prompt')
    .option('--name <displayName>', 'name shown in the app', 'Администратор платформы')
    .option('--password-file <file>', 'read the password from the first line of this file («-»: standard input)')
    .action(async (login: string, o: { name: string; passwordFile?: string }) => {
      const password = await adminPassword(o.passwordFile);
      await withAccounts(async (accounts, ds) => {
        // A fresh install may not have been started yet: bring its schema and reference data first.
        await migrateUp(ds);
        await seedReference(ds);
        await accounts.create({ login, displayName: o.name, password, personId: null });
        await accounts.grant(login, RoleKind.PLATFORM_ADMIN, {});
        console.log(`Created platform administrator ${login}`);
      });
    });
  return program;
}

/** The new administrator's password: a file (or stdin), the environment, or typed twice without echo. */
async function adminPassword(file?: string): Promise<string> {
  if (file) return readFileSync(file === '-' ? 0 : file, 'utf8').split(/\r?\n/)[0];
  const fromEnv = process.env['METODSET_ADMIN_PASSWORD'];
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) throw new CommanderError(2, 'metodset.password', 'No password: give --password-file <file> (or «-» for stdin) or METODSET_ADMIN_PASSWORD');
  const first = await promptHidden('Password (at least 12 characters): ');
  const again = await promptHidden('Repeat the password: ');
  if (first !== again) throw new CommanderError(2, 'metodset.password', 'The passwords differ');
  return first;
}

function promptHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

/**
 * What the CLI prints for a failure: an error's message with its field errors, one per line; anything else thrown
 * (a library may reject with a string, or with nothing at all) as text, never a crash of the CLI itself.
 */
export function failureText(err: unknown): string {
  if (!(err instanceof Error)) return `Error: ${err === undefined || err === null || err === '' ? 'the command failed without saying why' : String(err)}`;
  const ext = (err as { extensions?: { fields?: { field: string; message: string }[] } }).extensions;
  return `Error: ${err.message}${ext?.fields?.length ? '\n' + ext.fields.map((f) => `  ${f.field}: ${f.message}`).join('\n') : ''}`;
}

export async function runCli(argv: string[]): Promise<number> {
  try {
    await buildCli().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : (console.error(err.message.startsWith('error') ? '' : err.message), 2);
    if (err instanceof ConfigError) return (console.error(err.message), 1);
    console.error(failureText(err));
    return 1;
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
