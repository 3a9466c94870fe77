import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** A person's route step that a fact (attendance, a module's completion) bears on, locked for the change. */
export interface LinkedStepRow {
  id: string;
  routeId: string;
  personId: string;
  title: string;
  status: string;
}

/** The routes a fact completes steps of: a person's own route, approved or in progress, not archived. */
const LIVE_ROUTE = `r.person_id = ANY(CAST($1 AS uuid[])) AND r.status IN ('APPROVED', 'IN_PROGRESS') AND r.archived_at IS NULL`;
const COLS = `s.id, s.route_id AS "routeId", r.person_id AS "personId", s.title, s.status`;

@Injectable()
export class RouteEvidenceRepository {
  /** Open EVENT steps linked to this event (any occurrence, or this one) without evidence of their own. */
  openEventSteps(m: EntityManager, personIds: readonly string[], eventId: string, occurrenceDate: string): Promise<LinkedStepRow[]> {
    return m.query(
      `SELECT ${COLS} FROM learning_route_step s JOIN learning_route r ON r.id = s.route_id
        WHERE ${LIVE_ROUTE} AND s.kind = 'EVENT' AND s.event_id = $2 AND (s.event_occurrence_date IS NULL OR s.event_occurrence_date = $3)
          AND s.status IN ('PLANNED', 'IN_PROGRESS') AND s.evidence_url IS NULL AND s.evidence_file_name IS NULL AND r.starts_on <= $3
        ORDER BY s.id FOR UPDATE OF s`,
      [personIds, eventId, occurrenceDate],
    );
  }

  /**
   * EVENT steps this occurrence's attendance completed and nothing changed since (source still ATTENDANCE, the same
   * date and link), with no other attended occurrence of the event backing them. Run after the mark is deleted.
   */
  revertibleEventSteps(m: EntityManager, personIds: readonly string[], eventId: string, occurrenceDate: string, url: string): Promise<(LinkedStepRow & { prevStatus: string })[]> {
    return m.query(
      `SELECT ${COLS}, s.evidence_prev_status AS "prevStatus" FROM learning_route_step s JOIN learning_route r ON r.id = s.route_id
        WHERE ${LIVE_ROUTE} AND s.kind = 'EVENT' AND s.event_id = $2 AND s.evidence_source = 'ATTENDANCE' AND s.status = 'DONE'
          AND s.completed_on = $3 AND s.evidence_url = $4 AND s.evidence_file_name IS NULL
          AND NOT EXISTS (SELECT 1 FROM event_attendance ea WHERE ea.event_id = s.event_id AND ea.person_id = r.person_id
                             AND (s.event_occurrence_date IS NULL OR ea.occurrence_date = s.event_occurrence_date))
        ORDER BY s.id FOR UPDATE OF s`,
      [personIds, eventId, occurrenceDate, url],
    );
  }

  /** Open INTERNSHIP_MODULE steps linked to these modules (any cohort, or this one) without evidence of their own. */
  openModuleSteps(m: EntityManager, personId: string, moduleIds: readonly string[], cohortId: string, on: string): Promise<(LinkedStepRow & { moduleId: string })[]> {
    return m.query(
      `SELECT ${COLS}, s.internship_module_id AS "moduleId" FROM learning_route_step s JOIN learning_route r ON r.id = s.route_id
        WHERE ${LIVE_ROUTE} AND s.kind = 'INTERNSHIP_MODULE' AND s.internship_module_id = ANY(CAST($2 AS uuid[]))
          AND (s.internship_cohort_id IS NULL OR s.internship_cohort_id = $3)
          AND s.status IN ('PLANNED', 'IN_PROGRESS') AND s.evidence_url IS NULL AND s.evidence_file_name IS NULL AND r.starts_on <= $4
        ORDER BY s.id FOR UPDATE OF s`,
      [[personId], moduleIds, cohortId, on],
    );
  }

  /** Completes the steps with a link as evidence, remembering the source and the status they had. */
  async complete(m: EntityManager, ids: readonly string[], source: string, on: string, url: string): Promise<void> {
    if (!ids.length) return;
    await m.query(
      `UPDATE learning_route_step SET evidence_prev_status = status, status = 'DONE', completed_on = $2, evidence_url = $3,
              evidence_file_type = NULL, evidence_source = $4, updated_at = now()
        WHERE id = ANY(CAST($1 AS uuid[]))`,
      [ids, on, url, source],
    );
  }

  /** Puts the steps back as they were before the fact completed them. */
  async revert(m: EntityManager, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    await m.query(
      `UPDATE learning_route_step SET status = evidence_prev_status, completed_on = NULL, evidence_url = NULL,
              evidence_source = NULL, evidence_prev_status = NULL, updated_at = now()
        WHERE id = ANY(CAST($1 AS uuid[]))`,
      [ids],
    );
  }
}
