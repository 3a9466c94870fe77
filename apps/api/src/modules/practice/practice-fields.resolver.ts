import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GateRequest } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { byKeys, groupByKeys, loaderFor } from '../../common/graphql/loaders';
import { CompetenceObject } from '../competence/dto/competence.object';
import { NetworkOrganizationObject } from '../network/dto/network.object';
import { DirectoryRow, NetworkRepository } from '../network/network.repository';
import { PersonCardObject } from '../person/dto/person-card.object';
import { PersonCards } from '../person/person-cards';
import { PracticeAttachmentObject, PracticeAuthorObject, PracticeObject, PracticeRefObject, ProductObject } from './dto/practice.object';
import { NamedRow, SnippetRow } from './practice.repository';
import { PracticeService } from './practice.service';
import { ProductService } from './product.service';

/** Public identity of an organisation (name and place), batched per request. */
function organization(req: object, networks: NetworkRepository, uow: UnitOfWork, id: string): Promise<DirectoryRow | null> {
  return loaderFor<string, DirectoryRow | null>(req, 'practice.organization', async (ids) => byKeys(ids, await networks.directoryByIds(uow.reader, ids), (r) => r.id, null)).load(id);
}

function ability(req: GateRequest, key: string, check: (ids: readonly string[]) => Promise<Set<string>>, id: string): Promise<boolean> {
  return loaderFor<string, boolean>(req, key, async (ids) => {
    const ok = req.user ? await check(ids) : new Set<string>();
    return ids.map((x) => ok.has(x));
  }).load(id);
}

@Resolver(() => PracticeObject)
export class PracticeFieldsResolver {
  constructor(
    private readonly service: PracticeService,
    private readonly networks: NetworkRepository,
    private readonly uow: UnitOfWork,
  ) {}

  @ResolveField(() => NetworkOrganizationObject, { description: 'The organisation whose practice it is' })
  async organization(@Parent() p: PracticeObject, @Context('req') req: object): Promise<DirectoryRow> {
    const row = await organization(req, this.networks, this.uow, p.organizationId);
    if (!row) throw new Error(`organization of practice ${p.id} missing`);
    return row;
  }

  @ResolveField(() => PracticeRefObject, { nullable: true, description: 'The network it is offered to or published in (its name)' })
  async network(@Parent() p: PracticeObject, @Context('req') req: object): Promise<PracticeRefObject | null> {
    if (!p.networkId) return null;
    const row = await loaderFor<string, NamedRow | null>(req, 'practice.network', async (ids) => byKeys(ids, await this.service.networkNames(ids), (r) => r.id, null)).load(p.networkId);
    return row ? { id: row.id, title: row.name } : null;
  }

  @ResolveField(() => [PracticeAuthorObject], { description: 'In order' })
  async authors(@Parent() p: PracticeObject, @Context('req') req: object): Promise<PracticeAuthorObject[]> {
    const rows = await loaderFor<string, PracticeAuthorObject[]>(req, 'practice.authors', async (ids) => {
      const all = await this.service.authorsOf(ids);
      return groupByKeys(ids, all, (a) => a.practiceId).map((as) => as.map((a) => ({ personId: a.personId, position: a.position })));
    }).load(p.id);
    return rows;
  }

  @ResolveField(() => [CompetenceObject], { description: 'Competences of the framework the practice develops' })
  async competences(@Parent() p: PracticeObject, @Context('req') req: object): Promise<CompetenceObject[]> {
    const rows = await loaderFor<string, CompetenceObject[]>(req, 'practice.competences', async (ids) =>
      groupByKeys(ids, await this.service.competencesOf(ids), (c) => c.practiceId).map((cs) => cs.map((c) => CompetenceObject.from(c))),
    ).load(p.id);
    return rows;
  }

  @ResolveField(() => [PracticeAttachmentObject])
  async attachments(@Parent() p: PracticeObject, @Context('req') req: object): Promise<PracticeAttachmentObject[]> {
    return loaderFor<string, PracticeAttachmentObject[]>(req, 'practice.attachments', async (ids) =>
      groupByKeys(ids, await this.service.attachmentsOf(ids), (a) => a.practiceId).map((as) => as.map(PracticeAttachmentObject.from)),
    ).load(p.id);
  }

  @ResolveField(() => [ProductObject], { description: 'Methodological products of the card the caller reads, newest first' })
  async methodologicalProducts(@Parent() p: PracticeObject, @Context('req') req: GateRequest): Promise<ProductObject[]> {
    return loaderFor<string, ProductObject[]>(req, 'practice.products', async (ids) => {
      const all = await this.service.productsOf(ids);
      const seen = req.user ? await this.service.readableProducts(req.user, all.map((x) => x.id)) : new Set<string>();
      return groupByKeys(ids, all.filter((x) => seen.has(x.id)), (x) => x.practiceId ?? '').map((xs) => xs.map(ProductObject.from));
    }).load(p.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'ts_headline of the card for this search: matches between «[[» and «]]»' })
  async snippet(@Parent() p: PracticeObject, @Context('req') req: object, @Args('search', { type: () => String, nullable: true }) search?: string | null): Promise<string | null> {
    const q = (search ?? '').trim().slice(0, 200);
    if (!q) return null;
    const row = await loaderFor<string, SnippetRow | null>(req, `practice.snippet.${q}`, async (ids) => byKeys(ids, await this.service.snippets(ids, q), (r) => r.id, null)).load(p.id);
    return row?.snippet ?? null;
  }

