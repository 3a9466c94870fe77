import { Injectable } from '@nestjs/common';
import { CompetenceLevel, HeatmapLevel, ResultSource } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { orgPartialsParams, withOrgPartials } from '../../common/database/dashboard-partials';
import { campaignVisible, personResultsVisible } from '../../common/access/rules/diagnostics.rules';
import { currentResultsSql } from '../diagnostics/competence-results.reader';
import { acceptedMemberOrgsSql } from '../network/network-membership.sql';
import { fullNameSql, mainOrganizationsSql } from '../person/person.sql';

/** Runs SQL with named parameters (`:name`), as the scope conditions are written. */
async function query<T>(m: EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const [text, values] = m.connection.driver.escapeQueryWithParameters(sql, params);
  return (await m.query(text, values)) as T[];
}

export interface CompetenceRow {
  id: string;
  code: string;
  name: string;
  areaId: string;
  areaCode: string;
  areaName: string;
}

export interface CampaignRow {
  id: string;
  name: string;
  frameworkId: string;
  status: string;
  closesOn: string;
}

export interface HeatmapFilter {
  frameworkId: string;
  campaignId: string | null;
  level: HeatmapLevel;
  regionId?: string | null;
  municipalityId?: string | null;
  organizationIds?: readonly string[] | null;
  networkId?: string | null;
}

export interface HeatmapCellRow {
  rowId: string;
  competenceId: string | null;
  assessed: number;
  deficits: number;
  proficits: number;
  mean: number;
}

export interface ResultRow {
  personId: string;
  competenceId: string;
  campaignId: string;
  score: number;
  level: CompetenceLevel;
  source: ResultSource;
  measuredOn: string;
}

export interface ProfileRow extends ResultRow {
  competenceCode: string;
  competenceName: string;
  areaId: string;
  areaCode: string;
  areaName: string;
  frameworkId: string;
  campaignName: string;
}

export interface ComparisonSqlRow {
  campaignId: string;
  code: string;
  name: string;
  areaName: string;
  assessed: number;
  mean: number;
  deficits: number;
  level: CompetenceLevel | null;
}

/**
 * The current result (diagnostics' read model) of each person in each competence code of a framework (or the results
 * of one campaign), shown in the framework's competence of that code, placed at the organisation the person belonged
 * to in that campaign (their main workplace when imported without a participant).
 */
/**
 * The current results of the framework's codes (or of one campaign), each placed at ONE organisation: the one the
 * person took part for in that campaign, else the person's main workplace. `person` narrows the people (a condition
 * on their id), `mainWorkplaces` the people whose main workplace is looked up (a subquery, null: everyone's).
 */
const placedResults = (person = 'IS NOT NULL', mainWorkplaces: string | null = null) => `
  res AS (${currentResultsSql({
    person,
    campaign: 'CAST(:campaignId AS uuid)',
    code: `IN (SELECT fc.code FROM competence fc WHERE fc.framework_id = CAST(:frameworkId AS uuid)
                 AND (CAST(:competenceId AS uuid) IS NULL OR fc.id = CAST(:competenceId AS uuid)))`,
  })}),
  placed AS (
    SELECT res.person_id, fc.id AS competence_id, res.campaign_id, res.score, res.level, res.source, res.measured_on,
           coalesce(dp.organization_id, mw.organization_id) AS organization_id
      FROM res
      JOIN competence fc ON fc.framework_id = CAST(:frameworkId AS uuid) AND fc.code = res.code
      LEFT JOIN diagnostic_participant dp ON dp.campaign_id = res.campaign_id AND dp.person_id = res.person_id
      LEFT JOIN (${mainOrganizationsSql(mainWorkplaces)}) mw ON mw.person_id = res.person_id
  )`;
const PLACED_RESULTS = placedResults();

/**
 * The people who may have results placed at the organisations of the subquery `orgIdsSql`: who work or took part there.
 * (`= ANY(ARRAY(…))` here and below: a few organisations or people, looked up by index, whatever the planner guesses
 * of the subquery's size.)
 */
const peoplePlacedAt = (orgIdsSql: string) => `
  SELECT hp_pos.person_id FROM position hp_pos WHERE hp_pos.organization_id = ANY(ARRAY(${orgIdsSql}))
  UNION SELECT hp_dp.person_id FROM diagnostic_participant hp_dp WHERE hp_dp.organization_id = ANY(ARRAY(${orgIdsSql}))`;

