import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';

export interface MunicipalityRef {
  id: string;
  name: string;
  inScope: boolean;
}

export interface ExistingOrganization {
  id: string;
  municipalityId: string;
  name: string;
  shortName: string | null;
  kind: string;
  inn: string | null;
  externalId: string | null;
  address: string | null;
  email: string | null;
  website: string | null;
  inScope: boolean;
}

export interface OrganizationRef {
  id: string;
  inn: string | null;
  externalId: string | null;
  inScope: boolean;
}

export interface ExistingPerson {
  id: string;
  externalId: string | null;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  email: string | null;
  phone: string | null;
  subjects: string[];
  experienceYears: number | null;
  qualificationCategory: string;
  inScope: boolean;
}

export interface OrganizationValues {
  id?: string;
  municipalityId: string;
  name: string;
  shortName: string | null;
  kind: string;
  inn: string | null;
  externalId: string | null;
  address: string | null;
  email: string | null;
  website: string | null;
}

export interface PersonValues {
  id: string;
  externalId: string | null;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  email: string | null;
  phone: string | null;
  subjects: string[];
  experienceYears: number | null;
  qualificationCategory: string;
}

export interface PositionValues {
  personId: string;
  organizationId: string;
  kind: string;
  title: string | null;
}

export interface StatusValues {
  organizationId: string;
  kind: string;
  year: number;
}

/** The ids of inserted (or, under a concurrent import, upserted) organisations by their keys. */
export interface InsertedIds {
  byCode: Map<string, string>;
  byInn: Map<string, string>;
}

const CHUNK = 5000;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

const ORG_RECORD = `r(id uuid, municipality_id uuid, name text, short_name text, kind text, inn text, external_id text, address text, email text, website text)`;
const PERSON_RECORD = `r(id uuid, external_id text, last_name text, first_name text, middle_name text, birth_date date, email text,
  phone text, subjects text[], experience_years int, qualification_category text)`;

const orgJson = (rows: OrganizationValues[]) =>
  JSON.stringify(
    rows.map((o) => ({
      id: o.id ?? null,
      municipality_id: o.municipalityId,
      name: o.name,
      short_name: o.shortName,
      kind: o.kind,
      inn: o.inn,
      external_id: o.externalId,
      address: o.address,
      email: o.email,
      website: o.website,
    })),
  );

const personJson = (rows: PersonValues[]) =>
  JSON.stringify(
    rows.map((p) => ({
      id: p.id,
      external_id: p.externalId,
      last_name: p.lastName,
      first_name: p.firstName,
      middle_name: p.middleName,
      birth_date: p.birthDate,
      email: p.email,
      phone: p.phone,
      subjects: p.subjects,
      experience_years: p.experienceYears,
      qualification_category: p.qualificationCategory,
    })),
  );

/** All SQL of the registry import: batched lookups by key and set-based writes (no per-row round trips). */
@Injectable()
export class RegistryImportRepository {
  /** Municipalities by name (case-insensitive), each with whether the scope covers it. */
  async municipalitiesByNames(m: EntityManager, scope: AccessScope, names: string[]): Promise<MunicipalityRef[]> {
    if (!names.length) return [];
    const cond = scope.municipalityCondition('mu.id');
    const rows = await m
      .createQueryBuilder()
      .select('mu.id', 'id')
      .addSelect('mu.name', 'name')
      .addSelect(`(${cond.sql})`, 'in_scope')
      .from('municipality', 'mu')
      .where(`lower(mu.name) = ANY(CAST(:names AS text[]))`, { names: names.map((n) => n.toLowerCase()), ...cond.params })
      .getRawMany<{ id: string; name: string; in_scope: boolean }>();
    return rows.map((r) => ({ id: r.id, name: r.name, inScope: r.in_scope }));
  }

