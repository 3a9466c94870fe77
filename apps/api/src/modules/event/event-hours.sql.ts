/**
 * The event domain's part of a person's professional-development hours (read by `growth`): one row per attended
 * occurrence of a live event (a series counts the event's hours for every occurrence attended). An event without
 * hours gives a row with `hours` NULL («без учёта часов»), counted in no total. `visibleSql` (over the event alias
 * `eh_e`, e.g. `eventCondition(scope, 'eh_e')`) decides whether the caller may see the event: if not, its title and id
 * stay NULL and only the fact and its hours remain.
 * Columns: person_id, on_date, kind, title, hours, event_id, certificate_number.
 */
export const eventHoursFactsSql = (personIdsSql: string, visibleSql: string) => `
  SELECT eh_a.person_id, eh_a.occurrence_date AS on_date, 'EVENT' AS kind,
         CASE WHEN ${visibleSql} THEN eh_e.title END AS title, eh_e.hours,
         CASE WHEN ${visibleSql} THEN eh_e.id END AS event_id, NULL::text AS certificate_number
    FROM event_attendance eh_a
    JOIN event eh_e ON eh_e.id = eh_a.event_id AND eh_e.archived_at IS NULL
   WHERE eh_a.person_id = ANY(${personIdsSql})`;
