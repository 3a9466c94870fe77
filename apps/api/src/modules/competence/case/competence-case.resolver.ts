import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../../common/auth/actor';
import { Permission } from '../../../common/auth/permissions';
import { Policy } from '../../../common/auth/policy.decorator';
import { UuidPipe } from '../../../common/graphql/uuid.pipe';
import { CompetencyFrameworkObject } from '../dto/competence.object';
import { CaseExportObject, CaseImportObject, ImportCaseInput } from './case.dto';
import { CompetenceCaseService } from './competence-case.service';

@Resolver()
export class CompetenceCaseResolver {
  constructor(private readonly service: CompetenceCaseService) {}

  @Policy(Permission.COMPETENCE_READ)
  @Query(() => CaseExportObject, { description: 'A published framework as a 1EdTech CASE 1.1 package (CFPackage JSON); a draft is refused' })
  competencyFrameworkCase(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<CaseExportObject> {
    return this.service.export(id);
  }

  @Policy(Permission.COMPETENCE_WRITE)
  @Mutation(() => CaseImportObject, { description: 'A CASE 1.1 package as a new DRAFT framework (version 1); dryRun checks and writes nothing' })
  async importCompetencyFrameworkCase(@CurrentActor() actor: Actor, @Args('input') input: ImportCaseInput): Promise<CaseImportObject> {
    const r = await this.service.import(actor, input);
    return { ...r, framework: r.framework ? CompetencyFrameworkObject.from(r.framework) : null };
  }
}
