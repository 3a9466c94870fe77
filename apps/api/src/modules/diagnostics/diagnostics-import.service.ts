import { Injectable } from '@nestjs/common';
import { CampaignMode, CampaignStatus, ResultSource } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, fieldError } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { decodeUpload } from '../registry-import/parse/upload';
import { readSheet } from '../registry-import/parse/read';
import { buildTemplate } from '../registry-import/parse/xlsx';
import { Sheet } from '../registry-import/parse/sheet';
import { mapHeaders } from '../registry-import/rows';
import { DiagnosticsRepository } from './diagnostics.repository';
import { DiagnosticsService } from './diagnostics.service';
import { ImportDiagnosticResultsInput } from './dto/diagnostics.input';
import { DiagnosticImportReportObject, DiagnosticResultsTemplateObject } from './dto/diagnostics.object';
import { ImportRule, planResults, readResultLines, RESULT_COLUMNS, ResultColumn } from './import-rows';
import { levelOf } from './scoring';

/** Where results from an external system go (bulk sync, issue 13): a campaign the caller runs, its instrument's rules. */
export interface ExternalResultsTarget {
  campaignId: string;
  measuredOn: string;
  /** The campaign's organisations: a person's result is taken only from one of them. */
  organizationIds: Set<string>;
  /** Scoring rules by competence code (upper case). */
  rules: Map<string, ImportRule>;
  /** What the campaign holds: `personId|competenceId` → score. */
  scores: Map<string, number>;
  participants: Set<string>;
}

export interface ExternalResult {
  personId: string;
  organizationId: string;
  competenceId: string;
  score: number;
}

/**
 * Results of an external diagnostics from XLSX (one row: person, organisation, competence, score). Into a campaign of
 * mode EXTERNAL (any status) or an open or closed campaign of another mode; people not yet participants become
 * participants; results are upserted with source IMPORT, measured on the campaign's closing date, levels by the
 * instrument's thresholds. A dry run writes nothing; a file with any bad row writes nothing.
 */
