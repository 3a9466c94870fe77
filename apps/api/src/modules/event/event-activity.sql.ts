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
