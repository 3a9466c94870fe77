import { Injectable } from '@nestjs/common';
import { SyncEntityType } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';

export interface HeldOrganization {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  inn: string | null;
  municipalityId: string;
  address: string | null;
  email: string | null;
  website: string | null;
  archived: boolean;
  inScope: boolean;
}

export interface HeldPerson {
  id: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  snils: string | null;
  email: string | null;
  phone: string | null;
  subjects: string[];
  experienceYears: number | null;
  qualificationCategory: string;
  archived: boolean;
  inScope: boolean;
}

export interface HeldPosition {
  personId: string;
  organizationId: string;
  kind: string;
  title: string | null;
  ended: boolean;
}

export interface OrganizationWrite {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  inn: string | null;
  municipalityId: string;
  address: string | null;
  email: string | null;
  website: string | null;
  archived: boolean;
}

export interface PersonWrite {
  id: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  snils: string | null;
  email: string | null;
  phone: string | null;
  subjects: string[];
  experienceYears: number | null;
  qualificationCategory: string;
  archived: boolean;
}

export interface PositionWrite {
  personId: string;
  organizationId: string;
  kind: string;
  title: string | null;
}

export interface Mapping {
  externalId: string;
  entityId: string;
}

const json = (rows: object[]) => JSON.stringify(rows);
const ORG_RECORD = `r(id uuid, name text, short_name text, kind text, inn text, municipality_id uuid, address text, email text, website text, archived boolean)`;
const PERSON_RECORD = `r(id uuid, last_name text, first_name text, middle_name text, birth_date date, snils text, email text, phone text, subjects text[],
  experience_years int, qualification_category text, archived boolean)`;

const orgRow = (o: OrganizationWrite) => ({
  id: o.id,
  name: o.name,
  short_name: o.shortName,
  kind: o.kind,
  inn: o.inn,
  municipality_id: o.municipalityId,
  address: o.address,
  email: o.email,
  website: o.website,
  archived: o.archived,
});
const personRow = (p: PersonWrite) => ({
  id: p.id,
  last_name: p.lastName,
  first_name: p.firstName,
  middle_name: p.middleName,
  birth_date: p.birthDate,
  snils: p.snils,
  email: p.email,
  phone: p.phone,
  subjects: p.subjects,
  experience_years: p.experienceYears,
  qualification_category: p.qualificationCategory,
  archived: p.archived,
});

