import { DataSource } from 'typeorm';

/**
 * The event rows of one region for the cross-scope suite (hooked into `cross-scope-fixtures.ts`): an event hosted by
 * the region's school with the teacher registered, attending and giving feedback, the mentor responsible, an uploaded
 * material and a series exception. Their texts carry the region's marker word.
 */
export async function eventRows(
  db: DataSource,
  r: { word: string; organization: string; teacher: string; mentor: string },
): Promise<{ ids: { event: string; eventMaterial: string }; names: string[] }> {
  const one = async (sql: string, params: unknown[]) => ((await db.query(sql, params)) as { id: string }[])[0].id;
  const today = new Date().toISOString().slice(0, 10);
  const event = await one(
    `INSERT INTO event (title, kind, organization_id, starts_on, ends_on, span_ends_on, recurrence, recurrence_count, place, planned_result)
     VALUES ($1, 'SEMINAR', $2, $3, $3, ($3::date + interval '2 months')::date, 'MONTHLY', 3, $4, $5) RETURNING id`,
    [`Семинар ${r.word}`, r.organization, today, `Актовый зал ${r.word}`, `Результат семинара ${r.word}`],
  );
  await db.query(`INSERT INTO event_organizer (event_id, organization_id) VALUES ($1, $2)`, [event, r.organization]);
  await db.query(`INSERT INTO event_responsible (event_id, person_id) VALUES ($1, $2)`, [event, r.mentor]);
  await db.query(`INSERT INTO event_registration (event_id, person_id) VALUES ($1, $2)`, [event, r.teacher]);
  await db.query(`INSERT INTO event_attendance (event_id, occurrence_date, person_id) VALUES ($1, $2, $3)`, [event, today, r.teacher]);
  await db.query(`INSERT INTO event_feedback (event_id, person_id, rating, comment) VALUES ($1, $2, 5, $3)`, [event, r.teacher, `Отзыв ${r.word}`]);
  await db.query(`INSERT INTO event_exception (event_id, occurrence_date, kind, note) VALUES ($1, ($2::date + interval '1 month')::date, 'CANCELLED', $3)`, [
    event,
    today,
    `Отмена ${r.word}`,
  ]);
  const eventMaterial = await one(
    `INSERT INTO event_material (event_id, kind, title, file_name, file_type, file_size) VALUES ($1, 'SCENARIO', $2, 'scenario.pdf', 'application/pdf', 8) RETURNING id`,
    [event, `Сценарий ${r.word}`],
  );
  await db.query(`INSERT INTO event_material_file (material_id, content) VALUES ($1, $2)`, [eventMaterial, Buffer.from('%PDF-1.4')]);
  return {
    ids: { event, eventMaterial },
    names: [`Семинар ${r.word}`, `Актовый зал ${r.word}`, `Результат семинара ${r.word}`, `Отзыв ${r.word}`, `Отмена ${r.word}`, `Сценарий ${r.word}`],
  };
}
