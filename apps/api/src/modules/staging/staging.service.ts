import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessService } from '../../common/access/access.service';
import { Caller } from '../../common/access/access-rule';
import { Actor } from '../../common/auth/actor';
import { AccessScope } from '../../common/auth/access-scope';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, fieldError, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { PageRequest } from '../../common/pagination/order';
import { AuditService } from '../audit/audit.service';
import { StagingSiteFilter, StagingSiteOrder } from './dto/staging.args';
import { CreateStagingSiteInput, InternshipModuleInput, InternshipProgramInput, InternshipTrackInput, StagingSiteInput } from './dto/staging.input';
import { InternshipProgramEntity } from './internship-program.entity';
import { StagingSiteEntity } from './staging-site.entity';
import { StagingRepository } from './staging.repository';

const OUT_OF_REACH = 'Не найдено или вне вашей зоны ответственности';
const CONSTRAINTS: Record<string, FieldError> = {
  ck_staging_site_period: { field: 'endsOn', message: 'Окончание — не раньше начала' },
  ck_staging_site_theme: { field: 'theme', message: 'Введите тему площадки' },
  ck_internship_program_months: { field: 'maxMonths', message: 'Срок «до» — не меньше срока «от»' },
  ck_internship_module_hours: { field: 'hours', message: 'Часов должно быть больше нуля' },
  uq_staging_site_external_id: { field: 'externalId', message: 'Такая площадка уже есть' },
};
const SITE_NOT_FOUND = 'Площадка не найдена';
const PROGRAM_NOT_FOUND = 'Программа не найдена';
const NOT_YOURS = 'Изменять площадку может методическая служба её муниципалитета, региональный координатор или администрация организации';
const NOT_ESTABLISHER = 'Вид, уровень, срок и приказ площадки меняет методическая служба муниципалитета или региональный координатор';
/** The fields an order sets: only those who issue orders (`staging.establish`) change them. */
const ORDER_FIELDS = ['kind', 'level', 'startsOn', 'endsOn', 'orderNumber', 'orderDate'] as const;

