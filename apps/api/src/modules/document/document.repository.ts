import { Injectable } from '@nestjs/common';
import { DOCUMENT_KIND_LABELS, DOCUMENT_LEVEL_LABELS, DocumentTaskState, DocumentValidity } from '@metodset/shared';
import { EntityManager, In, IsNull, SelectQueryBuilder } from 'typeorm';
import { documentReadCondition } from '../../common/access/rules/document.rules';
import { AccessScope } from '../../common/auth/access-scope';
import { Connection } from '../../common/pagination/connection';
import { normalizeTag } from '../../common/validation/tags';
import { byLabel, orderedPage, OrderColumns, PageRequest, SortDirection } from '../../common/pagination/order';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { escapeLike } from '../organization/organization.repository';
import { DocumentFilter, DocumentOrder, DocumentOrderField, DocumentTaskFilter, DocumentTaskOrder, DocumentTaskOrderField } from './dto/documents.args';
import { DocumentFileEntity } from './document-file.entity';
import { DocumentTaskResponsibleEntity } from './document-task-responsible.entity';
import { DocumentTaskEntity } from './document-task.entity';
import { DocumentEntity } from './document.entity';

/** The document's text for full-text search: the expression of the GIN index `ix_document_search`. */
const SEARCH_VECTOR = (a: string) => `to_tsvector('russian'::regconfig, ${a}.number || ' ' || ${a}.title)`;
/** Validity today (`:today`), the same rule as `documentValidity` in libs/shared. */
const EXPIRED = (a: string) => `(${a}.replaced_by_id IS NOT NULL OR ${a}.valid_until < CAST(:today AS date))`;
const TASK_STATE = (a: string) => `(CASE WHEN ${a}.status = 'DONE' THEN 'DONE' WHEN ${a}.due_on < CAST(:today AS date) THEN 'OVERDUE' ELSE 'PLANNED' END)`;

const ORDER: OrderColumns<DocumentOrderField> = {
  TITLE: { sql: 'd.title', type: 'text' },
  NUMBER: { sql: 'd.number', type: 'text' },
  ISSUED_ON: { sql: 'd.issued_on', type: 'date', nulls: '-infinity' },
  LEVEL: { sql: byLabel('d.level', DOCUMENT_LEVEL_LABELS), type: 'text' },
  KIND: { sql: byLabel('d.kind', DOCUMENT_KIND_LABELS), type: 'text' },
  TASK_COUNT: { sql: '(SELECT count(*) FROM document_task dtc WHERE dtc.document_id = d.id AND dtc.archived_at IS NULL)', type: 'int' },
};
const DEFAULT_ORDER: DocumentOrder = { field: DocumentOrderField.ISSUED_ON, direction: SortDirection.DESC };

const TASK_ORDER: OrderColumns<DocumentTaskOrderField> = {
  DUE_ON: { sql: 't.due_on', type: 'date', nulls: 'infinity' },
  DOCUMENT: { sql: `(SELECT concat_ws(' ', td.number, td.title) FROM document td WHERE td.id = t.document_id)`, type: 'text' },
  STATE: { sql: `(CASE WHEN t.status = 'DONE' THEN 'Выполнено' WHEN t.due_on < current_date THEN 'Просрочено' ELSE 'Запланировано' END)`, type: 'text' },
  TEXT: { sql: 't.text', type: 'text' },
};
const DEFAULT_TASK_ORDER: DocumentTaskOrder = { field: DocumentTaskOrderField.DUE_ON, direction: SortDirection.ASC };

export interface DocumentOwnerRow {
  documentId: string;
  kind: 'region' | 'municipality' | 'organization';
  id: string;
  name: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/** All SQL of the document bank: the scope through `documentReadCondition`, tasks and their people in batches. */
@Injectable()
export class DocumentRepository {
  private scoped(m: EntityManager, scope: AccessScope): SelectQueryBuilder<DocumentEntity> {
    const cond = documentReadCondition(scope, 'd');
    return m.getRepository(DocumentEntity).createQueryBuilder('d').where(cond.sql, cond.params);
  }

