import { Injectable } from '@nestjs/common';
import { DOCUMENT_FILE_MAX_BYTES, DOCUMENT_FILE_TYPES, DOCUMENT_KINDS_WITH_TASKS, DocumentLevel, DocumentTaskStatus } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessService } from '../../common/access/access.service';
import { Caller } from '../../common/access/access-rule';
import { Actor } from '../../common/auth/actor';
import { AccessScope } from '../../common/auth/access-scope';
import { Permission } from '../../common/auth/permissions';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, fieldError, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { checkAttachedFile } from '../../common/files/attached-file';
import { PageRequest } from '../../common/pagination/order';
import { AuditService } from '../audit/audit.service';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { PersonRepository } from '../person/person.repository';
import { CreateDocumentInput, DocumentFileInput, DocumentTaskInput, DocumentTaskStatusInput, UpdateDocumentInput } from './dto/document.input';
import { DocumentFilter, DocumentOrder, DocumentTaskFilter, DocumentTaskOrder } from './dto/documents.args';
import { DocumentTaskEntity } from './document-task.entity';
import { DocumentEntity } from './document.entity';
import { DocumentRepository } from './document.repository';

const OUT_OF_REACH = 'Не найдено или вне вашей зоны ответственности';
const VALIDITY = 'Окончание действия — не раньше вступления в силу';
const NOT_FOUND = 'Документ не найден';
const TASK_NOT_FOUND = 'Поручение не найдено';
const PERSON_NOT_FOUND = 'Ответственный не найден';
const NOT_YOURS = 'Изменять документ может тот, кто отвечает за его уровень: регион, муниципалитет или организацию';
const CONSTRAINTS: Record<string, FieldError> = {
  ck_document_title: { field: 'title', message: 'Введите название документа' },
  ck_document_level_owner: { field: 'level', message: 'Уровень и принадлежность не согласуются' },
  ck_document_validity: { field: 'validUntil', message: VALIDITY },
  ck_document_not_replaced_by_itself: { field: 'replacedById', message: 'Документ не может заменять сам себя' },
  ck_document_url: { field: 'url', message: 'Ссылка — адрес вида https://…' },
  ck_document_tags: { field: 'tags', message: 'Не больше 20 меток' },
  ck_document_task_text: { field: 'text', message: 'Введите текст поручения' },
  ck_document_task_done: { field: 'doneOn', message: 'Дата выполнения — только у выполненного поручения' },
  uq_document_task_responsible: { field: 'responsiblePersonIds', message: 'Ответственный указан дважды' },
  uq_document_external_id: { field: 'number', message: 'Такой документ уже есть' },
  // An owner that does not exist reads exactly like one out of reach (no existence oracle).
  FK_de9094f7d96e3934ba1e5cef65e: { field: 'regionId', message: OUT_OF_REACH },
  FK_a329a6b5861f62a7cc5d6ca0833: { field: 'municipalityId', message: OUT_OF_REACH },
  FK_1407fa9ccce42ac1417c4620db8: { field: 'organizationId', message: OUT_OF_REACH },
};

/** The owner field each level needs (FEDERAL: none). */
const OWNER_FIELD: Record<DocumentLevel, 'regionId' | 'municipalityId' | 'organizationId' | null> = {
  FEDERAL: null,
  REGIONAL: 'regionId',
  MUNICIPAL: 'municipalityId',
  ORGANIZATION: 'organizationId',
};

const today = () => new Date().toISOString().slice(0, 10);
const defined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

function checkValidity(from: string | null | undefined, until: string | null | undefined): void {
  if (from && until && until < from) throw fieldError('validUntil', VALIDITY);
}

/** The bank of normative documents and the tasks of orders; every change is audited, with the people it names. */
@Injectable()
export class DocumentService {
  constructor(
    private readonly repo: DocumentRepository,
    private readonly access: AccessService,
    private readonly people: PersonRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, filter: DocumentFilter | undefined, order: DocumentOrder | undefined, page: PageRequest) {
    return this.repo.page(this.uow.reader, actor.scope, filter, order, page);
  }

  tasks(actor: Actor, filter: DocumentTaskFilter | undefined, order: DocumentTaskOrder | undefined, page: PageRequest) {
    if (filter?.responsiblePersonId) return this.tasksOfPerson(actor, filter, order, page);
    return this.repo.taskPage(this.uow.reader, actor.scope, actor.user.personId, filter, order, page);
  }

