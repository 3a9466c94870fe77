import { Injectable } from '@nestjs/common';
import { PRACTICE_STATE_LABELS, PracticeState, PRODUCT_KIND_LABELS } from '@metodset/shared';
import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { practiceReadCondition, productReadCondition } from '../../common/access/rules/practice.rules';
import { AccessScope } from '../../common/auth/access-scope';
import { Connection } from '../../common/pagination/connection';
import { byLabel, orderedPage, OrderColumns, PageRequest, SortDirection } from '../../common/pagination/order';
import { CompetenceEntity } from '../competence/competence.entity';
import { acceptedMemberOrgsSql, isAcceptedMemberSql } from '../network/network-membership.sql';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { escapeLike } from '../organization/organization.repository';
import { PracticeFilter, PracticeOrder, PracticeOrderField, ProductFilter, ProductOrder, ProductOrderField } from './dto/practice.args';
import { PracticeAttachmentEntity, PracticeAttachmentFileEntity, PracticeAuthorEntity, PracticeCompetenceEntity } from './practice-parts.entity';
import { PracticeEntity } from './practice.entity';
import { MethodologicalProductEntity, ProductAuthorEntity, ProductFileEntity } from './product.entity';

/** The Russian query of a search box: words as typed, «"…"» phrases, «-слово» to leave out (websearch syntax). */
const QUERY = `websearch_to_tsquery('russian', :fq)`;
const ORG_NAME = (orgIdSql: string) => `(SELECT COALESCE(ono.short_name, ono.name) FROM organization ono WHERE ono.id = ${orgIdSql})`;

const PRACTICE_ORDER: OrderColumns<PracticeOrderField> = {
  RELEVANCE: { sql: `CASE WHEN CAST(:fq AS text) = '' THEN 0 ELSE ts_rank_cd(p.search_vector, ${QUERY}, 32) END`, type: 'numeric' },
  TITLE: { sql: 'p.title', type: 'text' },
  ORGANIZATION: { sql: ORG_NAME('p.organization_id'), type: 'text', nulls: '' },
  STATE: { sql: byLabel('p.state', PRACTICE_STATE_LABELS), type: 'text' },
  UPDATED_AT: { sql: 'p.updated_at', type: 'timestamptz' },
  PUBLISHED_AT: { sql: 'p.published_at', type: 'timestamptz', nulls: '-infinity' },
};

const PRODUCT_ORDER: OrderColumns<ProductOrderField> = {
  TITLE: { sql: 'mp.title', type: 'text' },
  KIND: { sql: byLabel('mp.kind', PRODUCT_KIND_LABELS), type: 'text' },
  YEAR: { sql: 'mp.year', type: 'int' },
  ORGANIZATION: { sql: ORG_NAME('mp.organization_id'), type: 'text', nulls: '' },
};

export interface NamedRow {
  id: string;
  name: string;
}
export interface SnippetRow {
  id: string;
  snippet: string;
}

/** All SQL of the bank of practices and products: the scope through the access rules' conditions, parts in batches. */
@Injectable()
export class PracticeRepository {
  private practices(m: EntityManager, scope: AccessScope, callerPersonId: string | null): SelectQueryBuilder<PracticeEntity> {
    const cond = practiceReadCondition(scope, 'p');
    return m.getRepository(PracticeEntity).createQueryBuilder('p').where(cond.sql, { ...cond.params, callerPersonId });
  }

