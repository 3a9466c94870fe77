import { EntityManager } from 'typeorm';
import { occurrences, spanEnd } from '../modules/event/event-occurrences';
import { DEMO_EVENTS } from './demo/events';

const idMap = async (m: EntityManager, sql: string): Promise<Map<string, string>> =>
  new Map(((await m.query(sql)) as { id: string; k: string }[]).map((r) => [r.k, r.id]));

/** The demo events with their organisers and the invented (illustrative) registrations, attendance and feedback. Idempotent. */
export async function seedDemoEvents(m: EntityManager): Promise<{ events: number; registrations: number; attendance: number; feedback: number }> {
  const orgs = await idMap(m, `SELECT id, external_id AS k FROM organization WHERE external_id LIKE 'demo:%'`);
  const people = await idMap(m, `SELECT id, external_id AS k FROM person WHERE external_id LIKE 'demo:%'`);
  const networks = await idMap(m, `SELECT id, external_id AS k FROM network WHERE external_id LIKE 'demo:%'`);
  const municipalities = await idMap(m, `SELECT id, name AS k FROM municipality`);
  const get = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo row ${key} missing`);
    return id;
  };
  const totals = { events: 0, registrations: 0, attendance: 0, feedback: 0 };
  for (const e of DEMO_EVENTS) {
    const series = {
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      startsAt: null,
      endsAt: null,
      recurrence: e.series?.frequency ?? null,
      recurrenceInterval: e.series?.interval ?? 1,
      recurrenceCount: e.series?.count ?? null,
      recurrenceUntil: e.series?.until ?? null,
      revision: 0,
    };
    const dates = new Set(occurrences(series).map((o) => o.occurrenceDate));
    const [row] = (await m.query(
      `INSERT INTO event (title, kind, organization_id, municipality_id, network_id, timing, starts_on, ends_on, period_label, place, audience,
                          audience_target, responsible_note, planned_result, status, capacity, recurrence, recurrence_interval, recurrence_count,
                          recurrence_until, span_ends_on, source, external_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)
       ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
         title = EXCLUDED.title, kind = EXCLUDED.kind, timing = EXCLUDED.timing, starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on,
         period_label = EXCLUDED.period_label, place = EXCLUDED.place, responsible_note = EXCLUDED.responsible_note,
         planned_result = EXCLUDED.planned_result, source = EXCLUDED.source, span_ends_on = EXCLUDED.span_ends_on
       RETURNING id`,
      [
        e.title,
        e.kind,
        'organizationKey' in e.host ? get(orgs, e.host.organizationKey) : null,
        'municipality' in e.host ? get(municipalities, e.host.municipality) : null,
        'networkKey' in e.host ? get(networks, e.host.networkKey) : null,
        e.timing,
        e.startsOn,
        e.endsOn,
        e.periodLabel ?? null,
        e.place ?? null,
        e.audience ?? '',
        e.audienceTarget ?? null,
        e.responsibleNote ?? '',
        e.plannedResult ?? '',
        e.status ?? 'PLANNED',
        e.capacity ?? null,
        series.recurrence,
        series.recurrenceInterval,
        series.recurrenceCount,
        series.recurrenceUntil,
        spanEnd(series),
        e.source,
        e.key,
      ],
    )) as { id: string }[];
    totals.events += 1;
    for (const [position, key] of (e.organizerKeys ?? []).entries()) {
      await m.query(`INSERT INTO event_organizer (event_id, organization_id, position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [row.id, get(orgs, key), position]);
    }
    for (const key of e.registrations ?? []) {
      await m.query(
        `INSERT INTO event_registration (event_id, person_id, illustrative) VALUES ($1, $2, true) ON CONFLICT ON CONSTRAINT uq_event_registration DO NOTHING`,
        [row.id, get(people, key)],
      );
      totals.registrations += 1;
    }
    for (const a of e.attendance ?? []) {
      if (!dates.has(a.occurrenceDate)) throw new Error(`Demo attendance of ${e.key} on ${a.occurrenceDate}: no such occurrence`);
      await m.query(
        `INSERT INTO event_attendance (event_id, occurrence_date, person_id, illustrative) VALUES ($1, $2, $3, true) ON CONFLICT ON CONSTRAINT uq_event_attendance DO NOTHING`,
        [row.id, a.occurrenceDate, get(people, a.personKey)],
      );
      totals.attendance += 1;
    }
    for (const f of e.feedback ?? []) {
      await m.query(
        `INSERT INTO event_feedback (event_id, person_id, rating, comment, illustrative) VALUES ($1, $2, $3, $4, true) ON CONFLICT ON CONSTRAINT uq_event_feedback DO NOTHING`,
        [row.id, get(people, f.personKey), f.rating, f.comment],
      );
      totals.feedback += 1;
    }
  }
  return totals;
}
