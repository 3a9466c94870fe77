import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { VersionStatus } from '@metodset/shared';
import { GateRequest } from '../../common/auth/actor';
import { AccessService } from '../../common/access/access.service';
import { Permission } from '../../common/auth/permissions';
import { byKeys, groupByKeys, loaderFor } from '../../common/graphql/loaders';
import { CompetenceService } from '../competence/competence.service';
import { CompetenceObject, CompetencyFrameworkObject } from '../competence/dto/competence.object';
import { DiagnosticInstrumentObject, DiagnosticItemObject, DiagnosticScoringRuleObject } from './dto/instrument.object';
import { InstrumentService } from './instrument.service';

/** One batched competence lookup per request, shared by items and rules. */
function competenceOf(req: object, service: CompetenceService, id: string): Promise<CompetenceObject | null> {
  return loaderFor<string, CompetenceObject | null>(req, 'instrument.competence', async (ids) => byKeys(ids, (await service.competencesByIds(ids)).map(CompetenceObject.from), (c) => c.id, null)).load(id);
}

@Resolver(() => DiagnosticInstrumentObject)
export class DiagnosticInstrumentFieldsResolver {
  constructor(
    private readonly service: InstrumentService,
    private readonly competences: CompetenceService,
    private readonly access: AccessService,
  ) {}

  /** Whether the caller holds INSTRUMENT_WRITE (the bank is regional reference data: no narrower scope). */
  private mayWrite(req: GateRequest): boolean {
    return !!req.user && this.access.has(req.user, Permission.INSTRUMENT_WRITE);
  }

  @ResolveField(() => CompetencyFrameworkObject)
  async framework(@Parent() i: DiagnosticInstrumentObject, @Context('req') req: object): Promise<CompetencyFrameworkObject> {
    const f = await loaderFor<string, CompetencyFrameworkObject | null>(req, 'instrument.framework', async (ids) =>
      byKeys(ids, (await this.competences.frameworksByIds(ids)).map(CompetencyFrameworkObject.from), (x) => x.id, null),
    ).load(i.frameworkId);
    if (!f) throw new Error(`framework ${i.frameworkId} missing`);
    return f;
  }

  @ResolveField(() => [DiagnosticItemObject], { description: 'In order of position' })
  items(@Parent() i: DiagnosticInstrumentObject, @Context('req') req: object): Promise<DiagnosticItemObject[]> {
    return loaderFor<string, DiagnosticItemObject[]>(req, 'instrument.items', async (ids) =>
      groupByKeys(ids, (await this.service.itemsOf(ids)).map(DiagnosticItemObject.from), (x) => x.instrumentId),
    ).load(i.id);
  }

  @ResolveField(() => [DiagnosticScoringRuleObject])
  scoringRules(@Parent() i: DiagnosticInstrumentObject, @Context('req') req: object): Promise<DiagnosticScoringRuleObject[]> {
    return loaderFor<string, DiagnosticScoringRuleObject[]>(req, 'instrument.rules', async (ids) =>
      groupByKeys(ids, (await this.service.rulesOf(ids)).map(DiagnosticScoringRuleObject.from), (x) => x.instrumentId),
    ).load(i.id);
  }

  @ResolveField(() => Int)
  itemCount(@Parent() i: DiagnosticInstrumentObject, @Context('req') req: object): Promise<number> {
    return loaderFor<string, number>(req, 'instrument.count', async (ids) => {
      const counts = await this.service.itemCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }).load(i.id);
  }

  @ResolveField(() => Boolean, { description: 'The caller may archive, restore and version this instrument' })
  canManage(@Context('req') req: GateRequest): boolean {
    return this.mayWrite(req);
  }

  @ResolveField(() => Boolean, { description: 'The caller may change the content now: a draft outside the archive, and the permission' })
  canEdit(@Parent() i: DiagnosticInstrumentObject, @Context('req') req: GateRequest): boolean {
    return this.mayWrite(req) && i.status === VersionStatus.DRAFT && !i.archivedAt;
  }
}

@Resolver(() => DiagnosticItemObject)
export class DiagnosticItemFieldsResolver {
  constructor(private readonly competences: CompetenceService) {}

  @ResolveField(() => CompetenceObject)
  async competence(@Parent() item: DiagnosticItemObject, @Context('req') req: object): Promise<CompetenceObject> {
    const c = await competenceOf(req, this.competences, item.competenceId);
    if (!c) throw new Error(`competence ${item.competenceId} missing`);
    return c;
  }
}

@Resolver(() => DiagnosticScoringRuleObject)
export class DiagnosticScoringRuleFieldsResolver {
  constructor(private readonly competences: CompetenceService) {}

  @ResolveField(() => CompetenceObject)
  async competence(@Parent() rule: DiagnosticScoringRuleObject, @Context('req') req: object): Promise<CompetenceObject> {
    const c = await competenceOf(req, this.competences, rule.competenceId);
    if (!c) throw new Error(`competence ${rule.competenceId} missing`);
    return c;
  }
}
