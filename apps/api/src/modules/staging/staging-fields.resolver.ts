import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GateRequest } from '../../common/auth/actor';
import { byKeys, groupByKeys, loaderFor } from '../../common/graphql/loaders';
import { CompetenceService } from '../competence/competence.service';
import { CompetenceObject } from '../competence/dto/competence.object';
import { PersonCardObject } from '../person/dto/person-card.object';
import { PersonCards } from '../person/person-cards';
import {
  InternshipModuleObject,
  InternshipProgramObject,
  InternshipTrackObject,
  StagingSiteHostObject,
  StagingSiteObject,
  StagingSitePersonObject,
} from './dto/staging.object';
import { InternshipModuleEntity } from './internship-module.entity';
import { InternshipProgramEntity } from './internship-program.entity';
import { InternshipTrackEntity, InternshipTrackModuleEntity } from './internship-track.entity';
import { SiteHostRow, SitePersonRow } from './staging.repository';
import { StagingService } from './staging.service';

type PersonRow = SitePersonRow & { role: 'HEAD' | 'MASTER' };

function peopleOf(req: object, service: StagingService, siteId: string): Promise<PersonRow[]> {
  return loaderFor<string, PersonRow[]>(req, 'staging.people', async (ids) => groupByKeys(ids, await service.people(ids), (r) => r.siteId)).load(siteId);
}

/** Competences of sites or modules, batched: the link rows, then the competences themselves. */
async function competencesOf(req: object, service: StagingService, competences: CompetenceService, owner: 'site' | 'module', id: string): Promise<CompetenceObject[]> {
  const links = await loaderFor<string, { ownerId: string; competenceId: string }[]>(req, `staging.${owner}.competences`, async (ids) =>
    groupByKeys(ids, await service.competenceIds(owner, ids), (r) => r.ownerId),
  ).load(id);
  const loader = loaderFor<string, CompetenceObject | null>(req, 'staging.competence', async (ids) =>
    byKeys(ids, (await competences.competencesByIds(ids)).map(CompetenceObject.from), (c) => c.id, null),
  );
  const found = await loader.loadMany(links.map((l) => l.competenceId));
  return found.filter((c): c is CompetenceObject => !!c && !(c instanceof Error));
}

function modulesOf(req: object, service: StagingService, programId: string, withArchived: boolean): Promise<InternshipModuleEntity[]> {
  return loaderFor<string, InternshipModuleEntity[]>(req, `staging.modules.${withArchived}`, async (ids) =>
    groupByKeys(ids, await service.modulesOf(ids, withArchived), (x) => x.programId),
  ).load(programId);
}

@Resolver(() => StagingSiteObject)
export class StagingSiteFieldsResolver {
  constructor(
    private readonly service: StagingService,
    private readonly competenceService: CompetenceService,
  ) {}

  @ResolveField(() => StagingSiteHostObject, { description: 'The host organisation and its municipality' })
  async host(@Parent() s: StagingSiteObject, @Context('req') req: object): Promise<StagingSiteHostObject> {
    const row = await loaderFor<string, SiteHostRow | null>(req, 'staging.host', async (ids) => byKeys(ids, await this.service.hosts(ids), (r) => r.siteId, null)).load(s.id);
    if (!row) throw new Error(`host of ${s.id} missing`);
    return { id: row.id, name: row.name, shortName: row.shortName, municipalityId: row.municipalityId, municipalityName: row.municipalityName };
  }

  @ResolveField(() => [CompetenceObject], { description: 'Competences the site develops' })
  competences(@Parent() s: StagingSiteObject, @Context('req') req: object): Promise<CompetenceObject[]> {
    return competencesOf(req, this.service, this.competenceService, 'site', s.id);
  }

  @ResolveField(() => StagingSitePersonObject, { nullable: true, description: 'Руководитель площадки' })
  async head(@Parent() s: StagingSiteObject, @Context('req') req: object): Promise<StagingSitePersonObject | null> {
    const row = (await peopleOf(req, this.service, s.id)).find((r) => r.role === 'HEAD');
    return row ? { personId: row.personId, isMasterTeacher: row.isMasterTeacher } : null;
  }

  @ResolveField(() => [StagingSitePersonObject], { description: 'Рабочая группа педагогов-мастеров, по фамилии' })
  async masters(@Parent() s: StagingSiteObject, @Context('req') req: object): Promise<StagingSitePersonObject[]> {
    return (await peopleOf(req, this.service, s.id)).filter((r) => r.role === 'MASTER').map((r) => ({ personId: r.personId, isMasterTeacher: r.isMasterTeacher }));
  }

  @ResolveField(() => Int)
  async masterCount(@Parent() s: StagingSiteObject, @Context('req') req: object): Promise<number> {
    return (await peopleOf(req, this.service, s.id)).filter((r) => r.role === 'MASTER').length;
  }

  @ResolveField(() => [InternshipProgramObject], { description: 'Modular programmes, by title' })
  async programs(
    @Parent() s: StagingSiteObject,
    @Context('req') req: object,
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
  ): Promise<InternshipProgramObject[]> {
    const rows = await loaderFor<string, InternshipProgramEntity[]>(req, `staging.programs.${includeArchived}`, async (ids) =>
      groupByKeys(ids, await this.service.programsOf(ids, includeArchived), (p) => p.siteId),
    ).load(s.id);
    return rows.map(InternshipProgramObject.from);
  }