  /**
   * One page of cards the caller reads. `reviewable` is the SQL of the `practice.review` rule's ids (given by the
   * service through the access component) so the review queue stays one statement.
   */
  practicePage(
    m: EntityManager,
    scope: AccessScope,
    callerPersonId: string | null,
    f: PracticeFilter | undefined,
    order: PracticeOrder | undefined,
    page: PageRequest,
    reviewable?: { sql: string; params: Record<string, unknown> },
  ): Promise<Connection<PracticeEntity>> {
    const qb = this.practices(m, scope, callerPersonId);
    const q = f?.search?.trim() ?? '';
    qb.setParameter('fq', q);
    const archived = f?.archived ?? ArchiveFilter.ACTIVE;
    if (archived === ArchiveFilter.ACTIVE) qb.andWhere('p.archived_at IS NULL');
    if (archived === ArchiveFilter.ARCHIVED) qb.andWhere('p.archived_at IS NOT NULL');
    if (q) qb.andWhere(`p.search_vector @@ ${QUERY}`);
    if (f?.competenceId) qb.andWhere('EXISTS (SELECT 1 FROM practice_competence fpc WHERE fpc.practice_id = p.id AND fpc.competence_id = :fComp)', { fComp: f.competenceId });
    if (f?.organizationId) qb.andWhere('p.organization_id = :fOrg', { fOrg: f.organizationId });
    if (f?.municipalityId) qb.andWhere('p.organization_id IN (SELECT fo.id FROM organization fo WHERE fo.municipality_id = :fMun)', { fMun: f.municipalityId });
    if (f?.networkId) qb.andWhere('p.network_id = :fNet', { fNet: f.networkId });
    if (f?.state) qb.andWhere('p.state = :fState', { fState: f.state });
    if (f?.tag?.trim()) qb.andWhere(':fTag = ANY(p.tags)', { fTag: f.tag.trim().toLowerCase() });
    if (reviewable) qb.andWhere(`p.state = 'ON_REVIEW' AND p.id IN (${reviewable.sql})`, reviewable.params);
    const dflt: PracticeOrder = q ? { field: PracticeOrderField.RELEVANCE, direction: SortDirection.DESC } : { field: PracticeOrderField.UPDATED_AT, direction: SortDirection.DESC };
    return orderedPage(qb, 'p.id', PRACTICE_ORDER, order ?? dflt, page);
  }