  page(m: EntityManager, scope: AccessScope, f: DocumentFilter | undefined, order: DocumentOrder | undefined, page: PageRequest): Promise<Connection<DocumentEntity>> {
    const qb = this.scoped(m, scope);
    const archived = f?.archived ?? ArchiveFilter.ACTIVE;
    if (archived === ArchiveFilter.ACTIVE) qb.andWhere('d.archived_at IS NULL');
    if (archived === ArchiveFilter.ARCHIVED) qb.andWhere('d.archived_at IS NOT NULL');
    if (f?.level) qb.andWhere('d.level = :fLevel', { fLevel: f.level });
    if (f?.kind) qb.andWhere('d.kind = :fKind', { fKind: f.kind });
    if (f?.organizationId) qb.andWhere('d.organization_id = :fOrg', { fOrg: f.organizationId });
    if (f?.year) qb.andWhere('EXTRACT(YEAR FROM d.issued_on) = :fYear', { fYear: f.year });
    const tag = normalizeTag(f?.tag);
    if (tag) qb.andWhere('d.tags @> ARRAY[CAST(:fTag AS text)]', { fTag: tag });
    if (f?.validity === DocumentValidity.EXPIRED) qb.andWhere(EXPIRED('d'), { today: today() });
    if (f?.validity === DocumentValidity.NOT_YET) qb.andWhere(`NOT ${EXPIRED('d')} AND d.valid_from > CAST(:today AS date)`, { today: today() });
    if (f?.validity === DocumentValidity.IN_FORCE) qb.andWhere(`NOT ${EXPIRED('d')} AND (d.valid_from IS NULL OR d.valid_from <= CAST(:today AS date))`, { today: today() });
    const q = f?.search?.trim();
    if (q) {
      qb.andWhere(`(${SEARCH_VECTOR('d')} @@ websearch_to_tsquery('russian'::regconfig, :fSearch) OR d.number ILIKE :fLike)`, { fSearch: q, fLike: `%${escapeLike(q)}%` });
    }
    return orderedPage(qb, 'd.id', ORDER, order ?? DEFAULT_ORDER, page);
  }

  findInScope(m: EntityManager, scope: AccessScope, id: string, lock = false): Promise<DocumentEntity | null> {
    const qb = this.scoped(m, scope).andWhere('d.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['d']);
    return qb.getOne();
  }

  /** Of these ids, the documents the scope reads (one statement). */
  async visibleIds(m: EntityManager, scope: AccessScope, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.scoped(m, scope).andWhere('d.id = ANY(CAST(:ids AS uuid[]))', { ids }).select('d.id', 'id').getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }

  byIds(m: EntityManager, ids: readonly string[]): Promise<DocumentEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.getRepository(DocumentEntity).findBy({ id: In([...ids]) });
  }

  task = (m: EntityManager, id: string) => m.getRepository(DocumentTaskEntity).findOneBy({ id });

  taskPage(m: EntityManager, scope: AccessScope, callerPersonId: string | null, f: DocumentTaskFilter | undefined, order: DocumentTaskOrder | undefined, page: PageRequest): Promise<Connection<DocumentTaskEntity>> {
    const cond = documentReadCondition(scope, 'd');
    const qb = m
      .getRepository(DocumentTaskEntity)
      .createQueryBuilder('t')
      .innerJoin(DocumentEntity, 'd', 'd.id = t.document_id')
      .where(cond.sql, cond.params)
      .andWhere('t.archived_at IS NULL AND d.archived_at IS NULL');
    if (f?.organizationId) qb.andWhere('d.organization_id = :fOrg', { fOrg: f.organizationId });
    if (f?.responsiblePersonId) qb.andWhere('EXISTS (SELECT 1 FROM document_task_responsible fr WHERE fr.task_id = t.id AND fr.person_id = :fPerson)', { fPerson: f.responsiblePersonId });
    if (f?.mine) qb.andWhere('EXISTS (SELECT 1 FROM document_task_responsible mr WHERE mr.task_id = t.id AND mr.person_id = CAST(:fMe AS uuid))', { fMe: callerPersonId });
    if (f?.state) qb.andWhere(`${TASK_STATE('t')} = :fState`, { fState: f.state satisfies DocumentTaskState, today: today() });
    if (f?.search?.trim()) qb.andWhere('(t.text ILIKE :fLike OR t.responsible_text ILIKE :fLike)', { fLike: `%${escapeLike(f.search.trim())}%` });
    return orderedPage(qb, 't.id', TASK_ORDER, order ?? DEFAULT_TASK_ORDER, page);
  }

  /**
   * Points of orders in scope naming this person that are not done, overdue first, then by deadline (none last), with
   * their order's title and number. One statement (HOME's agenda).
   */
  /** Open tasks naming the person as responsible, overdue first; «overdue» is measured against `day` (the agenda's today). */
  async openTasksOfPerson(m: EntityManager, scope: AccessScope, personId: string, limit: number, day: string) {
    const cond = documentReadCondition(scope, 'd');
    const rows: { t_id: string; t_document_id: string; t_number: string; t_text: string; t_due_on: string | null; state: DocumentTaskState; title: string; doc_number: string }[] = await m
      .getRepository(DocumentTaskEntity)
      .createQueryBuilder('t')
      .innerJoin(DocumentEntity, 'd', 'd.id = t.document_id')
      .select(['t.id AS t_id', 't.document_id AS t_document_id', 't.number AS t_number', 't.text AS t_text', `to_char(t.due_on, 'YYYY-MM-DD') AS t_due_on`])
      .addSelect(TASK_STATE('t'), 'state')
      .addSelect('d.title', 'title')
      .addSelect('d.number', 'doc_number')
      .where(cond.sql, cond.params)
      .andWhere('t.archived_at IS NULL AND d.archived_at IS NULL AND t.status <> :done', { done: 'DONE', today: day })
      .andWhere('EXISTS (SELECT 1 FROM document_task_responsible mr WHERE mr.task_id = t.id AND mr.person_id = CAST(:me AS uuid))', { me: personId })
      .orderBy(`${TASK_STATE('t')} = 'OVERDUE'`, 'DESC')
      .addOrderBy('t.due_on', 'ASC', 'NULLS LAST')
      .addOrderBy('t.id', 'ASC')
      .limit(limit)
      .getRawMany();
    return rows.map((r) => ({ id: r.t_id, documentId: r.t_document_id, number: r.t_number, text: r.t_text, dueOn: r.t_due_on, state: r.state, documentTitle: r.title, documentNumber: r.doc_number }));
  }

