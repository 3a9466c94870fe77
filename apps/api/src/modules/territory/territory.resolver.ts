import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, GateRequest } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { groupByKeys, loaderFor } from '../../common/graphql/loaders';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { OrganizationObject } from '../organization/dto/organization.object';
import { CreateMunicipalityInput, MunicipalityListArgs, UpdateMunicipalityInput } from './dto/territory.input';
import { MunicipalityConnection, MunicipalityMergeResultObject, MunicipalityObject, OrganizationMunicipalityHistoryObject, RegionObject } from './dto/territory.objects';
import { MunicipalityEntity } from './municipality.entity';
import { HistoryRow } from './territory.repository';
import { TerritoryCaller, TerritoryService } from './territory.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);
const callerOf = (actor: Actor): TerritoryCaller => ({ accountId: actor.user.accountId, grants: actor.user.grants, personId: actor.user.personId });

@Resolver(() => MunicipalityObject)
export class TerritoryResolver {
  constructor(private readonly territory: TerritoryService) {}

  @Policy(Permission.TERRITORY_READ)
  @Query(() => [RegionObject], { description: 'Regions the caller works in' })
  async regions(@CurrentActor() actor: Actor): Promise<RegionObject[]> {
    return (await this.territory.regions(actor.scope)).map(RegionObject.from);
  }

  @Policy(Permission.TERRITORY_READ)
  @Query(() => [MunicipalityObject], { description: 'Municipalities the caller works in (active ones unless includeArchived)' })
  async municipalities(
    @CurrentActor() actor: Actor,
    @Args('regionId', { type: () => ID, nullable: true }, UuidPipe) regionId?: string,
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived?: boolean,
  ): Promise<MunicipalityObject[]> {
    return (await this.territory.municipalities(actor.scope, regionId, includeArchived)).map(MunicipalityObject.from);
  }

  @Policy(Permission.TERRITORY_READ)
  @Query(() => MunicipalityConnection, { description: 'The list page of municipalities: filter, order, page' })
  async municipalityList(@CurrentActor() actor: Actor, @Args() args: MunicipalityListArgs) {
    const page = await this.territory.page(actor.scope, args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(MunicipalityObject.from) };
  }

  @Policy(Permission.TERRITORY_READ)
  @Query(() => MunicipalityObject)
  async municipality(@CurrentActor() actor: Actor, @Id('id') id: string): Promise<MunicipalityObject> {
    return MunicipalityObject.from(await this.territory.municipality(actor.scope, id));
  }

  @Policy(Permission.TERRITORY_MANAGE)
  @Mutation(() => MunicipalityObject)
  async createMunicipality(@CurrentActor() actor: Actor, @Args('input') input: CreateMunicipalityInput): Promise<MunicipalityObject> {
    return MunicipalityObject.from(await this.territory.create(callerOf(actor), input));
  }

  @Policy(Permission.TERRITORY_MANAGE)
  @Mutation(() => MunicipalityObject, { description: 'Rename a municipality, change its kind or OKTMO code' })
  async updateMunicipality(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: UpdateMunicipalityInput): Promise<MunicipalityObject> {
    return MunicipalityObject.from(await this.territory.update(callerOf(actor), id, input));
  }

  @Policy(Permission.TERRITORY_MANAGE)
  @Mutation(() => MunicipalityObject)
  async archiveMunicipality(@CurrentActor() actor: Actor, @Id('id') id: string): Promise<MunicipalityObject> {
    return MunicipalityObject.from(await this.territory.setArchived(callerOf(actor), id, true));
  }

  @Policy(Permission.TERRITORY_MANAGE)
  @Mutation(() => MunicipalityObject)
  async restoreMunicipality(@CurrentActor() actor: Actor, @Id('id') id: string): Promise<MunicipalityObject> {
    return MunicipalityObject.from(await this.territory.setArchived(callerOf(actor), id, false));
  }

  @Policy(Permission.TERRITORY_MANAGE)
  @Mutation(() => MunicipalityMergeResultObject, { description: 'Merge sourceId into targetId: everything moves, the source is archived with a pointer' })
  async mergeMunicipalities(@CurrentActor() actor: Actor, @Id('sourceId') sourceId: string, @Id('targetId') targetId: string): Promise<MunicipalityMergeResultObject> {
    const r = await this.territory.merge(callerOf(actor), sourceId, targetId);
    return { source: MunicipalityObject.from(r.source), target: MunicipalityObject.from(r.target), organizations: r.organizations, otherRows: r.otherRows };
  }

  @ResolveField(() => MunicipalityObject, { nullable: true, description: 'Where it went when merged (same region, so in the caller’s scope)' })
  async mergedInto(@Parent() mu: MunicipalityObject, @Context('req') req: object): Promise<MunicipalityObject | null> {
    if (!mu.mergedIntoId) return null;
    const row = await loaderFor<string, MunicipalityEntity | null>(req, 'municipality.mergedInto', async (ids) => {
      const rows = new Map((await this.territory.municipalitiesByIds(ids)).map((r) => [r.id, r]));
      return ids.map((id) => rows.get(id) ?? null);
    }).load(mu.mergedIntoId);
    return row ? MunicipalityObject.from(row) : null;
  }

  @ResolveField(() => Boolean, { description: 'The caller may rename, merge and archive it' })
  canManage(@Parent() mu: MunicipalityObject, @Context('req') req: GateRequest): Promise<boolean> {
    return loaderFor<string, boolean>(req, 'municipality.canManage', async (ids) => {
      const ok = req.user ? await this.territory.manageable(req.user, ids) : new Set<string>();
      return ids.map((id) => ok.has(id));
    }).load(mu.id);
  }
}

/** An organisation's former municipalities (kept when a merge moved it). */
@Resolver(() => OrganizationObject)
export class OrganizationMunicipalityHistoryResolver {
  constructor(private readonly territory: TerritoryService) {}

  @ResolveField(() => [OrganizationMunicipalityHistoryObject], { description: 'Former municipalities, oldest first' })
  async municipalityHistory(@Parent() o: OrganizationObject, @Context('req') req: object): Promise<OrganizationMunicipalityHistoryObject[]> {
    return loaderFor<string, HistoryRow[]>(req, 'organization.municipalityHistory', async (ids) =>
      groupByKeys(ids, await this.territory.history(ids), (r) => r.organizationId),
    ).load(o.id);
  }
}
