import { Injectable } from '@nestjs/common';
import { SELF_DIAGNOSIS_AGGREGATION_SHARE, SelfDiagnosisSource } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { AccessScope } from '../../common/auth/access-scope';
import { AccessService } from '../../common/access/access.service';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, conflict, FieldError, fieldError, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { aggregateLevel, aggregateNote, round1 } from './deficits-rules';
import { DeficitsRepository } from './deficits.repository';
import { CreateOrganizationSelfDiagnosisInput, SelfDiagnosisEntryInput, UpdateOrganizationSelfDiagnosisInput } from './dto/deficits.input';
import { OrganizationSelfDiagnosisObject } from './dto/deficits.object';
import { OrganizationSelfDiagnosisEntity } from './organization-self-diagnosis.entity';
import { EntryValues, SelfDiagnosisRepository } from './self-diagnosis.repository';

const CONSTRAINTS: Record<string, FieldError> = {
  uq_organization_self_diagnosis: { field: 'conductedOn', message: 'Самодиагностика по этой рамке на эту дату уже есть' },
  uq_organization_self_diagnosis_entry: { field: 'entries', message: 'Компетенция отмечена дважды' },
  ck_organization_self_diagnosis_entry_score: { field: 'entries', message: 'Балл — от 0 до 100' },
};

export const AGGREGATION_SUMMARY =
  `Сведено из результатов педагогов: дефицит — не меньше ${SELF_DIAGNOSIS_AGGREGATION_SHARE} % оценённых педагогов с дефицитом, ` +
  `профицит — не меньше ${SELF_DIAGNOSIS_AGGREGATION_SHARE} % с профицитом, иначе норма.`;

/**
 * Schools' self-diagnostics (самодиагностика ОО): each school records its own deficits and proficits, by hand or
 * aggregated from its people's results in a campaign. Staff whose scope covers the school keep them.
 */
