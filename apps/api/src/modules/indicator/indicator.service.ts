import { Injectable } from '@nestjs/common';
import { Caller } from '../../common/access/access-rule';
import { AccessService } from '../../common/access/access.service';
import { Actor } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, fieldError, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { EntityManager } from 'typeorm';
import { IndicatorKind, IndicatorValueSource } from '@metodset/shared';
import { decodeUpload } from '../registry-import/parse/upload';
import { readSheet } from '../registry-import/parse/read';
import { CreateIndicatorInput, ImportIndicatorValuesInput, UpdateIndicatorInput, IndicatorValueInput } from './dto/indicator.input';
import { buildImportTemplate } from './indicator-import-template';
import { importColumns, ImportRowError, planImport, PlannedValue, schoolKeys } from './indicator-import';
import { ownerColumns } from './indicator-owner';
import { valueRangeError } from './indicator-rules';
import { Connection } from '../../common/pagination/connection';
import { PageRequest } from '../../common/pagination/order';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { ComputedValueHook, IndicatorOwnerRef } from './computed-value-source';
import { IndicatorFilter, IndicatorOrder } from './dto/indicators.args';
import { IndicatorValueEntity } from './indicator-value.entity';
import { IndicatorEntity } from './indicator.entity';
import { IndicatorReader, IndicatorSummary } from './indicator.reader';
import { IndicatorRepository } from './indicator.repository';

export const INDICATOR_NOT_FOUND = 'Показатель не найден';
const VALUE_NOT_FOUND = 'Значение показателя не найдено';
const OWNER_OUT_OF_REACH = 'Владелец показателя не найден или вне вашей зоны ответственности';
const NOT_YOURS = 'Изменять показатель может тот, кто ведёт его программу, сеть, план или территорию';
const COMPUTED_NO_VALUES = 'Значения этого показателя рассчитываются по данным, их не вводят вручную';
const VALUE_TAKEN: FieldError = { field: 'periodStart', message: 'Значение за этот период уже введено — измените его' };
const RESTORE_TAKEN: FieldError = { field: 'periodStart', message: 'За этот период уже есть действующее значение — сначала уберите его в архив' };
const CONSTRAINTS: Record<string, FieldError> = {
  ck_indicator_name: { field: 'name', message: 'Введите название показателя' },
  ck_indicator_owner: { field: 'ownerId', message: 'Укажите одного владельца показателя' },
  ck_indicator_computed_key: { field: 'computedKey', message: 'Ключ расчёта — только у рассчитываемого показателя, и он обязателен' },
  ck_indicator_baseline: { field: 'baselineYear', message: 'Укажите и год, и базовое значение' },
  ck_indicator_baseline_percent: { field: 'baselineValue', message: 'Процент — от 0 до 100' },
  uq_indicator_target_year: { field: 'targets', message: 'Цель на этот год уже указана' },
  ck_indicator_target_year: { field: 'targets', message: 'Год — от 2000 до 2100' },
  ck_indicator_value_period: { field: 'periodEnd', message: 'Конец периода — не раньше его начала' },
  ck_indicator_value_range: { field: 'value', message: 'Слишком большое число' },
  uq_indicator_value_total: VALUE_TAKEN,
  uq_indicator_value_school: VALUE_TAKEN,
};

export interface ImportReport {
  dryRun: boolean;
  applied: boolean;
  rows: (PlannedValue & { replaces: boolean })[];
  errors: ImportRowError[];
}

export const callerOf = (actor: Actor): Caller => ({ grants: actor.user.grants, personId: actor.user.personId });

/** Indicators: reads (list, page, owner) through the reader; changes of indicators, targets and values. */
@Injectable()
export class IndicatorService {
  constructor(
    private readonly repo: IndicatorRepository,
    private readonly reader: IndicatorReader,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
    private readonly hook: ComputedValueHook,
  ) {}

  /** A page of indicators in scope; a status filter is decided by the reader over every candidate, then paged in SQL. */
  async list(actor: Actor, f: IndicatorFilter | undefined, order: IndicatorOrder | undefined, page: PageRequest): Promise<Connection<IndicatorSummary>> {
    const m = this.uow.reader;
    const caller = callerOf(actor);
    let onlyIds: string[] | undefined;
    if (f?.status) {
      const all = await this.reader.summarize(caller, await this.repo.all(m, actor.scope, caller.personId, f));
      onlyIds = all.filter((s) => s.status === f.status).map((s) => s.id);
    }
    const rows = await this.repo.page(m, actor.scope, caller.personId, f, order, page, onlyIds);
    return { ...rows, nodes: await this.reader.summarize(caller, rows.nodes) };
  }

