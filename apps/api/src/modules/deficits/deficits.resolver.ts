import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { DeficitsService } from './deficits.service';
import { CampaignComparisonInput, CreateOrganizationSelfDiagnosisInput, DeficitHeatmapInput, UpdateOrganizationSelfDiagnosisInput } from './dto/deficits.input';
import {
  CampaignComparisonObject,
  DeficitHeatmapCellObject,
  DeficitHeatmapObject,
  DeficitOptionsObject,
  OrganizationSelfDiagnosisObject,
  PersonCompetenceProfileObject,
} from './dto/deficits.object';
import { SelfDiagnosisService } from './self-diagnosis.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);
const OptionalId = (name: string) => Args(name, { type: () => ID, nullable: true }, UuidPipe);

@Resolver()
export class DeficitsResolver {
  constructor(
    private readonly views: DeficitsService,
    private readonly selfDiagnoses: SelfDiagnosisService,
  ) {}

  @Policy(Permission.DIAGNOSTICS_READ)
  @Query(() => DeficitOptionsObject, { description: 'Frameworks, campaigns with results, municipalities and networks the caller can build deficit views on' })
  deficitOptions(@CurrentActor() actor: Actor) {
    return this.views.options(actor);
  }

  @Policy(Permission.DIAGNOSTICS_READ)
  @Query(() => PersonCompetenceProfileObject, { description: 'A person’s latest score and level per competence (or those of a campaign)' })
  personCompetenceProfile(
    @CurrentActor() actor: Actor,
    @Id('personId') personId: string,
    @OptionalId('frameworkId') frameworkId?: string | null,
    @OptionalId('campaignId') campaignId?: string | null,
  ) {
    return this.views.profile(actor, personId, frameworkId ?? null, campaignId ?? null);
  }

  @Policy(Permission.DIAGNOSTICS_READ)
  @Query(() => DeficitHeatmapObject, { description: 'Rows (municipalities or organisations) × competences: assessed, shares of deficits and proficits, mean' })
  deficitHeatmap(@CurrentActor() actor: Actor, @Args('input') input: DeficitHeatmapInput) {
    return this.views.heatmap(actor, input);
  }

  @Policy(Permission.DIAGNOSTICS_READ)
  @Query(() => DeficitHeatmapCellObject, { description: 'Drill-down of a heatmap cell: the organisation’s people with their level and score' })
  deficitHeatmapCell(
    @CurrentActor() actor: Actor,
    @Id('organizationId') organizationId: string,
    @Id('competenceId') competenceId: string,
    @OptionalId('campaignId') campaignId?: string | null,
  ) {
    return this.views.heatmapCell(actor, organizationId, competenceId, campaignId ?? null);
  }

  @Policy(Permission.DIAGNOSTICS_READ)
  @Query(() => CampaignComparisonObject, { description: 'Before/after by competence code' })
  campaignComparison(@CurrentActor() actor: Actor, @Args('input') input: CampaignComparisonInput) {
    return this.views.comparison(actor, input);
  }

  @Policy(Permission.DIAGNOSTICS_READ)
  @Query(() => [OrganizationSelfDiagnosisObject], { description: 'Self-diagnostics of a school, newest first' })
  organizationSelfDiagnoses(
    @CurrentActor() actor: Actor,
    @Id('organizationId') organizationId: string,
    @Args('archived', { defaultValue: false }) archived: boolean,
  ) {
    return this.selfDiagnoses.list(actor, organizationId, archived);
  }

  @Policy(Permission.DIAGNOSTICS_READ)
  @Query(() => OrganizationSelfDiagnosisObject)
  organizationSelfDiagnosis(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return this.selfDiagnoses.get(actor, id);
  }

  @Policy(Permission.DIAGNOSTICS_WRITE)
  @Mutation(() => OrganizationSelfDiagnosisObject, { description: 'A school’s self-diagnostics entered by its staff' })
  createOrganizationSelfDiagnosis(@CurrentActor() actor: Actor, @Args('input') input: CreateOrganizationSelfDiagnosisInput) {
    return this.selfDiagnoses.create(actor, input);
  }

  @Policy(Permission.DIAGNOSTICS_WRITE)
  @Mutation(() => OrganizationSelfDiagnosisObject, { description: 'Aggregate from the people’s results in a campaign (40 % rule); again: recompute' })
  aggregateOrganizationSelfDiagnosis(@CurrentActor() actor: Actor, @Id('organizationId') organizationId: string, @Id('campaignId') campaignId: string) {
    return this.selfDiagnoses.aggregate(actor, organizationId, campaignId);
  }

  @Policy(Permission.DIAGNOSTICS_WRITE)
  @Mutation(() => OrganizationSelfDiagnosisObject)
  updateOrganizationSelfDiagnosis(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: UpdateOrganizationSelfDiagnosisInput) {
    return this.selfDiagnoses.update(actor, id, input);
  }

  @Policy(Permission.DIAGNOSTICS_WRITE)
  @Mutation(() => OrganizationSelfDiagnosisObject)
  archiveOrganizationSelfDiagnosis(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return this.selfDiagnoses.setArchived(actor, id, true);
  }

  @Policy(Permission.DIAGNOSTICS_WRITE)
  @Mutation(() => OrganizationSelfDiagnosisObject)
  restoreOrganizationSelfDiagnosis(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return this.selfDiagnoses.setArchived(actor, id, false);
  }
}