@Injectable()
export class SelfDiagnosisService {
  constructor(
    private readonly repo: SelfDiagnosisRepository,
    private readonly deficits: DeficitsRepository,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  private async organization(m: EntityManager, scope: AccessScope, id: string) {
    const org = await this.deficits.organization(m, scope, id);
    if (!org) throw notFound('Организация не найдена');
    return org;
  }

  /** Diagnoses with their entries, competences and frameworks: three statements whatever their number. */
  private async present(m: EntityManager, rows: OrganizationSelfDiagnosisEntity[], canEdit: boolean): Promise<OrganizationSelfDiagnosisObject[]> {
    const entries = await this.repo.entriesOf(m, rows.map((r) => r.id));
    const competences = new Map((await this.deficits.competencesByIds(m, [...new Set(entries.map((e) => e.competenceId))])).map((c) => [c.id, c]));
    const frameworks = new Map((await this.deficits.frameworksByIds(m, [...new Set(rows.map((r) => r.frameworkId))])).map((f) => [f.id, f]));
    const order = [...competences.keys()];
    return rows.map((d) => ({
      id: d.id,
      organizationId: d.organizationId,
      framework: frameworks.get(d.frameworkId)!,
      conductedOn: d.conductedOn,
      source: d.source,
      campaignId: d.campaignId,
      summary: d.summary,
      archivedAt: d.archivedAt,
      canEdit,
      entries: entries
        .filter((e) => e.diagnosisId === d.id)
        .sort((a, b) => order.indexOf(a.competenceId) - order.indexOf(b.competenceId))
        .map((e) => ({ id: e.id, competence: competences.get(e.competenceId)!, level: e.level, score: e.score, note: e.note })),
    }));
  }

  private canEdit(m: EntityManager, actor: Actor, organizationId: string): Promise<boolean> {
    return this.access.can(m, actor.user, 'organization.diagnose', organizationId);
  }

  async list(actor: Actor, organizationId: string, archived: boolean): Promise<OrganizationSelfDiagnosisObject[]> {
    const m = this.uow.reader;
    await this.organization(m, actor.scope, organizationId);
    return this.present(m, await this.repo.ofOrganization(m, organizationId, archived), await this.canEdit(m, actor, organizationId));
  }

  async get(actor: Actor, id: string): Promise<OrganizationSelfDiagnosisObject> {
    const m = this.uow.reader;
    const d = await this.repo.find(m, id);
    if (!d || !(await this.deficits.organization(m, actor.scope, d.organizationId))) throw notFound('Самодиагностика не найдена');
    return (await this.present(m, [d], await this.canEdit(m, actor, d.organizationId)))[0];
  }

  /** Entries checked against the framework: known competences, each once. */
  private async entries(m: EntityManager, frameworkId: string, input: readonly SelfDiagnosisEntryInput[]): Promise<EntryValues[]> {
    const known = new Map((await this.deficits.competencesByIds(m, input.map((e) => e.competenceId))).map((c) => [c.id, c]));
    const seen = new Set<string>();
    const problems: FieldError[] = [];
    input.forEach((e, i) => {
      if (known.get(e.competenceId)?.frameworkId !== frameworkId) problems.push({ field: `entries.${i}.competenceId`, message: 'Компетенция не из выбранной рамки' });
      else if (seen.has(e.competenceId)) problems.push({ field: `entries.${i}.competenceId`, message: 'Компетенция отмечена дважды' });
      seen.add(e.competenceId);
    });
    if (problems.length) throw badInput(problems);
    return input.map((e) => ({ competenceId: e.competenceId, level: e.level, score: null, note: e.note }));
  }

  async create(actor: Actor, input: CreateOrganizationSelfDiagnosisInput): Promise<OrganizationSelfDiagnosisObject> {
    return this.uow.write(async (m) => {
      await this.organization(m, actor.scope, input.organizationId);
      if (!(await this.deficits.framework(m, input.frameworkId))) throw fieldError('frameworkId', 'Рамка компетенций не найдена');
      const entries = await this.entries(m, input.frameworkId, input.entries);
      const d = await this.repo.insert(m, {
        organizationId: input.organizationId,
        frameworkId: input.frameworkId,
        conductedOn: input.conductedOn,
        source: SelfDiagnosisSource.ENTERED,
        summary: input.summary,
      });
      await this.repo.replaceEntries(m, d.id, entries);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'create', entityType: 'organization_self_diagnosis', entityId: d.id, after: input });
      return (await this.present(m, [d], true))[0];
    }, CONSTRAINTS);
  }

  /**
   * Sums up the organisation's people's results in a campaign (people who took part for this organisation) under the
   * 40 % rule; a second run for the same campaign recomputes the same diagnosis.
   */
  async aggregate(actor: Actor, organizationId: string, campaignId: string): Promise<OrganizationSelfDiagnosisObject> {
    return this.uow.write(async (m) => {
      await this.organization(m, actor.scope, organizationId);
      const campaign = await this.deficits.campaign(m, actor.scope, actor.user.personId, campaignId);
      if (!campaign) throw notFound('Кампания не найдена');
      const counts = await this.deficits.organizationCounts(m, organizationId, campaignId);
      if (!counts.length) throw fieldError('campaignId', 'В этой кампании нет результатов педагогов организации');
      const entries: EntryValues[] = counts.map((c) => ({ competenceId: c.competenceId, level: aggregateLevel(c), score: round1(c.mean), note: aggregateNote(c) }));
      const existing = await this.repo.findAggregated(m, organizationId, campaignId);
      const values = { conductedOn: campaign.closesOn, frameworkId: campaign.frameworkId, summary: AGGREGATION_SUMMARY, archivedAt: null };
      const d = existing
        ? await this.repo.update(m, existing.id, values)
        : await this.repo.insert(m, { ...values, organizationId, campaignId, source: SelfDiagnosisSource.AGGREGATED });
      await this.repo.replaceEntries(m, d.id, entries);
      await this.audit.record(m, {
        accountId: actor.user.accountId,
        action: existing ? 'reaggregate' : 'aggregate',
        entityType: 'organization_self_diagnosis',
        entityId: d.id,
        after: { campaignId, entries: entries.length },
      });
      return (await this.present(m, [d], true))[0];
    }, CONSTRAINTS);
  }

  private async editable(m: EntityManager, actor: Actor, id: string): Promise<OrganizationSelfDiagnosisEntity> {
    const d = await this.repo.find(m, id, true);
    if (!d || !(await this.deficits.organization(m, actor.scope, d.organizationId))) throw notFound('Самодиагностика не найдена');
    return d;
  }

  async update(actor: Actor, id: string, input: UpdateOrganizationSelfDiagnosisInput): Promise<OrganizationSelfDiagnosisObject> {
    return this.uow.write(async (m) => {
      const before = await this.editable(m, actor, id);
      if (before.archivedAt) throw conflict('Самодиагностика в архиве: сначала восстановите её');
      const entries = await this.entries(m, before.frameworkId, input.entries);
      // Scores of an aggregated diagnosis stay with the competences whose level was kept.
      const old = new Map((await this.repo.entriesOf(m, [id])).map((e) => [e.competenceId, e]));
      const kept = entries.map((e) => {
        const was = old.get(e.competenceId);
        return was && was.level === e.level ? { ...e, score: was.score } : e;
      });
      const d = await this.repo.update(m, id, { conductedOn: input.conductedOn, summary: input.summary });
      await this.repo.replaceEntries(m, id, kept);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update', entityType: 'organization_self_diagnosis', entityId: id, before: { conductedOn: before.conductedOn, entries: old.size }, after: input });
      return (await this.present(m, [d], true))[0];
    }, CONSTRAINTS);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<OrganizationSelfDiagnosisObject> {
    return this.uow.write(async (m) => {
      const d0 = await this.editable(m, actor, id);
      const d = (d0.archivedAt !== null) === archived ? d0 : await this.repo.update(m, id, { archivedAt: archived ? new Date() : null });
      await this.audit.record(m, { accountId: actor.user.accountId, action: archived ? 'archive' : 'restore', entityType: 'organization_self_diagnosis', entityId: id });
      return (await this.present(m, [d], true))[0];
    }, CONSTRAINTS);
  }
}
