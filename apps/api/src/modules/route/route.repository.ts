import { ROUTE_STATUS_LABELS } from '@metodset/shared';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AccessAction } from '../../common/access/access-rules';
import { entitiesFromRaw, Plan, planOf } from '../../common/pagination/hydrate';
import { routeReadCondition, routeSharedCondition } from '../../common/access/rules/route.rules';
import { AccessScope } from '../../common/auth/access-scope';
import { Connection } from '../../common/pagination/connection';
import { byLabel, orderedPage, OrderColumns, PageRequest, SortDirection } from '../../common/pagination/order';
import { orderedSqlPage } from '../../common/pagination/ordered-sql';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { acceptedMemberOrgsSql, acceptedNetworksOfOrgSql } from '../network/network-membership.sql';
import { escapeLike } from '../organization/organization.repository';
import { fullNameSql, mainOrganizationIdSql, mainOrganizationNameSql, personCardsSql } from '../person/person.sql';
import { PersonCardRow } from '../person/person.repository';
import { RouteOrder, RouteOrderField, RoutesFilter, SharedTeacherOrder, SharedTeacherOrderField } from './dto/route.args';
import { LearningRouteCompetenceEntity } from './learning-route-competence.entity';
import { LearningRouteJournalEntryEntity } from './learning-route-journal-entry.entity';
import { LearningRouteStepFileEntity } from './learning-route-step-file.entity';
import { LearningRouteStepEntity } from './learning-route-step.entity';
import { LearningRouteEntity } from './learning-route.entity';
import { currentResultsSql } from '../diagnostics/competence-results.reader';
import { EffectivenessRow } from './route-rules';
import { FixedRead } from './fixed-read';

const OWNER_NAME = `coalesce((SELECT ${fullNameSql('op')} FROM person op WHERE op.id = r.person_id),
                            (SELECT oa.name FROM association oa WHERE oa.id = r.association_id))`;
const ORDER: OrderColumns<RouteOrderField> = {
  TITLE: { sql: 'r.title', type: 'text' },
  OWNER: { sql: OWNER_NAME, type: 'text', nulls: '' },
  STATUS: { sql: byLabel('r.status', ROUTE_STATUS_LABELS), type: 'text' },
  // As routeProgress(): done steps of those not cancelled, in whole per cent.
  PROGRESS: {
    sql: `(SELECT COALESCE(round(100.0 * count(*) FILTER (WHERE rps.status = 'DONE') / NULLIF(count(*), 0)), 0)
             FROM learning_route_step rps WHERE rps.route_id = r.id AND rps.status <> 'CANCELLED')`,
    type: 'int',
  },
  STARTS_ON: { sql: 'r.starts_on', type: 'date' },
  CREATED_AT: { sql: 'r.created_at', type: 'timestamptz' },
};
const DEFAULT_ORDER: RouteOrder = { field: RouteOrderField.CREATED_AT, direction: SortDirection.DESC };

export interface DeficitRow {
  competenceId: string;
  code: string;
  name: string;
  frameworkCode: string;
  level: string;
  score: number;
  source: string;
  measuredOn: string;
  campaignId: string;
  campaignName: string;
}

export interface RouteCompetenceRow {
  routeId: string;
  competenceId: string;
  code: string;
  name: string;
  baselineScore: number | null;
}

export interface SharedTeacherRow {
  personId: string;
  fullName: string;
  organizationName: string | null;
  sharedRoutes: number;
  completedSteps: number;
  /** When the newest of the teacher's shared routes last changed (sharing included). */
  latestAt: Date;
}

export interface MentorshipRow {
  id: string;
  status: string;
  startsOn: string;
  programName: string;
  /** The mentors' full names, comma-separated. */
  mentorNames: string;
}

/** Mentorships with their programme and mentors' names (`MentorshipRow`): the select list and its FROM. */
const MENTORSHIP_SELECT = `SELECT ms.id, ms.status, to_char(ms.starts_on, 'YYYY-MM-DD') AS "startsOn", pr.name AS "programName",
              coalesce((SELECT string_agg(${fullNameSql('mp')}, ', ' ORDER BY mp.last_name, mp.first_name)
                          FROM mentorship_participant mm JOIN person mp ON mp.id = mm.person_id
                         WHERE mm.mentorship_id = ms.id AND mm.side = 'MENTOR'), '') AS "mentorNames"
         FROM mentorship ms JOIN mentoring_program pr ON pr.id = ms.program_id`;

// The route's reads of the rows under it, over the ids a uuid[] expression gives (a parameter, or a CTE's ids in the
// route page's one statement): each read alone and the page read the same SQL.

