import { DataSource } from 'typeorm';

/** Staging rows written straight to the database for the specs: sites, programmes, modules, tracks. */
export interface StagingFixtureApi {
  one(sql: string, params?: unknown[]): Promise<string>;
  org(key: string): Promise<string>;
  person(key: string): Promise<string>;
  competence(code: string, framework?: string): Promise<string>;
  site(orgId: string, opts?: { theme?: string; startsOn?: string; endsOn?: string; kind?: string; archived?: boolean }): Promise<string>;
  program(siteId: string, opts?: { title?: string; archived?: boolean }): Promise<string>;
  module(programId: string, position: number, opts?: { hours?: number; archived?: boolean }): Promise<string>;
  track(programId: string, moduleIds: string[], opts?: { archived?: boolean }): Promise<string>;
}

export function stagingFixtureApi(db: DataSource): StagingFixtureApi {
  const one = async (sql: string, params: unknown[] = []): Promise<string> => {
    const rows = (await db.query(sql, params)) as { id: string }[];
    if (!rows[0]) throw new Error(`no row: ${sql} ${JSON.stringify(params)}`);
    return rows[0].id;
  };
  const archivedAt = (archived?: boolean) => (archived ? new Date() : null);
  return {
    one,
    org: (key) => one('SELECT id FROM organization WHERE external_id = $1', [key]),
    person: (key) => one('SELECT id FROM person WHERE external_id = $1', [key]),
    competence: (code, framework = 'PROF') =>
      one(`SELECT c.id FROM competence c JOIN competency_framework f ON f.id = c.framework_id WHERE f.code = $1 AND c.code = $2 ORDER BY f.version DESC LIMIT 1`, [framework, code]),
    site: (orgId, o = {}) =>
      one(
        `INSERT INTO staging_site (kind, level, organization_id, theme, starts_on, ends_on, archived_at) VALUES ($1, 'MUNICIPAL', $2, $3, $4, $5, $6) RETURNING id`,
        [o.kind ?? 'STAGING_SITE', orgId, o.theme ?? 'Площадка (фикстура)', o.startsOn ?? '2025-09-01', o.endsOn ?? '2030-08-31', archivedAt(o.archived)],
      ),
    program: (siteId, o = {}) =>
      one(`INSERT INTO internship_program (site_id, title, min_months, max_months, archived_at) VALUES ($1, $2, 12, 18, $3) RETURNING id`, [
        siteId,
        o.title ?? 'Программа (фикстура)',
        archivedAt(o.archived),
      ]),
    module: (programId, position, o = {}) =>
      one(`INSERT INTO internship_module (program_id, position, title, hours, format, archived_at) VALUES ($1, $2, $3, $4, 'IN_PERSON', $5) RETURNING id`, [
        programId,
        position,
        `Модуль ${position}`,
        o.hours ?? 6,
        archivedAt(o.archived),
      ]),
    track: async (programId, moduleIds, o = {}) => {
      const id = await one(`INSERT INTO internship_track (program_id, kind, name, archived_at) VALUES ($1, 'INDIVIDUAL', 'Маршрут (фикстура)', $2) RETURNING id`, [programId, archivedAt(o.archived)]);
      for (const [i, m] of moduleIds.entries()) await db.query('INSERT INTO internship_track_module (track_id, module_id, position) VALUES ($1, $2, $3)', [id, m, i + 1]);
      return id;
    },
  };
}