  @ResolveField(() => Boolean, { description: 'The caller may keep the site and its programmes' })
  canEdit(@Parent() s: StagingSiteObject, @Context('req') req: GateRequest): Promise<boolean> {
    return loaderFor<string, boolean>(req, 'staging.canEdit', async (ids) => {
      const ok = req.user ? await this.service.manageable(req.user, ids) : new Set<string>();
      return ids.map((id) => ok.has(id));
    }).load(s.id);
  }

  @ResolveField(() => Boolean, { description: 'The caller may change kind, level, period and order, and archive the site' })
  canEstablish(@Parent() s: StagingSiteObject, @Context('req') req: GateRequest): Promise<boolean> {
    return loaderFor<string, boolean>(req, 'staging.canEstablish', async (orgIds) => {
      const ok = req.user ? await this.service.establishable(req.user, orgIds) : new Set<string>();
      return orgIds.map((id) => ok.has(id));
    }).load(s.organizationId);
  }
}

@Resolver(() => StagingSitePersonObject)
export class StagingSitePersonFieldsResolver {
  constructor(private readonly cards: PersonCards) {}

  @ResolveField(() => PersonCardObject)
  async person(@Parent() p: StagingSitePersonObject, @Context('req') req: object): Promise<PersonCardObject> {
    const card = await this.cards.load(req, p.personId);
    if (!card) throw new Error(`person ${p.personId} missing`);
    return card;
  }
}

@Resolver(() => InternshipProgramObject)
export class InternshipProgramFieldsResolver {
  constructor(private readonly service: StagingService) {}

  @ResolveField(() => StagingSiteObject, { description: 'The site that runs it (readable whenever the programme is)' })
  async site(@Parent() p: InternshipProgramObject, @Context('req') req: object): Promise<StagingSiteObject> {
    const site = await loaderFor<string, Awaited<ReturnType<StagingService['siteById']>>>(req, 'staging.site', (ids) =>
      Promise.all(ids.map((id) => this.service.siteById(id))),
    ).load(p.siteId);
    if (!site) throw new Error(`site ${p.siteId} missing`);
    return StagingSiteObject.from(site);
  }

  @ResolveField(() => [InternshipModuleObject], { description: 'Modules in order (archived ones last when included)' })
  async modules(
    @Parent() p: InternshipProgramObject,
    @Context('req') req: object,
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
  ): Promise<InternshipModuleObject[]> {
    return (await modulesOf(req, this.service, p.id, includeArchived)).map(InternshipModuleObject.from);
  }

  @ResolveField(() => Int, { description: 'Hours of the live modules' })
  async totalHours(@Parent() p: InternshipProgramObject, @Context('req') req: object): Promise<number> {
    return (await modulesOf(req, this.service, p.id, false)).reduce((sum, x) => sum + x.hours, 0);
  }

  @ResolveField(() => [InternshipTrackObject], { description: 'Individual and group routes' })
  async tracks(
    @Parent() p: InternshipProgramObject,
    @Context('req') req: object,
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
  ): Promise<InternshipTrackObject[]> {
    const rows = await loaderFor<string, InternshipTrackEntity[]>(req, `staging.tracks.${includeArchived}`, async (ids) =>
      groupByKeys(ids, await this.service.tracksOf(ids, includeArchived), (t) => t.programId),
    ).load(p.id);
    return rows.map(InternshipTrackObject.from);
  }

  @ResolveField(() => Boolean, { description: 'The caller may keep this programme (its site is theirs to keep)' })
  canEdit(@Parent() p: InternshipProgramObject, @Context('req') req: GateRequest): Promise<boolean> {
    return loaderFor<string, boolean>(req, 'staging.canEdit', async (ids) => {
      const ok = req.user ? await this.service.manageable(req.user, ids) : new Set<string>();
      return ids.map((id) => ok.has(id));
    }).load(p.siteId);
  }
}

@Resolver(() => InternshipModuleObject)
export class InternshipModuleFieldsResolver {
  constructor(
    private readonly service: StagingService,
    private readonly competenceService: CompetenceService,
  ) {}

  @ResolveField(() => [CompetenceObject])
  competences(@Parent() m: InternshipModuleObject, @Context('req') req: object): Promise<CompetenceObject[]> {
    return competencesOf(req, this.service, this.competenceService, 'module', m.id);
  }
}

@Resolver(() => InternshipTrackObject)
export class InternshipTrackFieldsResolver {
  constructor(private readonly service: StagingService) {}

  private async steps(req: object, t: InternshipTrackObject): Promise<InternshipModuleEntity[]> {
    const links = await loaderFor<string, InternshipTrackModuleEntity[]>(req, 'staging.trackModules', async (ids) =>
      groupByKeys(ids, await this.service.trackModules(ids), (x) => x.trackId),
    ).load(t.id);
    const modules = new Map((await modulesOf(req, this.service, t.programId, false)).map((x) => [x.id, x]));
    return links.map((l) => modules.get(l.moduleId)).filter((x): x is InternshipModuleEntity => !!x);
  }

  @ResolveField(() => [InternshipModuleObject], { description: 'The live modules of the route, in its order' })
  async modules(@Parent() t: InternshipTrackObject, @Context('req') req: object): Promise<InternshipModuleObject[]> {
    return (await this.steps(req, t)).map(InternshipModuleObject.from);
  }

  @ResolveField(() => Int)
  async hours(@Parent() t: InternshipTrackObject, @Context('req') req: object): Promise<number> {
    return (await this.steps(req, t)).reduce((sum, x) => sum + x.hours, 0);
  }
}
