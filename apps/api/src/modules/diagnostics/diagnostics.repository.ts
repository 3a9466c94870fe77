import { Injectable } from '@nestjs/common';
import { CAMPAIGN_MODE_LABELS, CAMPAIGN_SCOPE_KIND_LABELS, CAMPAIGN_STATUS_LABELS, CampaignStatus, ResponseRole, ResponseStatus, ResultSource, CompetenceLevel } from '@metodset/shared';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { campaignOrgsSql, campaignVisible, participantVisible } from '../../common/access/rules/diagnostics.rules';
import { Connection } from '../../common/pagination/connection';
import { byLabel, orderedPage, OrderColumns, PageRequest, SortDirection } from '../../common/pagination/order';
import { escapeLike } from '../organization/organization.repository';
import { fullNameSql } from '../person/person.sql';
import { CompetenceResultEntity } from './competence-result.entity';
import { DiagnosticCampaignOrganizationEntity } from './diagnostic-campaign-organization.entity';
import { DiagnosticCampaignEntity } from './diagnostic-campaign.entity';
import { DiagnosticParticipantEntity } from './diagnostic-participant.entity';
import { AnswerValue, DiagnosticResponseEntity } from './diagnostic-response.entity';
import { CampaignFilter, CampaignOrder, CampaignOrderField, ParticipantFilter, ParticipantOrder, ParticipantOrderField, ResultFilter, ResultOrder, ResultOrderField } from './dto/diagnostics.args';
import { ImportOrganization, ImportPerson } from './import-rows';
import { ScoringItem, ScoringRule } from './scoring';

/** Runs SQL with named parameters (`:name`), as the access conditions are written. */
async function query<T>(m: EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const [text, values] = m.connection.driver.escapeQueryWithParameters(sql, params);
  return (await m.query(text, values)) as T[];
}

const submitted = (role: string) => `(SELECT count(*) FROM diagnostic_response cor JOIN diagnostic_participant cop ON cop.id = cor.participant_id
   WHERE cop.campaign_id = c.id AND cor.role = '${role}' AND cor.status = 'SUBMITTED')`;
const CAMPAIGN_ORDER: OrderColumns<CampaignOrderField> = {
  NAME: { sql: 'c.name', type: 'text' },
  MODE: { sql: byLabel('c.mode', CAMPAIGN_MODE_LABELS), type: 'text' },
  // As the list shows it: the network, the municipality, or the kind of scope.
  SCOPE: {
    sql: `COALESCE((SELECT con.name FROM network con WHERE con.id = c.network_id), (SELECT com.name FROM municipality com WHERE com.id = c.municipality_id),
                   ${byLabel('c.scope_kind', CAMPAIGN_SCOPE_KIND_LABELS)})`,
    type: 'text',
  },
  OPENS_ON: { sql: 'c.opens_on', type: 'date' },
  STATUS: { sql: byLabel('c.status', CAMPAIGN_STATUS_LABELS), type: 'text' },
  PARTICIPANTS: { sql: '(SELECT count(*) FROM diagnostic_participant cop WHERE cop.campaign_id = c.id)', type: 'int' },
  // The largest of self-assessments, expert assessments and people with results, as the list shows it.
  SUBMITTED: {
    sql: `GREATEST(${submitted('SELF')}, ${submitted('EXPERT')}, (SELECT count(DISTINCT cocr.person_id) FROM competence_result cocr WHERE cocr.campaign_id = c.id))`,
    type: 'int',
  },
};
const CAMPAIGN_DEFAULT_ORDER: CampaignOrder = { field: CampaignOrderField.OPENS_ON, direction: SortDirection.DESC };
const PERSON_NAME = fullNameSql('pe');
const PARTICIPANT_ORGANIZATION = '(SELECT coalesce(poo.short_name, poo.name) FROM organization poo WHERE poo.id = p.organization_id)';
/** A response's progress: none 0, draft 1, submitted 2. */
const progress = (role: string) =>
  `(SELECT CASE prr.status WHEN 'SUBMITTED' THEN 2 WHEN 'DRAFT' THEN 1 ELSE 0 END FROM diagnostic_response prr WHERE prr.participant_id = p.id AND prr.role = '${role}')`;
