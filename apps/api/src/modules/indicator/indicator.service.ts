import { Injectable } from '@nestjs/common';
import { Caller } from '../../common/access/access-rule';
import { AccessService } from '../../common/access/access.service';
import { Actor } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { notFound } from '../../common/errors/errors';
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

  ofOwner(actor: Actor, owner: IndicatorOwnerRef): Promise<IndicatorSummary[]> {
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

  protected row(m: Parameters<IndicatorRepository['findInScope']>[0], actor: Actor, id: string, lock = false): Promise<IndicatorEntity | null> {
    return this.repo.findInScope(m, actor.scope, actor.user.personId, id, lock);
  }
}
