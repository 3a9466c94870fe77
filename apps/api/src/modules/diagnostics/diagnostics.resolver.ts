import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ResponseRole } from '@metodset/shared';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { DiagnosticsImportService } from './diagnostics-import.service';
import { DiagnosticsService } from './diagnostics.service';
import { CampaignsArgs, ParticipantsArgs, ResultsArgs } from './dto/diagnostics.args';
import { CreateCampaignInput, DiagnosticAnswersInput, ImportDiagnosticResultsInput, UpdateCampaignInput } from './dto/diagnostics.input';
import {
  CompetenceResultObject,
  DiagnosticCampaignConnection,
  DiagnosticCampaignObject,
  DiagnosticFormObject,
  DiagnosticImportReportObject,
  DiagnosticInstrumentOptionObject,
  DiagnosticParticipantConnection,
  DiagnosticParticipantObject,
  DiagnosticPersonResultsConnection,
  DiagnosticResultsTemplateObject,
  MyDiagnosticObject,
} from './dto/diagnostics.object';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);

@Resolver()
export class DiagnosticsResolver {
  constructor(
    private readonly service: DiagnosticsService,
    private readonly importer: DiagnosticsImportService,
  ) {}

  @Policy(Permission.DIAGNOSTICS_READ)
  @Query(() => DiagnosticCampaignConnection, { description: 'Campaigns covering organisations of the caller’s scope, or that the caller takes part in' })
  diagnosticCampaigns(@CurrentActor() actor: Actor, @Args() args: CampaignsArgs) {
    return this.service.listCampaigns(actor, args.filter, args.orderBy, args);
  }

  @Policy(Permission.DIAGNOSTICS_READ)
  @Query(() => DiagnosticCampaignObject)
  diagnosticCampaign(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return this.service.getCampaign(actor, id);
  }

  @Policy(Permission.DIAGNOSTICS_READ)
  @Query(() => DiagnosticParticipantConnection, { description: 'Participants with the state of their responses; the organiser sees all, others people of their scope' })
  async diagnosticParticipants(@CurrentActor() actor: Actor, @Args() args: ParticipantsArgs) {
    const page = await this.service.listParticipants(actor, args.campaignId, args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(DiagnosticParticipantObject.from) };
  }

  @Policy(Permission.DIAGNOSTICS_READ)
  @Query(() => DiagnosticPersonResultsConnection, { description: 'Scores and levels per person per competence, paged by person' })
  async diagnosticResults(@CurrentActor() actor: Actor, @Args() args: ResultsArgs) {
    const page = await this.service.listResults(actor, args.campaignId, args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map((n) => ({ participant: DiagnosticParticipantObject.from(n.participant), results: n.results.map(CompetenceResultObject.from) })) };
  }

  @Policy(Permission.DIAGNOSTICS_READ)
  @Query(() => [CompetenceResultObject], { description: 'All competence results of a person, latest first' })
  async personCompetenceResults(@CurrentActor() actor: Actor, @Id('personId') personId: string) {
    return (await this.service.personResults(actor, personId)).map(CompetenceResultObject.from);
  }

  @Policy(Permission.DIAGNOSTICS_WRITE)
  @Query(() => [DiagnosticInstrumentOptionObject], { description: 'Published instruments a campaign may use' })
  diagnosticInstrumentOptions() {
    return this.service.instrumentOptions();
  }

  @Policy(Permission.DIAGNOSTICS_WRITE)
  @Query(() => DiagnosticResultsTemplateObject, { description: 'Шаблон XLSX для загрузки результатов внешней диагностики' })
  diagnosticResultsTemplate() {
    return this.importer.template();
  }

  @Policy(Permission.DIAGNOSTICS_FILL)
  @Query(() => [MyDiagnosticObject], { description: 'The caller’s participations in open campaigns' })
  myDiagnostics(@CurrentActor() actor: Actor) {
    return this.service.myDiagnostics(actor);
  }

  @Policy(Permission.DIAGNOSTICS_FILL)
  @Query(() => DiagnosticFormObject, { description: 'SELF: the participant themself; EXPERT: staff whose scope covers the participant’s organisation' })
  diagnosticForm(@CurrentActor() actor: Actor, @Id('participantId') participantId: string, @Args('role', { type: () => ResponseRole }) role: ResponseRole) {
    return this.service.form(actor, participantId, role);
  }

  @Policy(Permission.DIAGNOSTICS_WRITE)
  @Mutation(() => DiagnosticCampaignObject)
  createDiagnosticCampaign(@CurrentActor() actor: Actor, @Args('input') input: CreateCampaignInput) {
    return this.service.createCampaign(actor, input);
  }

  @Policy(Permission.DIAGNOSTICS_WRITE)
  @Mutation(() => DiagnosticCampaignObject, { description: 'Instrument, mode, scope, audience and start change only while a draft' })
  updateDiagnosticCampaign(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: UpdateCampaignInput) {
    return this.service.updateCampaign(actor, id, input);
  }

  @Policy(Permission.DIAGNOSTICS_WRITE)
  @Mutation(() => DiagnosticCampaignObject, { description: 'DRAFT → OPEN: fixes the participants (the audience in the scope)' })
  openDiagnosticCampaign(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return this.service.openCampaign(actor, id);
  }

  @Policy(Permission.DIAGNOSTICS_WRITE)
  @Mutation(() => DiagnosticCampaignObject, { description: 'OPEN → CLOSED: no more responses' })
  closeDiagnosticCampaign(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return this.service.closeCampaign(actor, id);
  }

  @Policy(Permission.DIAGNOSTICS_WRITE)
  @Mutation(() => DiagnosticCampaignObject)
  archiveDiagnosticCampaign(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return this.service.setArchived(actor, id, true);
  }

  @Policy(Permission.DIAGNOSTICS_WRITE)
  @Mutation(() => DiagnosticCampaignObject)
  restoreDiagnosticCampaign(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return this.service.setArchived(actor, id, false);
  }

  @Policy(Permission.DIAGNOSTICS_FILL)
  @Mutation(() => DiagnosticFormObject, { description: 'Saves the answers as a draft to resume later' })
  saveDiagnosticDraft(@CurrentActor() actor: Actor, @Args('input') input: DiagnosticAnswersInput) {
    return this.service.saveDraft(actor, input);
  }

  @Policy(Permission.DIAGNOSTICS_FILL)
  @Mutation(() => DiagnosticFormObject, { description: 'Submits once: late, early and repeated submissions are refused with the reason' })
  submitDiagnosticResponse(@CurrentActor() actor: Actor, @Args('input') input: DiagnosticAnswersInput) {
    return this.service.submit(actor, input);
  }

  @Policy(Permission.DIAGNOSTICS_WRITE)
  @Mutation(() => DiagnosticImportReportObject, { description: 'Проверка (dryRun: true) или загрузка результатов внешней диагностики из XLSX' })
  importDiagnosticResults(@CurrentActor() actor: Actor, @Args('input') input: ImportDiagnosticResultsInput) {
    return this.importer.import(actor, input);
  }
}
