import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { stagingSiteReadCondition } from '../../common/access/rules/staging.rules';
import { AccessScope } from '../../common/auth/access-scope';
import { RouteModuleOffer, RouteModuleSource } from '../route/route-link-sources';

/**
 * Internship modules for the route builder, in one statement: modules (not archived) of programmes (not archived) of
 * sites active today and in the staging catalogue the caller reads (the staging domain's read condition), developing
 * a targeted competence (by code), each with the earliest cohort of its programme not yet ended, if any.
 */
@Injectable()
export class StagingRouteSource implements RouteModuleSource {
  async available(m: EntityManager, scope: AccessScope, competenceCodes: readonly string[], today: string, limit: number): Promise<RouteModuleOffer[]> {
    if (!competenceCodes.length || scope.isEmpty) return [];
    const cond = stagingSiteReadCondition(scope, 's');
    const [sql, values] = m.connection.driver.escapeQueryWithParameters(
      `SELECT im.id AS "moduleId", im.title, im.hours, p.title AS "programTitle", s.theme AS "siteTitle",
              oc.id AS "cohortId", oc.starts_on::text AS "cohortStartsOn", oc.ends_on::text AS "cohortEndsOn",
              ARRAY(SELECT DISTINCT c.code FROM internship_module_competence imc JOIN competence c ON c.id = imc.competence_id
                     WHERE imc.module_id = im.id AND c.code = ANY(CAST(:codes AS text[])) ORDER BY c.code) AS "competenceCodes"
         FROM internship_module im
         JOIN internship_program p ON p.id = im.program_id AND p.archived_at IS NULL
         JOIN staging_site s ON s.id = p.site_id AND s.archived_at IS NULL AND s.starts_on <= CAST(:today AS date) AND s.ends_on >= CAST(:today AS date)
         LEFT JOIN LATERAL (SELECT c.id, c.starts_on, c.ends_on FROM internship_cohort c
                             WHERE c.program_id = p.id AND c.archived_at IS NULL AND c.ends_on >= CAST(:today AS date)
                             ORDER BY c.starts_on, c.id LIMIT 1) oc ON TRUE
        WHERE im.archived_at IS NULL
          AND EXISTS (SELECT 1 FROM internship_module_competence imc JOIN competence c ON c.id = imc.competence_id
                       WHERE imc.module_id = im.id AND c.code = ANY(CAST(:codes AS text[])))
          AND ${cond.sql}
        ORDER BY (oc.id IS NULL), oc.starts_on, p.title, im.position, im.id
        LIMIT :limit`,
      { ...cond.params, codes: [...competenceCodes], today, limit },
    );
    return m.query(sql, values);
  }
}