  async insert<E extends object>(m: EntityManager, target: new () => E, values: Partial<E>): Promise<E> {
    const res = await m.getRepository(target).insert(values as never);
    return m.getRepository(target).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id } as never);
  }

  async update<E extends object>(m: EntityManager, target: new () => E, id: string, values: Partial<E>): Promise<E> {
    if (Object.keys(values).length) await m.getRepository(target).update({ id } as never, values as never);
    return m.getRepository(target).findOneByOrFail({ id } as never);
  }

  // Files.
  async putFile(m: EntityManager, documentId: string, content: Buffer): Promise<void> {
    await m.getRepository(DocumentFileEntity).upsert({ documentId, content }, ['documentId']);
  }
  async deleteFile(m: EntityManager, documentId: string): Promise<void> {
    await m.getRepository(DocumentFileEntity).delete({ documentId });
  }
  file = (m: EntityManager, documentId: string) => m.getRepository(DocumentFileEntity).findOneBy({ documentId });

  // Batches.
  owners(m: EntityManager, ids: readonly string[]): Promise<DocumentOwnerRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(
      `SELECT d.id AS "documentId",
              CASE WHEN d.organization_id IS NOT NULL THEN 'organization' WHEN d.municipality_id IS NOT NULL THEN 'municipality' ELSE 'region' END AS kind,
              coalesce(d.organization_id, d.municipality_id, d.region_id) AS id,
              coalesce(coalesce(o.short_name, o.name), mu.name, r.name) AS name
         FROM document d
         LEFT JOIN organization o ON o.id = d.organization_id
         LEFT JOIN municipality mu ON mu.id = d.municipality_id
         LEFT JOIN region r ON r.id = d.region_id
        WHERE d.id = ANY($1::uuid[]) AND d.level <> 'FEDERAL'`,
      [ids],
    );
  }

  tasksOf(m: EntityManager, documentIds: readonly string[], archived: ArchiveFilter): Promise<DocumentTaskEntity[]> {
    if (!documentIds.length) return Promise.resolve([]);
    const qb = m.getRepository(DocumentTaskEntity).createQueryBuilder('t').where('t.document_id = ANY(CAST(:ids AS uuid[]))', { ids: documentIds });
    if (archived === ArchiveFilter.ACTIVE) qb.andWhere('t.archived_at IS NULL');
    if (archived === ArchiveFilter.ARCHIVED) qb.andWhere('t.archived_at IS NOT NULL');
    return qb.orderBy('t.position', 'ASC').addOrderBy('t.id', 'ASC').getMany();
  }

  activeTaskCounts(m: EntityManager, documentIds: readonly string[]): Promise<{ documentId: string; n: number }[]> {
    if (!documentIds.length) return Promise.resolve([]);
    return m.query(
      `SELECT document_id AS "documentId", count(*)::int AS n FROM document_task WHERE document_id = ANY($1::uuid[]) AND archived_at IS NULL GROUP BY document_id`,
      [documentIds],
    );
  }

  responsibleOf(m: EntityManager, taskIds: readonly string[]): Promise<DocumentTaskResponsibleEntity[]> {
    if (!taskIds.length) return Promise.resolve([]);
    return m.getRepository(DocumentTaskResponsibleEntity).find({ where: { taskId: In([...taskIds]) }, order: { position: 'ASC' } });
  }

  async replaceResponsible(m: EntityManager, taskId: string, personIds: readonly string[]): Promise<void> {
    await m.getRepository(DocumentTaskResponsibleEntity).delete({ taskId });
    if (personIds.length) await m.getRepository(DocumentTaskResponsibleEntity).insert(personIds.map((personId, i) => ({ taskId, personId, position: i + 1 })));
  }

  async nextTaskPosition(m: EntityManager, documentId: string): Promise<number> {
    const [row] = await m.query(`SELECT COALESCE(max(position), 0) + 1 AS n FROM document_task WHERE document_id = $1`, [documentId]);
    return Number(row.n);
  }

  /** Tasks of a document not archived: to refuse a kind without tasks. */
  countActiveTasks = (m: EntityManager, documentId: string) => m.getRepository(DocumentTaskEntity).countBy({ documentId, archivedAt: IsNull() });
}
