import { EntityManager } from 'typeorm';
import { DEMO_STAGING_SITES } from './demo/staging';
import { DemoCompetenceRef } from './demo/staging/staging.types';

const idMap = async (m: EntityManager, sql: string): Promise<Map<string, string>> =>
  new Map(((await m.query(sql)) as { id: string; k: string }[]).map((r) => [r.k, r.id]));

/**
 * The demo staging sites with their people, competences and programmes (modules and tracks are written once: a
 * programme that has modules keeps them, so a second run changes nothing and cohorts built on them stay valid).
 */
export async function seedDemoStaging(m: EntityManager): Promise<{ sites: number; programs: number; modules: number; tracks: number }> {
  const orgs = await idMap(m, `SELECT id, external_id AS k FROM organization WHERE external_id LIKE 'demo:%'`);
  const people = await idMap(m, `SELECT id, external_id AS k FROM person WHERE external_id LIKE 'demo:%'`);
  // The latest version of each framework, competences by «framework:code».
  const competences = await idMap(
    m,
    `SELECT DISTINCT ON (f.code, c.code) c.id, f.code || ':' || c.code AS k
       FROM competence c JOIN competency_framework f ON f.id = c.framework_id ORDER BY f.code, c.code, f.version DESC`,
  );
  const get = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo row ${key} missing`);
    return id;
  };
  const comp = (r: DemoCompetenceRef) => get(competences, `${r.framework}:${r.code}`);
  const totals = { sites: 0, programs: 0, modules: 0, tracks: 0 };
  for (const s of DEMO_STAGING_SITES) {
    const [site] = (await m.query(
      `INSERT INTO staging_site (kind, level, organization_id, theme, description, starts_on, ends_on, order_number, order_date, head_person_id, illustrative, external_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
         kind = EXCLUDED.kind, level = EXCLUDED.level, organization_id = EXCLUDED.organization_id, theme = EXCLUDED.theme,
         description = EXCLUDED.description, starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on, order_number = EXCLUDED.order_number,
         order_date = EXCLUDED.order_date, head_person_id = EXCLUDED.head_person_id, illustrative = EXCLUDED.illustrative
       RETURNING id`,
      [s.kind, s.level, get(orgs, s.organizationKey), s.theme, s.description, s.startsOn, s.endsOn, s.orderNumber ?? null, s.orderDate ?? null,
        s.headKey ? get(people, s.headKey) : null, s.illustrative, s.key],
    )) as { id: string }[];
    totals.sites += 1;
    for (const key of s.masterKeys) {
      await m.query(`INSERT INTO staging_site_master (site_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [site.id, get(people, key)]);
    }
    for (const c of s.competences) {
      await m.query(`INSERT INTO staging_site_competence (site_id, competence_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [site.id, comp(c)]);
    }
    for (const p of s.programs) {
      const [program] = (await m.query(
        `INSERT INTO internship_program (site_id, title, description, min_months, max_months, audience, max_experience_years, illustrative, external_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
           site_id = EXCLUDED.site_id, title = EXCLUDED.title, description = EXCLUDED.description, min_months = EXCLUDED.min_months,
           max_months = EXCLUDED.max_months, audience = EXCLUDED.audience, max_experience_years = EXCLUDED.max_experience_years,
           illustrative = EXCLUDED.illustrative
         RETURNING id`,
        [site.id, p.title, p.description, p.minMonths, p.maxMonths, p.audience, p.maxExperienceYears, p.illustrative, p.key],
      )) as { id: string }[];
      totals.programs += 1;
      const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM internship_module WHERE program_id = $1`, [program.id])) as { n: number }[];
      if (n > 0) continue;
      const moduleIds: string[] = [];
      for (const [i, mod] of p.modules.entries()) {
        const [row] = (await m.query(
          `INSERT INTO internship_module (program_id, position, title, description, hours, format, audience) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [program.id, i + 1, mod.title, mod.description, mod.hours, mod.format, mod.audience],
        )) as { id: string }[];
        moduleIds.push(row.id);
        for (const c of mod.competences) {
          await m.query(`INSERT INTO internship_module_competence (module_id, competence_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [row.id, comp(c)]);
        }
        totals.modules += 1;
      }
      for (const t of p.tracks) {
        const [track] = (await m.query(`INSERT INTO internship_track (program_id, kind, name, description) VALUES ($1, $2, $3, $4) RETURNING id`, [
          program.id,
          t.kind,
          t.name,
          t.description,
        ])) as { id: string }[];
        for (const [i, pos] of t.modules.entries()) {
          const moduleId = moduleIds[pos - 1];
          if (!moduleId) throw new Error(`Track ${t.name} of ${p.key}: no module ${pos}`);
          await m.query(`INSERT INTO internship_track_module (track_id, module_id, position) VALUES ($1, $2, $3)`, [track.id, moduleId, i + 1]);
        }
        totals.tracks += 1;
      }
    }
  }
  return totals;
}