  /** Organisations holding any of these codes or ИНН, with whether the scope covers their municipality. */
  async organizationsByKeys(m: EntityManager, scope: AccessScope, externalIds: string[], inns: string[]): Promise<ExistingOrganization[]> {
    if (!externalIds.length && !inns.length) return [];
    const cond = scope.municipalityCondition('o.municipality_id');
    const rows = await m
      .createQueryBuilder()
      .select(['o.id AS id', 'o.municipality_id AS municipality_id', 'o.name AS name', 'o.short_name AS short_name', 'o.kind AS kind'])
      .addSelect(['o.inn AS inn', 'o.external_id AS external_id', 'o.address AS address', 'o.email AS email', 'o.website AS website'])
      .addSelect(`(${cond.sql})`, 'in_scope')
      .from('organization', 'o')
      .where('(o.external_id = ANY(CAST(:ext AS text[])) OR o.inn = ANY(CAST(:inns AS text[])))', { ext: externalIds, inns, ...cond.params })
      .getRawMany<Record<string, string | boolean | null>>();
    return rows.map((r) => ({
      id: r['id'] as string,
      municipalityId: r['municipality_id'] as string,
      name: r['name'] as string,
      shortName: r['short_name'] as string | null,
      kind: r['kind'] as string,
      inn: r['inn'] as string | null,
      externalId: r['external_id'] as string | null,
      address: r['address'] as string | null,
      email: r['email'] as string | null,
      website: r['website'] as string | null,
      inScope: r['in_scope'] as boolean,
    }));
  }

  /** Organisations a people file points at, by ИНН or code. */
  async organizationsByRefs(m: EntityManager, scope: AccessScope, refs: string[]): Promise<OrganizationRef[]> {
    if (!refs.length) return [];
    const cond = scope.municipalityCondition('o.municipality_id');
    const rows = await m
      .createQueryBuilder()
      .select(['o.id AS id', 'o.inn AS inn', 'o.external_id AS external_id'])
      .addSelect(`(${cond.sql})`, 'in_scope')
      .from('organization', 'o')
      .where('(o.external_id = ANY(CAST(:refs AS text[])) OR o.inn = ANY(CAST(:refs AS text[])))', { refs, ...cond.params })
      .getRawMany<{ id: string; inn: string | null; external_id: string | null; in_scope: boolean }>();
    return rows.map((r) => ({ id: r.id, inn: r.inn, externalId: r.external_id, inScope: r.in_scope }));
  }

  async insertOrganizations(m: EntityManager, rows: OrganizationValues[]): Promise<InsertedIds> {
    const byCode = rows.filter((r) => r.externalId);
    const byInn = rows.filter((r) => !r.externalId);
    const set = `municipality_id = EXCLUDED.municipality_id, name = EXCLUDED.name, short_name = EXCLUDED.short_name, kind = EXCLUDED.kind,
      address = EXCLUDED.address, email = EXCLUDED.email, website = EXCLUDED.website, updated_at = now()`;
    const insert = (conflict: string) => `
      INSERT INTO organization (municipality_id, name, short_name, kind, inn, external_id, address, email, website)
      SELECT municipality_id, name, short_name, kind::organization_kind, inn, external_id, address, email, website
        FROM jsonb_to_recordset($1::jsonb) AS ${ORG_RECORD}
      ON CONFLICT ${conflict}
      RETURNING id, inn, external_id`;
    const ids: InsertedIds = { byCode: new Map(), byInn: new Map() };
    const keep = (returned: { id: string; inn: string | null; external_id: string | null }[]) =>
      returned.forEach((r) => {
        if (r.external_id) ids.byCode.set(r.external_id, r.id);
        if (r.inn) ids.byInn.set(r.inn, r.id);
      });
    for (const c of chunks(byCode)) keep(await m.query(insert(`(external_id) WHERE external_id IS NOT NULL DO UPDATE SET ${set}, inn = EXCLUDED.inn`), [orgJson(c)]));
    for (const c of chunks(byInn)) keep(await m.query(insert(`(inn) WHERE inn IS NOT NULL DO UPDATE SET ${set}`), [orgJson(c)]));
    return ids;
  }

  /** The (kind, year) statuses these organisations hold. */
  async statusesOf(m: EntityManager, organizationIds: string[]): Promise<StatusValues[]> {
    if (!organizationIds.length) return [];
    const rows: { organization_id: string; kind: string; year: number }[] = await m.query(
      `SELECT organization_id, kind::text AS kind, year FROM organization_status WHERE organization_id = ANY($1::uuid[])`,
      [organizationIds],
    );
    return rows.map((r) => ({ organizationId: r.organization_id, kind: r.kind, year: r.year }));
  }