  async get(actor: Actor, id: string): Promise<IndicatorSummary> {
    const caller = callerOf(actor);
    const row = await this.repo.findInScope(this.uow.reader, actor.scope, caller.personId, id);
    if (!row) throw notFound(INDICATOR_NOT_FOUND);
    return (await this.reader.summarize(caller, [row]))[0];
  }

  /** An owner out of sight (or not there) is NOT_FOUND, like any row. */
  async ofOwner(actor: Actor, owner: IndicatorOwnerRef): Promise<IndicatorSummary[]> {
    if (!(await this.repo.ownerVisible(this.uow.reader, actor.scope, actor.user.personId, owner.kind, owner.id))) throw notFound(OWNER_OUT_OF_REACH);
    return this.reader.forOwner(callerOf(actor), owner);
  }

  /** Values entered by hand that the caller may read (totals, and schools' values of schools in scope). */
  async values(actor: Actor, indicatorId: string, archived: ArchiveFilter): Promise<IndicatorValueEntity[]> {
    const m = this.uow.reader;
    const row = await this.repo.findInScope(m, actor.scope, actor.user.personId, indicatorId);
    if (!row) throw notFound(INDICATOR_NOT_FOUND);
    return this.repo.valuesOf(m, actor.scope, indicatorId, archived);
  }

  /** Which of these indicators the caller may keep. */
  editable(actor: Actor, ids: readonly string[]): Promise<Set<string>> {
    return this.access.check(this.uow.reader, callerOf(actor), 'indicator.manage', ids);
  }

  computedKeys(): { key: string; formula: string }[] {
    const source = this.hook.current;
    return source ? source.keys().map((key) => ({ key, formula: source.formula(key) ?? '' })) : [];
  }


  // ---- changes -------------------------------------------------------------------------------------------------