/** Events linked from steps (`linkedEvents`). */
const linkedEventsSql = (idsSql: string) => `SELECT id, title, starts_on::text AS "startsOn", ends_on::text AS "endsOn", status FROM event WHERE id = ANY(${idsSql})`;

/** The growth journal of routes with its authors' names (`journalOf`); `JOURNAL_ORDER` orders it. */
const journalSql = (routeIdsSql: string) =>
  `SELECT j.id, j.route_id AS "routeId", j.step_id AS "stepId", to_char(j.occurred_on, 'YYYY-MM-DD') AS "occurredOn", j.kind, j.text,
              j.author_account_id AS "authorAccountId", j.created_at AS "createdAt", a.display_name AS "authorName"
         FROM learning_route_journal_entry j LEFT JOIN account a ON a.id = j.author_account_id
        WHERE j.route_id = ANY(${routeIdsSql})`;

const JOURNAL_ORDER = 'ORDER BY j.occurred_on DESC, j.created_at DESC';

/** Before and after per targeted competence of routes (`effectiveness`); `EFFECTIVENESS_ORDER` orders it. */
const effectivenessSql = (routeIdsSql: string) =>
  `SELECT rc.route_id, rc.competence_id, c.code, c.name, rc.baseline_score, b.level AS before_level,
              CASE WHEN af.measured_on >= r.starts_on AND af.campaign_id IS DISTINCT FROM r.campaign_id THEN af.score END AS after_score,
              CASE WHEN af.measured_on >= r.starts_on AND af.campaign_id IS DISTINCT FROM r.campaign_id THEN af.level END AS after_level,
              CASE WHEN af.measured_on >= r.starts_on AND af.campaign_id IS DISTINCT FROM r.campaign_id THEN to_char(af.measured_on, 'YYYY-MM-DD') END AS after_on,
              CASE WHEN af.measured_on >= r.starts_on AND af.campaign_id IS DISTINCT FROM r.campaign_id THEN adc.name END AS campaign_name
         FROM learning_route_competence rc JOIN learning_route r ON r.id = rc.route_id JOIN competence c ON c.id = rc.competence_id
         JOIN competence_area ca ON ca.id = c.area_id
         LEFT JOIN LATERAL (${currentResultsSql({ person: '= r.person_id', campaign: 'r.campaign_id', code: '= c.code' })}) b ON r.campaign_id IS NOT NULL
         LEFT JOIN LATERAL (${currentResultsSql({ person: '= r.person_id', code: '= c.code' })}) af ON TRUE
         LEFT JOIN diagnostic_campaign adc ON adc.id = af.campaign_id
        WHERE rc.route_id = ANY(${routeIdsSql})`;

const EFFECTIVENESS_ORDER = 'ORDER BY ca.position, c.position, c.code';

/** A row of `effectivenessSql` (its numbers as the driver's strings, or as JSON numbers inside the page's statement). */
function effectivenessFrom(r: Record<string, string | number | null>): EffectivenessRow & { routeId: string } {
  const num = (v: string | number | null) => (v === null ? null : Number(v));
  return {
    routeId: r.route_id as string,
    competenceId: r.competence_id as string,
    code: r.code as string,
    name: r.name as string,
    beforeScore: num(r.baseline_score),
    beforeLevel: (r.before_level ?? null) as EffectivenessRow['beforeLevel'],
    afterScore: num(r.after_score),
    afterLevel: (r.after_level ?? null) as EffectivenessRow['afterLevel'],
    afterMeasuredOn: (r.after_on ?? null) as string | null,
    afterCampaignName: (r.campaign_name ?? null) as string | null,
  };
}

/** What the route page reads in its one statement (`RouteRepository.routePage`). */
export interface RoutePageRows {
  route: LearningRouteEntity;
  /** The caller's rights over it (`route.own`, `route.edit`, `route.approve`) and whether its person is shown (`route.person`). */
  rights: { owner: boolean; editor: boolean; approver: boolean };
  personShown: boolean;
  steps: LearningRouteStepEntity[];
  /** The steps whose mentor the caller may see (`route.stepMentor`). */
  mentorShown: Set<string>;
  /** The steps' events the caller may see (`event.read`). */
  events: LinkedEventRow[];
  mentorships: MentorshipRow[];
  /** The cards of the route's person (when shown) and of the mentors shown. */
  cards: PersonCardRow[];
  journal: (LearningRouteJournalEntryEntity & { authorName: string | null })[];
  effectiveness: (EffectivenessRow & { routeId: string })[];
}

export interface LinkedEventRow {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  status: string;
}

