import { Injectable } from '@nestjs/common';
import { VersionStatus } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, fieldError, FieldError, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { CompetenceRepository } from '../competence/competence.repository';
import { changeProblem, newVersionProblem, nextVersion, reorder } from '../competence/versioning';
import { DiagnosticInstrumentEntity } from './diagnostic-instrument.entity';
import { InstrumentFilter, InstrumentOrder } from './dto/instrument.args';
import { PageRequest } from '../../common/pagination/order';
import { CreateInstrumentInput, ItemInput, ScoringRuleInput, UpdateInstrumentInput } from './dto/instrument.input';
import { itemProblems, normalizeItem, publishProblem, thresholdProblems } from './instrument-rules';
import { InstrumentRepository } from './instrument.repository';

export const INSTRUMENT_CONSTRAINTS: Record<string, FieldError> = {
  uq_diagnostic_instrument_version: { field: 'code', message: 'Методика с таким кодом уже есть' },
  ck_diagnostic_instrument_name: { field: 'name', message: 'Введите код и название методики' },
  ck_diagnostic_item_text: { field: 'text', message: 'Введите текст задания' },
  ck_diagnostic_item_scale: { field: 'scaleMax', message: 'Максимум шкалы должен быть больше минимума' },
  ck_diagnostic_item_options: { field: 'options', message: 'Нужно хотя бы два варианта ответа' },
  ck_diagnostic_item_weight: { field: 'weight', message: 'Вес — число больше 0 и не больше 100' },
  ck_diagnostic_scoring_rule_thresholds: { field: 'proficitFrom', message: 'Пороги: 0 ≤ дефицит ниже ≤ профицит от ≤ 100' },
  uq_diagnostic_scoring_rule: { field: 'competenceId', message: 'Правило для этой компетенции уже задано' },
};
const ARCHIVED = 'Методика в архиве: сначала восстановите её';
const ENTITY = 'diagnostic-instrument';

