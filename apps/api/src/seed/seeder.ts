import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../modules/auth/password';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/accounts.data';
import { DEMO_REGISTRY } from './demo/registry';
import { seedDemoDeficits } from './demo-deficits.seeder';
import { seedDemoAssociations } from './demo-associations.seeder';
import { seedDemoDiagnostics } from './demo-diagnostics.seeder';
import { seedDemoDiaryAndSurveys } from './demo-diary-survey.seeder';
import { seedDemoMentoring } from './demo-mentoring.seeder';
import { seedDemoPlans } from './demo-plans.seeder';
import { seedDemoDocuments } from './demo-documents.seeder';
import { seedDemoPlanMonitoring } from './demo-plan-monitoring.seeder';
import { seedDemoInvitations, seedDemoNetworks } from './demo-networks.seeder';
import { seedDemoRoutes } from './demo-routes.seeder';
import { seedDemoRouteLinks } from './demo-route-links.seeder';
import { seedDemoStaging } from './demo-staging.seeder';
import { seedDemoEvents } from './demo-events.seeder';
import { seedDemoInternships } from './demo-internship.seeder';
import { seedDemoGrowth } from './demo-growth.seeder';
import { seedDemoCrossChecks } from './demo-cross-check.seeder';
import { seedDemoPlanLinks } from './demo-plan-links.seeder';
import { seedDemoPractices } from './demo-practices.seeder';
import { seedDemoIndicators } from './demo-indicators.seeder';
import { seedDemoHistories } from './demo-histories.seeder';
import { seedDemoApiClient } from './demo-api-client.seeder';
import { seedCompetencyFrameworks } from './reference/competence.seeder';
import { seedReferenceInstruments } from './reference/instrument.seeder';
import { RF_REGIONS } from './reference/regions.data';

type Log = (line: string) => void;
const one = async <T>(m: EntityManager, sql: string, params: unknown[]): Promise<T> => ((await m.query(sql, params)) as T[])[0];

export class DemoInProductionError extends Error {}

/** Demo data (its accounts share a published password) never reaches a production install. */
export function assertNotProduction(env: NodeJS.ProcessEnv = process.env): void {
  if (env['NODE_ENV'] === 'production') {
    throw new DemoInProductionError('Demo data is never loaded with NODE_ENV=production: its accounts share a published password. Create the first administrator with `admin create <login>`.');
  }
}

/** A database with no accounts has never been started. */
export async function isFirstRun(ds: DataSource): Promise<boolean> {
  const row: { n: string }[] = await ds.query('SELECT count(*) AS n FROM account');
  return Number(row[0].n) === 0;
}

/** Regions of the Russian Federation, the competency frameworks and the reference diagnostic instruments. Idempotent. */
export async function seedReference(ds: DataSource): Promise<number> {
  await ds.transaction(async (m) => {
    await seedCompetencyFrameworks(m);
    await seedReferenceInstruments(m);
  });
  const res: unknown[] = await ds.query(
    `INSERT INTO region (code, name) SELECT * FROM unnest($1::varchar[], $2::varchar[])
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name WHERE region.name IS DISTINCT FROM EXCLUDED.name RETURNING id`,
    [RF_REGIONS.map((r) => r[0]), RF_REGIONS.map((r) => r[1])],
  );
  return res.length;
}

/**
 * The demo data of the five programmes: territories, organisations with statuses, people with
 * positions, and one account per role. Keyed by external ids, so a second run changes nothing.
 */