/** Decides an access rule for the ids of a uuid[] expression inside a statement (`AccessService.selectSql` for the caller). */
export type DecideSql = (action: AccessAction, idsSql: string, values: unknown[]) => string;

interface PageShapes {
  route: SelectQueryBuilder<LearningRouteEntity>;
  routePlan: Plan;
  routeSql: string;
  steps: SelectQueryBuilder<LearningRouteStepEntity>;
  stepsPlan: Plan;
  stepsSql: string;
}

export interface MentorRow {
  personId: string;
  name: string;
}

/** «Диалог в сети» by its columns, read from the grouped query's output (`x`). */
const SHARED_ORDER: OrderColumns<SharedTeacherOrderField> = {
  NAME: { sql: 'x.full_name', type: 'text' },
  ORGANIZATION: { sql: 'x.organization_name', type: 'text', nulls: '' },
  SHARED_ROUTES: { sql: 'x.shared_routes', type: 'int' },
  COMPLETED_STEPS: { sql: 'x.completed_steps', type: 'int' },
  LATEST_AT: { sql: 'x.latest_at', type: 'timestamptz' },
};
const SHARED_DEFAULT_ORDER: SharedTeacherOrder = { field: SharedTeacherOrderField.LATEST_AT, direction: SortDirection.DESC };

@Injectable()
export class RouteRepository {
  /** The route page's route and steps: their statements built once (`FixedRead`), the same SQL and entities as TypeORM's. */
  private readonly routeById = new FixedRead((m) => m.getRepository(LearningRouteEntity).createQueryBuilder('r').where('r.id = :id', { id: '' }));
  private readonly stepsOfRoutes = new FixedRead((m) =>
    m.getRepository(LearningRouteStepEntity).createQueryBuilder('s').where('s.routeId = ANY(:ids)', { ids: [] }).orderBy('s.position', 'ASC').addOrderBy('s.createdAt', 'ASC'),
  );

  /** Routes the caller reads in full (the `route.read` rule's condition), with `withShared` also those shared with them (`route.readShared`). */
  private routes(m: EntityManager, scope: AccessScope, me: string | null, withShared = false): SelectQueryBuilder<LearningRouteEntity> {
    const cond = routeReadCondition(scope, 'r');
    const qb = m.getRepository(LearningRouteEntity).createQueryBuilder('r');
    if (!withShared) return qb.where(cond.sql, { ...cond.params, callerPersonId: me });
    const shared = routeSharedCondition(scope, 'r');
    return qb.where(`(${cond.sql} OR ${shared.sql})`, { ...cond.params, ...shared.params, callerPersonId: me });
  }

  page(m: EntityManager, scope: AccessScope, me: string | null, f: RoutesFilter | undefined, order: RouteOrder | undefined, page: PageRequest): Promise<Connection<LearningRouteEntity>> {
    const qb = this.routes(m, scope, me);
    const archived = f?.archived ?? ArchiveFilter.ACTIVE;
    if (archived === ArchiveFilter.ACTIVE) qb.andWhere('r.archived_at IS NULL');
    if (archived === ArchiveFilter.ARCHIVED) qb.andWhere('r.archived_at IS NOT NULL');
    if (f?.status) qb.andWhere('r.status = :fStatus', { fStatus: f.status });
    if (f?.organizationId) qb.andWhere('r.organization_id = :fOrg', { fOrg: f.organizationId });
    if (f?.personId) qb.andWhere('r.person_id = :fPerson', { fPerson: f.personId });
    if (f?.search?.trim()) qb.andWhere(`(r.title ILIKE :fSearch OR ${OWNER_NAME} ILIKE :fSearch)`, { fSearch: `%${escapeLike(f.search.trim())}%` });
    return orderedPage(qb, 'r.id', ORDER, order ?? DEFAULT_ORDER, page);
  }

  /** The caller's own routes and their groups' routes, newest first. */
  mine(m: EntityManager, me: string): Promise<LearningRouteEntity[]> {
    return m
      .getRepository(LearningRouteEntity)
      .createQueryBuilder('r')
      .where('r.archived_at IS NULL')
      .andWhere('(r.person_id = :me OR EXISTS (SELECT 1 FROM association_member am WHERE am.association_id = r.association_id AND am.person_id = :me))', { me })
      .orderBy('r.created_at', 'DESC')
      .limit(100)
      .getMany();
  }

  private readonly pageShapes = new WeakMap<DataSource, PageShapes>();

