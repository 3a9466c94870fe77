import { Injectable } from '@nestjs/common';
import { PLAN_ITEM_STATUS_LABELS, PLAN_KIND_LABELS, PlanItemStatus } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessService } from '../../common/access/access.service';
import { Actor } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, fieldError, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { CouncilDecisionEntity, CouncilMeetingEntity } from './council-meeting.entity';
import { CouncilMeetingInput, FixPlanVersionInput, PlanItemCorrectionInput, PlanRiskInput } from './dto/plan-monitoring.input';
import { PlanExportFormat, PlanExportLayout } from './dto/plan-monitoring.object';
import { planPdf, planReportPdf, planReportXlsx, planXlsx, type ExportPlan } from './plan-export';
import { MONITORING_RULE_TEXT } from './plan-monitoring-rule';
import { PlanMonitoringRepository } from './plan-monitoring.repository';
import { PlanCorrectionEntity } from './plan-correction.entity';
import { PlanItemEntity } from './plan-item.entity';
import { PlanRiskEntity } from './plan-risk.entity';
import { joinText, periodOf, snapshotItem } from './plan-snapshot';
import { compareSnapshots, type FieldChange, type PlanSnapshot } from './plan-version-diff';
import { PlanVersionEntity } from './plan-version.entity';
import { PlanEntity } from './plan.entity';
import { PlanRepository } from './plan.repository';

const PLAN_NOT_FOUND = 'План не найден';
const ITEM_NOT_FOUND = 'Пункт плана не найден';
const VERSION_NOT_FOUND = 'Версия плана не найдена';
const RISK_NOT_FOUND = 'Риск не найден';
const MEETING_NOT_FOUND = 'Заседание не найдено';
const DECISION_NOT_FOUND = 'Решение не найдено';
const NOT_YOURS = 'Изменять план может тот, кто отвечает за его организацию, муниципалитет или сеть';
const PERIOD = 'Дата окончания — не раньше даты начала';
const CONSTRAINTS: Record<string, FieldError> = {
  ck_plan_item_period: { field: 'endsOn', message: PERIOD },
  ck_plan_correction_reason: { field: 'reason', message: 'Укажите причину корректировки' },
  ck_plan_risk_title: { field: 'title', message: 'Опишите риск' },
  ck_council_meeting_agenda: { field: 'agenda', message: 'Добавьте хотя бы один вопрос повестки' },
  ck_council_decision_text: { field: 'decisions', message: 'Решение не может быть пустым' },
};

/** The item fields a correction may change, with the names the history shows. */
const CORRECTED_FIELDS = ['title', 'startsOn', 'endsOn', 'periodText', 'responsibleText', 'participantsText', 'expectedResult'] as const;

