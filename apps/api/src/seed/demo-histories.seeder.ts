import { PositionKind } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { CATEGORY_HISTORIES, HISTORY_EXPERIENCE_YEAR, HISTORY_ORDER_REF, HISTORY_SCHOOLS, YOUNG_TEACHER_WHO_LEFT as LEFT } from './demo/histories.data';

/**
 * The illustrative histories of seed 000's fictional schools (`demo/histories.data.ts`): the start of each invented
 * person's position there (from the stated experience), their qualification-category records, and one invented young
 * teacher who left. Only people stored illustrative are touched; a start already known is kept. Idempotent.
 */
export async function seedDemoHistories(m: EntityManager): Promise<{ positions: number; categories: number }> {
  const y = HISTORY_EXPERIENCE_YEAR;
  const [left] = (await m.query(
    `INSERT INTO person (last_name, first_name, middle_name, external_id, subjects, experience_years, illustrative)
     VALUES ($1, $2, $3, $4, $5, $6, true)
     ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET last_name = EXCLUDED.last_name RETURNING id`,
    [LEFT.lastName, LEFT.firstName, LEFT.middleName, LEFT.key, LEFT.subjects, LEFT.experienceYears],
  )) as { id: string }[];
  await m.query(
    `INSERT INTO position (person_id, organization_id, kind, title, is_main, started_on, ended_on)
     SELECT $1, o.id, $2, $3, true, $4, $5 FROM organization o WHERE o.external_id = $6
     ON CONFLICT ON CONSTRAINT uq_position DO UPDATE SET started_on = EXCLUDED.started_on, ended_on = EXCLUDED.ended_on`,
    [left!.id, PositionKind.TEACHER, LEFT.title, LEFT.startedOn, LEFT.endedOn, LEFT.organizationKey],
  );
  await m.query(
    `UPDATE position po SET started_on = make_date($1::int - p.experience_years, 9, 1)
       FROM person p, organization o
      WHERE p.id = po.person_id AND o.id = po.organization_id AND o.external_id = ANY($2::text[])
        AND p.illustrative AND p.experience_years IS NOT NULL AND po.started_on IS NULL AND po.ended_on IS NULL`,
    [y, HISTORY_SCHOOLS],
  );
  const [dated] = (await m.query(
    `SELECT count(*)::int AS n FROM position po JOIN organization o ON o.id = po.organization_id WHERE o.external_id = ANY($1::text[]) AND po.started_on IS NOT NULL`,
    [HISTORY_SCHOOLS],
  )) as { n: number }[];
  let categories = 0;
  for (const [key, records] of Object.entries(CATEGORY_HISTORIES)) {
    for (const r of records) {
      const rows = (await m.query(
        `INSERT INTO qualification_record (person_id, category, assigned_on, order_ref, valid_until)
         SELECT p.id, $2, $3, $4, $5 FROM person p WHERE p.external_id = $1 AND p.illustrative
         ON CONFLICT ON CONSTRAINT uq_qualification_record DO NOTHING RETURNING id`,
        [key, r.category, r.assignedOn, HISTORY_ORDER_REF, r.validUntil],
      )) as unknown[];
      categories += rows.length;
    }
  }
  return { positions: dated!.n, categories };
}