const PARTICIPANT_ORDER: OrderColumns<ParticipantOrderField> = {
  NAME: { sql: PERSON_NAME, type: 'text' },
  ORGANIZATION: { sql: PARTICIPANT_ORGANIZATION, type: 'text' },
  SELF_STATUS: { sql: progress('SELF'), type: 'int', nulls: 0 },
  EXPERT_STATUS: { sql: progress('EXPERT'), type: 'int', nulls: 0 },
};
const RESULT_ORDER: OrderColumns<ResultOrderField> = {
  NAME: { sql: PERSON_NAME, type: 'text' },
  ORGANIZATION: { sql: PARTICIPANT_ORGANIZATION, type: 'text' },
};

export interface CampaignStats {
  campaignId: string;
  instrumentName: string;
  networkName: string | null;
  municipalityName: string | null;
  organizationIds: string[];
  organizations: { id: string; name: string }[];
  participants: number;
  selfSubmitted: number;
  expertSubmitted: number;
  withResults: number;
}

export interface ParticipantRow {
  id: string;
  campaignId: string;
  personId: string;
  organizationId: string;
  fullName: string;
  organizationName: string;
  selfStatus: ResponseStatus | null;
  selfSubmittedAt: Date | null;
  expertStatus: ResponseStatus | null;
  expertSubmittedAt: Date | null;
}

export interface ResultRow {
  campaignId: string;
  personId: string;
  competenceId: string;
  competenceCode: string;
  competenceName: string;
  source: ResultSource;
  score: number;
  level: CompetenceLevel;
  measuredOn: string;
}

export interface ItemRow extends ScoringItem {
  text: string;
  competenceCode: string;
  competenceName: string;
}

export interface MyParticipationRow {
  participantId: string;
  campaignId: string;
  campaignName: string;
  instrumentName: string;
  mode: DiagnosticCampaignEntity['mode'];
  opensOn: string;
  closesOn: string;
  status: CampaignStatus;
  selfStatus: ResponseStatus | null;
  selfSubmittedAt: Date | null;
}

export interface AudienceFilter {
  organizationIds: readonly string[];
  maxExperienceYears: number | null;
  subjects: readonly string[];
}

@Injectable()
export class DiagnosticsRepository {
  // Campaigns.
  /** Campaigns the caller sees (the rule `campaign.read`). */
  private campaigns(m: EntityManager, scope: AccessScope, callerPersonId: string | null): SelectQueryBuilder<DiagnosticCampaignEntity> {
    const cond = campaignVisible(scope, 'c');
    return m.getRepository(DiagnosticCampaignEntity).createQueryBuilder('c').where(cond.sql, { ...cond.params, callerPersonId });
  }

  pageCampaigns(m: EntityManager, scope: AccessScope, callerPersonId: string | null, f: CampaignFilter | undefined, order: CampaignOrder | undefined, page: PageRequest): Promise<Connection<DiagnosticCampaignEntity>> {
    const qb = this.campaigns(m, scope, callerPersonId);
    if (!f?.includeArchived) qb.andWhere('c.archived_at IS NULL');
    if (f?.status) qb.andWhere('c.status = :fStatus', { fStatus: f.status });
    if (f?.instrumentId) qb.andWhere('c.instrument_id = :fInstrument', { fInstrument: f.instrumentId });
    if (f?.search?.trim()) qb.andWhere('c.name ILIKE :fSearch', { fSearch: `%${escapeLike(f.search.trim())}%` });
    return orderedPage(qb, 'c.id', CAMPAIGN_ORDER, order ?? CAMPAIGN_DEFAULT_ORDER, page);
  }