  @ResolveField(() => Boolean, { description: 'The caller may change it (rule practice.edit)' })
  canEdit(@Parent() p: PracticeObject, @Context('req') req: GateRequest): Promise<boolean> {
    return ability(req, 'practice.canEdit', (ids) => this.service.editable(req.user!, ids), p.id);
  }

  @ResolveField(() => Boolean, { description: 'The caller may publish or return it (rule practice.review)' })
  canReview(@Parent() p: PracticeObject, @Context('req') req: GateRequest): Promise<boolean> {
    return ability(req, 'practice.canReview', (ids) => this.service.reviewable(req.user!, ids), p.id);
  }
}

@Resolver(() => PracticeAuthorObject)
export class PracticeAuthorFieldsResolver {
  constructor(private readonly cards: PersonCards) {}

  @ResolveField(() => PersonCardObject, { nullable: true })
  person(@Parent() a: PracticeAuthorObject, @Context('req') req: object): Promise<PersonCardObject | null> {
    return this.cards.load(req, a.personId);
  }
}

@Resolver(() => ProductObject)
export class ProductFieldsResolver {
  constructor(
    private readonly service: ProductService,
    private readonly networks: NetworkRepository,
    private readonly uow: UnitOfWork,
  ) {}

  @ResolveField(() => NetworkOrganizationObject)
  async organization(@Parent() p: ProductObject, @Context('req') req: object): Promise<DirectoryRow> {
    const row = await organization(req, this.networks, this.uow, p.organizationId);
    if (!row) throw new Error(`organization of product ${p.id} missing`);
    return row;
  }

  @ResolveField(() => [PracticeAuthorObject], { description: 'In order' })
  authors(@Parent() p: ProductObject, @Context('req') req: object): Promise<PracticeAuthorObject[]> {
    return loaderFor<string, PracticeAuthorObject[]>(req, 'product.authors', async (ids) =>
      groupByKeys(ids, await this.service.authorsOf(ids), (a) => a.productId).map((as) => as.map((a) => ({ personId: a.personId, position: a.position }))),
    ).load(p.id);
  }

  @ResolveField(() => PracticeRefObject, { nullable: true, description: 'The practice card it belongs to, when the caller reads it' })
  async practice(@Parent() p: ProductObject, @Context('req') req: GateRequest): Promise<PracticeRefObject | null> {
    if (!p.practiceId) return null;
    return loaderFor<string, PracticeRefObject | null>(req, 'product.practice', async (ids) => {
      const seen = req.user ? await this.service.readablePractices(req.user, ids) : new Set<string>();
      const rows = await this.service.practiceTitles([...seen]);
      return byKeys(ids, rows.map((r) => ({ id: r.id, title: r.name })), (r) => r.id, null);
    }).load(p.practiceId);
  }

  @ResolveField(() => PracticeRefObject, { nullable: true, description: 'The route (ИОМ) it was made on, when the caller reads it' })
  async route(@Parent() p: ProductObject, @Context('req') req: GateRequest): Promise<PracticeRefObject | null> {
    if (!p.routeId) return null;
    return loaderFor<string, PracticeRefObject | null>(req, 'product.route', async (ids) => {
      const seen = req.user ? await this.service.readableRoutes(req.user, ids) : new Set<string>();
      const rows = await this.service.routeTitles([...seen]);
      return byKeys(ids, rows.map((r) => ({ id: r.id, title: r.name })), (r) => r.id, null);
    }).load(p.routeId);
  }

  @ResolveField(() => PracticeRefObject, { nullable: true, description: 'The route step, when the caller reads the route' })
  async routeStep(@Parent() p: ProductObject, @Context('req') req: GateRequest): Promise<PracticeRefObject | null> {
    if (!p.routeStepId || !p.routeId) return null;
    const route = await this.route(p, req);
    if (!route) return null;
    return loaderFor<string, PracticeRefObject | null>(req, 'product.step', async (ids) =>
      byKeys(ids, (await this.service.stepTitles(ids)).map((r) => ({ id: r.id, title: r.name })), (r) => r.id, null),
    ).load(p.routeStepId);
  }

  @ResolveField(() => Boolean, { description: 'The caller may change it (rule product.edit)' })
  canEdit(@Parent() p: ProductObject, @Context('req') req: GateRequest): Promise<boolean> {
    return ability(req, 'product.canEdit', (ids) => this.service.editable(req.user!, ids), p.id);
  }
}
