import { Injectable } from '@nestjs/common';
import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { Connection } from '../../common/pagination/connection';
import { QUALIFICATION_CATEGORY_LABELS } from '@metodset/shared';
import { byLabel, orderedPage, OrderColumns, PageAlongside, PageRequest, SortDirection } from '../../common/pagination/order';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { escapeLike } from '../organization/organization.repository';
import { OrganizationEntity } from '../organization/organization.entity';
import { acceptedMemberOrgsSql } from '../network/network-membership.sql';
import { PersonFilter, PersonOrder, PersonOrderField } from './dto/people.args';
import { PersonEntity } from './person.entity';
import { fullNameSql, personCardsSql } from './person.sql';
import { PositionEntity } from './position.entity';
import { QualificationRecordEntity } from './qualification-record.entity';

export interface PersonCardRow {
  id: string;
  fullName: string;
  organizationName: string | null;
}

const NAME = fullNameSql('p');
/**
 * The same text as `fullNameSql` (last and first names are NOT NULL), written with immutable operators so that the
 * index `ix_person_name_order` serves the list's default order.
 */
const PERSON_NAME_ORDER_SQL = "(p.last_name || ' ' || p.first_name || COALESCE(' ' || p.middle_name, ''))";
const ORDER: OrderColumns<PersonOrderField> = {
  NAME: { sql: PERSON_NAME_ORDER_SQL, type: 'text' },
  SUBJECTS: { sql: "array_to_string(p.subjects, ', ')", type: 'text' },
  EXPERIENCE: { sql: 'p.experience_years', type: 'int', nulls: -1 },
  QUALIFICATION: { sql: byLabel('p.qualification_category', QUALIFICATION_CATEGORY_LABELS), type: 'text' },
  CREATED_AT: { sql: 'p.created_at', type: 'timestamptz' },
};
const DEFAULT_ORDER: PersonOrder = { field: PersonOrderField.NAME, direction: SortDirection.ASC };

/** What a page of people may read in its own statement for its fields, and which columns of each row. */
export interface PersonPrefetch {
  /** The positions (as `positionsOfPeople` reads them). */
  positions?: boolean;
  /** With the positions, each one's organisation when it lies in the scope, else null (as `byIdsInScope`). */
  organizations?: boolean;
  /** Only these properties of each person (the id always): partial entities. Absent: the whole row. */
  columns?: readonly (keyof PersonEntity)[];
  /** Only these properties of each position (the person's and the organisation's ids always). Absent: all. */
  positionColumns?: readonly (keyof PositionEntity)[];
  /** Only these properties of each organisation (its id always). Absent: all. */
  organizationColumns?: readonly (keyof OrganizationEntity)[];
}
export interface PersonPageExtras {
  positions: PositionEntity[];
  /** Per organisation id of those positions: the organisation, or null outside the scope. */
  organizations?: Map<string, OrganizationEntity | null>;
}

/**
 * A timestamp inside the page's JSON is sent as milliseconds since the epoch (`epochMsSql`) rather than as text: a
 * Date from a number costs nothing, parsing ISO text per position and organisation was a visible part of the page's
 * CPU. Both truncate to the millisecond, as the pg driver does for the loaders' rows.
 */
const epochMsSql = (column: string): string => `(extract(epoch from ${column}) * 1000)`;
const date = (v: unknown): Date | null => (v == null ? null : new Date(Number(v)));