/** The bank of diagnostic methods: drafts are edited, a published instrument is never changed in place. */
@Injectable()
export class InstrumentService {
  constructor(
    private readonly repo: InstrumentRepository,
    private readonly competences: CompetenceRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  list = (f: InstrumentFilter | undefined, order: InstrumentOrder | undefined, page: PageRequest) => this.repo.pageInstruments(this.uow.reader, f, order, page);

  async get(id: string): Promise<DiagnosticInstrumentEntity> {
    const i = await this.repo.findInstrument(this.uow.reader, id);
    if (!i) throw notFound('Методика не найдена');
    return i;
  }

  private async lock(m: EntityManager, id: string): Promise<DiagnosticInstrumentEntity> {
    const i = await this.repo.findInstrument(m, id, true);
    if (!i) throw notFound('Методика не найдена');
    return i;
  }

  private async lockDraft(m: EntityManager, id: string): Promise<DiagnosticInstrumentEntity> {
    const i = await this.lock(m, id);
    const problem = changeProblem(i, ARCHIVED);
    if (problem) throw badInput([], problem);
    return i;
  }

  record(m: EntityManager, actor: Actor, action: string, entityId: string, before: object | null, after: object | null) {
    return this.audit.record(m, { accountId: actor.user.accountId, action, entityType: ENTITY, entityId, before, after });
  }

  /** A new instrument goes on a published framework, under a code not used yet. */
  async checkNew(m: EntityManager, frameworkId: string, code: string): Promise<void> {
    const framework = await this.competences.findFramework(m, frameworkId);
    if (!framework || framework.status !== VersionStatus.PUBLISHED || framework.archivedAt) {
      throw fieldError('frameworkId', 'Выберите действующую (опубликованную) рамку компетенций');
    }
    if ((await this.repo.lockVersions(m, code)).length) throw fieldError('code', 'Методика с таким кодом уже есть: создайте её новую версию');
  }

  async create(actor: Actor, input: CreateInstrumentInput): Promise<DiagnosticInstrumentEntity> {
    return this.uow.write(async (m) => {
      await this.checkNew(m, input.frameworkId, input.code);
      const created = await this.repo.insertInstrument(m, { ...input, version: 1, status: VersionStatus.DRAFT });
      await this.record(m, actor, 'create', created.id, null, input);
      return created;
    }, INSTRUMENT_CONSTRAINTS);
  }

  async update(actor: Actor, id: string, input: UpdateInstrumentInput): Promise<DiagnosticInstrumentEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockDraft(m, id);
      const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)) as Partial<DiagnosticInstrumentEntity>;
      const after = await this.repo.updateInstrument(m, id, changes);
      await this.record(m, actor, 'update', id, { name: before.name, description: before.description }, changes);
      return after;
    }, INSTRUMENT_CONSTRAINTS);
  }

  /** The item, checked by its kind, on a competence of the instrument's framework. */
  private async checkItem(m: EntityManager, instrument: DiagnosticInstrumentEntity, input: ItemInput) {
    const problems = itemProblems(input);
    if (problems.length) throw badInput(problems);
    const [competence] = await this.competences.competencesByIds(m, [input.competenceId]);
    if (!competence || competence.frameworkId !== instrument.frameworkId) throw fieldError('competenceId', 'Компетенция не из рамки этой методики');
    return normalizeItem(input);
  }

  async addItem(actor: Actor, instrumentId: string, input: ItemInput): Promise<DiagnosticInstrumentEntity> {
    return this.uow.write(async (m) => {
      const i = await this.lockDraft(m, instrumentId);
      const item = await this.checkItem(m, i, input);
      await this.repo.appendItems(m, i.id, [item]);
      await this.record(m, actor, 'add-item', i.id, null, item);
      return i;
    }, INSTRUMENT_CONSTRAINTS);
  }

  private async lockItem(m: EntityManager, id: string) {
    const item = await this.repo.item(m, id);
    if (!item) throw notFound('Задание не найдено');
    return { item, instrument: await this.lockDraft(m, item.instrumentId) };
  }

  async updateItem(actor: Actor, id: string, input: ItemInput): Promise<DiagnosticInstrumentEntity> {
    return this.uow.write(async (m) => {
      const { item, instrument } = await this.lockItem(m, id);
      const values = await this.checkItem(m, instrument, input);
      await this.repo.updateItem(m, id, values);
      await this.record(m, actor, 'update-item', instrument.id, item, values);
      return instrument;
    }, INSTRUMENT_CONSTRAINTS);
  }

  async removeItem(actor: Actor, id: string): Promise<DiagnosticInstrumentEntity> {
    return this.uow.write(async (m) => {
      const { item, instrument } = await this.lockItem(m, id);
      await this.repo.deleteItem(m, id);
      await this.repo.setPositions(m, instrument.id, (await this.repo.itemsOf(m, [instrument.id])).map((x) => x.id));
      await this.record(m, actor, 'remove-item', instrument.id, item, null);
      return instrument;
    }, INSTRUMENT_CONSTRAINTS);
  }

  async moveItem(actor: Actor, id: string, position: number): Promise<DiagnosticInstrumentEntity> {
    return this.uow.write(async (m) => {
      const { item, instrument } = await this.lockItem(m, id);
      const ids = (await this.repo.itemsOf(m, [instrument.id])).map((x) => x.id);
      await this.repo.setPositions(m, instrument.id, reorder(ids, id, position));
      await this.record(m, actor, 'move-item', instrument.id, { id, position: item.position }, { id, position });
      return instrument;
    }, INSTRUMENT_CONSTRAINTS);
  }

  async setRule(actor: Actor, instrumentId: string, input: ScoringRuleInput): Promise<DiagnosticInstrumentEntity> {
    const problems = thresholdProblems(input);
    if (problems.length) throw badInput(problems);
    return this.uow.write(async (m) => {
      const i = await this.lockDraft(m, instrumentId);
      const [competence] = await this.competences.competencesByIds(m, [input.competenceId]);
      if (!competence || competence.frameworkId !== i.frameworkId) throw fieldError('competenceId', 'Компетенция не из рамки этой методики');
      await this.repo.upsertRule(m, i.id, input.competenceId, input);
      await this.record(m, actor, 'set-rule', i.id, null, input);
      return i;
    }, INSTRUMENT_CONSTRAINTS);
  }

  async removeRule(actor: Actor, id: string): Promise<DiagnosticInstrumentEntity> {
    return this.uow.write(async (m) => {
      const rule = await this.repo.rule(m, id);
      if (!rule) throw notFound('Правило не найдено');
      const i = await this.lockDraft(m, rule.instrumentId);
      await this.repo.deleteRule(m, id);
      await this.record(m, actor, 'remove-rule', i.id, rule, null);
      return i;
    }, INSTRUMENT_CONSTRAINTS);
  }

  async publish(actor: Actor, id: string): Promise<DiagnosticInstrumentEntity> {
    return this.uow.write(async (m) => {
      const i = await this.lock(m, id);
      await this.repo.lockVersions(m, i.code);
      const locked = changeProblem(i, ARCHIVED);
      if (locked) throw badInput([], locked);
      const [items, rules] = [await this.repo.itemsOf(m, [id]), await this.repo.rulesOf(m, [id])];
      const codes = new Map((await this.competences.competencesByIds(m, [...new Set(items.map((x) => x.competenceId))])).map((c) => [c.id, c.code]));
      const problem = publishProblem(items, rules, (cid) => codes.get(cid) ?? cid);
      if (problem) throw badInput([], problem);
      const retired = await this.repo.retireOthers(m, i.code, id);
      const after = await this.repo.updateInstrument(m, id, { status: VersionStatus.PUBLISHED, publishedAt: new Date() });
      await this.record(m, actor, 'publish', id, { status: i.status }, { status: after.status, retired });
      return after;
    }, INSTRUMENT_CONSTRAINTS);
  }

  async newVersion(actor: Actor, id: string): Promise<DiagnosticInstrumentEntity> {
    return this.uow.write(async (m) => {
      const source = await this.lock(m, id);
      if (source.archivedAt) throw badInput([], ARCHIVED);
      const versions = await this.repo.lockVersions(m, source.code);
      const problem = newVersionProblem(versions);
      if (problem) throw badInput([], problem);
      const created = await this.repo.insertInstrument(m, {
        code: source.code,
        version: nextVersion(versions),
        name: source.name,
        description: source.description,
        frameworkId: source.frameworkId,
        status: VersionStatus.DRAFT,
        previousVersionId: source.id,
      });
      await this.repo.copyContent(m, source.id, created.id);
      await this.record(m, actor, 'new-version', created.id, null, { from: source.id, version: created.version });
      return created;
    }, INSTRUMENT_CONSTRAINTS);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<DiagnosticInstrumentEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lock(m, id);
      if (!!before.archivedAt === archived) return before;
      const after = await this.repo.updateInstrument(m, id, { archivedAt: archived ? new Date() : null });
      await this.record(m, actor, archived ? 'archive' : 'restore', id, null, null);
      return after;
    }, INSTRUMENT_CONSTRAINTS);
  }

  // Batches for field resolvers.
  itemsOf = (ids: readonly string[]) => this.repo.itemsOf(this.uow.reader, ids);
  rulesOf = (ids: readonly string[]) => this.repo.rulesOf(this.uow.reader, ids);
  itemCounts = (ids: readonly string[]) => this.repo.itemCounts(this.uow.reader, ids);
}
