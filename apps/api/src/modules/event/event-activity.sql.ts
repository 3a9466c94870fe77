/**
 * The event domain's part of the dashboards: attendance of a population (`peopleSql`, a subquery of person ids) at
 * live events in the period [`fromSql`, `toSql`] (by the attended occurrence's date). One row: events (events with an
 * attendee from the population), participants (people who attended), visits (attended occurrences).
 */
export const eventActivitySql = (peopleSql: string, fromSql: string, toSql: string) => `
  SELECT count(DISTINCT ea_a.event_id)::int AS events, count(DISTINCT ea_a.person_id)::int AS participants, count(*)::int AS visits
    FROM event_attendance ea_a
    JOIN event ea_e ON ea_e.id = ea_a.event_id AND ea_e.archived_at IS NULL
   WHERE ea_a.occurrence_date BETWEEN ${fromSql} AND ${toSql} AND ea_a.person_id IN (${peopleSql})`;

/** The same per month. Columns: month ('YYYY-MM'), events, participants, visits. */
export const eventActivityByMonthSql = (peopleSql: string, fromSql: string, toSql: string) => `
  SELECT to_char(ea_a.occurrence_date, 'YYYY-MM') AS month, count(DISTINCT ea_a.event_id)::int AS events,
         count(DISTINCT ea_a.person_id)::int AS participants, count(*)::int AS visits
    FROM event_attendance ea_a
    JOIN event ea_e ON ea_e.id = ea_a.event_id AND ea_e.archived_at IS NULL
   WHERE ea_a.occurrence_date BETWEEN ${fromSql} AND ${toSql} AND ea_a.person_id IN (${peopleSql})
   GROUP BY 1`;

/**
 * Both at once, in one pass over the attendance: a row per month (column month 'YYYY-MM') and a row for the whole
 * period (month NULL). Columns: month, events, participants, visits.
 */
export const eventActivityWithMonthsSql = (peopleSql: string, fromSql: string, toSql: string) => `
  SELECT to_char(ea_a.occurrence_date, 'YYYY-MM') AS month, count(DISTINCT ea_a.event_id)::int AS events,
         count(DISTINCT ea_a.person_id)::int AS participants, count(*)::int AS visits
    FROM event_attendance ea_a
    JOIN event ea_e ON ea_e.id = ea_a.event_id AND ea_e.archived_at IS NULL
   WHERE ea_a.occurrence_date BETWEEN ${fromSql} AND ${toSql} AND ea_a.person_id IN (${peopleSql})
   GROUP BY GROUPING SETS ((to_char(ea_a.occurrence_date, 'YYYY-MM')), ())`;

/**
 * The rows behind `eventActivitySql` (the same conditions): attended occurrences of the population. Columns: id (the
 * attendance), event_id, person_id, occurrence_date — `events` is the distinct event_id, `participants` the distinct
 * person_id, `visits` the rows.
 */
export const eventActivityRowsSql = (peopleSql: string, fromSql: string, toSql: string) => `
  SELECT ea_a.id, ea_a.event_id, ea_a.person_id, ea_a.occurrence_date
    FROM event_attendance ea_a
    JOIN event ea_e ON ea_e.id = ea_a.event_id AND ea_e.archived_at IS NULL
   WHERE ea_a.occurrence_date BETWEEN ${fromSql} AND ${toSql} AND ea_a.person_id IN (${peopleSql})`;

/**
 * Per person and month: the attended occurrences of the population at live events in the period (the same
 * conditions as `eventActivitySql`, so `visits` sums to its visits and a person with a row is one of its
 * participants). Columns: person_id, month ('YYYY-MM'), visits.
 */
export const eventVisitsPerPersonSql = (peopleSql: string, fromSql: string, toSql: string) => `
  SELECT ea_a.person_id, to_char(ea_a.occurrence_date, 'YYYY-MM') AS month, count(*)::int AS visits
    FROM event_attendance ea_a
    JOIN event ea_e ON ea_e.id = ea_a.event_id AND ea_e.archived_at IS NULL
   WHERE ea_a.occurrence_date BETWEEN ${fromSql} AND ${toSql} AND ea_a.person_id IN (${peopleSql})
   GROUP BY 1, 2`;

/** The live events, among which `eventActivitySql` counts. Column: id. */
export const liveEventsSql = () => `SELECT le_e.id FROM event le_e WHERE le_e.archived_at IS NULL`;

/**
 * Who attended the events of the subquery `eventIdsSql` in the period, per month, whatever the event's state (the
 * caller keeps to `liveEventsSql`). Columns: event_id, person_id, month ('YYYY-MM').
 */
export const eventAttendeesByMonthSql = (eventIdsSql: string, fromSql: string, toSql: string) => `
  SELECT DISTINCT ev_a.event_id, ev_a.person_id, to_char(ev_a.occurrence_date, 'YYYY-MM') AS month
    FROM event_attendance ev_a
   WHERE ev_a.event_id = ANY(ARRAY(${eventIdsSql})) AND ev_a.occurrence_date BETWEEN ${fromSql} AND ${toSql}`;

/** The events each person of the subquery `personIdsSql` attended (any date). Columns: person_id, event_id. */
export const eventsOfPeopleSql = (personIdsSql: string) => `
  SELECT DISTINCT eo_a.person_id, eo_a.event_id FROM event_attendance eo_a WHERE eo_a.person_id = ANY(ARRAY(${personIdsSql}))`;