  findPractice(m: EntityManager, scope: AccessScope, callerPersonId: string | null, id: string, lock = false): Promise<PracticeEntity | null> {
    const qb = this.practices(m, scope, callerPersonId).andWhere('p.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['p']);
    return qb.getOne();
  }

  practice = (m: EntityManager, id: string) => m.getRepository(PracticeEntity).findOneBy({ id });

  async insert<E extends object>(m: EntityManager, target: new () => E, values: Partial<E>): Promise<E> {
    const res = await m.getRepository(target).insert(values as never);
    return m.getRepository(target).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id } as never);
  }

  async update<E extends object>(m: EntityManager, target: new () => E, id: string, values: Partial<E>): Promise<E> {
    if (Object.keys(values).length) await m.getRepository(target).update({ id } as never, values as never);
    return m.getRepository(target).findOneByOrFail({ id } as never);
  }

  /** Replace a card's authors (in order) and competences. */
  async setPracticeAuthors(m: EntityManager, practiceId: string, personIds: readonly string[]): Promise<void> {
    await m.getRepository(PracticeAuthorEntity).delete({ practiceId });
    if (personIds.length) await m.getRepository(PracticeAuthorEntity).insert(personIds.map((personId, position) => ({ practiceId, personId, position })));
  }

  async setPracticeCompetences(m: EntityManager, practiceId: string, competenceIds: readonly string[]): Promise<void> {
    await m.getRepository(PracticeCompetenceEntity).delete({ practiceId });
    if (competenceIds.length) await m.getRepository(PracticeCompetenceEntity).insert(competenceIds.map((competenceId) => ({ practiceId, competenceId })));
  }

  async setProductAuthors(m: EntityManager, productId: string, personIds: readonly string[]): Promise<void> {
    await m.getRepository(ProductAuthorEntity).delete({ productId });
    if (personIds.length) await m.getRepository(ProductAuthorEntity).insert(personIds.map((personId, position) => ({ productId, personId, position })));
  }

  /** The competences among `ids` that exist (the rest are refused as a field error). */
  async existingCompetences(m: EntityManager, ids: readonly string[]): Promise<string[]> {
    if (!ids.length) return [];
    return (await m.getRepository(CompetenceEntity).findBy({ id: In([...ids]) })).map((c) => c.id);
  }

  /** The organisation takes part in the network (an ACCEPTED member) or coordinates it. */
  async inNetwork(m: EntityManager, networkId: string, organizationId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM network n WHERE n.id = $1 AND (n.coordinator_organization_id = $2 OR ${isAcceptedMemberSql('n.id', '$2::uuid')})`,
      [networkId, organizationId],
    );
    return rows.length > 0;
  }

  attachment = (m: EntityManager, id: string) => m.getRepository(PracticeAttachmentEntity).findOneBy({ id });
  attachmentFile = (m: EntityManager, id: string) => m.getRepository(PracticeAttachmentFileEntity).findOneBy({ attachmentId: id });
  async insertAttachmentFile(m: EntityManager, attachmentId: string, content: Buffer): Promise<void> {
    await m.getRepository(PracticeAttachmentFileEntity).insert({ attachmentId, content });
  }
  async deleteAttachment(m: EntityManager, id: string): Promise<void> {
    await m.getRepository(PracticeAttachmentEntity).delete({ id });
  }

  // Batches for field resolvers.
  authorsOf(m: EntityManager, practiceIds: readonly string[]): Promise<PracticeAuthorEntity[]> {
    if (!practiceIds.length) return Promise.resolve([]);
    return m.getRepository(PracticeAuthorEntity).find({ where: { practiceId: In([...practiceIds]) }, order: { position: 'ASC' } });
  }

  productAuthorsOf(m: EntityManager, productIds: readonly string[]): Promise<ProductAuthorEntity[]> {
    if (!productIds.length) return Promise.resolve([]);
    return m.getRepository(ProductAuthorEntity).find({ where: { productId: In([...productIds]) }, order: { position: 'ASC' } });
  }

  competencesOf(m: EntityManager, practiceIds: readonly string[]): Promise<(CompetenceEntity & { practiceId: string })[]> {
    if (!practiceIds.length) return Promise.resolve([]);
    return m
      .getRepository(CompetenceEntity)
      .createQueryBuilder('c')
      .innerJoin(PracticeCompetenceEntity, 'pc', 'pc.competence_id = c.id')
      .addSelect('pc.practice_id', 'practiceId')
      .where('pc.practice_id = ANY(CAST(:ids AS uuid[]))', { ids: practiceIds })
      .orderBy('c.code')
      .getRawAndEntities<{ practiceId: string; c_id: string }>()
      .then(({ raw, entities }) => {
        const byId = new Map(entities.map((e) => [e.id, e]));
        return raw.map((r) => ({ ...byId.get(r.c_id)!, practiceId: r.practiceId }));
      });
  }

  attachmentsOf(m: EntityManager, practiceIds: readonly string[]): Promise<PracticeAttachmentEntity[]> {
    if (!practiceIds.length) return Promise.resolve([]);
    return m.getRepository(PracticeAttachmentEntity).find({ where: { practiceId: In([...practiceIds]) }, order: { createdAt: 'ASC' } });
  }

  networkNames(m: EntityManager, ids: readonly string[]): Promise<NamedRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(`SELECT n.id, n.name FROM network n WHERE n.id = ANY($1::uuid[])`, [ids]);
  }

  /** ts_headline of each card's text for the search; matches between «[[» and «]]» (HTML is never produced). */
  snippets(m: EntityManager, ids: readonly string[], search: string): Promise<SnippetRow[]> {
    if (!ids.length || !search.trim()) return Promise.resolve([]);
    return m.query(
      `SELECT p.id, ts_headline('russian', concat_ws(' · ', p.problem, p.solutions, p.mechanisms, p.products, p.result, array_to_string(p.tags, ', ')),
                websearch_to_tsquery('russian', $2),
                'StartSel=[[, StopSel=]], MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
         FROM practice p WHERE p.id = ANY($1::uuid[])`,
      [ids, search.trim()],
    );
  }

  // Products.
  private products(m: EntityManager, scope: AccessScope, callerPersonId: string | null): SelectQueryBuilder<MethodologicalProductEntity> {
    const cond = productReadCondition(scope, 'mp');
    return m.getRepository(MethodologicalProductEntity).createQueryBuilder('mp').where(cond.sql, { ...cond.params, callerPersonId });
  }

  productPage(m: EntityManager, scope: AccessScope, callerPersonId: string | null, f: ProductFilter | undefined, order: ProductOrder | undefined, page: PageRequest) {
    const qb = this.products(m, scope, callerPersonId);
    const archived = f?.archived ?? ArchiveFilter.ACTIVE;
    if (archived === ArchiveFilter.ACTIVE) qb.andWhere('mp.archived_at IS NULL');
    if (archived === ArchiveFilter.ARCHIVED) qb.andWhere('mp.archived_at IS NOT NULL');
    if (f?.search?.trim()) qb.andWhere('mp.title ILIKE :fSearch', { fSearch: `%${escapeLike(f.search.trim())}%` });
    if (f?.kind) qb.andWhere('mp.kind = :fKind', { fKind: f.kind });
    if (f?.organizationId) qb.andWhere('mp.organization_id = :fOrg', { fOrg: f.organizationId });
    if (f?.municipalityId) qb.andWhere('mp.organization_id IN (SELECT fo.id FROM organization fo WHERE fo.municipality_id = :fMun)', { fMun: f.municipalityId });
    if (f?.networkId) qb.andWhere(`mp.organization_id IN (${acceptedMemberOrgsSql('CAST(:fNet AS uuid)', 'fnm')})`, { fNet: f.networkId });
    if (f?.practiceId) qb.andWhere('mp.practice_id = :fPractice', { fPractice: f.practiceId });
    if (f?.routeId) qb.andWhere('mp.route_id = :fRoute', { fRoute: f.routeId });
    if (f?.year) qb.andWhere('mp.year = :fYear', { fYear: f.year });
    return orderedPage(qb, 'mp.id', PRODUCT_ORDER, order ?? { field: ProductOrderField.YEAR, direction: SortDirection.DESC }, page);
  }

  findProduct(m: EntityManager, scope: AccessScope, callerPersonId: string | null, id: string, lock = false): Promise<MethodologicalProductEntity | null> {
    const qb = this.products(m, scope, callerPersonId).andWhere('mp.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['mp']);
    return qb.getOne();
  }

  productFile = (m: EntityManager, id: string) => m.getRepository(ProductFileEntity).findOneBy({ productId: id });
  async putProductFile(m: EntityManager, productId: string, content: Buffer): Promise<void> {
    await m.getRepository(ProductFileEntity).upsert({ productId, content }, ['productId']);
  }

  /** Products of cards (not archived), for the card page. */
  productsOfPractices(m: EntityManager, practiceIds: readonly string[]): Promise<MethodologicalProductEntity[]> {
    if (!practiceIds.length) return Promise.resolve([]);
    return m.getRepository(MethodologicalProductEntity).find({ where: { practiceId: In([...practiceIds]) }, order: { year: 'DESC', title: 'ASC' } }).then((r) => r.filter((x) => !x.archivedAt));
  }

  practiceTitles(m: EntityManager, ids: readonly string[]): Promise<NamedRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(`SELECT p.id, p.title AS name FROM practice p WHERE p.id = ANY($1::uuid[])`, [ids]);
  }

  routeTitles(m: EntityManager, ids: readonly string[]): Promise<NamedRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(`SELECT r.id, r.title AS name FROM learning_route r WHERE r.id = ANY($1::uuid[])`, [ids]);
  }

  stepTitles(m: EntityManager, ids: readonly string[]): Promise<NamedRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(`SELECT s.id, s.title AS name FROM learning_route_step s WHERE s.id = ANY($1::uuid[])`, [ids]);
  }

  stepRoute(m: EntityManager, stepId: string): Promise<{ routeId: string }[]> {
    return m.query(`SELECT s.route_id AS "routeId" FROM learning_route_step s WHERE s.id = $1`, [stepId]);
  }

  /** The states a state may move to (a guard against two reviewers at once: the row is locked by `findPractice`). */
  static readonly FLOW: Readonly<Record<PracticeState, readonly PracticeState[]>> = {
    DRAFT: [PracticeState.ON_REVIEW],
    RETURNED: [PracticeState.ON_REVIEW],
    ON_REVIEW: [PracticeState.PUBLISHED, PracticeState.RETURNED],
    PUBLISHED: [PracticeState.DRAFT],
  };
}
