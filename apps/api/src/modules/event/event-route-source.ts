import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { RouteEventOffer, RouteEventSource } from '../route/route-link-sources';
import { eventCondition } from './event.sql';

/**
 * Upcoming events for the route builder, in one statement: not archived or cancelled, starting today or later (a
 * series: with occurrences still ahead), open for registration or without a cap, developing a targeted competence
 * (by code, whatever framework the event names), and visible to the caller by the event domain's read condition.
 */
@Injectable()
export class EventRouteSource implements RouteEventSource {
  async upcoming(m: EntityManager, scope: AccessScope, competenceCodes: readonly string[], today: string, limit: number): Promise<RouteEventOffer[]> {
    if (!competenceCodes.length || scope.isEmpty) return [];
    const cond = eventCondition(scope, 'e');
    const [sql, values] = m.connection.driver.escapeQueryWithParameters(
      `SELECT e.id AS "eventId", e.title, e.starts_on::text AS "startsOn", e.ends_on::text AS "endsOn", (e.recurrence IS NOT NULL) AS series,
              ARRAY(SELECT DISTINCT c.code FROM competence c WHERE c.id = ANY(e.competence_ids) AND c.code = ANY(CAST(:codes AS text[])) ORDER BY c.code) AS "competenceCodes"
         FROM event e
        WHERE e.archived_at IS NULL AND e.status <> 'CANCELLED'
          AND (CASE WHEN e.recurrence IS NULL THEN e.starts_on ELSE e.span_ends_on END) >= CAST(:today AS date)
          AND (e.registration_open OR e.capacity IS NULL)
          AND EXISTS (SELECT 1 FROM competence c WHERE c.id = ANY(e.competence_ids) AND c.code = ANY(CAST(:codes AS text[])))
          AND ${cond.sql}
        ORDER BY e.starts_on, e.title, e.id
        LIMIT :limit`,
      { ...cond.params, codes: [...competenceCodes], today, limit },
    );
    return m.query(sql, values);
  }
}