  findCampaign(m: EntityManager, scope: AccessScope, callerPersonId: string | null, id: string, lock = false): Promise<DiagnosticCampaignEntity | null> {
    const qb = this.campaigns(m, scope, callerPersonId).andWhere('c.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['c']);
    return qb.getOne();
  }

  campaignById = (m: EntityManager, id: string) => m.getRepository(DiagnosticCampaignEntity).findOneBy({ id });

  async insertCampaign(m: EntityManager, values: Partial<DiagnosticCampaignEntity>, organizationIds: readonly string[]): Promise<DiagnosticCampaignEntity> {
    const res = await m.getRepository(DiagnosticCampaignEntity).insert(values);
    const id = (res.identifiers[0] as { id: string }).id;
    await this.replaceOrganizations(m, id, organizationIds);
    return m.getRepository(DiagnosticCampaignEntity).findOneByOrFail({ id });
  }

  async updateCampaign(m: EntityManager, id: string, values: Partial<DiagnosticCampaignEntity>): Promise<DiagnosticCampaignEntity> {
    if (Object.keys(values).length) await m.getRepository(DiagnosticCampaignEntity).update({ id }, values);
    return m.getRepository(DiagnosticCampaignEntity).findOneByOrFail({ id });
  }

  async replaceOrganizations(m: EntityManager, campaignId: string, organizationIds: readonly string[]): Promise<void> {
    await m.getRepository(DiagnosticCampaignOrganizationEntity).delete({ campaignId });
    if (organizationIds.length) await m.getRepository(DiagnosticCampaignOrganizationEntity).insert(organizationIds.map((organizationId) => ({ campaignId, organizationId })));
  }

  /** Names, organisations and counters of these campaigns: one statement. */
  async stats(m: EntityManager, ids: readonly string[]): Promise<Map<string, CampaignStats>> {
    if (!ids.length) return new Map();
    const rows: CampaignStats[] = await m.query(
      `SELECT c.id AS "campaignId", i.name || ' (в. ' || i.version || ')' AS "instrumentName", n.name AS "networkName", mu.name AS "municipalityName",
              coalesce((SELECT array_agg(dco.organization_id::text ORDER BY dco.organization_id) FROM diagnostic_campaign_organization dco WHERE dco.campaign_id = c.id), '{}') AS "organizationIds",
              coalesce((SELECT json_agg(json_build_object('id', o.id, 'name', coalesce(o.short_name, o.name)) ORDER BY o.name) FROM diagnostic_campaign_organization dco
                         JOIN organization o ON o.id = dco.organization_id WHERE dco.campaign_id = c.id), '[]') AS organizations,
              (SELECT count(*)::int FROM diagnostic_participant p WHERE p.campaign_id = c.id) AS participants,
              (SELECT count(*)::int FROM diagnostic_response r JOIN diagnostic_participant p ON p.id = r.participant_id
                WHERE p.campaign_id = c.id AND r.role = 'SELF' AND r.status = 'SUBMITTED') AS "selfSubmitted",
              (SELECT count(*)::int FROM diagnostic_response r JOIN diagnostic_participant p ON p.id = r.participant_id
                WHERE p.campaign_id = c.id AND r.role = 'EXPERT' AND r.status = 'SUBMITTED') AS "expertSubmitted",
              (SELECT count(DISTINCT cr.person_id)::int FROM competence_result cr WHERE cr.campaign_id = c.id) AS "withResults"
         FROM diagnostic_campaign c JOIN diagnostic_instrument i ON i.id = c.instrument_id
         LEFT JOIN network n ON n.id = c.network_id LEFT JOIN municipality mu ON mu.id = c.municipality_id
        WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.campaignId, r]));
  }

  async organizationsOf(m: EntityManager, campaignId: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT DISTINCT x.organization_id AS id FROM diagnostic_campaign c, LATERAL ${campaignOrgsSql('c')} AS x(organization_id) WHERE c.id = $1`,
      [campaignId],
    );
    return rows.map((r) => r.id);
  }

  /** Published, non-archived instruments for a campaign's set-up (read from the bank's tables). */
  instrumentOptions(m: EntityManager): Promise<{ id: string; code: string; version: number; name: string; itemsCount: number }[]> {
    return m.query(
      `SELECT i.id, i.code, i.version, i.name, (SELECT count(*)::int FROM diagnostic_item it WHERE it.instrument_id = i.id) AS "itemsCount"
         FROM diagnostic_instrument i WHERE i.status = 'PUBLISHED' AND i.archived_at IS NULL ORDER BY i.name, i.version DESC LIMIT 500`,
    );
  }

  /** Published instrument (id, status) or null. */
  async instrument(m: EntityManager, id: string): Promise<{ id: string; status: string; archived: boolean } | null> {
    const rows: { id: string; status: string; archived: boolean }[] = await m.query(
      `SELECT id, status, archived_at IS NOT NULL AS archived FROM diagnostic_instrument WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** People matching the audience with their main workplace among the organisations; archived people are left out. */
  async audience(m: EntityManager, a: AudienceFilter): Promise<{ personId: string; organizationId: string }[]> {
    if (!a.organizationIds.length) return [];
    return m.query(
      `SELECT DISTINCT ON (pe.id) pe.id AS "personId", po.organization_id AS "organizationId"
         FROM person pe JOIN position po ON po.person_id = pe.id AND po.organization_id = ANY($1::uuid[])
        WHERE pe.archived_at IS NULL
          AND ($2::int IS NULL OR (pe.experience_years IS NOT NULL AND pe.experience_years <= $2::int))
          AND (cardinality($3::text[]) = 0 OR EXISTS (SELECT 1 FROM unnest(pe.subjects) s WHERE lower(s) = ANY(SELECT lower(x) FROM unnest($3::text[]) x)))
        ORDER BY pe.id, po.is_main DESC, po.created_at`,
      [a.organizationIds, a.maxExperienceYears, a.subjects],
    );
  }

  async insertParticipants(m: EntityManager, campaignId: string, rows: readonly { personId: string; organizationId: string }[]): Promise<void> {
    if (rows.length) await m.getRepository(DiagnosticParticipantEntity).insert(rows.map((r) => ({ campaignId, ...r })));
  }

  // Participants.
  /** The campaign's participants the caller sees (the rule `participant.read`). */
  private participantRows(m: EntityManager, scope: AccessScope, callerPersonId: string | null, campaignId: string): SelectQueryBuilder<DiagnosticParticipantEntity> {
    const cond = participantVisible(scope, 'pc', 'p.person_id', 'p.organization_id');
    return m
      .getRepository(DiagnosticParticipantEntity)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.person', 'pe')
      .innerJoin(DiagnosticCampaignEntity, 'pc', 'pc.id = p.campaign_id')
      .where('p.campaign_id = :campaignId', { campaignId })
      .andWhere(cond.sql, { ...cond.params, callerPersonId });
  }

  async pageParticipants(
    m: EntityManager,
    scope: AccessScope,
    callerPersonId: string | null,
    campaignId: string,
    f: ParticipantFilter | undefined,
    order: ParticipantOrder | undefined,
    request: PageRequest,
  ): Promise<Connection<ParticipantRow>> {
    const qb = this.participantRows(m, scope, callerPersonId, campaignId);
    if (f?.organizationId) qb.andWhere('p.organization_id = :fOrg', { fOrg: f.organizationId });
    if (f?.search?.trim()) qb.andWhere(`${PERSON_NAME} ILIKE :fSearch`, { fSearch: `%${escapeLike(f.search.trim())}%` });
    const page = await orderedPage(qb, 'p.id', PARTICIPANT_ORDER, order ?? { field: ParticipantOrderField.NAME, direction: SortDirection.ASC }, request);
    return { ...page, nodes: await this.participantDetails(m, page.nodes.map((n) => n.id)) };
  }

  /** Participants with names and response states, in the order of the ids: one statement. */
  async participantDetails(m: EntityManager, ids: readonly string[]): Promise<ParticipantRow[]> {
    if (!ids.length) return [];
    const rows: ParticipantRow[] = await m.query(
      `SELECT p.id, p.campaign_id AS "campaignId", p.person_id AS "personId", p.organization_id AS "organizationId",
              ${fullNameSql('pe')} AS "fullName", coalesce(o.short_name, o.name) AS "organizationName",
              rs.status AS "selfStatus", rs.submitted_at AS "selfSubmittedAt", re.status AS "expertStatus", re.submitted_at AS "expertSubmittedAt"
         FROM diagnostic_participant p JOIN person pe ON pe.id = p.person_id JOIN organization o ON o.id = p.organization_id
         LEFT JOIN diagnostic_response rs ON rs.participant_id = p.id AND rs.role = 'SELF'
         LEFT JOIN diagnostic_response re ON re.participant_id = p.id AND re.role = 'EXPERT'
        WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
    const by = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => (by.has(id) ? [by.get(id)!] : []));
  }

  async participant(m: EntityManager, id: string, lock = false): Promise<DiagnosticParticipantEntity | null> {
    const qb = m.getRepository(DiagnosticParticipantEntity).createQueryBuilder('p').where('p.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['p']);
    return qb.getOne();
  }

  participantOf = (m: EntityManager, campaignId: string, personId: string) => m.getRepository(DiagnosticParticipantEntity).findOneBy({ campaignId, personId });

  /** The caller's participations in open campaigns. */
  myParticipations(m: EntityManager, personId: string): Promise<MyParticipationRow[]> {
    return m.query(
      `SELECT p.id AS "participantId", c.id AS "campaignId", c.name AS "campaignName", i.name AS "instrumentName", c.mode,
              to_char(c.opens_on, 'YYYY-MM-DD') AS "opensOn", to_char(c.closes_on, 'YYYY-MM-DD') AS "closesOn", c.status,
              r.status AS "selfStatus", r.submitted_at AS "selfSubmittedAt"
         FROM diagnostic_participant p JOIN diagnostic_campaign c ON c.id = p.campaign_id JOIN diagnostic_instrument i ON i.id = c.instrument_id
         LEFT JOIN diagnostic_response r ON r.participant_id = p.id AND r.role = 'SELF'
        WHERE p.person_id = $1 AND c.status = 'OPEN' AND c.archived_at IS NULL
        ORDER BY c.closes_on, c.name`,
      [personId],
    );
  }

  // Instrument (read only).
  async items(m: EntityManager, instrumentId: string): Promise<ItemRow[]> {
    const rows: (ItemRow & { weight: string })[] = await m.query(
      `SELECT it.id, it.position, it.competence_id AS "competenceId", it.kind, it.text, it.scale_min AS "scaleMin", it.scale_max AS "scaleMax",
              it.options, it.weight, co.code AS "competenceCode", co.name AS "competenceName"
         FROM diagnostic_item it JOIN competence co ON co.id = it.competence_id
        WHERE it.instrument_id = $1 ORDER BY it.position`,
      [instrumentId],
    );
    return rows.map((r) => ({ ...r, weight: Number(r.weight) }));
  }

  async rules(m: EntityManager, instrumentId: string): Promise<(ScoringRule & { competenceCode: string })[]> {
    const rows: { competenceId: string; competenceCode: string; aggregation: ScoringRule['aggregation']; deficitBelow: string; proficitFrom: string }[] = await m.query(
      `SELECT r.competence_id AS "competenceId", co.code AS "competenceCode", r.aggregation, r.deficit_below AS "deficitBelow", r.proficit_from AS "proficitFrom"
         FROM diagnostic_scoring_rule r JOIN competence co ON co.id = r.competence_id
        WHERE r.instrument_id = $1 ORDER BY co.position, co.code`,
      [instrumentId],
    );
    return rows.map((r) => ({ ...r, deficitBelow: Number(r.deficitBelow), proficitFrom: Number(r.proficitFrom) }));
  }

  // Responses.
  responsesOf = (m: EntityManager, participantId: string) => m.getRepository(DiagnosticResponseEntity).findBy({ participantId });

  async saveResponse(m: EntityManager, participantId: string, role: ResponseRole, values: { answers: Record<string, AnswerValue>; status: ResponseStatus; respondentAccountId: string; submittedAt: Date | null }): Promise<DiagnosticResponseEntity> {
    await m
      .createQueryBuilder()
      .insert()
      .into(DiagnosticResponseEntity)
      .values({ participantId, role, ...values })
      .orUpdate(['answers', 'status', 'respondent_account_id', 'submitted_at', 'updated_at'], ['participant_id', 'role'])
      .execute();
    return m.getRepository(DiagnosticResponseEntity).findOneByOrFail({ participantId, role });
  }

  // Results.
  async upsertResults(m: EntityManager, rows: readonly Omit<CompetenceResultEntity, 'id' | 'createdAt' | 'campaign' | 'person' | 'competence'>[]): Promise<void> {
    if (!rows.length) return;
    await m
      .createQueryBuilder()
      .insert()
      .into(CompetenceResultEntity)
      .values(rows.map((r) => ({ ...r })))
      .orUpdate(['source', 'score', 'level', 'measured_on'], ['campaign_id', 'person_id', 'competence_id'])
      .execute();
  }

  /** Results of these people in one campaign: one statement. */
  resultsOf(m: EntityManager, campaignId: string, personIds: readonly string[]): Promise<ResultRow[]> {
    if (!personIds.length) return Promise.resolve([]);
    return m.query(
      `SELECT cr.campaign_id AS "campaignId", cr.person_id AS "personId", cr.competence_id AS "competenceId", co.code AS "competenceCode", co.name AS "competenceName",
              cr.source, cr.score::float AS score, cr.level, to_char(cr.measured_on, 'YYYY-MM-DD') AS "measuredOn"
         FROM competence_result cr JOIN competence co ON co.id = cr.competence_id
        WHERE cr.campaign_id = $1 AND cr.person_id = ANY($2::uuid[]) ORDER BY co.position, co.code`,
      [campaignId, personIds],
    );
  }

  /** People of a campaign with results, paged by name, narrowed like participants. */
  async pageResultPeople(
    m: EntityManager,
    scope: AccessScope,
    callerPersonId: string | null,
    campaignId: string,
    f: ResultFilter | undefined,
    order: ResultOrder | undefined,
    request: PageRequest,
  ) {
    const qb = this.participantRows(m, scope, callerPersonId, campaignId).andWhere('EXISTS (SELECT 1 FROM competence_result cr WHERE cr.campaign_id = p.campaign_id AND cr.person_id = p.person_id)');
    if (f?.organizationId) qb.andWhere('p.organization_id = :fOrg', { fOrg: f.organizationId });
    if (f?.competenceId && f.level) {
      qb.andWhere('EXISTS (SELECT 1 FROM competence_result fr WHERE fr.campaign_id = p.campaign_id AND fr.person_id = p.person_id AND fr.competence_id = :fComp AND fr.level = :fLevel)', { fComp: f.competenceId, fLevel: f.level });
    } else if (f?.level) {
      qb.andWhere('EXISTS (SELECT 1 FROM competence_result fr WHERE fr.campaign_id = p.campaign_id AND fr.person_id = p.person_id AND fr.level = :fLevel)', { fLevel: f.level });
    }
    if (f?.search?.trim()) qb.andWhere(`${PERSON_NAME} ILIKE :fSearch`, { fSearch: `%${escapeLike(f.search.trim())}%` });
    const page = await orderedPage(qb, 'p.id', RESULT_ORDER, order ?? { field: ResultOrderField.NAME, direction: SortDirection.ASC }, request);
    const details = await this.participantDetails(m, page.nodes.map((n) => n.id));
    return { ...page, nodes: details };
  }

  // Import.
  importOrganizations(m: EntityManager, ids: readonly string[]): Promise<ImportOrganization[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(`SELECT id, inn, name, short_name AS "shortName" FROM organization WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** People of these organisations whose external id or full name is among the keys (not archived). */
  importPeople(m: EntityManager, organizationIds: readonly string[], keys: readonly string[]): Promise<ImportPerson[]> {
    if (!organizationIds.length || !keys.length) return Promise.resolve([]);
    return m.query(
      `SELECT pe.id, pe.external_id AS "externalId", ${fullNameSql('pe')} AS "fullName",
              array_agg(DISTINCT po.organization_id::text) AS "organizationIds"
         FROM person pe JOIN position po ON po.person_id = pe.id AND po.organization_id = ANY($1::uuid[])
        WHERE pe.archived_at IS NULL
          AND (pe.external_id = ANY($2::text[])
               OR lower(replace(${fullNameSql('pe')}, 'ё', 'е')) = ANY($3::text[]))
        GROUP BY pe.id`,
      [organizationIds, [...new Set(keys)], [...new Set(keys.map((k) => k.trim().replace(/\s+/g, ' ').toLowerCase().replace(/ё/g, 'е')))]],
    );
  }

  async existingResults(m: EntityManager, campaignId: string): Promise<Set<string>> {
    const rows: { k: string }[] = await m.query(`SELECT person_id || '|' || competence_id AS k FROM competence_result WHERE campaign_id = $1`, [campaignId]);
    return new Set(rows.map((r) => r.k));
  }

  /** A campaign's results: `personId|competenceId` → score. */
  async resultScores(m: EntityManager, campaignId: string): Promise<Map<string, number>> {
    const rows: { k: string; score: number }[] = await m.query(`SELECT person_id || '|' || competence_id AS k, score::float AS score FROM competence_result WHERE campaign_id = $1`, [campaignId]);
    return new Map(rows.map((r) => [r.k, r.score]));
  }

  async participantPeople(m: EntityManager, campaignId: string): Promise<Set<string>> {
    const rows: { id: string }[] = await m.query(`SELECT person_id AS id FROM diagnostic_participant WHERE campaign_id = $1`, [campaignId]);
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Results of one person, latest first, in the campaigns where the caller may see them (the rule `participant.read`
   * for the person's participation; results imported without a participant follow `results.read`).
   */
  personResults(m: EntityManager, scope: AccessScope, callerPersonId: string | null, personId: string): Promise<(ResultRow & { campaignName: string })[]> {
    const cond = participantVisible(scope, 'c', 'cr.person_id', 'dp.organization_id');
    return query(
      m,
      `SELECT cr.campaign_id AS "campaignId", c.name AS "campaignName", cr.person_id AS "personId", cr.competence_id AS "competenceId", co.code AS "competenceCode",
              co.name AS "competenceName", cr.source, cr.score::float AS score, cr.level, to_char(cr.measured_on, 'YYYY-MM-DD') AS "measuredOn"
         FROM competence_result cr JOIN competence co ON co.id = cr.competence_id JOIN diagnostic_campaign c ON c.id = cr.campaign_id
         LEFT JOIN diagnostic_participant dp ON dp.campaign_id = cr.campaign_id AND dp.person_id = cr.person_id
        WHERE cr.person_id = CAST(:personId AS uuid) AND ${cond.sql}
        ORDER BY cr.measured_on DESC, c.name, co.position, co.code LIMIT 2000`,
      { ...cond.params, callerPersonId, personId },
    );
  }
}