  /** Adds statuses; one already held (same kind and year) stays as it is, with its source. */
  async addStatuses(m: EntityManager, rows: StatusValues[]): Promise<void> {
    for (const c of chunks(rows)) {
      await m.query(
        `INSERT INTO organization_status (organization_id, kind, year)
         SELECT r.organization_id, r.kind::organization_status_kind, r.year
           FROM jsonb_to_recordset($1::jsonb) AS r(organization_id uuid, kind text, year int)
         ON CONFLICT ON CONSTRAINT uq_organization_status DO NOTHING`,
        [JSON.stringify(c.map((x) => ({ organization_id: x.organizationId, kind: x.kind, year: x.year })))],
      );
    }
  }

  /**
   * Makes imports take turns until the transaction ends: the second of two imports of the same file plans after
   * the first has committed, so it finds the rows the first wrote instead of creating them again.
   */
  async takeTurn(m: EntityManager): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('metodset:registry-import'))`);
  }

  async updateOrganizations(m: EntityManager, rows: OrganizationValues[]): Promise<void> {
    for (const c of chunks(rows)) {
      await m.query(
        `UPDATE organization o SET municipality_id = r.municipality_id, name = r.name, short_name = r.short_name, kind = r.kind::organization_kind,
                inn = r.inn, external_id = r.external_id, address = r.address, email = r.email, website = r.website, updated_at = now()
           FROM jsonb_to_recordset($1::jsonb) AS ${ORG_RECORD}
          WHERE o.id = r.id`,
        [orgJson(c)],
      );
    }
  }

  private async people(m: EntityManager, scope: AccessScope, where: string, params: Record<string, unknown>): Promise<ExistingPerson[]> {
    const cond = scope.personCondition('p');
    const rows = await m
      .createQueryBuilder()
      .select(['p.id AS id', 'p.external_id AS external_id', 'p.last_name AS last_name', 'p.first_name AS first_name', 'p.middle_name AS middle_name'])
      .addSelect(`to_char(p.birth_date, 'YYYY-MM-DD')`, 'birth_date')
      .addSelect(['p.email AS email', 'p.phone AS phone', 'p.subjects AS subjects', 'p.experience_years AS experience_years'])
      .addSelect('CAST(p.qualification_category AS text)', 'qualification_category')
      .addSelect(`(${cond.sql})`, 'in_scope')
      .from('person', 'p')
      .where(where, { ...params, ...cond.params })
      .getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({
      id: r['id'] as string,
      externalId: r['external_id'] as string | null,
      lastName: r['last_name'] as string,
      firstName: r['first_name'] as string,
      middleName: r['middle_name'] as string | null,
      birthDate: r['birth_date'] as string | null,
      email: r['email'] as string | null,
      phone: r['phone'] as string | null,
      subjects: r['subjects'] as string[],
      experienceYears: r['experience_years'] as number | null,
      qualificationCategory: r['qualification_category'] as string,
      inScope: r['in_scope'] as boolean,
    }));
  }

  peopleByExternalIds(m: EntityManager, scope: AccessScope, externalIds: string[]): Promise<ExistingPerson[]> {
    if (!externalIds.length) return Promise.resolve([]);
    return this.people(m, scope, 'p.external_id = ANY(CAST(:ext AS text[]))', { ext: externalIds });
  }

  /** People by (last, first, middle name, birth date), compared case-insensitively with ё = е. */
  peopleByNames(m: EntityManager, scope: AccessScope, keys: { lastName: string; firstName: string; middleName: string | null; birthDate: string }[]): Promise<ExistingPerson[]> {
    if (!keys.length) return Promise.resolve([]);
    const norm = (s: string) => s.toLowerCase().replace(/ё/g, 'е');
    const low = (col: string) => `replace(lower(coalesce(${col}, '')), 'ё', 'е')`;
    return this.people(
      m,
      scope,
      `(${low('p.last_name')}, ${low('p.first_name')}, ${low('p.middle_name')}, p.birth_date) IN
         (SELECT k.l, k.f, k.m, k.b FROM unnest(CAST(:kl AS text[]), CAST(:kf AS text[]), CAST(:km AS text[]), CAST(:kb AS date[])) AS k(l, f, m, b))`,
      {
        kl: keys.map((k) => norm(k.lastName)),
        kf: keys.map((k) => norm(k.firstName)),
        km: keys.map((k) => norm(k.middleName ?? '')),
        kb: keys.map((k) => k.birthDate),
      },
    );
  }

  /** Who already holds these e-mails (they are unique), with whether the scope covers them. */
  async emailOwners(m: EntityManager, scope: AccessScope, emails: string[]): Promise<Map<string, { id: string; inScope: boolean }>> {
    if (!emails.length) return new Map();
    const cond = scope.personCondition('p');
    const rows = await m
      .createQueryBuilder()
      .select(['p.id AS id', 'p.email AS email'])
      .addSelect(`(${cond.sql})`, 'in_scope')
      .from('person', 'p')
      .where('p.email = ANY(CAST(:emails AS text[]))', { emails, ...cond.params })
      .getRawMany<{ id: string; email: string; in_scope: boolean }>();
    return new Map(rows.map((r) => [r.email, { id: r.id, inScope: r.in_scope }]));
  }

  async positionsOf(m: EntityManager, personIds: string[]): Promise<PositionValues[]> {
    if (!personIds.length) return [];
    const rows: { person_id: string; organization_id: string; kind: string; title: string | null }[] = await m.query(
      `SELECT person_id, organization_id, kind::text AS kind, title FROM position WHERE person_id = ANY($1::uuid[])`,
      [personIds],
    );
    return rows.map((r) => ({ personId: r.person_id, organizationId: r.organization_id, kind: r.kind, title: r.title }));
  }

  async insertPeople(m: EntityManager, rows: PersonValues[]): Promise<void> {
    for (const c of chunks(rows)) {
      await m.query(
        `INSERT INTO person (id, external_id, last_name, first_name, middle_name, birth_date, email, phone, subjects, experience_years, qualification_category)
         SELECT id, external_id, last_name, first_name, middle_name, birth_date, email, phone, coalesce(subjects, '{}'), experience_years,
                qualification_category::qualification_category
           FROM jsonb_to_recordset($1::jsonb) AS ${PERSON_RECORD}`,
        [personJson(c)],
      );
    }
  }

  async updatePeople(m: EntityManager, rows: PersonValues[]): Promise<void> {
    for (const c of chunks(rows)) {
      await m.query(
        `UPDATE person p SET external_id = coalesce(r.external_id, p.external_id), last_name = r.last_name, first_name = r.first_name,
                middle_name = r.middle_name, birth_date = r.birth_date, email = r.email, phone = r.phone, subjects = coalesce(r.subjects, '{}'),
                experience_years = r.experience_years, qualification_category = r.qualification_category::qualification_category, updated_at = now()
           FROM jsonb_to_recordset($1::jsonb) AS ${PERSON_RECORD}
          WHERE p.id = r.id`,
        [personJson(c)],
      );
    }
  }

  /** Adds each position (main when the person has no other), or updates its title. */
  async upsertPositions(m: EntityManager, rows: PositionValues[]): Promise<void> {
    for (const c of chunks(rows)) {
      await m.query(
        `INSERT INTO position (person_id, organization_id, kind, title, is_main)
         SELECT r.person_id, r.organization_id, r.kind::position_kind, r.title,
                NOT EXISTS (SELECT 1 FROM position x WHERE x.person_id = r.person_id AND x.is_main)
           FROM jsonb_to_recordset($1::jsonb) AS r(person_id uuid, organization_id uuid, kind text, title text)
         ON CONFLICT ON CONSTRAINT uq_position DO UPDATE SET title = EXCLUDED.title WHERE position.title IS DISTINCT FROM EXCLUDED.title`,
        [JSON.stringify(c.map((p) => ({ person_id: p.personId, organization_id: p.organizationId, kind: p.kind, title: p.title })))],
      );
    }
  }
}