/** A position's properties in the page's JSON, as columns of `position` aliased `xp`. */
const POSITION_JSON: Readonly<Partial<Record<keyof PositionEntity, string>>> = {
  id: 'xp.id',
  personId: 'xp.person_id',
  organizationId: 'xp.organization_id',
  kind: 'xp.kind',
  title: 'xp.title',
  isMain: 'xp.is_main',
  startedOn: 'xp.started_on',
  endedOn: 'xp.ended_on',
  createdAt: epochMsSql('xp.created_at'),
};
/** An organisation's properties in the page's JSON, as columns of `organization` aliased `xo` (see `organizationOfJson`). */
const ORGANIZATION_JSON: Readonly<Partial<Record<keyof OrganizationEntity, string>>> = {
  id: 'xo.id',
  municipalityId: 'xo.municipality_id',
  name: 'xo.name',
  shortName: 'xo.short_name',
  kind: 'xo.kind',
  inn: 'xo.inn',
  externalId: 'xo.external_id',
  address: 'xo.address',
  email: 'xo.email',
  website: 'xo.website',
  foundedYear: 'xo.founded_year',
  illustrative: 'xo.illustrative',
  archivedAt: epochMsSql('xo.archived_at'),
  createdAt: epochMsSql('xo.created_at'),
  updatedAt: epochMsSql('xo.updated_at'),
};
const ORGANIZATION_DATES = ['archivedAt', 'createdAt', 'updatedAt'] as const;

/** `json_build_object` of these properties (all of `columns` when not given). */
function jsonObjectSql<P extends string>(columns: Readonly<Partial<Record<P, string>>>, only: readonly P[] | undefined, more = ''): string {
  const keys = only ?? (Object.keys(columns) as P[]);
  return `json_build_object(${keys.map((k) => `'${k}', ${columns[k]}`).join(', ')}${more})`;
}

function organizationOfJson(x: Record<string, unknown>): OrganizationEntity {
  const o = Object.assign(new OrganizationEntity(), x);
  for (const k of ORGANIZATION_DATES) if (k in x) o[k] = date(x[k]) as Date;
  return o;
}

@Injectable()
export class PersonRepository {
  private scoped(m: EntityManager, scope: AccessScope): SelectQueryBuilder<PersonEntity> {
    const cond = scope.personCondition('p');
    return m.getRepository(PersonEntity).createQueryBuilder('p').where(cond.sql, cond.params);
  }

