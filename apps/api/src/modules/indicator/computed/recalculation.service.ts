import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { INDICATOR_RECALCULATION_JOB_KIND, IndicatorKind } from '@metodset/shared';
import { AccessService } from '../../../common/access/access.service';
import { Actor } from '../../../common/auth/actor';
import { Permission } from '../../../common/auth/permissions';
import { UnitOfWork } from '../../../common/database/unit-of-work';
import { badInput, fieldError, notFound } from '../../../common/errors/errors';
import { JobContext, JobHandler } from '../../../common/jobs/job-handler';
import { JobRow, JobService } from '../../../common/jobs/jobs.service';
import { AuditService } from '../../audit/audit.service';
import { ownerOf } from '../indicator-owner';
import { yearPeriods } from './computed-source';
import { ComputedService, isComputedKey } from './computed.service';
import { RecalculationRepository, RecalculationTarget } from './recalculation.repository';

const NOT_FOUND = 'Показатель не найден';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The nightly recalculation of every computed indicator (pg-boss cron, server time): 02:30. */
export const NIGHTLY_RECALCULATION_CRON = '30 2 * * *';
export const NIGHTLY_RECALCULATION_QUEUE = 'metodset-indicators-nightly';

interface RecalculationParams {
  indicatorId: string;
}

/**
 * Recalculation of computed indicators: each year of the indicator (its baseline's and targets' years, else the
 * recent ones; the current year as of today) is computed by `ComputedService.counts` and stored as the actual value
 * of the whole owner for that calendar year with the source «расчёт» (overwriting the previous calculation). On the
 * job queue: «Пересчитать» on an indicator's page (job `indicator.recalculate`, owner-only, progress in the SPA) and
 * every night for all computed indicators (a pg-boss schedule).
 */
@Injectable()
export class RecalculationService implements OnModuleInit, OnApplicationBootstrap, JobHandler<RecalculationParams> {
  readonly kind = INDICATOR_RECALCULATION_JOB_KIND;
  private readonly logger = new Logger('IndicatorRecalculation');

  constructor(
    private readonly jobs: JobService,
    private readonly repo: RecalculationRepository,
    private readonly computed: ComputedService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly uow: UnitOfWork,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(NIGHTLY_RECALCULATION_QUEUE, NIGHTLY_RECALCULATION_CRON, () => this.recalculateAll());
  }

  /** «Пересчитать»: a job of the caller's for one computed indicator the caller manages (else NOT_FOUND). */
  async enqueue(actor: Actor, indicatorId: string): Promise<JobRow> {
    const params = await this.validate({ indicatorId }, actor);
    const [target] = await this.repo.targets(this.uow.reader, [params.indicatorId]);
    return this.jobs.enqueue(actor, this.kind, { ...params }, `Пересчёт показателя «${target!.indicator.name}»`.slice(0, 300));
  }

  async validate(params: Record<string, unknown>, actor: Actor): Promise<RecalculationParams> {
    const id = params['indicatorId'];
    if (typeof id !== 'string' || !UUID.test(id)) throw fieldError('indicatorId', 'Неверный идентификатор показателя');
    const m = this.uow.reader;
    await this.access.require(m, actor.user, 'indicator.manage', id, NOT_FOUND);
    const [target] = await this.repo.targets(m, [id]);
    if (!target) throw badInput([{ field: 'indicatorId', message: 'Пересчитывается только вычисляемый показатель' }]);
    return { indicatorId: id };
  }

  async run(ctx: JobContext<RecalculationParams>): Promise<null> {
    const actor = ctx.actor(Permission.INDICATOR_WRITE);
    // The owner may have lost the indicator since asking: checked again with the grants they have now.
    if (!(await this.access.can(this.uow.reader, actor.user, 'indicator.manage', ctx.params.indicatorId))) throw notFound(NOT_FOUND);
    await ctx.progress(5);
    const targets = await this.repo.targets(this.uow.reader, [ctx.params.indicatorId]);
    await this.recalculate(targets, actor.user.accountId, (p) => ctx.progress(p));
    return null;
  }

  /** Every computed indicator (the nightly run: no owner; its audit row names no account). */
  async recalculateAll(): Promise<number> {
    const targets = await this.repo.targets(this.uow.reader, null);
    await this.recalculate(targets, null, async () => undefined);
    this.logger.log(`Nightly recalculation: ${targets.length} computed indicators`);
    return targets.length;
  }

  /** Computes and stores the values of the indicators, one transaction per indicator (its values and its audit row). */
  private async recalculate(targets: readonly RecalculationTarget[], accountId: string | null, progress: (percent: number) => Promise<void>): Promise<void> {
    const today = new Date().toISOString().slice(0, 10);
    const sourceText = `Пересчёт ${today.split('-').reverse().join('.')}`;
    for (const [n, t] of targets.entries()) {
      const i = t.indicator;
      if (i.kind !== IndicatorKind.COMPUTED || !isComputedKey(i.computedKey)) continue;
      const owner = ownerOf(i);
      const periods = yearPeriods(t.years, today);
      const counts = await this.computed.counts(periods.map((p) => ({ key: i.computedKey as never, scopeKind: owner.kind, scopeId: owner.id, from: p.from, to: p.to })));
      // A calendar year's value (the current one as of today) is stored for the whole year, so the next run overwrites it.
      const values = counts.flatMap((c) => (c.value === null ? [] : [{ from: c.from, to: `${c.from.slice(0, 4)}-12-31`, value: c.value }]));
      await this.uow.run(async (m) => {
        await this.repo.store(m, i.id, values, sourceText, accountId);
        await this.audit.record(m, { accountId, action: 'recalculate', entityType: 'indicator', entityId: i.id, after: { values: values.map((v) => ({ from: v.from, to: v.to, value: v.value })) } });
      });
      await progress(5 + ((n + 1) / targets.length) * 90);
    }
  }
}
