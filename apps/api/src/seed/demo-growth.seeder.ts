import { EntityManager } from 'typeorm';

/**
 * Demo of professional-development hours. The seeds state no academic hours for any event, so no seeded event gets
 * hours (their attendance shows «без учёта часов»). Invented and marked illustrative: one monthly practicum for the
 * interns of the demo cohort, hosted by the invented methodological centre, 2 academic hours an occurrence, and the
 * interns who completed the cohort attending it (the first of them all three times, the others twice) — so their
 * card shows hours from modules and from events in the school year 2025/2026. Idempotent.
 */
export const DEMO_PRACTICUM_KEY = 'demo:event:growth-interns-practicum';
const HOST = 'demo:org:23-tim-illustrative-center';
const OCCURRENCES = ['2026-02-18', '2026-03-18', '2026-04-18'];

export async function seedDemoGrowth(m: EntityManager): Promise<{ events: number; attendance: number }> {
  const [host] = (await m.query(`SELECT id FROM organization WHERE external_id = $1 AND illustrative`, [HOST])) as { id: string }[];
  if (!host) throw new Error(`Demo organisation ${HOST} is missing`);
  const [event] = (await m.query(
    `INSERT INTO event (title, kind, organization_id, timing, starts_on, ends_on, place, audience, audience_target, status, recurrence, recurrence_interval,
                        recurrence_count, span_ends_on, hours, illustrative, description, external_id)
     VALUES ('Практикум стажёров «Открытый урок: разбор и самоанализ»', 'PRACTICUM', $1, 'DATE', $2, $2, 'Демонстрационный методический центр, ауд. 3',
             'Стажёры программы стажировочной площадки', 'TEACHERS', 'HELD', 'MONTHLY', 1, 3, $3, 2, true,
             'Демонстрационное мероприятие (иллюстративные данные): часы и посещения придуманы для примера.', $4)
     ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET hours = EXCLUDED.hours
     RETURNING id`,
    [host.id, OCCURRENCES[0], OCCURRENCES[OCCURRENCES.length - 1], DEMO_PRACTICUM_KEY],
  )) as { id: string }[];
  // The invented interns who completed the demo cohort (their completions are the internship seeder's).
  const interns = (await m.query(
    `SELECT DISTINCT p.id, p.external_id FROM internship_completion c JOIN person p ON p.id = c.person_id WHERE p.illustrative ORDER BY p.external_id`,
  )) as { id: string }[];
  let attendance = 0;
  for (const [i, p] of interns.entries()) {
    for (const date of i === 0 ? OCCURRENCES : OCCURRENCES.slice(0, 2)) {
      await m.query(`INSERT INTO event_registration (event_id, person_id, illustrative) VALUES ($1, $2, true) ON CONFLICT ON CONSTRAINT uq_event_registration DO NOTHING`, [event!.id, p.id]);
      await m.query(
        `INSERT INTO event_attendance (event_id, occurrence_date, person_id, illustrative) VALUES ($1, $2, $3, true) ON CONFLICT ON CONSTRAINT uq_event_attendance DO NOTHING`,
        [event!.id, date, p.id],
      );
      attendance += 1;
    }
  }
  return { events: 1, attendance };
}