const today = () => new Date().toISOString().slice(0, 10);
/** Monitoring, corrections with their reasons, versions, risks, council meetings and exports of a plan. */
@Injectable()
export class PlanMonitoringService {
  constructor(
    private readonly repo: PlanMonitoringRepository,
    private readonly plans: PlanRepository,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  private async visiblePlan(m: EntityManager, actor: Actor, planId: string, missing = PLAN_NOT_FOUND): Promise<PlanEntity> {
    const plan = await this.plans.findInScope(m, actor.scope, actor.user.personId, planId);
    if (!plan) throw notFound(missing);
    return plan;
  }

  /** Visible (else NOT_FOUND with `missing`), the caller's to manage (`plan.manage`, else FORBIDDEN), not archived. */
  private async lockPlan(m: EntityManager, actor: Actor, planId: string, missing = PLAN_NOT_FOUND): Promise<PlanEntity> {
    const plan = await this.plans.findInScope(m, actor.scope, actor.user.personId, planId, true);
    if (!plan) throw notFound(missing);
    if (!(await this.access.can(m, actor.user, 'plan.manage', planId))) throw forbidden(NOT_YOURS);
    if (plan.archivedAt) throw badInput([], 'План в архиве: сначала восстановите его');
    return plan;
  }

  private record(m: EntityManager, actor: Actor, action: string, planId: string, extra: { before?: object | null; after?: object | null; personIds?: string[] } = {}) {
    const personIds = extra.personIds?.length ? [...new Set(extra.personIds)] : null;
    return this.audit.record(m, { accountId: actor.user.accountId, action, entityType: 'plan', entityId: planId, before: extra.before ?? null, after: extra.after ?? null, personIds });
  }

  // Monitoring.
  async monitoring(actor: Actor, planId: string) {
    const m = this.uow.reader;
    await this.visiblePlan(m, actor, planId);
    const day = today();
    const [items, stages] = await Promise.all([this.repo.monitoredItems(m, planId, day), this.repo.stages(m, planId)]);
    return {
      planId,
      today: day,
      rule: MONITORING_RULE_TEXT,
      stages: stages.map((s) => {
        const of = items.filter((i) => i.stageId === s.id);
        return {
          stageId: s.id,
          position: s.position,
          title: s.title,
          total: of.length,
          done: of.filter((i) => i.status === PlanItemStatus.DONE).length,
          overdue: of.filter((i) => i.flag === 'OVERDUE').length,
          atRisk: of.filter((i) => i.flag === 'AT_RISK').length,
        };
      }),
      items: items.map((i) => ({ itemId: i.id, stageId: i.stageId, number: i.number || String(i.position), title: i.title, periodText: periodOf(i), startsOn: i.startsOn, endsOn: i.endsOn, status: i.status, flag: i.flag })),
    };
  }

  // Versions and corrections.
  private async snapshot(m: EntityManager, plan: PlanEntity): Promise<{ snapshot: PlanSnapshot; personIds: string[] }> {
    const rows = await this.repo.monitoredItems(m, plan.id, today());
    return { snapshot: { title: plan.title, items: rows.map(snapshotItem) }, personIds: rows.flatMap((r) => r.personIds) };
  }

  private async takeVersion(m: EntityManager, actor: Actor, plan: PlanEntity, note: string): Promise<PlanVersionEntity> {
    const { snapshot } = await this.snapshot(m, plan);
    const number = await this.repo.nextVersionNumber(m, plan.id);
    return this.repo.insert(m, PlanVersionEntity, { planId: plan.id, number, note, snapshot, createdById: actor.user.accountId, createdByName: actor.user.displayName });
  }

  /**
   * A correction: the item's new dates or content with the reason. The plan's first correction first keeps the plan
   * as it was («Исходная версия»), so the history can always show before and after side by side.
   */
  async correctItem(actor: Actor, itemId: string, input: PlanItemCorrectionInput): Promise<PlanCorrectionEntity> {
    return this.uow.write(async (m) => {
      const item = await this.plans.item(m, itemId);
      if (!item) throw notFound(ITEM_NOT_FOUND);
      const plan = await this.lockPlan(m, actor, item.planId, ITEM_NOT_FOUND);
      if (item.archivedAt) throw badInput([], 'Пункт в архиве: сначала восстановите его');
      const next: Partial<PlanItemEntity> = {};
      const changes: FieldChange[] = [];
      for (const field of CORRECTED_FIELDS) {
        const value = input[field];
        if (value === undefined) continue;
        const before = item[field] ?? null;
        const after = field === 'startsOn' || field === 'endsOn' ? (value ?? null) : (value ?? '');
        if ((before || null) === (after || null)) continue;
        Object.assign(next, { [field]: after });
        changes.push({ field: field as FieldChange['field'], before: before || null, after: after || null });
      }
      if (!changes.length) throw badInput([{ field: 'reason', message: 'Корректировка ничего не меняет: измените сроки или содержание пункта' }]);
      const startsOn = next.startsOn === undefined ? item.startsOn : next.startsOn;
      const endsOn = next.endsOn === undefined ? item.endsOn : next.endsOn;
      if (startsOn && endsOn && endsOn < startsOn) throw fieldError('endsOn', PERIOD);
      if ((await this.repo.nextVersionNumber(m, plan.id)) === 1) await this.takeVersion(m, actor, plan, 'Исходная версия (до первой корректировки)');
      await this.plans.update(m, PlanItemEntity, itemId, next);
      const version = await this.takeVersion(m, actor, plan, `Корректировка: ${input.reason}`);
      const correction = await this.repo.insert(m, PlanCorrectionEntity, {
        planId: plan.id,
        itemId,
        itemTitle: next.title ?? item.title,
        reason: input.reason,
        changes,
        versionId: version.id,
        authorId: actor.user.accountId,
        authorName: actor.user.displayName,
      });
      await this.record(m, actor, 'correct-item', plan.id, { before: item, after: { itemId, reason: input.reason, changes } });
      return correction;
    }, CONSTRAINTS);
  }

  async fixVersion(actor: Actor, planId: string, input: FixPlanVersionInput): Promise<PlanVersionEntity> {
    return this.uow.write(async (m) => {
      const plan = await this.lockPlan(m, actor, planId);
      const version = await this.takeVersion(m, actor, plan, input.note?.trim() || 'Зафиксированная версия');
      await this.record(m, actor, 'fix-version', planId, { after: { versionId: version.id, number: version.number } });
      return version;
    }, CONSTRAINTS);
  }

  async corrections(actor: Actor, planId: string): Promise<PlanCorrectionEntity[]> {
    await this.visiblePlan(this.uow.reader, actor, planId);
    return this.repo.corrections(this.uow.reader, planId);
  }

  async versions(actor: Actor, planId: string) {
    await this.visiblePlan(this.uow.reader, actor, planId);
    const versions = await this.repo.versions(this.uow.reader, planId);
    return versions.map((v) => ({ ...v, itemCount: v.snapshot.items.length }));
  }

  /** Two versions of one plan side by side: the items added, removed and changed (with the fields) between them. */
  async compare(actor: Actor, olderId: string, newerId: string) {
    const m = this.uow.reader;
    const [a, b] = await Promise.all([this.repo.version(m, olderId), this.repo.version(m, newerId)]);
    if (!a) throw notFound(VERSION_NOT_FOUND);
    await this.visiblePlan(m, actor, a.planId, VERSION_NOT_FOUND);
    if (!b) throw notFound(VERSION_NOT_FOUND);
    await this.visiblePlan(m, actor, b.planId, VERSION_NOT_FOUND);
    if (a.planId !== b.planId) throw fieldError('newerId', 'Сравнивать можно версии одного плана');
    const [older, newer] = a.number <= b.number ? [a, b] : [b, a];
    return compareSnapshots(older.snapshot, newer.snapshot).map((d) => ({ id: d.id, kind: d.kind, before: d.before, after: d.after, changedFields: d.changes.map((c) => c.field) }));
  }

  // Risks.
  async risks(actor: Actor, planId: string): Promise<PlanRiskEntity[]> {
    await this.visiblePlan(this.uow.reader, actor, planId);
    return this.repo.risks(this.uow.reader, planId);
  }

  async createRisk(actor: Actor, planId: string, input: PlanRiskInput): Promise<PlanRiskEntity> {
    return this.uow.write(async (m) => {
      await this.lockPlan(m, actor, planId);
      const risk = await this.repo.insert(m, PlanRiskEntity, { planId, title: input.title, mitigation: input.mitigation ?? '' });
      await this.record(m, actor, 'add-risk', planId, { after: { riskId: risk.id, ...input } });
      return risk;
    }, CONSTRAINTS);
  }

  private async lockRisk(m: EntityManager, actor: Actor, riskId: string): Promise<PlanRiskEntity> {
    const risk = await this.repo.risk(m, riskId);
    if (!risk) throw notFound(RISK_NOT_FOUND);
    await this.lockPlan(m, actor, risk.planId, RISK_NOT_FOUND);
    return risk;
  }

  async updateRisk(actor: Actor, riskId: string, input: PlanRiskInput): Promise<PlanRiskEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockRisk(m, actor, riskId);
      const after = await this.repo.update(m, PlanRiskEntity, riskId, { title: input.title, mitigation: input.mitigation ?? before.mitigation });
      await this.record(m, actor, 'update-risk', before.planId, { before, after: input });
      return after;
    }, CONSTRAINTS);
  }

  async setRiskArchived(actor: Actor, riskId: string, archived: boolean): Promise<PlanRiskEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockRisk(m, actor, riskId);
      if (!!before.archivedAt === archived) return before;
      const after = await this.repo.update(m, PlanRiskEntity, riskId, { archivedAt: archived ? new Date() : null });
      await this.record(m, actor, archived ? 'archive-risk' : 'restore-risk', before.planId, { after: { riskId } });
      return after;
    }, CONSTRAINTS);
  }

  // Council meetings.
  async meetings(actor: Actor, planId: string): Promise<CouncilMeetingEntity[]> {
    await this.visiblePlan(this.uow.reader, actor, planId);
    return this.repo.meetings(this.uow.reader, planId);
  }

  async createMeeting(actor: Actor, planId: string, input: CouncilMeetingInput): Promise<CouncilMeetingEntity> {
    return this.uow.write(async (m) => {
      await this.lockPlan(m, actor, planId);
      const meeting = await this.repo.insert(m, CouncilMeetingEntity, { planId, heldOn: input.heldOn, agenda: input.agenda });
      for (const [i, text] of (input.decisions ?? []).entries()) await this.repo.insert(m, CouncilDecisionEntity, { meetingId: meeting.id, position: i + 1, text });
      await this.record(m, actor, 'add-council-meeting', planId, { after: { meetingId: meeting.id, ...input } });
      return meeting;
    }, CONSTRAINTS);
  }

  /**
   * Edits a meeting: its date, agenda and decisions (in order). A decision keeps its place; one that already became
   * a plan item cannot be dropped (field error), its text may be corrected (the item keeps its own title).
   */
  async updateMeeting(actor: Actor, meetingId: string, input: CouncilMeetingInput): Promise<CouncilMeetingEntity> {
    return this.uow.write(async (m) => {
      const before = await this.repo.meeting(m, meetingId);
      if (!before) throw notFound(MEETING_NOT_FOUND);
      await this.lockPlan(m, actor, before.planId, MEETING_NOT_FOUND);
      if (before.archivedAt) throw fieldError('id', 'Заседание в архиве: сначала верните его');
      const decisions = input.decisions ?? [];
      const existing = await this.repo.decisionsOf(m, [meetingId]);
      const dropped = existing.filter((d) => d.position > decisions.length);
      const linked = dropped.find((d) => d.planItemId);
      if (linked) throw badInput([{ field: 'decisions', message: `Решение ${linked.position} уже стало пунктом плана: удалить его нельзя` }]);
      await this.repo.deleteDecisions(m, dropped.map((d) => d.id));
      for (const [i, text] of decisions.entries()) {
        const d = existing.find((x) => x.position === i + 1);
        if (!d) await this.repo.insert(m, CouncilDecisionEntity, { meetingId, position: i + 1, text });
        else if (d.text !== text) await this.repo.update(m, CouncilDecisionEntity, d.id, { text });
      }
      const after = await this.repo.update(m, CouncilMeetingEntity, meetingId, { heldOn: input.heldOn, agenda: input.agenda });
      await this.record(m, actor, 'update-council-meeting', before.planId, {
        before: { meetingId, heldOn: before.heldOn, agenda: before.agenda, decisions: existing.map((d) => d.text) },
        after: { meetingId, ...input },
      });
      return after;
    }, CONSTRAINTS);
  }

  async setMeetingArchived(actor: Actor, meetingId: string, archived: boolean): Promise<CouncilMeetingEntity> {
    return this.uow.write(async (m) => {
      const before = await this.repo.meeting(m, meetingId);
      if (!before) throw notFound(MEETING_NOT_FOUND);
      await this.lockPlan(m, actor, before.planId, MEETING_NOT_FOUND);
      if (!!before.archivedAt === archived) return before;
      const after = await this.repo.update(m, CouncilMeetingEntity, meetingId, { archivedAt: archived ? new Date() : null });
      await this.record(m, actor, archived ? 'archive-council-meeting' : 'restore-council-meeting', before.planId, { after: { meetingId } });
      return after;
    }, CONSTRAINTS);
  }

  /** One action: the decision becomes an item at the end of a stage of the same plan, linked back to the decision. */
  async decisionToItem(actor: Actor, decisionId: string, stageId: string): Promise<CouncilMeetingEntity> {
    return this.uow.write(async (m) => {
      const decision = await this.repo.decision(m, decisionId);
      const meeting = decision && (await this.repo.meeting(m, decision.meetingId));
      if (!decision || !meeting) throw notFound(DECISION_NOT_FOUND);
      const plan = await this.lockPlan(m, actor, meeting.planId, DECISION_NOT_FOUND);
      if (decision.planItemId) throw badInput([{ field: 'decisionId', message: 'Решение уже стало пунктом плана' }]);
      const stage = await this.plans.stage(m, stageId);
      // A stage of another plan reads as one that does not exist (no existence oracle).
      if (!stage || stage.planId !== plan.id) throw notFound('Этап плана не найден');
      const item = await this.plans.insert(m, PlanItemEntity, {
        planId: plan.id,
        stageId,
        position: await this.repo.nextItemPosition(m, stageId),
        title: decision.text,
      });
      await this.repo.update(m, CouncilDecisionEntity, decisionId, { planItemId: item.id });
      await this.record(m, actor, 'decision-to-item', plan.id, { after: { decisionId, itemId: item.id, stageId } });
      return meeting;
    }, CONSTRAINTS);
  }

  decisionsOf = (meetingIds: readonly string[]) => this.repo.decisionsOf(this.uow.reader, meetingIds);

  // Exports.
  async export(actor: Actor, planId: string, format: PlanExportFormat, layout: PlanExportLayout) {
    return this.uow.write(async (m) => {
      const plan = await this.visiblePlan(m, actor, planId);
      const [rows, stages, [owner]] = await Promise.all([this.repo.monitoredItems(m, planId, today()), this.repo.stages(m, planId), this.plans.owners(m, [planId])]);
      const data: ExportPlan = {
        title: plan.title,
        kindLabel: PLAN_KIND_LABELS[plan.kind],
        owner: owner?.name ?? '',
        period: plan.periodText || periodOf({ periodText: '', startsOn: plan.startsOn, endsOn: plan.endsOn }),
        stages: stages.map((s) => ({
          title: s.title,
          items: rows
            .filter((r) => r.stageId === s.id)
            .map((r) => ({
              number: r.number || String(r.position),
              title: r.title,
              period: periodOf(r),
              responsible: joinText(r.responsibleText, r.responsibleNames),
              participants: joinText(r.participantsText, r.participantNames),
              expectedResult: r.expectedResult,
              actualResult: r.actualResult,
              statusLabel: PLAN_ITEM_STATUS_LABELS[r.status] ?? r.status,
              done: r.status === PlanItemStatus.DONE,
              cancelled: r.status === PlanItemStatus.CANCELLED,
              overdue: r.flag === 'OVERDUE',
            })),
        })),
      };
      const report = layout === PlanExportLayout.REPORT;
      const bytes =
        format === PlanExportFormat.XLSX ? await (report ? planReportXlsx : planXlsx)(data) : await (report ? planReportPdf : planPdf)(data);
      // The file names the people of the plan's items: the export is audited with them, like a page that shows them.
      await this.record(m, actor, `export-${layout.toLowerCase()}-${format.toLowerCase()}`, planId, { personIds: rows.flatMap((r) => r.personIds) });
      const base = (report ? 'Отчёт о реализации — ' : '') + plan.title.replace(/[\\/:*?"<>|]|\p{Cc}/gu, ' ').slice(0, 120).trim();
      return {
        fileName: `${base}.${format === PlanExportFormat.XLSX ? 'xlsx' : 'pdf'}`,
        fileType: format === PlanExportFormat.XLSX ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf',
        contentBase64: bytes.toString('base64'),
        size: bytes.length,
      };
    }, CONSTRAINTS);
  }
}
