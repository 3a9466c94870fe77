import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { InstrumentsArgs } from './dto/instrument.args';
import { CreateInstrumentInput, ImportInstrumentInput, ItemInput, ScoringRuleInput, UpdateInstrumentInput } from './dto/instrument.input';
import { DiagnosticInstrumentConnection, DiagnosticInstrumentObject, InstrumentImportObject, InstrumentTemplateObject } from './dto/instrument.object';
import { InstrumentImportService } from './instrument-import.service';
import { InstrumentService } from './instrument.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);
const I = DiagnosticInstrumentObject;

@Resolver()
export class InstrumentResolver {
  constructor(
    private readonly service: InstrumentService,
    private readonly importer: InstrumentImportService,
  ) {}

  @Policy(Permission.COMPETENCE_READ)
  @Query(() => DiagnosticInstrumentConnection, { description: 'The bank of diagnostic methods (everyone reads), by code, newest version first' })
  async diagnosticInstruments(@Args() args: InstrumentsArgs) {
    const page = await this.service.list(args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(I.from) };
  }

  @Policy(Permission.COMPETENCE_READ)
  @Query(() => I)
  async diagnosticInstrument(@Id('id') id: string) {
    return I.from(await this.service.get(id));
  }

  @Policy(Permission.INSTRUMENT_WRITE)
  @Query(() => InstrumentTemplateObject, { description: 'XLSX template of an instrument; with a framework, its competences are listed on a sheet' })
  diagnosticInstrumentTemplate(@Args('frameworkId', { type: () => ID, nullable: true }, UuidPipe) frameworkId?: string | null) {
    return this.importer.template(frameworkId);
  }

  @Policy(Permission.INSTRUMENT_WRITE)
  @Mutation(() => I, { description: 'A new instrument on a published framework: a DRAFT, version 1' })
  async createDiagnosticInstrument(@CurrentActor() actor: Actor, @Args('input') input: CreateInstrumentInput) {
    return I.from(await this.service.create(actor, input));
  }

  @Policy(Permission.INSTRUMENT_WRITE)
  @Mutation(() => I)
  async updateDiagnosticInstrument(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: UpdateInstrumentInput) {
    return I.from(await this.service.update(actor, id, input));
  }

  @Policy(Permission.INSTRUMENT_WRITE)
  @Mutation(() => I, { description: 'Appends an item to a draft' })
  async addDiagnosticItem(@CurrentActor() actor: Actor, @Id('instrumentId') instrumentId: string, @Args('input') input: ItemInput) {
    return I.from(await this.service.addItem(actor, instrumentId, input));
  }

  @Policy(Permission.INSTRUMENT_WRITE)
  @Mutation(() => I)
  async updateDiagnosticItem(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: ItemInput) {
    return I.from(await this.service.updateItem(actor, id, input));
  }

  @Policy(Permission.INSTRUMENT_WRITE)
  @Mutation(() => I)
  async removeDiagnosticItem(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return I.from(await this.service.removeItem(actor, id));
  }

  @Policy(Permission.INSTRUMENT_WRITE)
  @Mutation(() => I, { description: 'Moves an item to a position (1-based; clamped); the others shift' })
  async moveDiagnosticItem(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('position', { type: () => Int }) position: number) {
    return I.from(await this.service.moveItem(actor, id, position));
  }

  @Policy(Permission.INSTRUMENT_WRITE)
  @Mutation(() => I, { description: 'Sets (creates or replaces) the scoring rule and thresholds of a competence' })
  async setDiagnosticScoringRule(@CurrentActor() actor: Actor, @Id('instrumentId') instrumentId: string, @Args('input') input: ScoringRuleInput) {
    return I.from(await this.service.setRule(actor, instrumentId, input));
  }

  @Policy(Permission.INSTRUMENT_WRITE)
  @Mutation(() => I)
  async removeDiagnosticScoringRule(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return I.from(await this.service.removeRule(actor, id));
  }

  @Policy(Permission.INSTRUMENT_WRITE)
  @Mutation(() => I, { description: 'DRAFT → PUBLISHED (needs a scored item and a rule for every scored competence); the previous published version becomes RETIRED' })
  async publishDiagnosticInstrument(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return I.from(await this.service.publish(actor, id));
  }

  @Policy(Permission.INSTRUMENT_WRITE)
  @Mutation(() => I, { description: 'A DRAFT version + 1 with a copy of the items and rules; one draft per code' })
  async createDiagnosticInstrumentVersion(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return I.from(await this.service.newVersion(actor, id));
  }

  @Policy(Permission.INSTRUMENT_WRITE)
  @Mutation(() => I)
  async archiveDiagnosticInstrument(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return I.from(await this.service.setArchived(actor, id, true));
  }

  @Policy(Permission.INSTRUMENT_WRITE)
  @Mutation(() => I)
  async restoreDiagnosticInstrument(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return I.from(await this.service.setArchived(actor, id, false));
  }

  @Policy(Permission.INSTRUMENT_WRITE)
  @Mutation(() => InstrumentImportObject, { description: 'Checks (dryRun: true) or imports an instrument from XLSX as a new DRAFT; with any bad line nothing is written' })
  importDiagnosticInstrument(@CurrentActor() actor: Actor, @Args('input') input: ImportInstrumentInput): Promise<InstrumentImportObject> {
    return this.importer.import(actor, input);
  }
}
