import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { VersionStatus } from '@metodset/shared';
import { GateRequest } from '../../common/auth/actor';
import { AccessService } from '../../common/access/access.service';
import { Permission } from '../../common/auth/permissions';
import { groupByKeys, loaderFor } from '../../common/graphql/loaders';
import { CompetenceAreaObject, CompetenceIndicatorObject, CompetenceObject, CompetencyFrameworkObject } from './dto/competence.object';
import { CompetenceService } from './competence.service';

@Resolver(() => CompetencyFrameworkObject)
export class CompetencyFrameworkFieldsResolver {
  constructor(
    private readonly service: CompetenceService,
    private readonly access: AccessService,
  ) {}

  /** Whether the caller holds COMPETENCE_WRITE (global reference data: no narrower scope). */
  private mayWrite(req: GateRequest): boolean {
    return !!req.user && this.access.has(req.user, Permission.COMPETENCE_WRITE);
  }

  @ResolveField(() => [CompetenceAreaObject])
  areas(@Parent() f: CompetencyFrameworkObject, @Context('req') req: object): Promise<CompetenceAreaObject[]> {
    return loaderFor<string, CompetenceAreaObject[]>(req, 'competence.areas', async (ids) =>
      groupByKeys(ids, (await this.service.areasOf(ids)).map(CompetenceAreaObject.from), (a) => a.frameworkId),
    ).load(f.id);
  }

  @ResolveField(() => Int)
  competenceCount(@Parent() f: CompetencyFrameworkObject, @Context('req') req: object): Promise<number> {
    return loaderFor<string, number>(req, 'competence.count', async (ids) => {
      const counts = await this.service.competenceCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }).load(f.id);
  }

  @ResolveField(() => Boolean, { description: 'The caller may archive, restore and version this framework' })
  canManage(@Context('req') req: GateRequest): boolean {
    return this.mayWrite(req);
  }

  @ResolveField(() => Boolean, { description: 'The caller may change the content now: a draft outside the archive, and the permission' })
  canEdit(@Parent() f: CompetencyFrameworkObject, @Context('req') req: GateRequest): boolean {
    return this.mayWrite(req) && f.status === VersionStatus.DRAFT && !f.archivedAt;
  }
}

@Resolver(() => CompetenceAreaObject)
export class CompetenceAreaFieldsResolver {
  constructor(private readonly service: CompetenceService) {}

  @ResolveField(() => [CompetenceObject])
  competences(@Parent() a: CompetenceAreaObject, @Context('req') req: object): Promise<CompetenceObject[]> {
    return loaderFor<string, CompetenceObject[]>(req, 'competence.competences', async (ids) =>
      groupByKeys(ids, (await this.service.competencesOfAreas(ids)).map(CompetenceObject.from), (c) => c.areaId),
    ).load(a.id);
  }
}

@Resolver(() => CompetenceObject)
export class CompetenceFieldsResolver {
  constructor(private readonly service: CompetenceService) {}

  @ResolveField(() => [CompetenceIndicatorObject])
  indicators(@Parent() c: CompetenceObject, @Context('req') req: object): Promise<CompetenceIndicatorObject[]> {
    return loaderFor<string, CompetenceIndicatorObject[]>(req, 'competence.indicators', async (ids) =>
      groupByKeys(ids, (await this.service.indicatorsOf(ids)).map(CompetenceIndicatorObject.from), (i) => i.competenceId),
    ).load(c.id);
  }
}
