import { Injectable } from '@nestjs/common';
import { VersionStatus } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, fieldError, FieldError, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { CompetenceRepository } from '../competence/competence.repository';
import { changeProblem, newVersionProblem, nextVersion, reorder } from '../competence/versioning';
import { decodeUpload } from '../registry-import/parse/upload';
import { DiagnosticInstrumentEntity } from './diagnostic-instrument.entity';
import { InstrumentFilter } from './dto/instrument.args';
import { CreateInstrumentInput, ImportInstrumentInput, ItemInput, ScoringRuleInput, UpdateInstrumentInput } from './dto/instrument.input';
import { DiagnosticInstrumentObject, InstrumentImportItemObject, InstrumentImportObject, InstrumentImportRuleObject, InstrumentTemplateObject } from './dto/instrument.object';
import { columnsOf, ITEM_COLUMNS, ITEMS_SHEET, planInstrumentImport, RULE_COLUMNS, RULES_SHEET } from './instrument-import';
import { itemProblems, normalizeItem, publishProblem, thresholdProblems } from './instrument-rules';
import { buildInstrumentTemplate, readSheets } from './instrument-xlsx';
import { InstrumentRepository } from './instrument.repository';

const CONSTRAINTS: Record<string, FieldError> = {
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

  list = (f: InstrumentFilter | undefined, first: number, after?: string | null) => this.repo.pageInstruments(this.uow.reader, f, first, after);

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

  private record(m: EntityManager, actor: Actor, action: string, entityId: string, before: object | null, after: object | null) {
    return this.audit.record(m, { accountId: actor.user.accountId, action, entityType: ENTITY, entityId, before, after });
  }

  /** A new instrument goes on a published framework, under a code not used yet. */
  private async checkNew(m: EntityManager, frameworkId: string, code: string): Promise<void> {
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
    }, CONSTRAINTS);
  }

  async update(actor: Actor, id: string, input: UpdateInstrumentInput): Promise<DiagnosticInstrumentEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockDraft(m, id);
      const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)) as Partial<DiagnosticInstrumentEntity>;
      const after = await this.repo.updateInstrument(m, id, changes);
      await this.record(m, actor, 'update', id, { name: before.name, description: before.description }, changes);
      return after;
    }, CONSTRAINTS);
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
    }, CONSTRAINTS);
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
    }, CONSTRAINTS);
  }

  async removeItem(actor: Actor, id: string): Promise<DiagnosticInstrumentEntity> {
    return this.uow.write(async (m) => {
      const { item, instrument } = await this.lockItem(m, id);
      await this.repo.deleteItem(m, id);
      await this.repo.setPositions(m, instrument.id, (await this.repo.itemsOf(m, [instrument.id])).map((x) => x.id));
      await this.record(m, actor, 'remove-item', instrument.id, item, null);
      return instrument;
    }, CONSTRAINTS);
  }

  async moveItem(actor: Actor, id: string, position: number): Promise<DiagnosticInstrumentEntity> {
    return this.uow.write(async (m) => {
      const { item, instrument } = await this.lockItem(m, id);
      const ids = (await this.repo.itemsOf(m, [instrument.id])).map((x) => x.id);
      await this.repo.setPositions(m, instrument.id, reorder(ids, id, position));
      await this.record(m, actor, 'move-item', instrument.id, { id, position: item.position }, { id, position });
      return instrument;
    }, CONSTRAINTS);
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
    }, CONSTRAINTS);
  }

  async removeRule(actor: Actor, id: string): Promise<DiagnosticInstrumentEntity> {
    return this.uow.write(async (m) => {
      const rule = await this.repo.rule(m, id);
      if (!rule) throw notFound('Правило не найдено');
      const i = await this.lockDraft(m, rule.instrumentId);
      await this.repo.deleteRule(m, id);
      await this.record(m, actor, 'remove-rule', i.id, rule, null);
      return i;
    }, CONSTRAINTS);
  }

  async publish(actor: Actor, id: string): Promise<DiagnosticInstrumentEntity> {
    return this.uow.write(async (m) => {
      const found = await this.lock(m, id);
      await this.repo.lockVersions(m, found.code);
      const i = await this.lockDraft(m, id);
      const [items, rules] = [await this.repo.itemsOf(m, [id]), await this.repo.rulesOf(m, [id])];
      const codes = new Map((await this.competences.competencesByIds(m, [...new Set(items.map((x) => x.competenceId))])).map((c) => [c.id, c.code]));
      const problem = publishProblem(items, rules, (cid) => codes.get(cid) ?? cid);
      if (problem) throw badInput([], problem);
      const retired = await this.repo.retireOthers(m, i.code, id);
      const after = await this.repo.updateInstrument(m, id, { status: VersionStatus.PUBLISHED, publishedAt: new Date() });
      await this.record(m, actor, 'publish', id, { status: i.status }, { status: after.status, retired });
      return after;
    }, CONSTRAINTS);
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
    }, CONSTRAINTS);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<DiagnosticInstrumentEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lock(m, id);
      if (!!before.archivedAt === archived) return before;
      const after = await this.repo.updateInstrument(m, id, { archivedAt: archived ? new Date() : null });
      await this.record(m, actor, archived ? 'archive' : 'restore', id, null, null);
      return after;
    }, CONSTRAINTS);
  }

  // XLSX.
  async template(frameworkId: string | null | undefined): Promise<InstrumentTemplateObject> {
    let competences: { code: string; name: string }[] = [];
    if (frameworkId) {
      const f = await this.competences.findFramework(this.uow.reader, frameworkId);
      if (!f) throw notFound('Рамка компетенций не найдена');
      competences = await this.competences.competencesOf(this.uow.reader, f.id);
    }
    const data = await buildInstrumentTemplate(competences);
    return { fileName: 'шаблон-методика.xlsx', contentBase64: data.toString('base64') };
  }

  async import(actor: Actor, input: ImportInstrumentInput): Promise<InstrumentImportObject> {
    const upload = decodeUpload(input.fileName, input.contentBase64);
    if (!upload.ok) throw fieldError(upload.error.field, upload.error.message);
    if (upload.format !== 'xlsx') throw fieldError('fileName', 'Загрузите книгу Excel (.xlsx)');
    let sheets;
    try {
      sheets = await readSheets(upload.data);
    } catch {
      throw fieldError('contentBase64', 'Не удалось прочитать книгу Excel: файл повреждён или защищён паролем');
    }
    const items = sheets.get(ITEMS_SHEET.toLowerCase());
    if (!items) throw fieldError('contentBase64', `В книге нет листа «${ITEMS_SHEET}»: скачайте шаблон`);
    const rules = sheets.get(RULES_SHEET.toLowerCase()) ?? null;
    for (const [sheet, name, columns] of [[items, ITEMS_SHEET, ITEM_COLUMNS], [rules, RULES_SHEET, RULE_COLUMNS]] as const) {
      if (!sheet) continue;
      const { missing } = columnsOf(sheet, columns);
      if (missing.length) throw fieldError('contentBase64', `На листе «${name}» нет столбцов: ${missing.map((h) => `«${h}»`).join(', ')}. Скачайте шаблон`);
    }
    const run = async (m: EntityManager): Promise<InstrumentImportObject> => {
      await this.checkNew(m, input.frameworkId, input.code);
      const codes = new Map((await this.competences.competencesOf(m, input.frameworkId)).map((c) => [c.code, c.id]));
      const plan = planInstrumentImport(items, rules, codes);
      const report = (dryRun: boolean, instrument: DiagnosticInstrumentEntity | null): InstrumentImportObject => ({
        dryRun,
        items: plan.items.map(InstrumentImportItemObject.from),
        rules: plan.rules.map(InstrumentImportRuleObject.from),
        errors: plan.errors,
        instrument: instrument ? DiagnosticInstrumentObject.from(instrument) : null,
      });
      if (input.dryRun || plan.errors.length) return report(true, null);
      const created = await this.repo.insertInstrument(m, { code: input.code, name: input.name, frameworkId: input.frameworkId, version: 1, status: VersionStatus.DRAFT });
      await this.repo.appendItems(m, created.id, plan.items.map(({ line: _l, position: _p, competenceCode: _c, ...item }) => item));
      await this.repo.insertRules(m, created.id, plan.rules);
      await this.record(m, actor, 'import', created.id, null, { fileName: input.fileName, items: plan.items.length, rules: plan.rules.length });
      return report(false, created);
    };
    // One transaction: a dry run only reads in it; a real run writes everything in it, or nothing.
    return this.uow.write(run, CONSTRAINTS);
  }

  // Batches for field resolvers.
  itemsOf = (ids: readonly string[]) => this.repo.itemsOf(this.uow.reader, ids);
  rulesOf = (ids: readonly string[]) => this.repo.rulesOf(this.uow.reader, ids);
  itemCounts = (ids: readonly string[]) => this.repo.itemCounts(this.uow.reader, ids);
}