  /** The route and steps of the page's statement: TypeORM's own SELECTs of the entities (as `byId`, `stepsOf`), built once per data source. */
  private shapesFor(m: EntityManager): PageShapes {
    let sh = this.pageShapes.get(m.connection);
    if (!sh) {
      const route = m.getRepository(LearningRouteEntity).createQueryBuilder('r').where('r.id = (SELECT id FROM page_route) AND (SELECT readable FROM page_rights)');
      const steps = m
        .getRepository(LearningRouteStepEntity)
        .createQueryBuilder('s')
        .where('s.route_id = ANY(ARRAY[$1::uuid]) AND (SELECT readable FROM page_rights)')
        .orderBy('s.position', 'ASC')
        .addOrderBy('s.createdAt', 'ASC');
      const routePlan = planOf(route);
      const stepsPlan = planOf(steps);
      if (!routePlan || !stepsPlan) throw new Error('RouteRepository.routePage: the route or its steps are not a plain shape');
      sh = { route, routePlan, routeSql: route.getQuery(), steps, stepsPlan, stepsSql: steps.getQuery() };
      this.pageShapes.set(m.connection, sh);
    }
    return sh;
  }

  /**
   * The route page in ONE statement: the caller's decisions of the access component's rules (`decide`: `route.read`,
   * the rights, `route.person`; over the steps `route.stepMentor` and `event.read`), and — only when `route.read`
   * allows it — the route, its steps (TypeORM's SELECTs of the entities, the steps as JSON built into the same
   * entities), the steps' events the caller sees, their mentorships, the cards of the person and of the mentors shown,
   * the journal and the effectiveness (the same SQL as their own reads, aggregated in the same order). Null when the
   * route is not the caller's to read (or does not exist).
   */
  async routePage(m: EntityManager, id: string, decide: DecideSql): Promise<RoutePageRows | null> {
    const sh = this.shapesFor(m);
    const values: unknown[] = [id];
    const d = (action: AccessAction, idsSql: string) => decide(action, idsSql, values);
    // The route's own rows are read as their own statements read them (the same plan, so rows tied in their order
    // come in the same order), gated on `route.read`.
    const one = 'ARRAY[$1::uuid]';
    const route = 'SELECT ARRAY[id] FROM page_route'; // (the rules' candidates: no parameter)
    const sql = `WITH page_route AS (SELECT $1::uuid AS id),
  page_rights AS (SELECT EXISTS (${d('route.read', route)}) AS readable, EXISTS (${d('route.own', route)}) AS owner,
                         EXISTS (${d('route.edit', route)}) AS editor, EXISTS (${d('route.approve', route)}) AS approver,
                         EXISTS (${d('route.person', route)}) AS person_shown),
  page_r AS (${sh.routeSql}),
  page_s AS (${sh.stepsSql}),
  page_mentor_shown AS (${d('route.stepMentor', 'SELECT array_agg(s_id) FROM page_s')}),
  page_event_seen AS (${d('event.read', 'SELECT array_agg(s_event_id) FROM page_s WHERE s_event_id IS NOT NULL')})
SELECT page_rights.*, page_r.*,
  (SELECT json_agg(x) FROM page_s x) AS page_steps,
  ARRAY(SELECT id FROM page_mentor_shown) AS page_mentor_shown,
  (SELECT json_agg(x) FROM (${linkedEventsSql('ARRAY(SELECT id FROM page_event_seen)')}) x) AS page_events,
  (SELECT json_agg(x) FROM (${MENTORSHIP_SELECT} WHERE ms.id = ANY(ARRAY(SELECT s_mentorship_id FROM page_s))) x) AS page_mentorships,
  (SELECT json_agg(x) FROM (${personCardsSql(`ARRAY(SELECT r_person_id FROM page_r, page_rights WHERE person_shown
                                      UNION SELECT s_mentor_person_id FROM page_s WHERE s_id IN (SELECT id FROM page_mentor_shown))`)}) x) AS page_cards,
  (SELECT json_agg(x) FROM (${journalSql(one)} ${JOURNAL_ORDER}) x WHERE (SELECT readable FROM page_rights)) AS page_journal,
  (SELECT json_agg(x) FROM (${effectivenessSql(one)} ${EFFECTIVENESS_ORDER}) x WHERE (SELECT readable FROM page_rights)) AS page_effectiveness
  FROM page_rights LEFT JOIN page_r ON TRUE`;
    const [row] = (await m.query(sql, values)) as Record<string, unknown>[];
    if (!row?.readable || !row.r_id) return null;
    const json = <T>(v: unknown) => (v ?? []) as T[];
    return {
      route: entitiesFromRaw(sh.route, sh.routePlan, [row])[0]!,
      rights: { owner: row.owner === true, editor: row.editor === true, approver: row.approver === true },
      personShown: row.person_shown === true,
      steps: entitiesFromRaw(sh.steps, sh.stepsPlan, json<Record<string, unknown>>(row.page_steps)),
      mentorShown: new Set(row.page_mentor_shown as string[]),
      events: json<LinkedEventRow>(row.page_events),
      mentorships: json<MentorshipRow>(row.page_mentorships),
      cards: json<PersonCardRow>(row.page_cards),
      // Inside JSON a timestamp is text: the same Date the driver makes of it.
      journal: json<LearningRouteJournalEntryEntity & { authorName: string | null }>(row.page_journal).map((j) => ({ ...j, createdAt: new Date(j.createdAt) })),
      effectiveness: json<Record<string, string | number | null>>(row.page_effectiveness).map(effectivenessFrom),
    };
  }