  /**
   * A page of people; with `prefetch`, the same statement also reads their positions and those positions'
   * organisations in the scope (`PersonPageExtras`), exactly as `positionsOfPeople` and
   * `OrganizationRepository.byIdsInScope` read them, so the page costs one statement instead of three.
   */
  async page(
    m: EntityManager,
    scope: AccessScope,
    f: PersonFilter | undefined,
    order: PersonOrder | undefined,
    page: PageRequest,
    prefetch: PersonPrefetch = {},
    alongside?: PageAlongside,
  ): Promise<Connection<PersonEntity> & { extras: Map<string, PersonPageExtras>; alongside: boolean }> {
    const qb = this.scoped(m, scope);
    const archived = f?.archived ?? ArchiveFilter.ACTIVE;
    if (archived === ArchiveFilter.ACTIVE) qb.andWhere('p.archived_at IS NULL');
    if (archived === ArchiveFilter.ARCHIVED) qb.andWhere('p.archived_at IS NOT NULL');
    if (f?.organizationId) {
      qb.andWhere('EXISTS (SELECT 1 FROM position fp WHERE fp.person_id = p.id AND fp.organization_id = :fOrg)', { fOrg: f.organizationId });
    }
    if (f?.municipalityId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM position fp JOIN organization fo ON fo.id = fp.organization_id WHERE fp.person_id = p.id AND fo.municipality_id = :fMun)',
        { fMun: f.municipalityId },
      );
    }
    if (f?.search?.trim()) {
      qb.andWhere(`(${NAME} ILIKE :fSearch OR p.email ILIKE :fSearch)`, { fSearch: `%${escapeLike(f.search.trim())}%` });
    }
    if (f?.subject?.trim()) {
      qb.andWhere('EXISTS (SELECT 1 FROM unnest(p.subjects) s WHERE s ILIKE :fSubject)', { fSubject: `%${escapeLike(f.subject.trim())}%` });
    }
    if (f?.youngOnly) qb.andWhere('p.experience_years <= 3');
    if (f?.qualificationCategory) qb.andWhere('p.qualification_category = :fCat', { fCat: f.qualificationCategory });
    // Only the columns the page's fields need, when the caller says which (the id always: cursor, extras, audit).
    if (prefetch.columns) qb.select([...new Set<keyof PersonEntity>(['id', ...prefetch.columns])].sort().map((c) => `p.${c}`));
    // A position's person is the row's own id: not read again when the positions are chosen column by column.
    const positionColumns = prefetch.positionColumns && [...new Set<keyof PositionEntity>(['organizationId', ...prefetch.positionColumns])].filter((c) => c !== 'personId').sort();
    const organizationColumns = prefetch.organizationColumns && [...new Set<keyof OrganizationEntity>(['id', ...prefetch.organizationColumns])].sort();
    const extras: Record<string, string> = {};
    if (prefetch.positions) {
      let organization = '';
      if (prefetch.organizations) {
        const cond = scope.organizationCondition('xo');
        qb.setParameters(cond.params);
        organization = `, 'organization', (SELECT ${jsonObjectSql(ORGANIZATION_JSON, organizationColumns)} FROM organization xo WHERE xo.id = xp.organization_id AND ${cond.sql})`;
      }
      extras['positions'] = `(SELECT COALESCE(json_agg(${jsonObjectSql(POSITION_JSON, positionColumns, organization)} ORDER BY xp.is_main DESC, xp.created_at ASC, xp.id ASC), '[]'::json)
                            FROM position xp WHERE xp.person_id = p.id)`;
    }
    // Prepared: parsing and planning this statement was ~1.2 of the ~4.3 ms of server CPU a page cost (bench registry).
    const r = await orderedPage(qb, 'p.id', ORDER, order ?? DEFAULT_ORDER, page, extras, { prepared: true, alongside });
    const out = new Map<string, PersonPageExtras>();
    // An organisation met again on the page (colleagues) is built once.
    const seen = new Map<string, OrganizationEntity | null>();
    for (const [id, x] of r.extras) {
      const rows = (x['positions'] ?? []) as (Record<string, unknown> & { organizationId: string; organization?: Record<string, unknown> | null })[];
      const organizations = prefetch.organizations ? new Map<string, OrganizationEntity | null>() : undefined;
      const positions = rows.map(({ organization, ...row }) => {
        if (organizations) {
          let o = seen.get(row.organizationId);
          if (o === undefined) seen.set(row.organizationId, (o = organization ? organizationOfJson(organization) : null));
          organizations.set(row.organizationId, o);
        }
        const position = Object.assign(new PositionEntity(), row);
        if (positionColumns) position.personId = id;
        if ('createdAt' in row) position.createdAt = date(row['createdAt']) as Date;
        return position;
      });
      out.set(id, { positions, organizations });
    }
    return { ...r, extras: out };
  }

  findInScope(m: EntityManager, scope: AccessScope, id: string, lock = false): Promise<PersonEntity | null> {
    const qb = this.scoped(m, scope).andWhere('p.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  async insert(m: EntityManager, values: Partial<PersonEntity>): Promise<PersonEntity> {
    const res = await m.getRepository(PersonEntity).insert(values);
    return m.getRepository(PersonEntity).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  async update(m: EntityManager, id: string, values: Partial<PersonEntity>): Promise<PersonEntity> {
    if (Object.keys(values).length) await m.getRepository(PersonEntity).update({ id }, values);
    return m.getRepository(PersonEntity).findOneByOrFail({ id });
  }

  positionsOfPeople(m: EntityManager, personIds: readonly string[]): Promise<PositionEntity[]> {
    if (!personIds.length) return Promise.resolve([]);
    return m.getRepository(PositionEntity).find({ where: { personId: In([...personIds]) }, order: { isMain: 'DESC', createdAt: 'ASC', id: 'ASC' } });
  }

  /** Staff of organisations: positions whose person is not archived, by name. */
  staffOf(m: EntityManager, scope: AccessScope, organizationIds: readonly string[]): Promise<PositionEntity[]> {
    if (!organizationIds.length) return Promise.resolve([]);
    const cond = scope.personCondition('pe');
    return m
      .getRepository(PositionEntity)
      .createQueryBuilder('po')
      .innerJoinAndSelect('po.person', 'pe', 'pe.archived_at IS NULL')
      .where('po.organization_id IN (:...ids)', { ids: organizationIds })
      .andWhere(cond.sql, cond.params)
      .orderBy('pe.last_name')
      .addOrderBy('pe.first_name')
      .addOrderBy('po.id')
      .getMany();
  }

  /**
   * Which of these (active) people a group may take in: people in the scope, and when the group belongs
   * to a network, also people working at the network's accepted member organisations (networks cross territories;
   * an invited organisation's people are reached only once it accepts).
   */
  async eligible(m: EntityManager, scope: AccessScope, networkId: string | null, personIds: readonly string[]): Promise<Set<string>> {
    if (!personIds.length) return new Set();
    const cond = scope.personCondition('pe');
    const rows: { id: string }[] = await m
      .createQueryBuilder()
      .select('pe.id', 'id')
      .from('person', 'pe')
      .where('pe.id = ANY(CAST(:ids AS uuid[])) AND pe.archived_at IS NULL', { ids: personIds })
      .andWhere(
        `(${cond.sql} OR (CAST(:netId AS uuid) IS NOT NULL AND EXISTS (
            SELECT 1 FROM position ep WHERE ep.person_id = pe.id AND ep.organization_id IN (${acceptedMemberOrgsSql('CAST(:netId AS uuid)')}))))`,
        { ...cond.params, netId: networkId },
      )
      .getRawMany();
    return new Set(rows.map((r) => r.id));
  }

  /** A person as groups (associations, mentorships) show them: name and main workplace only. */
  cards(m: EntityManager, ids: readonly string[]): Promise<PersonCardRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(personCardsSql('$1::uuid[]'), [ids]);
  }

  peopleByIds(m: EntityManager, ids: readonly string[]): Promise<PersonEntity[]> {
    return m.getRepository(PersonEntity).findBy({ id: In([...ids]) });
  }

  /** Replaces the positions at the given organisations, leaving the others alone. */
  async replacePositions(
    m: EntityManager,
    personId: string,
    withinOrganizationIds: readonly string[] | 'all',
    positions: { organizationId: string; kind: PositionEntity['kind']; title?: string | null; isMain: boolean; startedOn?: string | null; endedOn?: string | null }[],
  ): Promise<void> {
    const qb = m.createQueryBuilder().delete().from(PositionEntity).where('person_id = :personId', { personId });
    if (withinOrganizationIds !== 'all') qb.andWhere('organization_id = ANY(CAST(:orgs AS uuid[]))', { orgs: withinOrganizationIds });
    await qb.execute();
    if (positions.length) {
      await m.getRepository(PositionEntity).insert(positions.map((p) => ({ personId, organizationId: p.organizationId, kind: p.kind, title: p.title ?? null, isMain: p.isMain, startedOn: p.startedOn ?? null, endedOn: p.endedOn ?? null })),
      );
    }
  }

  /** The qualification category history of these people, the latest first (one statement). */
  qualificationsOfPeople(m: EntityManager, ids: readonly string[]): Promise<QualificationRecordEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.getRepository(QualificationRecordEntity).find({ where: { personId: In([...ids]) }, order: { assignedOn: 'DESC', category: 'ASC' } });
  }

  async replaceQualifications(
    m: EntityManager,
    personId: string,
    rows: { category: QualificationRecordEntity['category']; assignedOn: string; orderRef?: string | null; validUntil?: string | null }[],
  ): Promise<void> {
    await m.getRepository(QualificationRecordEntity).delete({ personId });
    if (rows.length) {
      await m.getRepository(QualificationRecordEntity).insert(rows.map((r) => ({ personId, category: r.category, assignedOn: r.assignedOn, orderRef: r.orderRef ?? null, validUntil: r.validUntil ?? null })));
    }
  }
}