/** Staging sites (catalogue, card, people, competences) and their modular programmes with modules and tracks. */
@Injectable()
export class StagingService {
  constructor(
    private readonly repo: StagingRepository,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  list(scope: AccessScope, filter: StagingSiteFilter | undefined, order: StagingSiteOrder | undefined, page: PageRequest) {
    return this.repo.page(this.uow.reader, scope, filter, order, page);
  }

  async site(scope: AccessScope, id: string): Promise<StagingSiteEntity> {
    const found = await this.repo.findSite(this.uow.reader, scope, id);
    if (!found) throw notFound(SITE_NOT_FOUND);
    return found;
  }

  async program(scope: AccessScope, id: string): Promise<InternshipProgramEntity> {
    const found = await this.repo.findProgram(this.uow.reader, scope, id);
    if (!found) throw notFound(PROGRAM_NOT_FOUND);
    return found;
  }

  // ---- sites ----

  /** People and competences of a site: people the caller sees in the registry, masters holding «педагог-мастер». */
  private async checkSiteLinks(m: EntityManager, caller: Caller, input: StagingSiteInput): Promise<void> {
    const fields: FieldError[] = [];
    if (input.endsOn < input.startsOn) fields.push({ field: 'endsOn', message: 'Окончание — не раньше начала' });
    const ids = [...input.masterIds, ...(input.headPersonId ? [input.headPersonId] : [])];
    const visible = await this.access.check(m, caller, 'person.read', ids);
    if (input.headPersonId && !visible.has(input.headPersonId)) fields.push({ field: 'headPersonId', message: OUT_OF_REACH });
    const flag = await this.repo.masterFlags(m, input.masterIds);
    input.masterIds.forEach((id, i) => {
      if (!visible.has(id)) fields.push({ field: `masterIds.${i}`, message: OUT_OF_REACH });
      else if (!flag.get(id)) fields.push({ field: `masterIds.${i}`, message: 'В рабочую группу входят педагоги со статусом «педагог-мастер»: отметьте его в карточке педагога' });
    });
    const comps = await this.repo.existingCompetences(m, input.competenceIds);
    input.competenceIds.forEach((id, i) => {
      if (!comps.has(id)) fields.push({ field: `competenceIds.${i}`, message: 'Компетенция не найдена' });
    });
    if (fields.length) throw badInput(fields);
  }

  private static siteValues(input: StagingSiteInput): Partial<StagingSiteEntity> {
    return {
      kind: input.kind,
      level: input.level,
      theme: input.theme,
      description: input.description ?? '',
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      orderNumber: input.orderNumber ?? null,
      orderDate: input.orderDate ?? null,
      headPersonId: input.headPersonId ?? null,
    };
  }

  async createSite(actor: Actor, input: CreateStagingSiteInput): Promise<StagingSiteEntity> {
    return this.uow.write(async (m) => {
      if (!(await this.access.can(m, actor.user, 'staging.establish', input.organizationId))) throw fieldError('organizationId', OUT_OF_REACH);
      await this.checkSiteLinks(m, actor.user, input);
      const created = await this.repo.insertSite(m, { ...StagingService.siteValues(input), organizationId: input.organizationId });
      await this.repo.replaceSiteLinks(m, created.id, input.masterIds, input.competenceIds);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'create', entityType: 'staging_site', entityId: created.id, after: input });
      return created;
    }, CONSTRAINTS);
  }

  /** Visible (else NOT_FOUND), the caller's to keep (else FORBIDDEN), not archived unless asked. */
  private async lockSite(m: EntityManager, actor: Actor, id: string, opts: { allowArchived?: boolean } = {}): Promise<StagingSiteEntity> {
    const site = await this.repo.findSite(m, actor.scope, id, true);
    if (!site) throw notFound(SITE_NOT_FOUND);
    if (!(await this.access.can(m, actor.user, 'staging.manage', id))) throw forbidden(NOT_YOURS);
    if (site.archivedAt && !opts.allowArchived) throw badInput([], 'Площадка в архиве: сначала восстановите её');
    return site;
  }

  async updateSite(actor: Actor, id: string, input: StagingSiteInput): Promise<StagingSiteEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockSite(m, actor, id);
      const values = StagingService.siteValues(input);
      const orderChanged = ORDER_FIELDS.some((f) => (values[f] ?? null) !== (before[f] ?? null));
      if (orderChanged && !(await this.access.can(m, actor.user, 'staging.establish', before.organizationId))) throw forbidden(NOT_ESTABLISHER);
      await this.checkSiteLinks(m, actor.user, input);
      const beforeLinks = await this.repo.siteLinks(m, id);
      const after = await this.repo.updateSite(m, id, values);
      await this.repo.replaceSiteLinks(m, id, input.masterIds, input.competenceIds);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update', entityType: 'staging_site', entityId: id, before: { ...before, ...beforeLinks }, after: input });
      return after;
    }, CONSTRAINTS);
  }

  /** Closing a site and bringing it back is an order of its territory (`staging.establish`). */
  async setSiteArchived(actor: Actor, id: string, archived: boolean): Promise<StagingSiteEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockSite(m, actor, id, { allowArchived: true });
      if (!(await this.access.can(m, actor.user, 'staging.establish', before.organizationId))) throw forbidden(NOT_ESTABLISHER);
      if (!!before.archivedAt === archived) return before;
      const after = await this.repo.updateSite(m, id, { archivedAt: archived ? new Date() : null });
      await this.audit.record(m, { accountId: actor.user.accountId, action: archived ? 'archive' : 'restore', entityType: 'staging_site', entityId: id });
      return after;
    }, CONSTRAINTS);
  }

  // ---- programmes ----

  private static checkMonths(input: InternshipProgramInput): void {
    if (input.maxMonths < input.minMonths) throw fieldError('maxMonths', 'Срок «до» — не меньше срока «от»');
  }

  private static programValues(input: InternshipProgramInput): Partial<InternshipProgramEntity> {
    return {
      title: input.title,
      description: input.description ?? '',
      minMonths: input.minMonths,
      maxMonths: input.maxMonths,
      audience: input.audience ?? '',
      maxExperienceYears: input.maxExperienceYears ?? null,
    };
  }

  async createProgram(actor: Actor, siteId: string, input: InternshipProgramInput): Promise<InternshipProgramEntity> {
    StagingService.checkMonths(input);
    return this.uow.write(async (m) => {
      await this.lockSite(m, actor, siteId);
      const created = await this.repo.insertProgram(m, { ...StagingService.programValues(input), siteId });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'create', entityType: 'internship_program', entityId: created.id, after: input });
      return created;
    }, CONSTRAINTS);
  }

  /** The programme visible (else NOT_FOUND) and its site the caller's to keep; locks the programme. */
  private async lockProgram(m: EntityManager, actor: Actor, id: string, opts: { allowArchived?: boolean } = {}): Promise<InternshipProgramEntity> {
    const program = await this.repo.findProgram(m, actor.scope, id, true);
    if (!program) throw notFound(PROGRAM_NOT_FOUND);
    await this.lockSite(m, actor, program.siteId);
    if (program.archivedAt && !opts.allowArchived) throw badInput([], 'Программа в архиве: сначала восстановите её');
    return program;
  }

  async updateProgram(actor: Actor, id: string, input: InternshipProgramInput): Promise<InternshipProgramEntity> {
    StagingService.checkMonths(input);
    return this.uow.write(async (m) => {
      const before = await this.lockProgram(m, actor, id);
      const after = await this.repo.updateProgram(m, id, StagingService.programValues(input));
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update', entityType: 'internship_program', entityId: id, before, after: input });
      return after;
    }, CONSTRAINTS);
  }

  async setProgramArchived(actor: Actor, id: string, archived: boolean): Promise<InternshipProgramEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockProgram(m, actor, id, { allowArchived: true });
      if (!!before.archivedAt === archived) return before;
      const after = await this.repo.updateProgram(m, id, { archivedAt: archived ? new Date() : null });
      await this.audit.record(m, { accountId: actor.user.accountId, action: archived ? 'archive' : 'restore', entityType: 'internship_program', entityId: id });
      return after;
    }, CONSTRAINTS);
  }

  // ---- modules (each change answers the programme) ----

  private async checkCompetences(m: EntityManager, ids: readonly string[]): Promise<void> {
    const found = await this.repo.existingCompetences(m, ids);
    const fields = ids.flatMap((id, i) => (found.has(id) ? [] : [{ field: `competenceIds.${i}`, message: 'Компетенция не найдена' }]));
    if (fields.length) throw badInput(fields);
  }

  private static moduleValues(input: InternshipModuleInput) {
    return { title: input.title, description: input.description ?? '', hours: input.hours, format: input.format, audience: input.audience ?? '' };
  }

  async addModule(actor: Actor, programId: string, input: InternshipModuleInput): Promise<InternshipProgramEntity> {
    return this.uow.write(async (m) => {
      const program = await this.lockProgram(m, actor, programId);
      await this.checkCompetences(m, input.competenceIds);
      const all = await this.repo.modulesOf(m, [programId], true);
      const created = await this.repo.insertModule(m, { ...StagingService.moduleValues(input), programId, position: all.length + 1 }, input.competenceIds);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'add-module', entityType: 'internship_program', entityId: programId, after: { id: created.id, ...input } });
      return program;
    }, CONSTRAINTS);
  }

  private async lockModuleProgram(m: EntityManager, actor: Actor, moduleId: string): Promise<InternshipProgramEntity> {
    const programId = await this.repo.programIdOf(m, 'internship_module', moduleId);
    if (!programId) throw notFound('Модуль не найден');
    const program = await this.repo.findProgram(m, actor.scope, programId);
    if (!program) throw notFound('Модуль не найден');
    return this.lockProgram(m, actor, programId);
  }

  async updateModule(actor: Actor, moduleId: string, input: InternshipModuleInput): Promise<InternshipProgramEntity> {
    return this.uow.write(async (m) => {
      const program = await this.lockModuleProgram(m, actor, moduleId);
      await this.checkCompetences(m, input.competenceIds);
      const before = await this.repo.moduleById(m, moduleId);
      await this.repo.updateModule(m, moduleId, StagingService.moduleValues(input), input.competenceIds);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update-module', entityType: 'internship_program', entityId: program.id, before, after: { id: moduleId, ...input } });
      return program;
    }, CONSTRAINTS);
  }

  /** Puts a live module at `position` (1-based) among the live modules. */
  async moveModule(actor: Actor, moduleId: string, position: number): Promise<InternshipProgramEntity> {
    return this.uow.write(async (m) => {
      const program = await this.lockModuleProgram(m, actor, moduleId);
      const live = (await this.repo.modulesOf(m, [program.id], false)).map((x) => x.id);
      if (!live.includes(moduleId)) throw badInput([], 'Модуль в архиве: сначала восстановите его');
      if (!Number.isInteger(position) || position < 1 || position > live.length) throw fieldError('position', `Позиция — от 1 до ${live.length}`);
      const order = live.filter((x) => x !== moduleId);
      order.splice(position - 1, 0, moduleId);
      await this.repo.renumberModules(m, program.id, order);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'move-module', entityType: 'internship_program', entityId: program.id, after: { moduleId, position } });
      return program;
    }, CONSTRAINTS);
  }

  async setModuleArchived(actor: Actor, moduleId: string, archived: boolean): Promise<InternshipProgramEntity> {
    return this.uow.write(async (m) => {
      const program = await this.lockModuleProgram(m, actor, moduleId);
      const before = await this.repo.moduleById(m, moduleId);
      if (!!before.archivedAt === archived) return program;
      await this.repo.updateModule(m, moduleId, { archivedAt: archived ? new Date() : null });
      // Live modules first, in their order; an archived one goes last, a restored one comes back at the end.
      const live = (await this.repo.modulesOf(m, [program.id], false)).map((x) => x.id);
      await this.repo.renumberModules(m, program.id, live);
      await this.audit.record(m, { accountId: actor.user.accountId, action: archived ? 'archive-module' : 'restore-module', entityType: 'internship_program', entityId: program.id, after: { moduleId } });
      return program;
    }, CONSTRAINTS);
  }

  // ---- tracks ----

  private async checkTrackModules(m: EntityManager, programId: string, moduleIds: readonly string[]): Promise<void> {
    if (!moduleIds.length) throw fieldError('moduleIds', 'Выберите хотя бы один модуль');
    const live = new Set((await this.repo.modulesOf(m, [programId], false)).map((x) => x.id));
    const fields = moduleIds.flatMap((id, i) => (live.has(id) ? [] : [{ field: `moduleIds.${i}`, message: 'Модуль не найден в этой программе' }]));
    if (fields.length) throw badInput(fields);
  }

  async createTrack(actor: Actor, programId: string, input: InternshipTrackInput): Promise<InternshipProgramEntity> {
    return this.uow.write(async (m) => {
      const program = await this.lockProgram(m, actor, programId);
      await this.checkTrackModules(m, programId, input.moduleIds);
      const created = await this.repo.insertTrack(m, { programId, kind: input.kind, name: input.name, description: input.description ?? '' }, input.moduleIds);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'add-track', entityType: 'internship_program', entityId: programId, after: { id: created.id, ...input } });
      return program;
    }, CONSTRAINTS);
  }

  private async lockTrackProgram(m: EntityManager, actor: Actor, trackId: string): Promise<InternshipProgramEntity> {
    const programId = await this.repo.programIdOf(m, 'internship_track', trackId);
    if (!programId || !(await this.repo.findProgram(m, actor.scope, programId))) throw notFound('Маршрут не найден');
    return this.lockProgram(m, actor, programId);
  }

  async updateTrack(actor: Actor, trackId: string, input: InternshipTrackInput): Promise<InternshipProgramEntity> {
    return this.uow.write(async (m) => {
      const program = await this.lockTrackProgram(m, actor, trackId);
      await this.checkTrackModules(m, program.id, input.moduleIds);
      const before = await this.repo.trackById(m, trackId);
      await this.repo.updateTrack(m, trackId, { kind: input.kind, name: input.name, description: input.description ?? '' }, input.moduleIds);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update-track', entityType: 'internship_program', entityId: program.id, before, after: { id: trackId, ...input } });
      return program;
    }, CONSTRAINTS);
  }

  async setTrackArchived(actor: Actor, trackId: string, archived: boolean): Promise<InternshipProgramEntity> {
    return this.uow.write(async (m) => {
      const program = await this.lockTrackProgram(m, actor, trackId);
      const before = await this.repo.trackById(m, trackId);
      if (!!before.archivedAt === archived) return program;
      await this.repo.updateTrack(m, trackId, { archivedAt: archived ? new Date() : null });
      await this.audit.record(m, { accountId: actor.user.accountId, action: archived ? 'archive-track' : 'restore-track', entityType: 'internship_program', entityId: program.id, after: { trackId } });
      return program;
    }, CONSTRAINTS);
  }

  // ---- batches for field resolvers ----
  hosts = (ids: readonly string[]) => this.repo.hosts(this.uow.reader, ids);
  people = (ids: readonly string[]) => this.repo.people(this.uow.reader, ids);
  competenceIds = (owner: 'site' | 'module', ids: readonly string[]) => this.repo.competenceIds(this.uow.reader, owner, ids);
  programsOf = (siteIds: readonly string[], withArchived: boolean) => this.repo.programsOf(this.uow.reader, siteIds, withArchived);
  modulesOf = (programIds: readonly string[], withArchived: boolean) => this.repo.modulesOf(this.uow.reader, programIds, withArchived);
  tracksOf = (programIds: readonly string[], withArchived: boolean) => this.repo.tracksOf(this.uow.reader, programIds, withArchived);
  trackModules = (trackIds: readonly string[]) => this.repo.trackModules(this.uow.reader, trackIds);
  siteById = (id: string) => this.repo.siteById(this.uow.reader, id);
  manageable = (caller: Caller, siteIds: readonly string[]) => this.access.check(this.uow.reader, caller, 'staging.manage', siteIds);
  establishable = (caller: Caller, organizationIds: readonly string[]) => this.access.check(this.uow.reader, caller, 'staging.establish', organizationIds);
}