export async function seedDemo(ds: DataSource, log: Log = () => undefined): Promise<void> {
  assertNotProduction();
  await seedReference(ds);
  await ds.transaction(async (m) => {
    let orgs = 0;
    let people = 0;
    for (const region of DEMO_REGISTRY) {
      const r = await one<{ id: string }>(m, `SELECT id FROM region WHERE code = $1`, [region.code]);
      if (!r) throw new Error(`Region ${region.code} is not in the reference data`);
      for (const mu of region.municipalities) {
        const municipality = await one<{ id: string }>(
          m,
          `INSERT INTO municipality (region_id, name, kind) VALUES ($1, $2, $3)
           ON CONFLICT ON CONSTRAINT uq_municipality_region_name DO UPDATE SET kind = EXCLUDED.kind RETURNING id`,
          [r.id, mu.name, mu.kind],
        );
        for (const o of mu.organizations) {
          const org = await one<{ id: string }>(
            m,
            `INSERT INTO organization (municipality_id, name, short_name, kind, inn, external_id, address, illustrative)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
               municipality_id = EXCLUDED.municipality_id, name = EXCLUDED.name, short_name = EXCLUDED.short_name,
               kind = EXCLUDED.kind, inn = EXCLUDED.inn, address = EXCLUDED.address, illustrative = EXCLUDED.illustrative
             RETURNING id`,
            [municipality.id, o.name, o.shortName ?? null, o.kind, o.inn ?? null, o.key, o.address ?? null, o.illustrative ?? false],
          );
          orgs += 1;
          for (const s of o.statuses) {
            await m.query(
              `INSERT INTO organization_status (organization_id, kind, year, source) VALUES ($1, $2, $3, $4)
               ON CONFLICT ON CONSTRAINT uq_organization_status DO UPDATE SET source = EXCLUDED.source`,
              [org.id, s.kind, s.year, s.source],
            );
          }
          for (const p of o.people) {
            const person = await one<{ id: string }>(
              m,
              `INSERT INTO person (last_name, first_name, middle_name, external_id, subjects, experience_years, qualification_category, is_master_teacher, illustrative)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
               ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
                 last_name = EXCLUDED.last_name, first_name = EXCLUDED.first_name, middle_name = EXCLUDED.middle_name,
                 subjects = EXCLUDED.subjects, experience_years = EXCLUDED.experience_years,
                 qualification_category = EXCLUDED.qualification_category, is_master_teacher = EXCLUDED.is_master_teacher,
                 illustrative = EXCLUDED.illustrative
               RETURNING id`,
              [p.lastName, p.firstName, p.middleName ?? null, p.key, p.subjects ?? [], p.experienceYears ?? null, p.qualificationCategory ?? 'NONE', p.isMasterTeacher ?? false, !p.namedInSeed],
            );
            await m.query(
              `INSERT INTO position (person_id, organization_id, kind, title, is_main) VALUES ($1, $2, $3, $4, true)
               ON CONFLICT ON CONSTRAINT uq_position DO UPDATE SET title = EXCLUDED.title`,
              [person.id, org.id, p.position, p.title ?? null],
            );
            people += 1;
          }
        }
      }
    }
    log(`registry: ${DEMO_REGISTRY.length} regions, ${orgs} organisations, ${people} people`);
    const n = await seedDemoNetworks(m);
    log(`networks: ${n.networks} networks, ${n.members} members, ${n.edges} links, ${n.agreements} agreements`);
    const a = await seedDemoAssociations(m);
    log(`associations: ${a.associations} associations, ${a.members} members, ${a.meetings} meetings`);
    const mt = await seedDemoMentoring(m);
    log(`mentoring: ${mt.profiles} mentor profiles, ${mt.programs} programmes, ${mt.mentorships} mentorships, ${mt.participants} participants, ${mt.sessions} sessions`);
    const ds = await seedDemoDiaryAndSurveys(m);
    log(`diary and surveys (illustrative): ${ds.entries} diary entries, ${ds.surveys} surveys, ${ds.responses} answers`);
    await seedDemoDeficits(m, log);
    const dg = await seedDemoDiagnostics(m);
    log(`diagnostics: ${dg.campaigns} campaigns, ${dg.participants} participants, ${dg.responses} responses, ${dg.results} results`);
    const rt = await seedDemoRoutes(m);
    log(`routes: ${rt.routes} routes, ${rt.steps} steps`);
    const st = await seedDemoStaging(m);
    log(`staging sites: ${st.sites} sites, ${st.programs} programmes, ${st.modules} modules, ${st.tracks} tracks`);
    const ev = await seedDemoEvents(m);
    log(`events: ${ev.events} events, illustrative ${ev.registrations} registrations, ${ev.attendance} attendance marks, ${ev.feedback} feedback`);
    const it = await seedDemoInternships(m);
    log(`internships (illustrative): ${it.cohorts} cohorts, ${it.applications} applications, ${it.certificates} certificates`);
    const gr = await seedDemoGrowth(m);
    log(`hours (illustrative): ${gr.events} practicum with hours, ${gr.attendance} attendance marks`);
    const rl = await seedDemoRouteLinks(m);
    log(`route links (illustrative): ${rl.routes} route, ${rl.linkedSteps} step linked to an attended event`);
    const pl = await seedDemoPlans(m);
    log(`plans: ${pl.plans} plans, ${pl.stages} stages, ${pl.items} items`);
    const cc = await seedDemoCrossChecks(m);
    log(`cross-checks of papers: ${cc.events} events, ${cc.protocolRows} protocol lines (illustrative)`);
    log(`plan items linked to their events: ${(await seedDemoPlanLinks(m)).links}`);
    const pm = await seedDemoPlanMonitoring(m);
    log(`plan monitoring (illustrative): ${pm.meetings} council meetings, ${pm.corrections} corrections`);
    const dc = await seedDemoDocuments(m);
    log(`documents: ${dc.documents} documents the programmes cite, ${dc.tasks} points of orders`);
    const pr = await seedDemoPractices(m);
    log(`bank of practices: ${pr.practices} cards, ${pr.products} methodological products`);
    const hi = await seedDemoHistories(m);
    log(`histories (illustrative, seed 000's fictional schools): ${hi.positions} positions dated, ${hi.categories} category records`);
    const ind = await seedDemoIndicators(m);
    log(`indicators: ${ind.indicators} indicators, ${ind.targets} targets, ${ind.values} values (illustrative)`);
    log(`plan monitoring: ${pm.meetings} council meetings, ${pm.corrections} corrections (illustrative), ${pm.risks} risks as 003 states them`);
    await seedDemoAccounts(m);
    log(`accounts: ${DEMO_ACCOUNTS.map((a) => a.login).join(', ')}`);
    const ac = await seedDemoApiClient(m);
    log(`API clients (illustrative, on seed 000's fictional district): ${ac.clients} client, ${ac.deliveries} webhook deliveries`);
    log(`network invitations (pending): ${await seedDemoInvitations(m)}`);
  });
}

