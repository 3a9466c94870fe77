import { MunicipalityKind, RoleKind } from '@metodset/shared';
import { Command, CommanderError } from 'commander';
import { DataSource } from 'typeorm';
import { AccessScope } from '../common/auth/access-scope';
import { OKTMO_MESSAGE, OKTMO_PATTERN } from '../modules/territory/dto/territory.input';
import { TerritoryCaller, TerritoryService } from '../modules/territory/territory.service';

/** Runs `work` with the app's TerritoryService on the database (the CLI acts as a platform administrator). */
export type WithTerritory = <T>(work: (territory: TerritoryService, ds: DataSource) => Promise<T>) => Promise<T>;

/** The CLI is the operator of the installation: audited as «система» (no account), with a platform grant. */
export const CLI_CALLER: TerritoryCaller = {
  accountId: null,
  personId: null,
  grants: [{ role: RoleKind.PLATFORM_ADMIN, regionId: null, municipalityId: null, organizationId: null }],
};

const KINDS = Object.values(MunicipalityKind) as string[];

function oktmo(v: string | undefined): string | undefined {
  if (v !== undefined && v !== '' && !OKTMO_PATTERN.test(v)) throw new CommanderError(2, 'metodset.territory', `--oktmo: ${OKTMO_MESSAGE}`);
  return v;
}

/** A municipality by id, OKTMO code or exact name (active ones first); ambiguous or missing: an error. */
async function municipalityId(ds: DataSource, ref: string): Promise<string> {
  const rows: { id: string }[] = await ds.query(
    `SELECT id FROM municipality WHERE id::text = $1 OR oktmo = $1 OR name = $1 ORDER BY (archived_at IS NULL) DESC LIMIT 2`,
    [ref],
  );
  if (!rows.length) throw new CommanderError(1, 'metodset.territory', `Municipality «${ref}» not found`);
  if (rows.length > 1) throw new CommanderError(1, 'metodset.territory', `Municipality «${ref}» is ambiguous: give its id or OKTMO code`);
  return rows[0].id;
}

async function regionId(ds: DataSource, code: string): Promise<string> {
  const rows: { id: string }[] = await ds.query(`SELECT id FROM region WHERE code = $1`, [code]);
  if (!rows[0]) throw new CommanderError(1, 'metodset.territory', `Region with code «${code}» not found`);
  return rows[0].id;
}

export function registerTerritoryCommands(program: Command, withTerritory: WithTerritory): void {
  const t = program.command('territory').description('Municipalities: create, rename (OKTMO), merge, archive, list');
  t.command('list')
    .description('Municipalities of a region (or all), with OKTMO and state')
    .option('--region <code>', 'region code, e.g. 47')
    .option('--archived', 'include archived and merged ones')
    .action(async (o: { region?: string; archived?: boolean }) => {
      await withTerritory(async (territory, ds) => {
        const rid = o.region ? await regionId(ds, o.region) : null;
        const rows = await territory.municipalities(new AccessScope(true, [], [], [], null), rid, !!o.archived);
        for (const r of rows) {
          const state = r.mergedIntoId ? `merged into ${r.mergedIntoId}` : r.archivedAt ? 'archived' : 'active';
          console.log(`${r.id}  ${r.oktmo ?? '-'.padEnd(8)}  ${r.name}  [${r.kind}] ${state}`);
        }
        console.log(`${rows.length} municipalities`);
      });
    });
  t.command('create')
    .argument('<name>')
    .requiredOption('--region <code>', 'region code, e.g. 47')
    .option('--kind <kind>', KINDS.join(' | '), MunicipalityKind.DISTRICT)
    .option('--oktmo <code>', 'OKTMO: 8 or 11 digits')
    .action(async (name: string, o: { region: string; kind: string; oktmo?: string }) => {
      if (!KINDS.includes(o.kind)) throw new CommanderError(2, 'metodset.territory', `--kind: use ${KINDS.join(', ')}`);
      const code = oktmo(o.oktmo);
      await withTerritory(async (territory, ds) => {
        const created = await territory.create(CLI_CALLER, { regionId: await regionId(ds, o.region), name, kind: o.kind as MunicipalityKind, oktmo: code || null });
        console.log(`Created ${created.name} (${created.id})`);
      });
    });
  t.command('rename')
    .argument('<municipality>', 'id, OKTMO code or exact name')
    .option('--name <name>', 'the new name')
    .option('--oktmo <code>', 'OKTMO: 8 or 11 digits («-» clears it)')
    .option('--kind <kind>', KINDS.join(' | '))
    .action(async (ref: string, o: { name?: string; oktmo?: string; kind?: string }) => {
      if (o.kind && !KINDS.includes(o.kind)) throw new CommanderError(2, 'metodset.territory', `--kind: use ${KINDS.join(', ')}`);
      if (!o.name && o.oktmo === undefined && !o.kind) throw new CommanderError(2, 'metodset.territory', 'Nothing to change: give --name, --oktmo or --kind');
      const code = o.oktmo === '-' ? null : oktmo(o.oktmo);
      await withTerritory(async (territory, ds) => {
        const after = await territory.update(CLI_CALLER, await municipalityId(ds, ref), { name: o.name, kind: o.kind as MunicipalityKind | undefined, oktmo: code });
        console.log(`Now ${after.name}${after.oktmo ? ` (ОКТМО ${after.oktmo})` : ''}`);
      });
    });
  t.command('merge')
    .argument('<source>', 'the municipality that ceases (id, OKTMO or exact name)')
    .argument('<target>', 'the one it goes into')
    .action(async (sourceRef: string, targetRef: string) => {
      await withTerritory(async (territory, ds) => {
        const r = await territory.merge(CLI_CALLER, await municipalityId(ds, sourceRef), await municipalityId(ds, targetRef));
        console.log(`Merged ${r.source.name} into ${r.target.name}: ${r.organizations} organisations and ${r.otherRows} other rows moved`);
      });
    });
  t.command('archive')
    .argument('<municipality>', 'id, OKTMO code or exact name')
    .option('--undo', 'restore it from the archive')
    .action(async (ref: string, o: { undo?: boolean }) => {
      await withTerritory(async (territory, ds) => {
        const after = await territory.setArchived(CLI_CALLER, await municipalityId(ds, ref), !o.undo);
        console.log(`${after.name}: ${after.archivedAt ? 'archived' : 'restored'}`);
      });
    });
}