@Injectable()
export class DiagnosticsImportService {
  constructor(
    private readonly repo: DiagnosticsRepository,
    private readonly diagnostics: DiagnosticsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  private async read(input: ImportDiagnosticResultsInput): Promise<Sheet> {
    const upload = decodeUpload(input.fileName, input.contentBase64);
    if (!upload.ok) throw fieldError(upload.error.field, upload.error.message);
    if (upload.format !== 'xlsx') throw fieldError('fileName', 'Загрузите файл .xlsx');
    return readSheet(upload.data, 'xlsx');
  }

  /** The rules of the file import apply to results a system sends: a campaign the caller runs, EXTERNAL or not a draft. */
  private checkTarget(campaign: { archivedAt: Date | null; mode: CampaignMode; status: CampaignStatus }, runs: boolean): void {
    if (!runs) throw badInput([], 'Загружать результаты может тот, кто проводит диагностику');
    if (campaign.archivedAt) throw badInput([], 'Диагностика в архиве: сначала восстановите её');
    if (campaign.mode !== CampaignMode.EXTERNAL && campaign.status === CampaignStatus.DRAFT) {
      throw badInput([], 'Результаты загружаются во внешнюю диагностику или в открытую либо завершённую диагностику');
    }
  }

  /** What a batch of external results is checked against (NOT_FOUND for a campaign out of the caller's reach). */
  async externalTarget(m: EntityManager, actor: Actor, campaignId: string): Promise<ExternalResultsTarget> {
    const { campaign, runs } = await this.diagnostics.visibility(m, actor, campaignId);
    this.checkTarget(campaign, runs);
    const [orgIds, rules, scores, participants] = [
      await this.repo.organizationsOf(m, campaign.id),
      await this.repo.rules(m, campaign.instrumentId),
      await this.repo.resultScores(m, campaign.id),
      await this.repo.participantPeople(m, campaign.id),
    ];
    return {
      campaignId: campaign.id,
      measuredOn: campaign.closesOn,
      organizationIds: new Set(orgIds),
      rules: new Map(rules.map((r) => [r.competenceCode.toUpperCase(), r])),
      scores,
      participants,
    };
  }

  /**
   * The owner's write path for results a system sends: people not yet participants become participants, results are
   * upserted with source IMPORT on the campaign's closing date, levels by the instrument's thresholds. The current
   * results read model follows by the database's triggers in the same transaction.
   */
  async writeExternal(m: EntityManager, target: ExternalResultsTarget, rows: readonly ExternalResult[]): Promise<void> {
    if (!rows.length) return;
    const newcomers = new Map<string, string>();
    for (const r of rows) if (!target.participants.has(r.personId) && !newcomers.has(r.personId)) newcomers.set(r.personId, r.organizationId);
    const present = await this.repo.participantPeople(m, target.campaignId);
    await this.repo.insertParticipants(
      m,
      target.campaignId,
      [...newcomers].filter(([personId]) => !present.has(personId)).map(([personId, organizationId]) => ({ personId, organizationId })),
    );
    await this.repo.upsertResults(
      m,
      rows.map((r) => {
        const rule = [...target.rules.values()].find((x) => x.competenceId === r.competenceId) as ImportRule;
        return { campaignId: target.campaignId, personId: r.personId, competenceId: r.competenceId, source: ResultSource.IMPORT, score: r.score, level: levelOf(r.score, rule), measuredOn: target.measuredOn };
      }),
    );
  }

  private async plan(m: EntityManager, actor: Actor, input: ImportDiagnosticResultsInput, sheet: Sheet) {
    const { campaign, runs } = await this.diagnostics.visibility(m, actor, input.campaignId);
    this.checkTarget(campaign, runs);
    const { index, missing } = mapHeaders<ResultColumn>(sheet.headers, RESULT_COLUMNS);
    if (!sheet.headers.length) throw fieldError('contentBase64', 'В файле нет строки заголовков: скачайте шаблон');
    if (missing.length) throw fieldError('contentBase64', `В файле нет обязательных столбцов: ${missing.map((h) => `«${h}»`).join(', ')}. Скачайте шаблон`);
    const read = readResultLines(sheet, index);
    const orgIds = await this.repo.organizationsOf(m, campaign.id);
    const orgs = await this.repo.importOrganizations(m, orgIds);
    const people = await this.repo.importPeople(m, orgIds, read.lines.map((l) => l.person));
    const rules = await this.repo.rules(m, campaign.instrumentId);
    const matched = planResults(read.lines, orgs, people, rules);
    const existing = await this.repo.existingResults(m, campaign.id);
    const participants = await this.repo.participantPeople(m, campaign.id);
    const newParticipants = new Map<string, string>();
    for (const p of matched.planned) if (!participants.has(p.personId) && !newParticipants.has(p.personId)) newParticipants.set(p.personId, p.organizationId);
    const created = matched.planned.filter((p) => !existing.has(`${p.personId}|${p.competenceId}`)).length;
    return {
      campaign,
      total: sheet.rows.length,
      planned: matched.planned,
      newParticipants,
      errors: [...read.errors, ...matched.errors].sort((a, b) => a.line - b.line || (a.column ?? '').localeCompare(b.column ?? '')),
      created,
      updated: matched.planned.length - created,
    };
  }

  async import(actor: Actor, input: ImportDiagnosticResultsInput): Promise<DiagnosticImportReportObject> {
    const sheet = await this.read(input);
    type Plan = Awaited<ReturnType<DiagnosticsImportService['plan']>>;
    const report = (p: Plan, dryRun: boolean): DiagnosticImportReportObject => ({
      dryRun,
      total: p.total,
      created: p.created,
      updated: p.updated,
      participantsAdded: p.newParticipants.size,
      errors: p.errors,
    });
    if (input.dryRun) return report(await this.plan(this.uow.reader, actor, input, sheet), true);
    return this.uow.write(async (m) => {
      const plan = await this.plan(m, actor, input, sheet);
      if (plan.errors.length) return report(plan, true);
      await this.repo.insertParticipants(m, plan.campaign.id, [...plan.newParticipants].map(([personId, organizationId]) => ({ personId, organizationId })));
      await this.repo.upsertResults(
        m,
        plan.planned.map((r) => ({ campaignId: plan.campaign.id, personId: r.personId, competenceId: r.competenceId, source: ResultSource.IMPORT, score: r.score, level: r.level, measuredOn: plan.campaign.closesOn })),
      );
      const after = { fileName: input.fileName, total: plan.total, created: plan.created, updated: plan.updated, participantsAdded: plan.newParticipants.size };
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'import', entityType: 'diagnostic-campaign', entityId: plan.campaign.id, after });
      return report(plan, false);
    });
  }

  async template(): Promise<DiagnosticResultsTemplateObject> {
    const data = await buildTemplate(RESULT_COLUMNS);
    return { fileName: 'шаблон-результаты-диагностики.xlsx', contentBase64: data.toString('base64') };
  }
}