async function seedDemoAccounts(m: EntityManager): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const a of DEMO_ACCOUNTS) {
    const person = a.personKey ? await one<{ id: string }>(m, `SELECT id FROM person WHERE external_id = $1`, [a.personKey]) : null;
    if (a.personKey && !person) throw new Error(`Demo person ${a.personKey} missing`);
    const account = await one<{ id: string }>(
      m,
      `INSERT INTO account (login, display_name, password_hash, person_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (login) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id`,
      [a.login, a.displayName, hash, person?.id ?? null],
    );
    const scope = { region: null as string | null, municipality: null as string | null, organization: null as string | null };
    if (a.scope?.regionCode) scope.region = (await one<{ id: string }>(m, `SELECT id FROM region WHERE code = $1`, [a.scope.regionCode])).id;
    if (a.scope?.municipality) scope.municipality = (await one<{ id: string }>(m, `SELECT id FROM municipality WHERE name = $1`, [a.scope.municipality])).id;
    if (a.scope?.organizationKey) scope.organization = (await one<{ id: string }>(m, `SELECT id FROM organization WHERE external_id = $1`, [a.scope.organizationKey])).id;
    await m.query(
      `INSERT INTO role_grant (account_id, role, region_id, municipality_id, organization_id, scope_key)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT ON CONSTRAINT uq_role_grant DO NOTHING`,
      [account.id, a.role, scope.region, scope.municipality, scope.organization, scope.region ?? scope.municipality ?? scope.organization ?? ''],
    );
  }
}