  /** A route by id (the caller's right to it is checked by the access component), locked for a change with `lock`. */
  async byId(m: EntityManager, id: string, lock = false): Promise<LearningRouteEntity | null> {
    if (!lock) return (await this.routeById.many(m, { id }))[0] ?? null;
    return m.getRepository(LearningRouteEntity).createQueryBuilder('r').where('r.id = :id', { id }).setLock('pessimistic_write', undefined, ['r']).getOne();
  }

  /** Routes of a person the caller may see (with `withShared`, shared ones of the caller's networks too). */
  ofPerson(m: EntityManager, scope: AccessScope, me: string | null, personId: string, withShared: boolean): Promise<LearningRouteEntity[]> {
    return this.routes(m, scope, me, withShared)
      .andWhere('r.person_id = :personId AND r.archived_at IS NULL', { personId })
      .orderBy('r.starts_on', 'DESC')
      .addOrderBy('r.id')
      .limit(50)
      .getMany();
  }

  /**
   * «Диалог в сети»: people whose active routes are shared and visible to the caller (in a common network, or in the
   * staff scope), with their name and workplace (as person names them), the number of such routes and their done
   * steps; in the order asked, the most recently changed first by default. Two statements for any number of rows.
   */
  async sharedTeachers(
    m: EntityManager,
    scope: AccessScope,
    me: string | null,
    search: string | null,
    order: SharedTeacherOrder | undefined,
    page: PageRequest,
  ): Promise<Connection<SharedTeacherRow>> {
    const cond = routeReadCondition(scope, 'r');
    const shared = routeSharedCondition(scope, 'r');
    const qb = m
      .createQueryBuilder()
      .select('sp.id', 'id')
      .addSelect(fullNameSql('sp'), 'full_name')
      .addSelect(mainOrganizationNameSql('sp.id'), 'organization_name')
      .addSelect('count(DISTINCT r.id)::int', 'shared_routes')
      .addSelect(`(count(s.id) FILTER (WHERE s.status = 'DONE'))::int`, 'completed_steps')
      .addSelect('max(r.updated_at)', 'latest_at')
      .from(LearningRouteEntity, 'r')
      .innerJoin('person', 'sp', 'sp.id = r.person_id AND sp.archived_at IS NULL')
      .leftJoin(LearningRouteStepEntity, 's', 's.route_id = r.id')
      .where('r.shared_in_network AND r.archived_at IS NULL AND r.person_id IS NOT NULL')
      .andWhere(`(${cond.sql} OR ${shared.sql})`, { ...cond.params, ...shared.params, callerPersonId: me })
      .groupBy('sp.id');
    if (search?.trim()) {
      qb.andWhere(`${fullNameSql('sp')} ILIKE :sSearch`, { sSearch: `%${escapeLike(search.trim())}%` });
    }
    const [sql, params] = qb.getQueryAndParameters();
    type Raw = { id: string; full_name: string; organization_name: string | null; shared_routes: number; completed_steps: number; latest_at: Date };
    const result = await orderedSqlPage<Raw, SharedTeacherOrderField>(m, { sql, params }, SHARED_ORDER, order ?? SHARED_DEFAULT_ORDER, page);
    return {
      ...result,
      nodes: result.nodes.map((r) => ({
        personId: r.id,
        fullName: r.full_name,
        organizationName: r.organization_name,
        sharedRoutes: r.shared_routes,
        completedSteps: r.completed_steps,
        latestAt: r.latest_at,
      })),
    };
  }

