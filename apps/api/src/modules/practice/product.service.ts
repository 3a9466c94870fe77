import { Injectable } from '@nestjs/common';
import { PRACTICE_FILE_MAX_BYTES, PRACTICE_FILE_TYPES } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessService } from '../../common/access/access.service';
import { Caller } from '../../common/access/access-rule';
import { Actor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, fieldError, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { CheckedFile, checkAttachedFile } from '../../common/files/attached-file';
import { PageRequest } from '../../common/pagination/order';
import { AuditService } from '../audit/audit.service';
import { ProductFilter, ProductOrder } from './dto/practice.args';
import { CreateProductInput, UpdateProductInput } from './dto/practice.input';
import { PracticeRepository } from './practice.repository';
import { OUT_OF_REACH } from './practice.service';
import { MethodologicalProductEntity } from './product.entity';

const NOT_FOUND = 'Методический продукт не найден';
const ROUTE_NOT_FOUND = 'Маршрут не найден';
const CONSTRAINTS: Record<string, FieldError> = {
  ck_methodological_product_title: { field: 'title', message: 'Введите название' },
  ck_methodological_product_year: { field: 'year', message: 'Год — от 1950 до 2100' },
  ck_methodological_product_published_on: { field: 'publishedOn', message: 'Дата выхода — в указанном году' },
  ck_methodological_product_url: { field: 'url', message: 'Ссылка — адрес вида https://…' },
  ck_methodological_product_step: { field: 'routeStepId', message: 'Шаг — только вместе с маршрутом' },
};

const defined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * Methodological products and publications: kept by staff over the issuing organisation or by their authors; linked to
 * a practice card the caller reads and to a route (ИОМ) and step the caller reads (else NOT_FOUND, as a random id).
 */
@Injectable()
export class ProductService {
  constructor(
    private readonly repo: PracticeRepository,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, filter: ProductFilter | undefined, order: ProductOrder | undefined, page: PageRequest) {
    return this.repo.productPage(this.uow.reader, actor.scope, actor.user.personId, filter, order, page);
  }

  async get(actor: Actor, id: string): Promise<MethodologicalProductEntity> {
    const found = await this.repo.findProduct(this.uow.reader, this.access.scope(actor.user, Permission.PRACTICE_READ), actor.user.personId, id);
    if (!found) throw notFound(NOT_FOUND);
    return found;
  }

  private async lock(m: EntityManager, actor: Actor, id: string, allowArchived = false): Promise<MethodologicalProductEntity> {
    const p = await this.repo.findProduct(m, this.access.scope(actor.user, Permission.PRACTICE_READ), actor.user.personId, id, true);
    if (!p) throw notFound(NOT_FOUND);
    if (!(await this.access.can(m, actor.user, 'product.edit', id))) throw forbidden('Изменять продукт могут его авторы и те, кто отвечает за его организацию');
    if (p.archivedAt && !allowArchived) throw badInput([], 'Продукт в архиве: сначала восстановите его');
    return p;
  }

  private record(m: EntityManager, actor: Actor, action: string, id: string, extra: { before?: object | null; after?: object | null; personIds?: readonly string[] } = {}) {
    const personIds = extra.personIds?.length ? [...new Set(extra.personIds)] : null;
    return this.audit.record(m, { accountId: actor.user.accountId, action, entityType: 'methodological_product', entityId: id, before: extra.before ?? null, after: extra.after ?? null, personIds });
  }

  private async file(input: UpdateProductInput): Promise<CheckedFile | null> {
    if (!input.fileName && !input.contentBase64) return null;
    const file = await checkAttachedFile(input.fileName ?? '', input.contentBase64 ?? '', { types: PRACTICE_FILE_TYPES, maxBytes: PRACTICE_FILE_MAX_BYTES });
    if ('field' in file) throw fieldError(file.field, file.message);
    return file;
  }

  /** The links of the input, checked; a route or a step out of reach answers NOT_FOUND (as a random id does). */
  private async links(m: EntityManager, actor: Actor, input: UpdateProductInput, current?: MethodologicalProductEntity): Promise<Partial<MethodologicalProductEntity>> {
    const fields: FieldError[] = [];
    if (input.authorPersonIds?.length) {
      if (new Set(input.authorPersonIds).size !== input.authorPersonIds.length) fields.push({ field: 'authorPersonIds', message: 'Автор указан дважды' });
      const ok = await this.access.check(m, actor.user, 'person.read', input.authorPersonIds);
      input.authorPersonIds.forEach((id, i) => ok.has(id) || fields.push({ field: `authorPersonIds.${i}`, message: OUT_OF_REACH }));
    }
    if (input.practiceId && !(await this.access.can(m, actor.user, 'practice.read', input.practiceId))) fields.push({ field: 'practiceId', message: 'Карточка практики не найдена' });
    if (fields.length) throw badInput(fields);
    const out: Partial<MethodologicalProductEntity> = {};
    let routeId = input.routeId === undefined ? (current?.routeId ?? null) : input.routeId;
    const stepId = input.routeStepId === undefined ? (input.routeId === undefined ? (current?.routeStepId ?? null) : null) : input.routeStepId;
    if (stepId) {
      const [step] = await this.repo.stepRoute(m, stepId);
      if (!step) throw notFound('Шаг маршрута не найден');
      if (routeId && step.routeId !== routeId) throw fieldError('routeStepId', 'Шаг не из этого маршрута');
      routeId = step.routeId;
    }
    if (routeId && !(await this.access.can(m, actor.user, 'route.read', routeId))) throw notFound(stepId ? 'Шаг маршрута не найден' : ROUTE_NOT_FOUND);
    if (input.routeId !== undefined || input.routeStepId !== undefined) Object.assign(out, { routeId, routeStepId: stepId });
    return out;
  }

  async create(actor: Actor, input: CreateProductInput): Promise<MethodologicalProductEntity> {
    const file = await this.file(input);
    return this.uow.write(async (m) => {
      if (!(await this.access.can(m, actor.user, 'practice.organization', input.organizationId))) throw fieldError('organizationId', OUT_OF_REACH);
      const links = await this.links(m, actor, input);
      const created = await this.repo.insert(m, MethodologicalProductEntity, {
        kind: input.kind,
        title: input.title,
        description: input.description ?? '',
        year: input.year,
        publishedOn: input.publishedOn ?? null,
        organizationId: input.organizationId,
        practiceId: input.practiceId ?? null,
        url: input.url ?? null,
        ...links,
        ...(file ? { fileName: file.fileName, fileType: file.type, fileSize: file.content.length } : {}),
      });
      if (file) await this.repo.putProductFile(m, created.id, file.content);
      if (input.authorPersonIds) await this.repo.setProductAuthors(m, created.id, input.authorPersonIds);
      await this.record(m, actor, 'create', created.id, { after: { ...input, contentBase64: undefined }, personIds: input.authorPersonIds });
      return created;
    }, CONSTRAINTS);
  }

  async update(actor: Actor, id: string, input: UpdateProductInput): Promise<MethodologicalProductEntity> {
    const file = await this.file(input);
    return this.uow.write(async (m) => {
      const before = await this.lock(m, actor, id);
      const links = await this.links(m, actor, input, before);
      const { kind, title, description, year, publishedOn, practiceId, url } = input;
      const after = await this.repo.update(m, MethodologicalProductEntity, id, {
        ...(defined({ kind, title, description, year, publishedOn, practiceId, url }) as Partial<MethodologicalProductEntity>),
        ...links,
        ...(file ? { fileName: file.fileName, fileType: file.type, fileSize: file.content.length } : {}),
      });
      if (file) await this.repo.putProductFile(m, id, file.content);
      const authorsBefore = (await this.repo.productAuthorsOf(m, [id])).map((a) => a.personId);
      if (input.authorPersonIds) await this.repo.setProductAuthors(m, id, input.authorPersonIds);
      await this.record(m, actor, 'update', id, { before, after: { ...input, contentBase64: undefined }, personIds: [...authorsBefore, ...(input.authorPersonIds ?? [])] });
      return after;
    }, CONSTRAINTS);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<MethodologicalProductEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lock(m, actor, id, true);
      if (!!before.archivedAt === archived) return before;
      const after = await this.repo.update(m, MethodologicalProductEntity, id, { archivedAt: archived ? new Date() : null });
      await this.record(m, actor, archived ? 'archive' : 'restore', id);
      return after;
    }, CONSTRAINTS);
  }

  async fileOf(actor: Actor, id: string) {
    const p = await this.get(actor, id).catch(() => null);
    const file = p?.fileName ? await this.repo.productFile(this.uow.reader, id) : null;
    if (!p || !file || !p.fileName || !p.fileType) throw notFound('Файл не найден');
    return { fileName: p.fileName, fileType: p.fileType, contentBase64: file.content.toString('base64') };
  }

  // Batches for field resolvers.
  authorsOf = (ids: readonly string[]) => this.repo.productAuthorsOf(this.uow.reader, ids);
  practiceTitles = (ids: readonly string[]) => this.repo.practiceTitles(this.uow.reader, ids);
  routeTitles = (ids: readonly string[]) => this.repo.routeTitles(this.uow.reader, ids);
  stepTitles = (ids: readonly string[]) => this.repo.stepTitles(this.uow.reader, ids);
  editable = (caller: Caller, ids: readonly string[]) => this.access.check(this.uow.reader, caller, 'product.edit', ids);
  readableRoutes = (caller: Caller, ids: readonly string[]) => this.access.check(this.uow.reader, caller, 'route.read', ids);
  readablePractices = (caller: Caller, ids: readonly string[]) => this.access.check(this.uow.reader, caller, 'practice.read', ids);
}
