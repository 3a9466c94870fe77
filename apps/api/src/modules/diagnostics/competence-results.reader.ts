import { Injectable } from '@nestjs/common';
import { CompetenceLevel, ResultSource } from '@metodset/shared';
import { EntityManager } from 'typeorm';

/**
 * Diagnostics owns "a person's current result per competence". The one rule, written once here:
 * - results of archived campaigns do not count;
 * - one result per person per competence CODE (codes are stable across framework versions, so a re-diagnostics
 *   with a newer version replaces the older result);
 * - the latest by measurement day, then by when it was written, then by id (deterministic on ties).
 * Deficits (profiles, heatmaps), routes (the builder's deficits, baselines, effectiveness) and matching read it
 * through `currentResultsSql` or `CompetenceResultsReader`; nobody else picks "the latest" result again.
 */
export interface CurrentResultsFilter {
  /** Condition on the person id column `cr_cur.person_id`, e.g. `= $1`, `= ANY($1::uuid[])`, `= r.person_id`. */
  person: string;
  /**
   * Only the results of one campaign (a typed SQL expression of its id, e.g. `$2::uuid`): "the results of that
   * campaign" instead of the latest. When the expression is NULL, all campaigns count.
   */
  campaign?: string;
  /** Condition on the competence code column `cc_cur.code`, e.g. `= c.code`, `IN (SELECT …)`. */
  code?: string;
  /** «Current as of a day» (a typed date expression): only results measured on or before it count. */
  asOf?: string;
}

const COLUMNS = (r: string, code: string) =>
  `${r}.id, ${r}.person_id, ${r}.competence_id, ${code} AS code, ${r}.campaign_id, ${r}.score, ${r}.level, ${r}.source, ${r}.measured_on, ${r}.created_at`;

/**
 * The rule computed from `competence_result` (DISTINCT ON person and code): for «as of a day» and «the results of one
 * campaign». The same rule, written in SQL once more, keeps the table `competence_result_current` (migration
 * CurrentCompetenceResults: triggers on every write it depends on); `competence-results-current.int-spec.ts` checks
 * that both always agree.
 */
export function computedResultsSql(f: CurrentResultsFilter, extra: string[] = []): string {
  const where = [`cr_cur.person_id ${f.person}`, ...extra];
  if (f.campaign) where.push(`cr_cur.campaign_id = ${f.campaign}`);
  if (f.code) where.push(`cc_cur.code ${f.code}`);
  if (f.asOf) where.push(`cr_cur.measured_on <= ${f.asOf}`);
  return `SELECT DISTINCT ON (cr_cur.person_id, cc_cur.code) ${COLUMNS('cr_cur', 'cc_cur.code')}
    FROM competence_result cr_cur
    JOIN competence cc_cur ON cc_cur.id = cr_cur.competence_id
    JOIN diagnostic_campaign dc_cur ON dc_cur.id = cr_cur.campaign_id AND dc_cur.archived_at IS NULL
   WHERE ${where.join(' AND ')}
   ORDER BY cr_cur.person_id, cc_cur.code, cr_cur.measured_on DESC, cr_cur.created_at DESC, cr_cur.id DESC`;
}

/** The current results now: the maintained table, one row per person and code already. */
function maintainedResultsSql(f: CurrentResultsFilter, extra: string[] = []): string {
  const where = [`cr_now.person_id ${f.person}`, ...extra];
  if (f.code) where.push(`cr_now.code ${f.code}`);
  return `SELECT cr_now.result_id AS id, cr_now.person_id, cr_now.competence_id, cr_now.code, cr_now.campaign_id, cr_now.score, cr_now.level,
         cr_now.source, cr_now.measured_on, cr_now.created_at
    FROM competence_result_current cr_now
   WHERE ${where.join(' AND ')}`;
}

/**
 * `SELECT` of the current results, one row per person and competence code, with the columns
 * `id, person_id, competence_id, code, campaign_id, score, level, source, measured_on, created_at`.
 * Use it as a subquery or a CTE: `FROM (${currentResultsSql({ person: '= $1' })}) cur`.
 * Now (no `asOf`) it reads the maintained table; as of a day, or for one campaign, it computes the rule.
 */
export function currentResultsSql(f: CurrentResultsFilter): string {
  if (f.asOf) return computedResultsSql(f);
  if (!f.campaign) return maintainedResultsSql(f);
  // The campaign expression may be NULL at run time (then all campaigns count): both branches, one of them empty.
  return `${maintainedResultsSql(f, [`${f.campaign} IS NULL`])}
   UNION ALL
   (${computedResultsSql(f, [`${f.campaign} IS NOT NULL`])})`;
}

export interface CurrentResultRow {
  personId: string;
  competenceId: string;
  code: string;
  name: string;
  campaignId: string;
  campaignName: string;
  score: number;
  level: CompetenceLevel;
  source: ResultSource;
  measuredOn: string;
}

/** The current results of people, for domains that need them as rows (one statement for any number of people). */
@Injectable()
export class CompetenceResultsReader {
  /** `levels`: only the results at these levels (matching reads mentees' deficits and mentors' proficits, not every result). */
  async current(m: EntityManager, personIds: readonly string[], campaignId: string | null = null, levels?: readonly CompetenceLevel[]): Promise<CurrentResultRow[]> {
    if (!personIds.length) return [];
    const rows: (CurrentResultRow & { score: string })[] = await m.query(
      `SELECT cur.person_id AS "personId", cur.competence_id AS "competenceId", cur.code, c.name, cur.campaign_id AS "campaignId", dc.name AS "campaignName",
              cur.score, cur.level, cur.source, to_char(cur.measured_on, 'YYYY-MM-DD') AS "measuredOn"
         FROM (${currentResultsSql({ person: '= ANY($1::uuid[])', campaign: '$2::uuid' })}) cur
         JOIN competence c ON c.id = cur.competence_id JOIN diagnostic_campaign dc ON dc.id = cur.campaign_id
        ${levels ? 'WHERE cur.level = ANY($3::competence_level[])' : ''}
        ORDER BY cur.person_id, cur.code`,
      levels ? [personIds, campaignId, levels] : [personIds, campaignId],
    );
    return rows.map((r) => ({ ...r, score: Number(r.score) }));
  }
}