  /** Points of orders the caller reads naming the caller as responsible, not done, overdue first (HOME's agenda). One statement. */
  myOpenTasks(actor: Actor, limit: number, today: string) {
    return actor.user.personId ? this.repo.openTasksOfPerson(this.uow.reader, actor.scope, actor.user.personId, limit, today) : Promise.resolve([]);
  }

  /** A person the caller does not see is NOT_FOUND, not an empty list (no existence oracle either way). */
  private async tasksOfPerson(actor: Actor, filter: DocumentTaskFilter, order: DocumentTaskOrder | undefined, page: PageRequest) {
    const id = filter.responsiblePersonId as string;
    if (!(await this.access.can(this.uow.reader, actor.user, 'person.read', id))) throw notFound(PERSON_NOT_FOUND);
    return this.repo.taskPage(this.uow.reader, actor.scope, actor.user.personId, filter, order, page);
  }

  async get(actor: Actor, id: string): Promise<DocumentEntity> {
    const found = await this.repo.findInScope(this.uow.reader, actor.scope, id);
    if (!found) throw notFound(NOT_FOUND);
    return found;
  }

  /** Visible (else NOT_FOUND), the caller's to keep (else FORBIDDEN), not archived unless allowed. Locks the row. */
  private async lockDocument(m: EntityManager, actor: Actor, id: string, missing = NOT_FOUND, allowArchived = false): Promise<DocumentEntity> {
    const doc = await this.repo.findInScope(m, AccessService.scope(actor.user, Permission.DOCUMENT_READ), id, true);
    if (!doc) throw notFound(missing);
    if (!(await this.access.can(m, actor.user, 'document.manage', id))) throw forbidden(NOT_YOURS);
    if (doc.archivedAt && !allowArchived) throw badInput([], 'Документ в архиве: сначала восстановите его');
    return doc;
  }

  private async lockTask(m: EntityManager, actor: Actor, taskId: string, allowArchived = false): Promise<{ doc: DocumentEntity; task: DocumentTaskEntity }> {
    const task = await this.repo.task(m, taskId);
    if (!task) throw notFound(TASK_NOT_FOUND);
    const doc = await this.lockDocument(m, actor, task.documentId, TASK_NOT_FOUND);
    if (task.archivedAt && !allowArchived) throw badInput([], 'Поручение в архиве: сначала восстановите его');
    return { doc, task };
  }

  private record(m: EntityManager, actor: Actor, action: string, documentId: string, extra: { before?: object | null; after?: object | null; personIds?: string[] } = {}) {
    const personIds = extra.personIds?.length ? [...new Set(extra.personIds)] : null;
    return this.audit.record(m, { accountId: actor.user.accountId, action, entityType: 'document', entityId: documentId, before: extra.before ?? null, after: extra.after ?? null, personIds });
  }

  /** The replacing document: visible to the caller, not this one, not replaced by this one. */
  private async checkReplacement(m: EntityManager, actor: Actor, id: string | null, replacedById: string | null | undefined): Promise<void> {
    if (!replacedById) return;
    if (replacedById === id) throw fieldError('replacedById', 'Документ не может заменять сам себя');
    const other = await this.repo.findInScope(m, AccessService.scope(actor.user, Permission.DOCUMENT_READ), replacedById);
    if (!other) throw notFound('Документ, которым заменён этот, не найден');
    if (id && other.replacedById === id) throw fieldError('replacedById', 'Эти документы не могут заменять друг друга');
  }

  async create(actor: Actor, input: CreateDocumentInput): Promise<DocumentEntity> {
    const need = OWNER_FIELD[input.level];
    const given = (['regionId', 'municipalityId', 'organizationId'] as const).filter((f) => input[f]);
    if (need && !input[need]) throw fieldError(need, need === 'regionId' ? 'Выберите регион' : need === 'municipalityId' ? 'Выберите муниципалитет' : 'Выберите организацию');
    const extra = given.filter((f) => f !== need);
    if (extra.length) throw fieldError(extra[0], 'Лишняя принадлежность для этого уровня документа');
    checkValidity(input.validFrom, input.validUntil);
    return this.uow.write(async (m) => {
      await this.checkReplacement(m, actor, null, input.replacedById);
      const created = await this.repo.insert(m, DocumentEntity, {
        level: input.level,
        kind: input.kind,
        number: input.number ?? '',
        issuedOn: input.issuedOn ?? null,
        title: input.title,
        issuer: input.issuer ?? '',
        regionId: input.regionId ?? null,
        municipalityId: input.municipalityId ?? null,
        organizationId: input.organizationId ?? null,
        validFrom: input.validFrom ?? null,
        validUntil: input.validUntil ?? null,
        replacedById: input.replacedById ?? null,
        url: input.url ?? null,
        sourceNote: input.sourceNote ?? '',
        tags: input.tags ?? [],
      });
      // The rule decides on the row itself: a document the caller may not keep is rolled back with the transaction.
      if (!(await this.access.can(m, actor.user, 'document.manage', created.id))) throw fieldError(need ?? 'level', OUT_OF_REACH);
      await this.record(m, actor, 'create', created.id, { after: input });
      return created;
    }, CONSTRAINTS);
  }

