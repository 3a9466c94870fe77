import { PlanItemStatus, PlanLinkKind } from '@metodset/shared';
import { EntityManager } from 'typeorm';

/**
 * The one read model of a plan item's status. An item linked to what carries it out takes its status from it:
 * each link's target gives a status (`LINK_STATUS`: a completed mentorship, a closed campaign, a held event, an ended
 * cohort with completions ⇒ DONE; a cancelled event or occurrence ⇒ CANCELLED), and the item's is CANCELLED when
 * every linked target is cancelled; otherwise, cancelled targets aside, DONE when every one is done, NOT_DONE when
 * every one failed, PLANNED when none has begun, IN_PROGRESS otherwise. An item with no links (or links whose targets
 * are gone or archived) keeps the status set by hand. Adding a kind is one entry in `LINK_STATUS`.
 */
const LINK_STATUS: Record<PlanLinkKind, string> = {
  [PlanLinkKind.MENTORSHIP]: `(SELECT CASE ms.status WHEN 'COMPLETED' THEN 'DONE' WHEN 'STOPPED' THEN 'NOT_DONE' WHEN 'ACTIVE' THEN 'IN_PROGRESS' ELSE 'PLANNED' END
                                FROM mentorship ms WHERE ms.id = l.target_id)`,
  [PlanLinkKind.CAMPAIGN]: `(SELECT CASE WHEN c.archived_at IS NOT NULL THEN NULL WHEN c.status = 'CLOSED' THEN 'DONE' WHEN c.status = 'OPEN' THEN 'IN_PROGRESS' ELSE 'PLANNED' END
                              FROM diagnostic_campaign c WHERE c.id = l.target_id)`,
  // An event: held ⇒ DONE, cancelled ⇒ CANCELLED; one occurrence of a series: cancelled by an exception ⇒ CANCELLED,
  // its (possibly moved) end passed with attendance marked ⇒ DONE, attendance marked ⇒ IN_PROGRESS; the whole event
  // likewise with its last day. Nothing marked: PLANNED (an event not reported as held stays planned).
  [PlanLinkKind.EVENT]: `(SELECT CASE WHEN e.archived_at IS NOT NULL THEN NULL
                                    WHEN e.status = 'CANCELLED' THEN 'CANCELLED'
                                    WHEN e.status = 'HELD' THEN 'DONE'
                                    WHEN l.occurrence_date IS NULL THEN
                                      CASE WHEN NOT EXISTS (SELECT 1 FROM event_attendance ea WHERE ea.event_id = e.id) THEN 'PLANNED'
                                           WHEN e.span_ends_on < CURRENT_DATE THEN 'DONE' ELSE 'IN_PROGRESS' END
                                    WHEN ex.kind = 'CANCELLED' THEN 'CANCELLED'
                                    WHEN NOT EXISTS (SELECT 1 FROM event_attendance ea WHERE ea.event_id = e.id AND ea.occurrence_date = l.occurrence_date) THEN 'PLANNED'
                                    WHEN COALESCE(ex.ends_on, l.occurrence_date + (e.ends_on - e.starts_on)) < CURRENT_DATE THEN 'DONE'
                                    ELSE 'IN_PROGRESS' END
                             FROM event e
                             LEFT JOIN event_exception ex ON ex.event_id = e.id AND ex.occurrence_date = l.occurrence_date
                            WHERE e.id = l.target_id)`,
  // A cohort: ended with completions ⇒ DONE, begun ⇒ IN_PROGRESS, not yet begun ⇒ PLANNED.
  [PlanLinkKind.INTERNSHIP_COHORT]: `(SELECT CASE WHEN ic.archived_at IS NOT NULL THEN NULL
                                                WHEN ic.ends_on < CURRENT_DATE AND EXISTS (
                                                  SELECT 1 FROM internship_completion cc JOIN internship_application ca ON ca.id = cc.application_id
                                                   WHERE ca.cohort_id = ic.id) THEN 'DONE'
                                                WHEN ic.starts_on <= CURRENT_DATE THEN 'IN_PROGRESS'
                                                ELSE 'PLANNED' END
                                        FROM internship_cohort ic WHERE ic.id = l.target_id)`,
};

export interface PlanItemStatusRow {
  itemId: string;
  status: PlanItemStatus;
  /** The kinds of the links the status comes from; empty: set by hand. */
  derivedFrom: PlanLinkKind[];
}

function perLinkCase(): string {
  return `CASE l.kind::text
                 ${Object.entries(LINK_STATUS)
                   .map(([kind, sql]) => `WHEN '${kind}' THEN ${sql}`)
                   .join('\n                 ')}
             END`;
}

/** The statement, for reuse in SQL (exports, monitoring): one row per item id of `:itemIds` with `status` and `derived_from`. */
export function planItemStatusSql(itemIdsParam = '$1'): string {
  return `WITH linked AS (
      SELECT l.item_id, l.kind::text AS kind,
             ${perLinkCase()} AS status
        FROM plan_item_link l
       WHERE l.item_id = ANY(${itemIdsParam}::uuid[])
    ), derived AS (
      SELECT item_id,
             CASE WHEN bool_and(status = 'CANCELLED') THEN 'CANCELLED'
                  WHEN bool_and(status IN ('DONE', 'CANCELLED')) THEN 'DONE'
                  WHEN bool_and(status IN ('NOT_DONE', 'CANCELLED')) THEN 'NOT_DONE'
                  WHEN bool_and(status IN ('PLANNED', 'CANCELLED')) THEN 'PLANNED'
                  ELSE 'IN_PROGRESS' END AS status,
             array_agg(DISTINCT kind ORDER BY kind) AS derived_from
        FROM linked WHERE status IS NOT NULL GROUP BY item_id
    )
    SELECT i.id AS "itemId", COALESCE(d.status, i.status::text) AS status, COALESCE(d.derived_from, ARRAY[]::text[]) AS "derivedFrom"
      FROM plan_item i LEFT JOIN derived d ON d.item_id = i.id
     WHERE i.id = ANY(${itemIdsParam}::uuid[])`;
}

/** Statuses of plan items, in one statement. */
export async function readPlanItemStatuses(m: EntityManager, itemIds: readonly string[]): Promise<PlanItemStatusRow[]> {
  if (!itemIds.length) return [];
  return m.query(planItemStatusSql(), [itemIds]);
}

/** What each link's target gives its item (null: the target is gone or archived), in one statement. */
export async function readPlanLinkStatuses(m: EntityManager, linkIds: readonly string[]): Promise<{ id: string; status: PlanItemStatus | null }[]> {
  if (!linkIds.length) return [];
  return m.query(`SELECT l.id, ${perLinkCase()} AS status FROM plan_item_link l WHERE l.id = ANY($1::uuid[])`, [linkIds]);
}
