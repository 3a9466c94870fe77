import { DataSource } from 'typeorm';
import { computedResultsSql } from '../../src/modules/diagnostics/competence-results.reader';

/** The maintained table against the rule computed from `competence_result`, row for row (both sorted). */
export async function currentResultsDiffer(db: DataSource): Promise<{ table: unknown[]; rule: unknown[] }> {
  const cols = 'person_id, code, id, competence_id, campaign_id, source, score::text AS score, level, measured_on::text AS measured_on, created_at';
  const table: unknown[] = await db.query(
    `SELECT person_id, code, result_id AS id, competence_id, campaign_id, source, score::text AS score, level, measured_on::text AS measured_on, created_at
       FROM competence_result_current ORDER BY person_id, code`,
  );
  const rule: unknown[] = await db.query(`SELECT ${cols} FROM (${computedResultsSql({ person: 'IS NOT NULL' })}) x ORDER BY person_id, code`);
  return { table, rule };
}
