import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GateRequest } from '../../common/auth/actor';
import { byKeys, groupByKeys, loaderFor } from '../../common/graphql/loaders';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { PersonCardObject } from '../person/dto/person-card.object';
import { PersonCards } from '../person/person-cards';
import { DocumentObject, DocumentOwnerObject, DocumentTaskObject } from './dto/document.object';
import { DocumentTaskResponsibleEntity } from './document-task-responsible.entity';
import { DocumentTaskEntity } from './document-task.entity';
import { DocumentEntity } from './document.entity';
import { DocumentOwnerRow } from './document.repository';
import { DocumentService } from './document.service';

@Resolver(() => DocumentObject)
export class DocumentFieldsResolver {
  constructor(private readonly service: DocumentService) {}

  @ResolveField(() => DocumentOwnerObject, { nullable: true, description: 'The region, municipality or organisation; none for federal documents' })
  async owner(@Parent() d: DocumentObject, @Context('req') req: object): Promise<DocumentOwnerObject | null> {
    const row = await loaderFor<string, DocumentOwnerRow | null>(req, 'document.owner', async (ids) => byKeys(ids, await this.service.owners(ids), (r) => r.documentId, null)).load(d.id);
    return row ? { kind: row.kind, id: row.id, name: row.name } : null;
  }

  @ResolveField(() => DocumentObject, { nullable: true, description: 'The document that replaced this one, when the caller reads it' })
  async replacedBy(@Parent() d: DocumentObject, @Context('req') req: GateRequest): Promise<DocumentObject | null> {
    if (!d.replacedById) return null;
    const row = await loaderFor<string, DocumentEntity | null>(req, 'document.replacedBy', async (ids) => {
      const seen = req.user ? await this.service.visible(req.user, ids) : new Set<string>();
      return byKeys(ids, await this.service.byIds([...seen]), (r) => r.id, null);
    }).load(d.replacedById);
    return row ? DocumentObject.from(row) : null;
  }

  @ResolveField(() => [DocumentTaskObject], { description: 'Tasks of an order, in order' })
  async tasks(
    @Parent() d: DocumentObject,
    @Context('req') req: object,
    @Args('archived', { type: () => ArchiveFilter, defaultValue: ArchiveFilter.ACTIVE }) archived: ArchiveFilter,
  ): Promise<DocumentTaskObject[]> {
    const rows = await loaderFor<string, DocumentTaskEntity[]>(req, `document.tasks.${archived}`, async (ids) =>
      groupByKeys(ids, await this.service.tasksOf(ids, archived), (t) => t.documentId),
    ).load(d.id);
    return rows.map(DocumentTaskObject.from);
  }

  @ResolveField(() => Int, { description: 'Tasks not archived' })
  async taskCount(@Parent() d: DocumentObject, @Context('req') req: object): Promise<number> {
    return loaderFor<string, number>(req, 'document.taskCount', async (ids) => {
      const counts = new Map((await this.service.taskCounts(ids)).map((r) => [r.documentId, r.n]));
      return ids.map((id) => counts.get(id) ?? 0);
    }).load(d.id);
  }

  @ResolveField(() => Boolean, { description: 'The caller may change it' })
  canEdit(@Parent() d: DocumentObject, @Context('req') req: GateRequest): Promise<boolean> {
    return loaderFor<string, boolean>(req, 'document.canEdit', async (ids) => {
      const ok = req.user ? await this.service.manageable(req.user, ids) : new Set<string>();
      return ids.map((id) => ok.has(id));
    }).load(d.id);
  }
}

@Resolver(() => DocumentTaskObject)
export class DocumentTaskFieldsResolver {
  constructor(
    private readonly service: DocumentService,
    private readonly cards: PersonCards,
  ) {}

  @ResolveField(() => [PersonCardObject], { description: 'Responsible people as listed, those the caller sees' })
  async responsible(@Parent() t: DocumentTaskObject, @Context('req') req: GateRequest): Promise<PersonCardObject[]> {
    const rows = await loaderFor<string, DocumentTaskResponsibleEntity[]>(req, 'document.responsible', async (ids) => {
      const all = await this.service.responsibleOf(ids);
      const seen = req.user ? await this.service.visiblePeople(req.user, all.map((r) => r.personId)) : new Set<string>();
      return groupByKeys(ids, all.filter((r) => seen.has(r.personId)), (r) => r.taskId);
    }).load(t.id);
    return this.cards.loadMany(req, rows.map((r) => r.personId));
  }

  @ResolveField(() => DocumentObject, { description: 'The order the task belongs to' })
  async document(@Parent() t: DocumentTaskObject, @Context('req') req: object): Promise<DocumentObject> {
    const row = await loaderFor<string, DocumentEntity | null>(req, 'document.byId', async (ids) => byKeys(ids, await this.service.byIds(ids), (r) => r.id, null)).load(t.documentId);
    if (!row) throw new Error(`document of task ${t.id} missing`);
    return DocumentObject.from(row);
  }

  @ResolveField(() => Boolean, { description: 'The caller may change it' })
  canEdit(@Parent() t: DocumentTaskObject, @Context('req') req: GateRequest): Promise<boolean> {
    return loaderFor<string, boolean>(req, 'document.canEdit', async (ids) => {
      const ok = req.user ? await this.service.manageable(req.user, ids) : new Set<string>();
      return ids.map((id) => ok.has(id));
    }).load(t.documentId);
  }
}
