import { eventHoursFactsSql } from '../event/event-hours.sql';
import { internshipHoursFactsSql } from '../internship/internship-hours.sql';

/**
 * The read model «professional-development facts with hours of people» as one SELECT: the owners' fragments
 * (internship completions, event attendance × the event's hours) unioned. `personIdsSql` is a uuid[] expression;
 * `visibleSql` over the event alias `eh_e` decides whether an event's title and id are shown.
 * Columns: person_id, on_date, kind, title, hours, event_id, certificate_number.
 */
export const hoursFactsSql = (personIdsSql: string, visibleSql: string) =>
  `${internshipHoursFactsSql(personIdsSql)} UNION ALL ${eventHoursFactsSql(personIdsSql, visibleSql)}`;

/** Condition: the person had at least one fact with hours between the two days (typed date expressions). */
export const hasHoursSql = (personIdSql: string, fromSql: string, toSql: string, alias = 'hf') =>
  `EXISTS (SELECT 1 FROM (${hoursFactsSql(`ARRAY[${personIdSql}]::uuid[]`, 'FALSE')}) ${alias}
            WHERE ${alias}.hours > 0 AND ${alias}.on_date BETWEEN ${fromSql} AND ${toSql})`;