/** All SQL of the bulk sync: batched look-ups (one statement per kind of key) and set-based writes. */
@Injectable()
export class SyncRepository {
  /** One sync of a source at a time: a repeated request waits and then finds what the first one wrote. */
  async takeTurn(m: EntityManager, sourceId: string): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('metodset:sync:' || $1))`, [sourceId]);
  }

  async mappings(m: EntityManager, sourceId: string, type: SyncEntityType, externalIds: string[]): Promise<Mapping[]> {
    if (!externalIds.length) return [];
    const rows: { external_id: string; entity_id: string }[] = await m.query(
      `SELECT external_id, entity_id FROM sync_external_id WHERE source_id = $1 AND entity_type = $2 AND external_id = ANY($3::text[])`,
      [sourceId, type, externalIds],
    );
    return rows.map((r) => ({ externalId: r.external_id, entityId: r.entity_id }));
  }

  /** The source's external ids of these rows (a row matched by ИНН or e-mail may already carry another id). */
  async mappingsOfRows(m: EntityManager, sourceId: string, type: SyncEntityType, ids: string[]): Promise<Mapping[]> {
    if (!ids.length) return [];
    const rows: { external_id: string; entity_id: string }[] = await m.query(
      `SELECT external_id, entity_id FROM sync_external_id WHERE source_id = $1 AND entity_type = $2 AND entity_id = ANY($3::uuid[])`,
      [sourceId, type, ids],
    );
    return rows.map((r) => ({ externalId: r.external_id, entityId: r.entity_id }));
  }

  async addMappings(m: EntityManager, sourceId: string, type: SyncEntityType, rows: Mapping[]): Promise<void> {
    if (!rows.length) return;
    await m.query(
      `INSERT INTO sync_external_id (source_id, entity_type, external_id, entity_id)
       SELECT $1, $2, r.external_id, r.entity_id FROM jsonb_to_recordset($3::jsonb) AS r(external_id text, entity_id uuid)
       ON CONFLICT DO NOTHING`,
      [sourceId, type, json(rows.map((r) => ({ external_id: r.externalId, entity_id: r.entityId })))],
    );
  }

  /** Municipalities among these ids that the scope covers. */
  async municipalitiesInScope(m: EntityManager, scope: AccessScope, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const cond = scope.municipalityCondition('mu.id');
    const rows = await m
      .createQueryBuilder()
      .select('mu.id', 'id')
      .from('municipality', 'mu')
      .where(`mu.id = ANY(CAST(:ids AS uuid[])) AND ${cond.sql}`, { ids, ...cond.params })
      .getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }

  /** Municipalities in the scope by OKTMO: OKTMO → id (one outside the scope is not there, as a missing one). */
  async municipalitiesByOktmo(m: EntityManager, scope: AccessScope, oktmos: string[]): Promise<Map<string, string>> {
    if (!oktmos.length) return new Map();
    const cond = scope.municipalityCondition('mu.id');
    const rows = await m
      .createQueryBuilder()
      .select(['mu.id AS id', 'mu.oktmo AS oktmo'])
      .from('municipality', 'mu')
      .where(`mu.oktmo = ANY(CAST(:oktmos AS text[])) AND mu.archived_at IS NULL AND ${cond.sql}`, { oktmos, ...cond.params })
      .getRawMany<{ id: string; oktmo: string }>();
    return new Map(rows.map((r) => [r.oktmo, r.id]));
  }

  /** Organisations by id or ИНН, each with whether the scope covers it. */
  async organizations(m: EntityManager, scope: AccessScope, ids: string[], inns: string[]): Promise<HeldOrganization[]> {
    if (!ids.length && !inns.length) return [];
    const cond = scope.organizationCondition('o');
    const rows = await m
      .createQueryBuilder()
      .select(['o.id AS id', 'o.name AS name', 'o.short_name AS short_name', 'CAST(o.kind AS text) AS kind', 'o.inn AS inn', 'o.municipality_id AS municipality_id'])
      .addSelect(['o.address AS address', 'o.email AS email', 'o.website AS website', '(o.archived_at IS NOT NULL) AS archived'])
      .addSelect(`(${cond.sql})`, 'in_scope')
      .from('organization', 'o')
      .where('(o.id = ANY(CAST(:ids AS uuid[])) OR o.inn = ANY(CAST(:inns AS text[])))', { ids, inns, ...cond.params })
      .getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({
      id: r['id'] as string,
      name: r['name'] as string,
      shortName: r['short_name'] as string | null,
      kind: r['kind'] as string,
      inn: r['inn'] as string | null,
      municipalityId: r['municipality_id'] as string,
      address: r['address'] as string | null,
      email: r['email'] as string | null,
      website: r['website'] as string | null,
      archived: r['archived'] as boolean,
      inScope: r['in_scope'] as boolean,
    }));
  }

  /** People by id, e-mail or СНИЛС, each with whether the scope covers it. */
  async people(m: EntityManager, scope: AccessScope, ids: string[], emails: string[], snilses: string[]): Promise<HeldPerson[]> {
    if (!ids.length && !emails.length && !snilses.length) return [];
    const cond = scope.personCondition('p');
    const rows = await m
      .createQueryBuilder()
      .select(['p.id AS id', 'p.last_name AS last_name', 'p.first_name AS first_name', 'p.middle_name AS middle_name'])
      .addSelect(`to_char(p.birth_date, 'YYYY-MM-DD')`, 'birth_date')
      .addSelect(['p.snils AS snils', 'p.email AS email', 'p.phone AS phone', 'p.subjects AS subjects', 'p.experience_years AS experience_years'])
      .addSelect('CAST(p.qualification_category AS text)', 'qualification_category')
      .addSelect('(p.archived_at IS NOT NULL)', 'archived')
      .addSelect(`(${cond.sql})`, 'in_scope')
      .from('person', 'p')
      .where('(p.id = ANY(CAST(:ids AS uuid[])) OR p.email = ANY(CAST(:emails AS text[])) OR p.snils = ANY(CAST(:snilses AS text[])))', { ids, emails, snilses, ...cond.params })
      .getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({
      id: r['id'] as string,
      lastName: r['last_name'] as string,
      firstName: r['first_name'] as string,
      middleName: r['middle_name'] as string | null,
      birthDate: r['birth_date'] as string | null,
      snils: r['snils'] as string | null,
      email: r['email'] as string | null,
      phone: r['phone'] as string | null,
      subjects: [...((r['subjects'] as string[]) ?? [])].sort(),
      experienceYears: r['experience_years'] as number | null,
      qualificationCategory: r['qualification_category'] as string,
      archived: r['archived'] as boolean,
      inScope: r['in_scope'] as boolean,
    }));
  }

  async positions(m: EntityManager, personIds: string[]): Promise<HeldPosition[]> {
    if (!personIds.length) return [];
    const rows: { person_id: string; organization_id: string; kind: string; title: string | null; ended: boolean }[] = await m.query(
      `SELECT person_id, organization_id, kind::text AS kind, title, ended_on IS NOT NULL AS ended FROM position WHERE person_id = ANY($1::uuid[])`,
      [personIds],
    );
    return rows.map((r) => ({ personId: r.person_id, organizationId: r.organization_id, kind: r.kind, title: r.title, ended: r.ended }));
  }

  async insertOrganizations(m: EntityManager, rows: OrganizationWrite[]): Promise<void> {
    if (!rows.length) return;
    await m.query(
      `INSERT INTO organization (id, name, short_name, kind, inn, municipality_id, address, email, website, archived_at)
       SELECT id, name, short_name, kind::organization_kind, inn, municipality_id, address, email, website, CASE WHEN archived THEN now() END
         FROM jsonb_to_recordset($1::jsonb) AS ${ORG_RECORD}`,
      [json(rows.map(orgRow))],
    );
  }

  async updateOrganizations(m: EntityManager, rows: OrganizationWrite[]): Promise<void> {
    if (!rows.length) return;
    await m.query(
      `UPDATE organization o SET name = r.name, short_name = r.short_name, kind = r.kind::organization_kind, inn = r.inn,
              municipality_id = r.municipality_id, address = r.address, email = r.email, website = r.website,
              archived_at = CASE WHEN r.archived THEN coalesce(o.archived_at, now()) END, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS ${ORG_RECORD}
        WHERE o.id = r.id`,
      [json(rows.map(orgRow))],
    );
  }

  async insertPeople(m: EntityManager, rows: PersonWrite[]): Promise<void> {
    if (!rows.length) return;
    await m.query(
      `INSERT INTO person (id, last_name, first_name, middle_name, birth_date, snils, email, phone, subjects, experience_years, qualification_category, archived_at)
       SELECT id, last_name, first_name, middle_name, birth_date, snils, email, phone, coalesce(subjects, '{}'), experience_years,
              qualification_category::qualification_category, CASE WHEN archived THEN now() END
         FROM jsonb_to_recordset($1::jsonb) AS ${PERSON_RECORD}`,
      [json(rows.map(personRow))],
    );
  }

  async updatePeople(m: EntityManager, rows: PersonWrite[]): Promise<void> {
    if (!rows.length) return;
    await m.query(
      `UPDATE person p SET last_name = r.last_name, first_name = r.first_name, middle_name = r.middle_name, birth_date = r.birth_date,
              snils = r.snils, email = r.email, phone = r.phone, subjects = coalesce(r.subjects, '{}'), experience_years = r.experience_years,
              qualification_category = r.qualification_category::qualification_category,
              archived_at = CASE WHEN r.archived THEN coalesce(p.archived_at, now()) END, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS ${PERSON_RECORD}
        WHERE p.id = r.id`,
      [json(rows.map(personRow))],
    );
  }

  /** Adds each position (main when the person holds no other), reopens an ended one, or updates its title. */
  async upsertPositions(m: EntityManager, rows: PositionWrite[]): Promise<void> {
    if (!rows.length) return;
    await m.query(
      `INSERT INTO position (person_id, organization_id, kind, title, is_main)
       SELECT r.person_id, r.organization_id, r.kind::position_kind, r.title,
              NOT EXISTS (SELECT 1 FROM position x WHERE x.person_id = r.person_id AND x.is_main) AND r.first
         FROM jsonb_to_recordset($1::jsonb) AS r(person_id uuid, organization_id uuid, kind text, title text, first boolean)
       ON CONFLICT ON CONSTRAINT uq_position DO UPDATE SET title = EXCLUDED.title, ended_on = NULL
        WHERE position.title IS DISTINCT FROM EXCLUDED.title OR position.ended_on IS NOT NULL`,
      [
        json(
          rows.map((p, i) => ({
            person_id: p.personId,
            organization_id: p.organizationId,
            kind: p.kind,
            title: p.title,
            first: i === rows.findIndex((x) => x.personId === p.personId),
          })),
        ),
      ],
    );
  }

  async savepoint(m: EntityManager, name: string): Promise<void> {
    await m.query(`SAVEPOINT ${name}`);
  }

  async rollbackTo(m: EntityManager, name: string): Promise<void> {
    await m.query(`ROLLBACK TO SAVEPOINT ${name}`);
  }

  async release(m: EntityManager, name: string): Promise<void> {
    await m.query(`RELEASE SAVEPOINT ${name}`);
  }

  /** The source's external ids of a type, for the parity report: which of `externalIds` it has mapped to rows in scope. */
  async mappedInScope(m: EntityManager, scope: AccessScope, sourceId: string, type: SyncEntityType): Promise<(Mapping & { name: string })[]> {
    const org = type === SyncEntityType.ORGANIZATION;
    const cond = org ? scope.organizationCondition('x') : scope.personCondition('x');
    const rows = await m
      .createQueryBuilder()
      .select(['s.external_id AS external_id', 's.entity_id AS entity_id'])
      .addSelect(org ? 'x.name' : `concat_ws(' ', x.last_name, x.first_name, x.middle_name)`, 'name')
      .from('sync_external_id', 's')
      .innerJoin(org ? 'organization' : 'person', 'x', 'x.id = s.entity_id')
      .where(`s.source_id = :sourceId AND s.entity_type = :type AND x.archived_at IS NULL AND ${cond.sql}`, { sourceId, type, ...cond.params })
      .getRawMany<{ external_id: string; entity_id: string; name: string }>();
    return rows.map((r) => ({ externalId: r.external_id, entityId: r.entity_id, name: r.name }));
  }

  /** Live rows in scope that the source has no id for (first `limit`), with how many there are. */
  async unmappedInScope(
    m: EntityManager,
    scope: AccessScope,
    sourceId: string,
    type: SyncEntityType,
    limit: number,
  ): Promise<{ total: number; rows: { id: string; name: string }[] }> {
    const org = type === SyncEntityType.ORGANIZATION;
    const cond = org ? scope.organizationCondition('x') : scope.personCondition('x');
    const name = org ? 'x.name' : `concat_ws(' ', x.last_name, x.first_name, x.middle_name)`;
    const rows = await m
      .createQueryBuilder()
      .select('x.id', 'id')
      .addSelect(name, 'name')
      .addSelect('count(*) OVER ()', 'total')
      .from(org ? 'organization' : 'person', 'x')
      .where(`x.archived_at IS NULL AND ${cond.sql}`, cond.params)
      .andWhere(`NOT EXISTS (SELECT 1 FROM sync_external_id s WHERE s.source_id = :sourceId AND s.entity_type = :type AND s.entity_id = x.id)`, { sourceId, type })
      .orderBy(name)
      .addOrderBy('x.id')
      .limit(limit)
      .getRawMany<{ id: string; name: string; total: string }>();
    return { total: rows.length ? Number(rows[0].total) : 0, rows: rows.map((r) => ({ id: r.id, name: r.name })) };
  }
}