/**
 * A heatmap's part of some organisations (`withOrgPartials`): per organisation, its cells (per competence: results,
 * deficits, proficits, the sum of the scores) and the people with a result placed there.
 */
const heatmapPartSql = (orgIdsSql: string) => `
  WITH hp_people AS MATERIALIZED (${peoplePlacedAt(orgIdsSql)}),
  ${placedResults('= ANY(ARRAY(SELECT hp_c.person_id FROM hp_people hp_c))', 'SELECT unnest(ARRAY(SELECT hp_m.person_id FROM hp_people hp_m))')},
  hp_here AS MATERIALIZED (SELECT * FROM placed WHERE organization_id IN (${orgIdsSql})),
  hp_cells AS (
    SELECT h.organization_id, jsonb_agg(jsonb_build_object('competence_id', h.competence_id, 'assessed', h.assessed, 'deficits', h.deficits,
             'proficits', h.proficits, 'score_sum', h.score_sum)) AS cells
      FROM (SELECT organization_id, competence_id, count(*) AS assessed, count(*) FILTER (WHERE level = 'DEFICIT') AS deficits,
                   count(*) FILTER (WHERE level = 'PROFICIT') AS proficits, sum(score) AS score_sum
              FROM hp_here GROUP BY organization_id, competence_id) h
     GROUP BY h.organization_id)
  SELECT hp_x.organization_id, hp_x.cells, hp_y.persons
    FROM hp_cells hp_x JOIN (SELECT organization_id, array_agg(DISTINCT person_id) AS persons FROM hp_here GROUP BY organization_id) hp_y
      ON hp_y.organization_id = hp_x.organization_id`;

/** Where the people of the subquery may be placed now: every organisation they work at or took part for. */
const heatmapPlacesSql = (personIdsSql: string) => `
  SELECT hq_pos.person_id, hq_pos.organization_id FROM position hq_pos WHERE hq_pos.person_id = ANY(ARRAY(${personIdsSql}))
  UNION ALL SELECT hq_dp.person_id, hq_dp.organization_id FROM diagnostic_participant hq_dp WHERE hq_dp.person_id = ANY(ARRAY(${personIdsSql}))`;

/**
 * The heatmap summed over the organisations' parts: cells (row × competence; the mean is the sum of the scores over
 * the results, as avg) and row totals (distinct people over the row's organisations).
 */
const HEATMAP_SUM_SQL = `
  WITH hs_cells AS (
    SELECT dp_all.row_id, hs_c.competence_id, sum(hs_c.assessed) AS assessed, sum(hs_c.deficits) AS deficits,
           sum(hs_c.proficits) AS proficits, sum(hs_c.score_sum) AS score_sum
      FROM dp_all CROSS JOIN LATERAL jsonb_to_recordset(dp_all.cells) AS hs_c(competence_id uuid, assessed bigint, deficits bigint, proficits bigint, score_sum numeric)
     GROUP BY dp_all.row_id, hs_c.competence_id)
  SELECT row_id, competence_id, assessed, deficits, proficits, mean FROM (
    SELECT row_id, competence_id, assessed, deficits, proficits, score_sum / assessed AS mean FROM hs_cells
    UNION ALL
    SELECT dp_all.row_id, NULL, count(DISTINCT hs_p.person_id), 0, 0, NULL
      FROM dp_all CROSS JOIN LATERAL unnest(dp_all.persons) AS hs_p(person_id) GROUP BY dp_all.row_id) hs`;

/** Competences on one line each, with the area they sit in, in framework order. */
const COMPETENCE_COLUMNS = `c.id, c.code, c.name, a.id AS "areaId", a.code AS "areaCode", a.name AS "areaName"`;

@Injectable()
export class DeficitsRepository {
  // Reference: frameworks, competences, campaigns.
  competencesOf(m: EntityManager, frameworkId: string): Promise<CompetenceRow[]> {
    return m.query(
      `SELECT ${COMPETENCE_COLUMNS} FROM competence c JOIN competence_area a ON a.id = c.area_id
        WHERE c.framework_id = $1 ORDER BY a.position, a.code, c.position, c.code`,
      [frameworkId],
    );
  }