  async insert(m: EntityManager, values: Partial<LearningRouteEntity>): Promise<LearningRouteEntity> {
    const res = await m.getRepository(LearningRouteEntity).insert(values);
    return m.getRepository(LearningRouteEntity).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  async update(m: EntityManager, id: string, values: Partial<LearningRouteEntity>): Promise<LearningRouteEntity> {
    if (Object.keys(values).length) await m.getRepository(LearningRouteEntity).update({ id }, values);
    return m.getRepository(LearningRouteEntity).findOneByOrFail({ id });
  }

  // Competences.
  async setCompetences(m: EntityManager, routeId: string, rows: { competenceId: string; baselineScore: number | null }[]): Promise<void> {
    await m.getRepository(LearningRouteCompetenceEntity).delete({ routeId });
    if (rows.length) await m.getRepository(LearningRouteCompetenceEntity).insert(rows.map((r) => ({ ...r, routeId })));
  }

  async competencesOf(m: EntityManager, routeIds: readonly string[]): Promise<RouteCompetenceRow[]> {
    if (!routeIds.length) return [];
    const rows: (Omit<RouteCompetenceRow, 'baselineScore'> & { baselineScore: string | null })[] = await m.query(
      `SELECT rc.route_id AS "routeId", rc.competence_id AS "competenceId", c.code, c.name, rc.baseline_score AS "baselineScore"
         FROM learning_route_competence rc JOIN competence c ON c.id = rc.competence_id JOIN competence_area ca ON ca.id = c.area_id
        WHERE rc.route_id = ANY($1::uuid[]) ORDER BY ca.position, c.position, c.code`,
      [routeIds],
    );
    return rows.map((r) => ({ ...r, baselineScore: r.baselineScore === null ? null : Number(r.baselineScore) }));
  }

  /** The ids among these that are competences of a published framework. */
  async publishedCompetenceIds(m: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await m.query(
      `SELECT c.id FROM competence c JOIN competency_framework f ON f.id = c.framework_id
        WHERE c.id = ANY($1::uuid[]) AND f.status = 'PUBLISHED' AND f.archived_at IS NULL`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  competenceOptions(m: EntityManager, frameworkCode: string | null): Promise<{ id: string; code: string; name: string; frameworkCode: string; areaName: string }[]> {
    return m.query(
      `SELECT c.id, c.code, c.name, f.code AS "frameworkCode", a.name AS "areaName"
         FROM competence c JOIN competency_framework f ON f.id = c.framework_id JOIN competence_area a ON a.id = c.area_id
        WHERE f.status = 'PUBLISHED' AND f.archived_at IS NULL AND ($1::text IS NULL OR f.code = $1)
        ORDER BY f.code, f.version DESC, a.position, c.position, c.code`,
      [frameworkCode],
    );
  }

  /** Scores of a person in a campaign for these competences, matched by code (the baseline of a route; diagnostics' read model). */
  async baselineScores(m: EntityManager, campaignId: string, personId: string, competenceIds: readonly string[]): Promise<Map<string, number>> {
    if (!competenceIds.length) return new Map();
    const rows: { competence_id: string; score: string }[] = await m.query(
      `SELECT c.id AS competence_id, cur.score
         FROM competence c
         JOIN (${currentResultsSql({ person: '= $2::uuid', campaign: '$1::uuid', code: 'IN (SELECT bc.code FROM competence bc WHERE bc.id = ANY($3::uuid[]))' })}) cur ON cur.code = c.code
        WHERE c.id = ANY($3::uuid[])`,
      [campaignId, personId, competenceIds],
    );
    return new Map(rows.map((r) => [r.competence_id, Number(r.score)]));
  }

  /** The person's current result per competence (diagnostics' read model), where it is a deficit or a proficit (optionally of one campaign). */
  async deficits(m: EntityManager, personId: string, campaignId: string | null): Promise<DeficitRow[]> {
    const rows: (Omit<DeficitRow, 'score'> & { score: string })[] = await m.query(
      `SELECT cur.competence_id AS "competenceId", c.code, c.name, f.code AS "frameworkCode", cur.level, cur.score,
              cur.source, to_char(cur.measured_on, 'YYYY-MM-DD') AS "measuredOn", cur.campaign_id AS "campaignId", dc.name AS "campaignName"
         FROM (${currentResultsSql({ person: '= $1::uuid', campaign: '$2::uuid' })}) cur
         JOIN competence c ON c.id = cur.competence_id JOIN competency_framework f ON f.id = c.framework_id
         JOIN diagnostic_campaign dc ON dc.id = cur.campaign_id
        WHERE cur.level IN ('DEFICIT', 'PROFICIT') ORDER BY cur.level, c.position, c.code`,
      [personId, campaignId],
    );
    return rows.map((r) => ({ ...r, score: Number(r.score) }));
  }

  /**
   * The mentor pool for a person's route: available mentors among people in the staff scope, people of the person's
   * organisations, and people of the accepted members of networks in which one of those organisations is an accepted
   * member. Matching ranks them (route-mentor-source.ts).
   */
  async mentorPool(m: EntityManager, scope: AccessScope, personId: string): Promise<MentorRow[]> {
    const staff = scope.withoutSelf().personCondition('mpe');
    return m
      .createQueryBuilder()
      .select('mpe.id', 'personId')
      .addSelect(fullNameSql('mpe'), 'name')
      .from('mentor_profile', 'mp')
      .innerJoin('person', 'mpe', 'mpe.id = mp.person_id AND mpe.archived_at IS NULL')
      .where('mp.available AND mpe.id <> CAST(:mentee AS uuid)', { mentee: personId })
      .andWhere(
        `(${staff.sql}
          OR EXISTS (SELECT 1 FROM position cp WHERE cp.person_id = mpe.id AND cp.organization_id IN (
                SELECT mo.organization_id FROM position mo WHERE mo.person_id = CAST(:mentee AS uuid)
                UNION SELECT nn.organization_id FROM position mo JOIN network mn ON mn.id IN (${acceptedNetworksOfOrgSql('mo.organization_id', 'mnm')})
                        JOIN LATERAL (${acceptedMemberOrgsSql('mn.id', 'mnx')}) nn ON TRUE
                 WHERE mo.person_id = CAST(:mentee AS uuid))))`,
        staff.params,
      )
      .getRawMany<MentorRow>();
  }

  async competenceCodes(m: EntityManager, ids: readonly string[]): Promise<Map<string, { code: string; name: string }>> {
    if (!ids.length) return new Map();
    const rows: { id: string; code: string; name: string }[] = await m.query('SELECT id, code, name FROM competence WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
  }

  /** Whether the person is a mentee of this mentorship. */
  async inMentorship(m: EntityManager, mentorshipId: string, personId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM mentorship_participant WHERE mentorship_id = $1 AND person_id = $2 AND side = 'MENTEE'`, [mentorshipId, personId]);
    return rows.length > 0;
  }

  /**
   * Mentorships with their programme and mentors: of the given ids, or (with `menteeId`) those where the person is a
   * mentee, the newest first. One statement.
   */
  mentorships(m: EntityManager, by: { ids?: readonly string[]; menteeId?: string }): Promise<MentorshipRow[]> {
    if (!by.menteeId && !by.ids?.length) return Promise.resolve([]);
    return m.query(
      `${MENTORSHIP_SELECT}
        WHERE ($1::uuid[] IS NULL OR ms.id = ANY($1::uuid[]))
          AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM mentorship_participant me WHERE me.mentorship_id = ms.id AND me.person_id = $2 AND me.side = 'MENTEE'))
        ORDER BY ms.starts_on DESC, ms.id
        LIMIT CASE WHEN $2::uuid IS NULL THEN NULL ELSE 100 END`,
      [by.ids ? [...by.ids] : null, by.menteeId ?? null],
    );
  }

  // Steps.
  stepsOf(m: EntityManager, routeIds: readonly string[]): Promise<LearningRouteStepEntity[]> {
    if (!routeIds.length) return Promise.resolve([]);
    return this.stepsOfRoutes.many(m, { ids: [...routeIds] });
  }

  step = (m: EntityManager, id: string) => m.getRepository(LearningRouteStepEntity).findOneBy({ id });

  async insertStep(m: EntityManager, values: Partial<LearningRouteStepEntity>): Promise<LearningRouteStepEntity> {
    const [{ next }]: { next: number }[] = await m.query('SELECT coalesce(max(position) + 1, 0)::int AS next FROM learning_route_step WHERE route_id = $1', [values.routeId]);
    const res = await m.getRepository(LearningRouteStepEntity).insert({ ...values, position: next });
    return m.getRepository(LearningRouteStepEntity).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  linkedEvents(m: EntityManager, ids: readonly string[]): Promise<LinkedEventRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(linkedEventsSql('$1::uuid[]'), [ids]);
  }

  linkedModules(m: EntityManager, ids: readonly string[]): Promise<{ id: string; title: string; hours: number; programId: string; programTitle: string; siteId: string; siteTitle: string }[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(
      `SELECT im.id, im.title, im.hours, p.id AS "programId", p.title AS "programTitle", s.id AS "siteId", s.theme AS "siteTitle"
         FROM internship_module im JOIN internship_program p ON p.id = im.program_id JOIN staging_site s ON s.id = p.site_id
        WHERE im.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  linkedCohorts(m: EntityManager, ids: readonly string[]): Promise<{ id: string; startsOn: string; endsOn: string }[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(`SELECT id, starts_on::text AS "startsOn", ends_on::text AS "endsOn" FROM internship_cohort WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** A module's staging site, and whether the cohort (when given) runs the module's programme; null for no module. */
  async moduleLink(m: EntityManager, moduleId: string, cohortId: string | null): Promise<{ siteId: string; cohortOfProgram: boolean } | null> {
    const rows: { siteId: string; cohortOfProgram: boolean }[] = await m.query(
      `SELECT p.site_id AS "siteId", EXISTS (SELECT 1 FROM internship_cohort c WHERE c.id = $2 AND c.program_id = p.id) AS "cohortOfProgram"
         FROM internship_module im JOIN internship_program p ON p.id = im.program_id WHERE im.id = $1`,
      [moduleId, cohortId],
    );
    return rows[0] ?? null;
  }

  async updateStep(m: EntityManager, id: string, values: Partial<LearningRouteStepEntity>): Promise<LearningRouteStepEntity> {
    if (Object.keys(values).length) await m.getRepository(LearningRouteStepEntity).update({ id }, values);
    return m.getRepository(LearningRouteStepEntity).findOneByOrFail({ id });
  }

  async removeStep(m: EntityManager, id: string): Promise<void> {
    await m.getRepository(LearningRouteStepEntity).delete({ id });
  }

  async setPositions(m: EntityManager, ids: readonly string[]): Promise<void> {
    await m.query('UPDATE learning_route_step s SET position = x.pos - 1 FROM unnest($1::uuid[]) WITH ORDINALITY x(id, pos) WHERE s.id = x.id', [ids]);
  }

  async putFile(m: EntityManager, stepId: string, content: Buffer): Promise<void> {
    await m.getRepository(LearningRouteStepFileEntity).upsert({ stepId, content }, ['stepId']);
  }

  async deleteFile(m: EntityManager, stepId: string): Promise<void> {
    await m.getRepository(LearningRouteStepFileEntity).delete({ stepId });
  }

  file = (m: EntityManager, stepId: string) => m.getRepository(LearningRouteStepFileEntity).findOneBy({ stepId });

  // Journal.
  async addJournal(m: EntityManager, rows: Partial<LearningRouteJournalEntryEntity>[]): Promise<void> {
    if (rows.length) await m.getRepository(LearningRouteJournalEntryEntity).insert(rows);
  }

  journalOf(m: EntityManager, routeIds: readonly string[]): Promise<(LearningRouteJournalEntryEntity & { authorName: string | null })[]> {
    if (!routeIds.length) return Promise.resolve([]);
    return m.query(`${journalSql('$1::uuid[]')} ${JOURNAL_ORDER}`, [routeIds]);
  }

  /**
   * Before and after per targeted competence: the baseline, its level in the baseline campaign, and the owner's
   * current result for the competence's code (diagnostics' read model) when it was measured since the route started
   * in another campaign.
   */
  async effectiveness(m: EntityManager, routeIds: readonly string[]): Promise<(EffectivenessRow & { routeId: string })[]> {
    if (!routeIds.length) return [];
    const rows: Record<string, string | null>[] = await m.query(`${effectivenessSql('$1::uuid[]')} ${EFFECTIVENESS_ORDER}`, [routeIds]);
    return rows.map(effectivenessFrom);
  }

  // Group routes.
  association(m: EntityManager, id: string): Promise<{ id: string; organizationId: string | null; municipalityId: string | null; networkId: string | null } | undefined> {
    return m
      .query('SELECT id, organization_id AS "organizationId", municipality_id AS "municipalityId", network_id AS "networkId" FROM association WHERE id = $1 AND archived_at IS NULL', [id])
      .then((rows: { id: string; organizationId: string | null; municipalityId: string | null; networkId: string | null }[]) => rows[0]);
  }

  associations(m: EntityManager, ids: readonly string[]): Promise<{ id: string; organizationId: string | null; municipalityId: string | null; networkId: string | null }[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query('SELECT id, organization_id AS "organizationId", municipality_id AS "municipalityId", network_id AS "networkId" FROM association WHERE id = ANY($1::uuid[])', [ids]);
  }

  associationNames(m: EntityManager, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query('SELECT id, name FROM association WHERE id = ANY($1::uuid[])', [ids]);
  }

  async mainOrganization(m: EntityManager, personId: string): Promise<string | null> {
    const rows: { id: string | null }[] = await m.query(`SELECT ${mainOrganizationIdSql('$1::uuid')} AS id`, [personId]);
    return rows[0]?.id ?? null;
  }
}
