import { Injectable } from '@nestjs/common';
import { PRACTICE_FILE_MAX_BYTES, PRACTICE_FILE_TYPES, PracticeState } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessService } from '../../common/access/access.service';
import { Caller } from '../../common/access/access-rule';
import { practiceReviewCondition } from '../../common/access/rules/practice.rules';
import { Actor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, conflict, fieldError, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { checkAttachedFile } from '../../common/files/attached-file';
import { PageRequest } from '../../common/pagination/order';
import { AuditService } from '../audit/audit.service';
import { PracticeFilter, PracticeOrder } from './dto/practice.args';
import { AttachmentInput, CreatePracticeInput, UpdatePracticeInput } from './dto/practice.input';
import { PracticeAttachmentEntity } from './practice-parts.entity';
import { PracticeEntity } from './practice.entity';
import { PracticeRepository } from './practice.repository';

export const OUT_OF_REACH = 'Не найдено или вне вашей зоны ответственности';
const NOT_FOUND = 'Карточка практики не найдена';
export const PRACTICE_CONSTRAINTS: Record<string, FieldError> = {
  ck_practice_title: { field: 'title', message: 'Введите название практики' },
  ck_practice_tags: { field: 'tags', message: 'Не больше 20 меток' },
  ck_practice_network: { field: 'networkId', message: 'Выберите сеть, в которой публикуется практика' },
  ck_practice_attachment_title: { field: 'title', message: 'Введите название вложения' },
  ck_practice_attachment_url: { field: 'url', message: 'Ссылка — адрес вида https://…' },
};

/** Where a state may go: the review flow, and back to a draft to rework a published card. */
const FLOW: Readonly<Record<PracticeState, readonly PracticeState[]>> = {
  DRAFT: [PracticeState.ON_REVIEW],
  RETURNED: [PracticeState.ON_REVIEW],
  ON_REVIEW: [PracticeState.PUBLISHED, PracticeState.RETURNED],
  PUBLISHED: [PracticeState.DRAFT],
};
const STATE_WORDS: Record<PracticeState, string> = {
  DRAFT: 'черновик',
  ON_REVIEW: 'на рассмотрении',
  RETURNED: 'возвращена на доработку',
  PUBLISHED: 'опубликована',
};

const defined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** Renames the scope parameters of a condition so two scopes can sit in one statement. */
function prefixed(cond: { sql: string; params: Record<string, unknown> }, prefix: string) {
  return {
    sql: cond.sql.replace(/:(scope[A-Za-z]+)/g, `:${prefix}$1`),
    params: Object.fromEntries(Object.entries(cond.params).map(([k, v]) => [k.startsWith('scope') ? `${prefix}${k}` : k, v])),
  };
}

/**
 * Practice cards: keeping them (staff over the organisation, or an author), the review flow (draft → on review →
 * published, or returned with a reason; `practice.review` decides who reviews) and an undo-able archive. Every change
 * is audited with the authors it names.
 */
@Injectable()
export class PracticeService {
  constructor(
    private readonly repo: PracticeRepository,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  private readScope = (caller: Caller) => this.access.scope(caller, Permission.PRACTICE_READ);

  list(actor: Actor, filter: PracticeFilter | undefined, order: PracticeOrder | undefined, page: PageRequest) {
    const reviewable = filter?.reviewable ? prefixed(practiceReviewCondition(this.access.scope(actor.user, Permission.PRACTICE_REVIEW).withoutSelf(), 'rvp'), 'rv_') : undefined;
    return this.repo.practicePage(this.uow.reader, actor.scope, actor.user.personId, filter, order, page, reviewable && { sql: `SELECT rvp.id FROM practice rvp WHERE ${reviewable.sql}`, params: reviewable.params });
  }

  async get(actor: Actor, id: string): Promise<PracticeEntity> {
    const found = await this.repo.findPractice(this.uow.reader, this.readScope(actor.user), actor.user.personId, id);
    if (!found) throw notFound(NOT_FOUND);
    return found;
  }

  /** Visible (else NOT_FOUND), the caller's to `rule` (else FORBIDDEN), locked; not archived unless allowed. */
  private async lock(m: EntityManager, actor: Actor, id: string, rule: 'practice.edit' | 'practice.review' = 'practice.edit', allowArchived = false): Promise<PracticeEntity> {
    const p = await this.repo.findPractice(m, this.readScope(actor.user), actor.user.personId, id, true);
    if (!p) throw notFound(NOT_FOUND);
    if (!(await this.access.can(m, actor.user, rule, id))) {
      throw forbidden(rule === 'practice.review' ? 'Рассматривают карточку методист муниципалитета, региональный координатор или координатор сети (не её авторы)' : 'Изменять карточку могут её авторы и те, кто отвечает за её организацию');
    }
    if (p.archivedAt && !allowArchived) throw badInput([], 'Карточка в архиве: сначала восстановите её');
    return p;
  }

  private record(m: EntityManager, actor: Actor, action: string, id: string, extra: { before?: object | null; after?: object | null; personIds?: readonly string[] } = {}) {
    const personIds = extra.personIds?.length ? [...new Set(extra.personIds)] : null;
    return this.audit.record(m, { accountId: actor.user.accountId, action, entityType: 'practice', entityId: id, before: extra.before ?? null, after: extra.after ?? null, personIds });
  }

  /** Authors the caller may name (people he reads), competences that exist, a network the organisation takes part in. */
  private async checkRefs(m: EntityManager, actor: Actor, organizationId: string, input: UpdatePracticeInput): Promise<void> {
    const fields: FieldError[] = [];
    if (input.authorPersonIds?.length) {
      if (new Set(input.authorPersonIds).size !== input.authorPersonIds.length) fields.push({ field: 'authorPersonIds', message: 'Автор указан дважды' });
      const ok = await this.access.check(m, actor.user, 'person.read', input.authorPersonIds);
      input.authorPersonIds.forEach((id, i) => ok.has(id) || fields.push({ field: `authorPersonIds.${i}`, message: OUT_OF_REACH }));
    }
    if (input.competenceIds?.length) {
      const ok = new Set(await this.repo.existingCompetences(m, input.competenceIds));
      input.competenceIds.forEach((id, i) => ok.has(id) || fields.push({ field: `competenceIds.${i}`, message: 'Компетенция не найдена' }));
    }
    if (input.networkId && !((await this.access.can(m, actor.user, 'network.read', input.networkId)) && (await this.repo.inNetwork(m, input.networkId, organizationId)))) {
      fields.push({ field: 'networkId', message: 'Организация карточки не участвует в этой сети (или сеть вне вашей зоны)' });
    }
    if (fields.length) throw badInput(fields);
  }

  private async writeParts(m: EntityManager, id: string, input: UpdatePracticeInput): Promise<void> {
    if (input.authorPersonIds) await this.repo.setPracticeAuthors(m, id, [...new Set(input.authorPersonIds)]);
    if (input.competenceIds) await this.repo.setPracticeCompetences(m, id, [...new Set(input.competenceIds)]);
  }

  async create(actor: Actor, input: CreatePracticeInput): Promise<PracticeEntity> {
    return this.uow.write(async (m) => {
      if (!(await this.access.can(m, actor.user, 'practice.organization', input.organizationId))) throw fieldError('organizationId', OUT_OF_REACH);
      await this.checkRefs(m, actor, input.organizationId, input);
      const { authorPersonIds: _a, competenceIds: _c, ...fields } = input;
      const created = await this.repo.insert(m, PracticeEntity, { ...(defined(fields) as Partial<PracticeEntity>), state: PracticeState.DRAFT });
      await this.writeParts(m, created.id, input);
      await this.record(m, actor, 'create', created.id, { after: input, personIds: input.authorPersonIds });
      return created;
    }, PRACTICE_CONSTRAINTS);
  }

  /** Only a draft or a returned card changes; a published one goes back to a draft first (`withdrawPractice`). */
  async update(actor: Actor, id: string, input: UpdatePracticeInput): Promise<PracticeEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lock(m, actor, id);
      if (before.state === PracticeState.ON_REVIEW || before.state === PracticeState.PUBLISHED) {
        throw conflict(`Карточка ${STATE_WORDS[before.state]}: изменить её можно в черновике`);
      }
      await this.checkRefs(m, actor, before.organizationId, input);
      const { authorPersonIds: _a, competenceIds: _c, ...fields } = input;
      const after = await this.repo.update(m, PracticeEntity, id, defined(fields) as Partial<PracticeEntity>);
      await this.writeParts(m, id, input);
      const authorsBefore = (await this.repo.authorsOf(m, [id])).map((a) => a.personId);
      await this.record(m, actor, 'update', id, { before, after: input, personIds: [...authorsBefore, ...(input.authorPersonIds ?? [])] });
      return after;
    }, PRACTICE_CONSTRAINTS);
  }

  private async move(m: EntityManager, actor: Actor, p: PracticeEntity, to: PracticeState, values: Partial<PracticeEntity>, action: string): Promise<PracticeEntity> {
    if (!FLOW[p.state].includes(to)) throw conflict(`Карточка ${STATE_WORDS[p.state]}: это действие ей недоступно`);
    const after = await this.repo.update(m, PracticeEntity, p.id, { ...values, state: to });
    await this.record(m, actor, action, p.id, { before: { state: p.state }, after: { state: to, ...values } });
    return after;
  }

  /** Send to review in a network (the card's own, or the one given). */
  async submit(actor: Actor, id: string, networkId: string | null | undefined): Promise<PracticeEntity> {
    return this.uow.write(async (m) => {
      const p = await this.lock(m, actor, id);
      const network = networkId ?? p.networkId;
      if (!network) throw fieldError('networkId', 'Выберите сеть, в которой публикуется практика');
      if (networkId) await this.checkRefs(m, actor, p.organizationId, { networkId });
      if (!p.title.trim() || !p.problem.trim() || !p.result.trim()) throw badInput([
        ...(!p.problem.trim() ? [{ field: 'problem', message: 'Опишите проблему' }] : []),
        ...(!p.result.trim() ? [{ field: 'result', message: 'Опишите результат' }] : []),
      ], 'Перед отправкой на рассмотрение заполните проблему и результат');
      return this.move(m, actor, p, PracticeState.ON_REVIEW, { networkId: network, submittedAt: new Date(), returnReason: null }, 'submit');
    }, PRACTICE_CONSTRAINTS);
  }

  async publish(actor: Actor, id: string): Promise<PracticeEntity> {
    return this.uow.write(async (m) => {
      const p = await this.lock(m, actor, id, 'practice.review');
      return this.move(m, actor, p, PracticeState.PUBLISHED, { reviewedByAccountId: actor.user.accountId, reviewedAt: new Date(), publishedAt: new Date() }, 'publish');
    }, PRACTICE_CONSTRAINTS);
  }

  async return(actor: Actor, id: string, reason: string): Promise<PracticeEntity> {
    return this.uow.write(async (m) => {
      const p = await this.lock(m, actor, id, 'practice.review');
      return this.move(m, actor, p, PracticeState.RETURNED, { returnReason: reason, reviewedByAccountId: actor.user.accountId, reviewedAt: new Date() }, 'return');
    }, PRACTICE_CONSTRAINTS);
  }

  /** Take a published card back to a draft (authors or staff over its organisation), to rework it. */
  async withdraw(actor: Actor, id: string): Promise<PracticeEntity> {
    return this.uow.write(async (m) => {
      const p = await this.lock(m, actor, id);
      return this.move(m, actor, p, PracticeState.DRAFT, { publishedAt: null }, 'withdraw');
    }, PRACTICE_CONSTRAINTS);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<PracticeEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lock(m, actor, id, 'practice.edit', true);
      if (!!before.archivedAt === archived) return before;
      const after = await this.repo.update(m, PracticeEntity, id, { archivedAt: archived ? new Date() : null });
      await this.record(m, actor, archived ? 'archive' : 'restore', id);
      return after;
    }, PRACTICE_CONSTRAINTS);
  }

  async addAttachment(actor: Actor, id: string, input: AttachmentInput): Promise<PracticeEntity> {
    const hasFile = !!(input.fileName || input.contentBase64);
    if (hasFile === !!input.url) throw fieldError('url', 'Укажите ссылку или приложите файл (одно из двух)');
    const file = hasFile ? await checkAttachedFile(input.fileName ?? '', input.contentBase64 ?? '', { types: PRACTICE_FILE_TYPES, maxBytes: PRACTICE_FILE_MAX_BYTES }) : null;
    if (file && 'field' in file) throw fieldError(file.field, file.message);
    return this.uow.write(async (m) => {
      const p = await this.lock(m, actor, id);
      const a = await this.repo.insert(m, PracticeAttachmentEntity, {
        practiceId: id,
        title: input.title,
        url: file ? null : (input.url ?? null),
        fileName: file?.fileName ?? null,
        fileType: file?.type ?? null,
        fileSize: file?.content.length ?? null,
      });
      if (file) await this.repo.insertAttachmentFile(m, a.id, file.content);
      await this.repo.update(m, PracticeEntity, id, {});
      await this.record(m, actor, 'add-attachment', id, { after: { title: input.title, url: input.url, fileName: file?.fileName } });
      return p;
    }, PRACTICE_CONSTRAINTS);
  }

  async removeAttachment(actor: Actor, attachmentId: string): Promise<PracticeEntity> {
    return this.uow.write(async (m) => {
      const a = await this.repo.attachment(m, attachmentId);
      if (!a || !(await this.access.can(m, actor.user, 'practice.read', a.practiceId))) throw notFound('Вложение не найдено');
      const p = await this.lock(m, actor, a.practiceId);
      await this.repo.deleteAttachment(m, attachmentId);
      await this.record(m, actor, 'remove-attachment', p.id, { before: a });
      return p;
    }, PRACTICE_CONSTRAINTS);
  }

  async attachmentFile(actor: Actor, attachmentId: string) {
    const m = this.uow.reader;
    const a = await this.repo.attachment(m, attachmentId);
    const readable = !!a && (await this.access.can(m, actor.user, 'practice.read', a.practiceId));
    const file = readable && a.fileName ? await this.repo.attachmentFile(m, attachmentId) : null;
    if (!a || !file || !a.fileName || !a.fileType) throw notFound('Файл не найден');
    return { fileName: a.fileName, fileType: a.fileType, contentBase64: file.content.toString('base64') };
  }

  // Batches and abilities for field resolvers.
  authorsOf = (ids: readonly string[]) => this.repo.authorsOf(this.uow.reader, ids);
  competencesOf = (ids: readonly string[]) => this.repo.competencesOf(this.uow.reader, ids);
  attachmentsOf = (ids: readonly string[]) => this.repo.attachmentsOf(this.uow.reader, ids);
  networkNames = (ids: readonly string[]) => this.repo.networkNames(this.uow.reader, ids);
  snippets = (ids: readonly string[], search: string) => this.repo.snippets(this.uow.reader, ids, search);
  productsOf = (ids: readonly string[]) => this.repo.productsOfPractices(this.uow.reader, ids);
  editable = (caller: Caller, ids: readonly string[]) => this.access.check(this.uow.reader, caller, 'practice.edit', ids);
  reviewable = (caller: Caller, ids: readonly string[]) => this.access.check(this.uow.reader, caller, 'practice.review', ids);
  readableProducts = (caller: Caller, ids: readonly string[]) => this.access.check(this.uow.reader, caller, 'product.read', ids);
}