  competencesOfMany(m: EntityManager, frameworkIds: readonly string[]): Promise<(CompetenceRow & { frameworkId: string })[]> {
    if (!frameworkIds.length) return Promise.resolve([]);
    return m.query(
      `SELECT ${COMPETENCE_COLUMNS}, c.framework_id AS "frameworkId" FROM competence c JOIN competence_area a ON a.id = c.area_id
        WHERE c.framework_id = ANY($1::uuid[]) ORDER BY a.position, a.code, c.position, c.code`,
      [frameworkIds],
    );
  }

  competencesByIds(m: EntityManager, ids: readonly string[]): Promise<(CompetenceRow & { frameworkId: string })[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(
      `SELECT ${COMPETENCE_COLUMNS}, c.framework_id AS "frameworkId" FROM competence c JOIN competence_area a ON a.id = c.area_id
        WHERE c.id = ANY($1::uuid[]) ORDER BY a.position, a.code, c.position, c.code`,
      [ids],
    );
  }

  async framework(m: EntityManager, id: string): Promise<{ id: string; code: string; version: number; name: string } | null> {
    const rows: { id: string; code: string; version: number; name: string }[] = await m.query(
      'SELECT id, code, version, name FROM competency_framework WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  }

  frameworks(m: EntityManager): Promise<{ id: string; code: string; version: number; name: string }[]> {
    return m.query(
      `SELECT id, code, version, name FROM competency_framework WHERE archived_at IS NULL AND status <> 'DRAFT' ORDER BY code, version DESC LIMIT 100`,
    );
  }

  /** A campaign the caller sees (the rule `campaign.read`), not archived. */
  async campaign(m: EntityManager, scope: AccessScope, callerPersonId: string | null, id: string): Promise<CampaignRow | null> {
    const v = campaignVisible(scope, 'dc');
    const rows = await query<CampaignRow>(
      m,
      `SELECT dc.id, dc.name, i.framework_id AS "frameworkId", dc.status, to_char(dc.closes_on, 'YYYY-MM-DD') AS "closesOn"
         FROM diagnostic_campaign dc JOIN diagnostic_instrument i ON i.id = dc.instrument_id
        WHERE dc.id = CAST(:id AS uuid) AND dc.archived_at IS NULL AND ${v.sql}`,
      { ...v.params, callerPersonId, id },
    );
    return rows[0] ?? null;
  }

  /** Visible campaigns with results, newest first (bounded). */
  campaigns(m: EntityManager, scope: AccessScope, callerPersonId: string | null): Promise<CampaignRow[]> {
    const v = campaignVisible(scope, 'dc');
    return query<CampaignRow>(
      m,
      `SELECT dc.id, dc.name, i.framework_id AS "frameworkId", dc.status, to_char(dc.closes_on, 'YYYY-MM-DD') AS "closesOn"
         FROM diagnostic_campaign dc JOIN diagnostic_instrument i ON i.id = dc.instrument_id
        WHERE dc.archived_at IS NULL AND ${v.sql}
          AND EXISTS (SELECT 1 FROM competence_result r WHERE r.campaign_id = dc.id)
        ORDER BY dc.closes_on DESC, dc.name LIMIT 100`,
      { ...v.params, callerPersonId },
    );
  }

  /** Municipalities the caller sees as staff (for picking a territory), bounded. */
  municipalities(m: EntityManager, scope: AccessScope): Promise<{ id: string; name: string; regionId: string }[]> {
    const staff = scope.withoutSelf();
    const mu = staff.municipalityCondition('mu.id');
    const org = staff.organizationCondition('mo');
    return query(
      m,
      `SELECT mu.id, mu.name, mu.region_id AS "regionId" FROM municipality mu
        WHERE ${mu.sql} OR EXISTS (SELECT 1 FROM organization mo WHERE mo.municipality_id = mu.id AND ${org.sql})
        ORDER BY mu.name LIMIT 300`,
      { ...mu.params, ...org.params },
    );
  }

  /** Networks with a member organisation in the caller's staff scope, bounded. */
  networks(m: EntityManager, scope: AccessScope): Promise<{ id: string; name: string }[]> {
    const org = scope.withoutSelf().organizationCondition('no');
    return query(
      m,
      `SELECT n.id, n.name FROM network n
        WHERE n.archived_at IS NULL
          AND EXISTS (SELECT 1 FROM organization no WHERE no.id IN (${acceptedMemberOrgsSql('n.id')}) AND ${org.sql})
        ORDER BY n.name LIMIT 300`,
      org.params,
    );
  }

  frameworksByIds(m: EntityManager, ids: readonly string[]): Promise<{ id: string; code: string; version: number; name: string }[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query('SELECT id, code, version, name FROM competency_framework WHERE id = ANY($1::uuid[]) ORDER BY code, version', [ids]);
  }

  // Visibility.
  async personName(m: EntityManager, personId: string): Promise<string | null> {
    const rows: { fullName: string }[] = await m.query(`SELECT ${fullNameSql('pe')} AS "fullName" FROM person pe WHERE pe.id = $1`, [personId]);
    return rows[0]?.fullName ?? null;
  }

  /** Whether all the places a heatmap is asked for lie in the caller's staff scope (one statement). */
  async placesVisible(
    m: EntityManager,
    scope: AccessScope,
    p: { regionId?: string | null; municipalityId?: string | null; organizationIds?: readonly string[] | null; networkId?: string | null },
  ): Promise<boolean> {
    const staff = scope.withoutSelf();
    if (p.regionId) return staff.all || staff.regionIds.includes(p.regionId);
    if (staff.isEmpty) return false;
    if (p.municipalityId) {
      const mu = staff.municipalityCondition('mu.id');
      const org = staff.organizationCondition('mo');
      const rows = await query(
        m,
        `SELECT 1 FROM municipality mu WHERE mu.id = CAST(:id AS uuid)
           AND (${mu.sql} OR EXISTS (SELECT 1 FROM organization mo WHERE mo.municipality_id = mu.id AND ${org.sql}))`,
        { ...mu.params, ...org.params, id: p.municipalityId },
      );
      return rows.length > 0;
    }
    if (p.organizationIds?.length) {
      const org = staff.organizationCondition('o');
      const ids = [...new Set(p.organizationIds)];
      const rows = await query<{ n: string }>(m, `SELECT count(*) AS n FROM organization o WHERE o.id = ANY(CAST(:ids AS uuid[])) AND ${org.sql}`, { ...org.params, ids });
      return Number(rows[0].n) === ids.length;
    }
    if (p.networkId) {
      const org = staff.organizationCondition('no');
      const rows = await query(
        m,
        `SELECT 1 FROM organization no WHERE no.id IN (${acceptedMemberOrgsSql('CAST(:id AS uuid)')}) AND ${org.sql} LIMIT 1`,
        { ...org.params, id: p.networkId },
      );
      return rows.length > 0;
    }
    return true;
  }

  organizationNames(m: EntityManager, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query('SELECT id, coalesce(short_name, name) AS name FROM organization WHERE id = ANY($1::uuid[])', [ids]);
  }

  async organization(m: EntityManager, scope: AccessScope, id: string): Promise<{ id: string; name: string } | null> {
    const cond = scope.organizationCondition('o');
    const rows = await query<{ id: string; name: string }>(
      m,
      `SELECT o.id, coalesce(o.short_name, o.name) AS name FROM organization o WHERE o.id = CAST(:id AS uuid) AND ${cond.sql}`,
      { ...cond.params, id },
    );
    return rows[0] ?? null;
  }

  // Views.
  /**
   * One statement for the whole heatmap: cells (row × competence) and row totals (distinct people) through
   * GROUPING SETS, whatever the number of results. Only organisations in the caller's staff scope count.
   */
  async heatmap(m: EntityManager, scope: AccessScope, f: HeatmapFilter): Promise<HeatmapCellRow[]> {
    const cond = scope.withoutSelf().organizationCondition('o');
    const rowKey = f.level === HeatmapLevel.MUNICIPALITY ? 'o.municipality_id' : 'o.id';
    const where: string[] = [cond.sql];
    if (f.regionId) where.push('o.municipality_id IN (SELECT rm.id FROM municipality rm WHERE rm.region_id = CAST(:regionId AS uuid))');
    if (f.municipalityId) where.push('o.municipality_id = CAST(:municipalityId AS uuid)');
    if (f.organizationIds?.length) where.push('o.id = ANY(CAST(:organizationIds AS uuid[]))');
    if (f.networkId) where.push(`o.id IN (${acceptedMemberOrgsSql('CAST(:networkId AS uuid)')})`);
    // Summed from per-organisation parts (a result is placed at exactly one organisation, so cells add up; a row's
    // total is the distinct people over its organisations' people): after a write only the organisations whose
    // people it touched are recomputed. One statement either way; the scope decides the organisations, live.
    const partials = {
      orgsSql: `SELECT o.id, ${rowKey} AS row_id FROM organization o WHERE ${where.join(' AND ')}`,
      partSql: heatmapPartSql,
      placesSql: heatmapPlacesSql,
      sumSql: HEATMAP_SUM_SQL,
    };
    const sql = withOrgPartials(partials);
    const part = { frameworkId: f.frameworkId, campaignId: f.campaignId, competenceId: null };
    const params = {
      ...cond.params,
      ...part,
      regionId: f.regionId ?? null,
      municipalityId: f.municipalityId ?? null,
      organizationIds: f.organizationIds ?? [],
      networkId: f.networkId ?? null,
    };
    const [row] = await query<{ payload: { row_id: string; competence_id: string | null; assessed: string; deficits: string; proficits: string; mean: string | null }[] }>(
      m,
      sql,
      orgPartialsParams(sql, partials, params, part),
    );
    // In one order whichever parts were recomputed: by row, its total first, then by competence.
    const key = (r: { row_id: string; competence_id: string | null }) => `${r.row_id}:${r.competence_id ?? ''}`;
    return row!.payload
      .map((r) => ({ r, k: key(r) }))
      .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
      .map(({ r }) => ({
        rowId: r.row_id,
        competenceId: r.competence_id,
        assessed: Number(r.assessed),
        deficits: Number(r.deficits),
        proficits: Number(r.proficits),
        mean: Number(r.mean),
      }));
  }

  rowNames(m: EntityManager, level: HeatmapLevel, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
    if (!ids.length) return Promise.resolve([]);
    return level === HeatmapLevel.MUNICIPALITY
      ? m.query('SELECT id, name FROM municipality WHERE id = ANY($1::uuid[]) ORDER BY name', [ids])
      : m.query('SELECT id, coalesce(short_name, name) AS name FROM organization WHERE id = ANY($1::uuid[]) ORDER BY coalesce(short_name, name)', [ids]);
  }

  /**
   * The people behind one heatmap cell (the organisation is checked against the scope by the caller), lowest scores
   * first: only those whose results the caller may see (the rule `results.read`).
   */
  async cellPeople(m: EntityManager, scope: AccessScope, callerPersonId: string | null, f: { frameworkId: string; organizationId: string; competenceId: string; campaignId: string | null }) {
    const cond = scope.withoutSelf().organizationCondition('o');
    const seen = personResultsVisible(scope, 'p.person_id');
    return query<ResultRow & { fullName: string }>(
      m,
      `WITH ${PLACED_RESULTS}
       SELECT p.person_id AS "personId", p.competence_id AS "competenceId", p.campaign_id AS "campaignId", p.score::float8 AS score,
              p.level, p.source, to_char(p.measured_on, 'YYYY-MM-DD') AS "measuredOn",
              ${fullNameSql('pe')} AS "fullName"
         FROM placed p JOIN organization o ON o.id = p.organization_id JOIN person pe ON pe.id = p.person_id
        WHERE o.id = CAST(:organizationId AS uuid) AND ${cond.sql} AND ${seen.sql}
        ORDER BY p.score, pe.last_name, pe.first_name, pe.id
        LIMIT 500`,
      { ...cond.params, ...seen.params, callerPersonId, frameworkId: f.frameworkId, campaignId: f.campaignId, competenceId: f.competenceId, organizationId: f.organizationId },
    );
  }

  /**
   * A person's current result per competence code (diagnostics' read model), or the results of one campaign, with the
   * competence and its area; with a framework, the codes of that framework.
   */
  profile(m: EntityManager, personId: string, frameworkId: string | null, campaignId: string | null): Promise<ProfileRow[]> {
    return m.query(
      `SELECT cur.person_id AS "personId", cur.competence_id AS "competenceId", cur.campaign_id AS "campaignId", cur.score::float8 AS score,
              cur.level, cur.source, to_char(cur.measured_on, 'YYYY-MM-DD') AS "measuredOn",
              c.code AS "competenceCode", c.name AS "competenceName", a.id AS "areaId", a.code AS "areaCode", a.name AS "areaName",
              c.framework_id AS "frameworkId", dc.name AS "campaignName"
         FROM (${currentResultsSql({ person: '= $1::uuid', campaign: '$3::uuid', code: 'IN (SELECT pc.code FROM competence pc WHERE $2::uuid IS NULL OR pc.framework_id = $2::uuid)' })}) cur
         JOIN competence c ON c.id = cur.competence_id
         JOIN competence_area a ON a.id = c.area_id
         JOIN diagnostic_campaign dc ON dc.id = cur.campaign_id
        ORDER BY a.position, a.code, c.position, c.code`,
      [personId, frameworkId, campaignId],
    );
  }

  /**
   * Both campaigns' results grouped by competence CODE (frameworks are versioned), for the people the caller sees,
   * only people assessed in the same competence code in both campaigns (a true before/after). One statement.
   */
  async comparison(
    m: EntityManager,
    scope: AccessScope,
    f: { callerPersonId: string | null; beforeCampaignId: string; afterCampaignId: string; personId: string | null; organizationId: string | null },
  ): Promise<ComparisonSqlRow[]> {
    const cond = personResultsVisible(scope, 'r.person_id');
    const rows = await query<{ campaign_id: string; code: string; name: string; area_name: string; assessed: string; mean: string; deficits: string; level: CompetenceLevel | null }>(
      m,
      `WITH picked AS (
         SELECT r.campaign_id, r.person_id, r.score, r.level, c.code, c.name, a.name AS area_name
           FROM competence_result r
           JOIN competence c ON c.id = r.competence_id
           JOIN competence_area a ON a.id = c.area_id
          WHERE r.campaign_id IN (CAST(:before AS uuid), CAST(:after AS uuid)) AND ${cond.sql}
            AND (CAST(:personId AS uuid) IS NULL OR r.person_id = CAST(:personId AS uuid))
            AND (CAST(:organizationId AS uuid) IS NULL OR EXISTS (
                  SELECT 1 FROM diagnostic_participant dp WHERE dp.campaign_id = r.campaign_id AND dp.person_id = r.person_id
                     AND dp.organization_id = CAST(:organizationId AS uuid)))
       )
       SELECT p.campaign_id, p.code, max(p.name) AS name, max(p.area_name) AS area_name,
              count(*) AS assessed, avg(p.score) AS mean, count(*) FILTER (WHERE p.level = 'DEFICIT') AS deficits,
              CASE WHEN count(*) = 1 THEN min(p.level::text) END AS level
         FROM picked p
        WHERE EXISTS (SELECT 1 FROM picked q WHERE q.person_id = p.person_id AND q.code = p.code AND q.campaign_id <> p.campaign_id)
        GROUP BY p.campaign_id, p.code`,
      { ...cond.params, callerPersonId: f.callerPersonId, before: f.beforeCampaignId, after: f.afterCampaignId, personId: f.personId, organizationId: f.organizationId },
    );
    return rows.map((r) => ({
      campaignId: r.campaign_id,
      code: r.code,
      name: r.name,
      areaName: r.area_name,
      assessed: Number(r.assessed),
      mean: Number(r.mean),
      deficits: Number(r.deficits),
      level: r.level,
    }));
  }

  /** Per competence of the campaign: the organisation's participants assessed, with deficits and proficits, and the mean. */
  async organizationCounts(m: EntityManager, organizationId: string, campaignId: string) {
    const rows: { competence_id: string; assessed: string; deficits: string; proficits: string; mean: string }[] = await m.query(
      `SELECT r.competence_id, count(*) AS assessed, count(*) FILTER (WHERE r.level = 'DEFICIT') AS deficits,
              count(*) FILTER (WHERE r.level = 'PROFICIT') AS proficits, avg(r.score) AS mean
         FROM competence_result r
         JOIN diagnostic_participant dp ON dp.campaign_id = r.campaign_id AND dp.person_id = r.person_id
        WHERE r.campaign_id = $1 AND dp.organization_id = $2
        GROUP BY r.competence_id`,
      [campaignId, organizationId],
    );
    return rows.map((r) => ({ competenceId: r.competence_id, assessed: Number(r.assessed), deficits: Number(r.deficits), proficits: Number(r.proficits), mean: Number(r.mean) }));
  }
}