  async update(actor: Actor, id: string, input: UpdateDocumentInput): Promise<DocumentEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockDocument(m, actor, id);
      const changes: Partial<DocumentEntity> = defined(input);
      checkValidity(changes.validFrom === undefined ? before.validFrom : changes.validFrom, changes.validUntil === undefined ? before.validUntil : changes.validUntil);
      await this.checkReplacement(m, actor, id, input.replacedById);
      if (changes.kind && !DOCUMENT_KINDS_WITH_TASKS.includes(changes.kind) && (await this.repo.countActiveTasks(m, id))) {
        throw fieldError('kind', 'У документа есть поручения: такой вид документа их не имеет');
      }
      const after = await this.repo.update(m, DocumentEntity, id, changes);
      await this.record(m, actor, 'update', id, { before, after: changes });
      return after;
    }, CONSTRAINTS);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<DocumentEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockDocument(m, actor, id, NOT_FOUND, true);
      if (!!before.archivedAt === archived) return before;
      const after = await this.repo.update(m, DocumentEntity, id, { archivedAt: archived ? new Date() : null });
      await this.record(m, actor, archived ? 'archive' : 'restore', id);
      return after;
    }, CONSTRAINTS);
  }

  async attachFile(actor: Actor, id: string, input: DocumentFileInput): Promise<DocumentEntity> {
    const checked = await checkAttachedFile(input.fileName, input.contentBase64, { types: DOCUMENT_FILE_TYPES, maxBytes: DOCUMENT_FILE_MAX_BYTES });
    if ('field' in checked) throw badInput([checked], checked.message);
    return this.uow.write(async (m) => {
      await this.lockDocument(m, actor, id);
      await this.repo.putFile(m, id, checked.content);
      const after = await this.repo.update(m, DocumentEntity, id, { fileName: checked.fileName, fileType: checked.type, fileSize: checked.content.length });
      await this.record(m, actor, 'attach-file', id, { after: { fileName: checked.fileName, fileSize: checked.content.length } });
      return after;
    }, CONSTRAINTS);
  }

  async removeFile(actor: Actor, id: string): Promise<DocumentEntity> {
    return this.uow.write(async (m) => {
      await this.lockDocument(m, actor, id);
      await this.repo.deleteFile(m, id);
      const after = await this.repo.update(m, DocumentEntity, id, { fileName: null, fileType: null, fileSize: null });
      await this.record(m, actor, 'remove-file', id);
      return after;
    }, CONSTRAINTS);
  }

  async file(scope: AccessScope, id: string): Promise<{ fileName: string; fileType: string; contentBase64: string }> {
    const doc = await this.repo.findInScope(this.uow.reader, scope, id);
    if (!doc) throw notFound(NOT_FOUND);
    const file = await this.repo.file(this.uow.reader, id);
    if (!file || !doc.fileName || !doc.fileType) throw notFound('Файл документа не найден');
    return { fileName: doc.fileName, fileType: doc.fileType, contentBase64: file.content.toString('base64') };
  }

  // Tasks.
  /** Responsible people: each once, each one the caller may name (in the write scope); anyone else is NOT_FOUND. */
  private async checkResponsible(m: EntityManager, actor: Actor, ids: readonly string[] | undefined): Promise<void> {
    if (!ids?.length) return;
    if (new Set(ids).size !== ids.length) throw fieldError('responsiblePersonIds', 'Ответственный указан дважды');
    const ok = await this.people.eligible(m, actor.scope, null, ids);
    if (ids.some((id) => !ok.has(id))) throw notFound(PERSON_NOT_FOUND);
  }

  async createTask(actor: Actor, documentId: string, input: DocumentTaskInput): Promise<DocumentTaskEntity> {
    return this.uow.write(async (m) => {
      const doc = await this.lockDocument(m, actor, documentId);
      if (!DOCUMENT_KINDS_WITH_TASKS.includes(doc.kind)) throw badInput([], 'Поручения бывают у приказов и распоряжений');
      await this.checkResponsible(m, actor, input.responsiblePersonIds);
      const task = await this.repo.insert(m, DocumentTaskEntity, {
        documentId,
        position: await this.repo.nextTaskPosition(m, documentId),
        number: input.number ?? '',
        text: input.text,
        dueOn: input.dueOn ?? null,
        responsibleText: input.responsibleText ?? '',
        result: input.result ?? '',
      });
      await this.repo.replaceResponsible(m, task.id, input.responsiblePersonIds ?? []);
      await this.record(m, actor, 'create-task', documentId, { after: { taskId: task.id, ...input }, personIds: input.responsiblePersonIds });
      return task;
    }, CONSTRAINTS);
  }

  async updateTask(actor: Actor, taskId: string, input: DocumentTaskInput): Promise<DocumentTaskEntity> {
    return this.uow.write(async (m) => {
      const { doc, task } = await this.lockTask(m, actor, taskId);
      await this.checkResponsible(m, actor, input.responsiblePersonIds);
      const { responsiblePersonIds, ...values } = input;
      const beforePeople = (await this.repo.responsibleOf(m, [taskId])).map((r) => r.personId);
      const after = await this.repo.update<DocumentTaskEntity>(m, DocumentTaskEntity, taskId, defined(values) as Partial<DocumentTaskEntity>);
      if (responsiblePersonIds) await this.repo.replaceResponsible(m, taskId, responsiblePersonIds);
      await this.record(m, actor, 'update-task', doc.id, {
        before: { ...task, responsiblePersonIds: beforePeople },
        after: { taskId, ...input },
        personIds: [...beforePeople, ...(responsiblePersonIds ?? [])],
      });
      return after;
    }, CONSTRAINTS);
  }

  /** Planned, or done on a day (today when not given; not in the future) with its result. */
  async setTaskStatus(actor: Actor, taskId: string, input: DocumentTaskStatusInput): Promise<DocumentTaskEntity> {
    const done = input.status === DocumentTaskStatus.DONE;
    if (!done && input.doneOn) throw fieldError('doneOn', 'Дата выполнения — только у выполненного поручения');
    const doneOn = done ? (input.doneOn ?? today()) : null;
    if (doneOn && doneOn > today()) throw fieldError('doneOn', 'Дата выполнения — не позже сегодняшнего дня');
    return this.uow.write(async (m) => {
      const { doc, task } = await this.lockTask(m, actor, taskId);
      const people = (await this.repo.responsibleOf(m, [taskId])).map((r) => r.personId);
      const after = await this.repo.update(m, DocumentTaskEntity, taskId, { status: input.status, doneOn, ...(input.result !== undefined ? { result: input.result } : {}) });
      await this.record(m, actor, 'task-status', doc.id, { before: { taskId, status: task.status, doneOn: task.doneOn }, after: { taskId, status: input.status, doneOn }, personIds: people });
      return after;
    }, CONSTRAINTS);
  }

  async setTaskArchived(actor: Actor, taskId: string, archived: boolean): Promise<DocumentTaskEntity> {
    return this.uow.write(async (m) => {
      const { doc, task } = await this.lockTask(m, actor, taskId, true);
      if (!!task.archivedAt === archived) return task;
      const after = await this.repo.update(m, DocumentTaskEntity, taskId, { archivedAt: archived ? new Date() : null });
      await this.record(m, actor, archived ? 'archive-task' : 'restore-task', doc.id, { after: { taskId } });
      return after;
    }, CONSTRAINTS);
  }

  // Batches for the field resolvers.
  owners = (ids: readonly string[]) => this.repo.owners(this.uow.reader, ids);
  tasksOf = (ids: readonly string[], archived: ArchiveFilter) => this.repo.tasksOf(this.uow.reader, ids, archived);
  taskCounts = (ids: readonly string[]) => this.repo.activeTaskCounts(this.uow.reader, ids);
  responsibleOf = (ids: readonly string[]) => this.repo.responsibleOf(this.uow.reader, ids);
  byIds = (ids: readonly string[]) => this.repo.byIds(this.uow.reader, ids);

  /** Of these documents, those the caller reads. */
  visible(caller: Caller, ids: readonly string[]): Promise<Set<string>> {
    return this.access.check(this.uow.reader, caller, 'document.read', ids);
  }

  manageable(caller: Caller, ids: readonly string[]): Promise<Set<string>> {
    return this.access.check(this.uow.reader, caller, 'document.manage', ids);
  }

  /** Of these people, those the caller sees (nested people never leak past the reader's scope). */
  visiblePeople(caller: Caller, ids: readonly string[]): Promise<Set<string>> {
    return this.access.check(this.uow.reader, caller, 'person.read', ids);
  }
}