  async create(actor: Actor, input: CreateIndicatorInput): Promise<IndicatorSummary> {
    const caller = callerOf(actor);
    const id = await this.uow.write(async (m) => {
      if (!(await this.repo.ownerVisible(m, actor.scope, caller.personId, input.ownerKind, input.ownerId))) throw notFound(OWNER_OUT_OF_REACH);
      this.validate(input);
      const row = await this.repo.insertIndicator(m, { ...ownerColumns({ kind: input.ownerKind, id: input.ownerId }), ...this.fields(input) });
      await this.repo.replaceTargets(m, row.id, input.targets);
      // The one rule decides: the new indicator must be one the caller keeps (else nothing is written).
      if (!(await this.access.can(m, caller, 'indicator.manage', row.id))) throw notFound(OWNER_OUT_OF_REACH);
      return row.id;
    }, CONSTRAINTS);
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, input: UpdateIndicatorInput): Promise<IndicatorSummary> {
    await this.uow.write(async (m) => {
      await this.managed(m, actor, id);
      this.validate(input);
      await this.repo.updateIndicator(m, id, this.fields(input));
      await this.repo.replaceTargets(m, id, input.targets);
    }, CONSTRAINTS);
    return this.get(actor, id);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<IndicatorSummary> {
    await this.uow.write(async (m) => {
      await this.managed(m, actor, id);
      await this.repo.updateIndicator(m, id, { archivedAt: archived ? new Date() : null });
    });
    return this.get(actor, id);
  }

  async createValue(actor: Actor, indicatorId: string, input: IndicatorValueInput): Promise<IndicatorValueEntity> {
    return this.uow.write(async (m) => {
      const ind = await this.managed(m, actor, indicatorId);
      await this.checkValue(m, actor, ind, input);
      return this.repo.insertValue(m, { indicatorId, ...this.valueFields(input), enteredByAccountId: actor.user.accountId, enteredAt: new Date(), illustrative: false });
    }, CONSTRAINTS);
  }

  async updateValue(actor: Actor, valueId: string, input: IndicatorValueInput): Promise<IndicatorValueEntity> {
    return this.uow.write(async (m) => {
      const value = await this.value(m, actor, valueId);
      const ind = await this.managed(m, actor, value.indicatorId);
      await this.checkValue(m, actor, ind, input);
      return this.repo.updateValue(m, valueId, { ...this.valueFields(input), enteredByAccountId: actor.user.accountId, enteredAt: new Date(), illustrative: false });
    }, CONSTRAINTS);
  }

  async setValueArchived(actor: Actor, valueId: string, archived: boolean): Promise<IndicatorValueEntity> {
    return this.uow.write(async (m) => {
      const value = await this.value(m, actor, valueId);
      await this.managed(m, actor, value.indicatorId);
      return this.repo.updateValue(m, valueId, { archivedAt: archived ? new Date() : null });
    }, { ...CONSTRAINTS, uq_indicator_value_total: RESTORE_TAKEN, uq_indicator_value_school: RESTORE_TAKEN });
  }

  /** The template of the import sheet. */
  async importTemplate(): Promise<{ fileName: string; contentBase64: string }> {
    return { fileName: 'шаблон-значения-показателя.xlsx', contentBase64: (await buildImportTemplate()).toString('base64') };
  }

  /**
   * Values from XLSX: a dry run checks every row and lists every error of every row; a run writes every row in one
   * transaction (a row for a period and school that already has a live value archives it: undo by restoring), or
   * nothing when any row has an error.
   */
  async importValues(actor: Actor, indicatorId: string, input: ImportIndicatorValuesInput): Promise<ImportReport> {
    const ind = await this.row(this.uow.reader, actor, indicatorId);
    if (!ind) throw notFound(INDICATOR_NOT_FOUND);
    if (!(await this.access.can(this.uow.reader, callerOf(actor), 'indicator.manage', indicatorId))) throw forbidden(NOT_YOURS);
    if (ind.kind !== IndicatorKind.MANUAL) throw fieldError('contentBase64', COMPUTED_NO_VALUES);
    const upload = decodeUpload(input.fileName, input.contentBase64);
    if (!upload.ok) throw fieldError(upload.error.field, upload.error.message);
    if (upload.format !== 'xlsx') throw fieldError('fileName', 'Загрузите книгу Excel (.xlsx)');
    const sheet = await readSheet(upload.data, 'xlsx');
    const { index, missing } = importColumns(sheet);
    if (missing.length) throw fieldError('contentBase64', `В файле нет столбцов: ${missing.map((h) => `«${h}»`).join(', ')}. Скачайте шаблон`);
    return this.uow.write(async (m) => {
      const locked = await this.managed(m, actor, indicatorId);
      const orgs = await this.repo.organizationsByKeys(m, actor.scope, schoolKeys(sheet, index));
      const plan = planImport(sheet, index, locked.unit, locked.measuresChange, orgs);
      const live = await this.repo.liveValues(m, indicatorId);
      const keyOf = (v: { periodStart: string; periodEnd: string; organizationId: string | null }) => `${v.periodStart}|${v.periodEnd}|${v.organizationId ?? ''}`;
      const liveByKey = new Map(live.map((v) => [keyOf(v), v]));
      const rows = plan.rows.map((r) => ({ ...r, replaces: liveByKey.has(keyOf(r)) }));
      const report = (applied: boolean): ImportReport => ({ dryRun: input.dryRun, applied, rows, errors: plan.errors });
      if (input.dryRun || plan.errors.length) return report(false);
      const replaced = rows.flatMap((r) => (r.replaces ? [liveByKey.get(keyOf(r))!.id] : []));
      await this.repo.archiveValues(m, replaced);
      await this.repo.insertValues(
        m,
        rows.map((r) => ({ indicatorId, periodStart: r.periodStart, periodEnd: r.periodEnd, organizationId: r.organizationId, value: r.value, source: r.source, sourceText: r.sourceText, enteredByAccountId: actor.user.accountId, enteredAt: new Date(), illustrative: false })),
      );
      return report(true);
    }, CONSTRAINTS);
  }

  // ---- helpers -------------------------------------------------------------------------------------------------

  private row(m: EntityManager, actor: Actor, id: string, lock = false): Promise<IndicatorEntity | null> {
    return this.repo.findInScope(m, actor.scope, actor.user.personId, id, lock);
  }

  /** The indicator, locked, when the caller keeps it: NOT_FOUND out of sight, FORBIDDEN when seen but not kept. */
  private async managed(m: EntityManager, actor: Actor, id: string): Promise<IndicatorEntity> {
    const row = await this.row(m, actor, id, true);
    if (!row) throw notFound(INDICATOR_NOT_FOUND);
    if (!(await this.access.can(m, callerOf(actor), 'indicator.manage', id))) throw forbidden(NOT_YOURS);
    return row;
  }

  /** A value the caller reads (its indicator seen, its school in scope), else NOT_FOUND. */
  private async value(m: EntityManager, actor: Actor, valueId: string): Promise<IndicatorValueEntity> {
    const caller = callerOf(actor);
    const row = await this.repo.findValue(m, valueId);
    if (!row || !(await this.access.can(m, caller, 'indicator.value.read', valueId))) throw notFound(VALUE_NOT_FOUND);
    return row;
  }

  private validate(input: UpdateIndicatorInput): void {
    const errors: FieldError[] = [];
    if (input.kind === IndicatorKind.COMPUTED) {
      if (!input.computedKey) errors.push({ field: 'computedKey', message: 'Выберите, как рассчитывается показатель' });
      else {
        const source = this.hook.current;
        if (source && !source.keys().includes(input.computedKey)) errors.push({ field: 'computedKey', message: 'Такого расчёта нет' });
      }
    } else if (input.computedKey) errors.push({ field: 'computedKey', message: 'Ключ расчёта — только у рассчитываемого показателя' });
    const hasYear = input.baselineYear !== null && input.baselineYear !== undefined;
    const hasValue = input.baselineValue !== null && input.baselineValue !== undefined;
    if (hasYear && !hasValue) errors.push({ field: 'baselineValue', message: 'Укажите базовое значение' });
    if (hasValue && !hasYear) errors.push({ field: 'baselineYear', message: 'Укажите год базового значения' });
    if (hasValue) {
      const e = valueRangeError(input.unit, input.measuresChange, input.baselineValue!);
      if (e) errors.push({ field: 'baselineValue', message: e });
    }
    const years = new Set<number>();
    input.targets.forEach((t, i) => {
      if (years.has(t.year)) errors.push({ field: `targets.${i}.year`, message: `Цель на ${t.year} год уже указана` });
      years.add(t.year);
      const e = valueRangeError(input.unit, input.measuresChange, t.value);
      if (e) errors.push({ field: `targets.${i}.value`, message: e });
    });
    if (errors.length) throw badInput(errors);
  }

  private async checkValue(m: EntityManager, actor: Actor, ind: IndicatorEntity, input: IndicatorValueInput): Promise<void> {
    if (ind.kind !== IndicatorKind.MANUAL) throw fieldError('value', COMPUTED_NO_VALUES);
    const errors: FieldError[] = [];
    if (input.periodEnd < input.periodStart) errors.push({ field: 'periodEnd', message: 'Конец периода — не раньше его начала' });
    // Checked after the indicator is found in reach (out of reach stays NOT_FOUND whatever the input).
    if (input.source === IndicatorValueSource.CALCULATION) errors.push({ field: 'source', message: 'Значение с источником «Расчёт» записывает только пересчёт показателя' });
    const e = valueRangeError(ind.unit, ind.measuresChange, input.value);
    if (e) errors.push({ field: 'value', message: e });
    if (input.organizationId && !(await this.access.can(m, callerOf(actor), 'organization.read', input.organizationId))) {
      errors.push({ field: 'organizationId', message: 'Школа не найдена или вне вашей зоны ответственности' });
    }
    if (errors.length) throw badInput(errors);
  }

  private fields(input: UpdateIndicatorInput): Partial<IndicatorEntity> {
    return {
      name: input.name,
      section: input.section,
      position: input.position,
      description: input.description,
      unit: input.unit,
      direction: input.direction,
      kind: input.kind,
      computedKey: input.kind === IndicatorKind.COMPUTED ? (input.computedKey ?? null) : null,
      measuresChange: input.measuresChange,
      baselineYear: input.baselineYear ?? null,
      baselineValue: input.baselineValue ?? null,
      baselineText: input.baselineText,
      sourceNote: input.sourceNote,
    };
  }

  private valueFields(input: IndicatorValueInput): Partial<IndicatorValueEntity> {
    return { periodStart: input.periodStart, periodEnd: input.periodEnd, organizationId: input.organizationId ?? null, value: input.value, source: input.source, sourceText: input.sourceText };
  }

}
