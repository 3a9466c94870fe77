import { Injectable } from '@nestjs/common';
import { DomainEvents } from '../../common/jobs/domain-events';
import { CampaignMode, CampaignScopeKind, CampaignStatus, ResponseRole, ResponseStatus, VersionStatus, WebhookEvent } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessService } from '../../common/access/access.service';
import { Actor } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, FieldError, fieldError, forbidden, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { DiagnosticCampaignEntity } from './diagnostic-campaign.entity';
import { DiagnosticParticipantEntity } from './diagnostic-participant.entity';
import { answerOutput, blockedReason, modeAllows, readAnswers, setupProblems, todayIso } from './diagnostics-rules';
import { DiagnosticsRepository, ItemRow } from './diagnostics.repository';
import { CampaignFilter, CampaignOrder, ParticipantFilter, ParticipantOrder, ResultFilter, ResultOrder } from './dto/diagnostics.args';
import { PageRequest } from '../../common/pagination/order';
import { CreateCampaignInput, DiagnosticAnswersInput, UpdateCampaignInput } from './dto/diagnostics.input';
import { DiagnosticCampaignObject, DiagnosticFormObject, MyDiagnosticObject } from './dto/diagnostics.object';
import { isScored, missingItems, participantResults } from './scoring';

const CONSTRAINTS: Record<string, FieldError> = {
  ck_diagnostic_campaign_name: { field: 'name', message: 'Введите название диагностики' },
  ck_diagnostic_campaign_period: { field: 'closesOn', message: 'Окончание не может быть раньше начала' },
  ck_diagnostic_campaign_scope: { field: 'scopeKind', message: 'Охват не согласован с выбранной сетью или муниципалитетом' },
  ck_diagnostic_campaign_combine: { field: 'combineRule', message: 'Правило сведения оценок — только для диагностики с самооценкой и экспертной оценкой' },
  ck_diagnostic_campaign_self_weight: { field: 'selfWeight', message: 'Вес самооценки — от 0 до 100 %' },
  ck_diagnostic_campaign_experience: { field: 'maxExperienceYears', message: 'Стаж — от 0 до 70 лет' },
  uq_diagnostic_campaign_external_id: { field: 'externalId', message: 'Такой внешний код уже есть' },
};
const NOT_FOUND = 'Диагностика не найдена';
const NO_RIGHTS = 'Изменять диагностику может тот, кто отвечает за все её организации, муниципалитет или координирует её сеть';
/** Fields fixed once a campaign is open. */
const SETUP_FIELDS = ['instrumentId', 'mode', 'combineRule', 'selfWeight', 'scopeKind', 'networkId', 'municipalityId', 'organizationIds', 'maxExperienceYears', 'subjects', 'opensOn'] as const;

/** Diagnostic campaigns: set-up, opening to an audience, filling (self and expert), scoring and results. */
@Injectable()
export class DiagnosticsService {
  constructor(
    private readonly repo: DiagnosticsRepository,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  instrumentOptions = () => this.repo.instrumentOptions(this.uow.reader);

  // Campaigns.
  async listCampaigns(actor: Actor, f: CampaignFilter | undefined, order: CampaignOrder | undefined, request: PageRequest) {
    const page = await this.repo.pageCampaigns(this.uow.reader, actor.scope, actor.user.personId, f, order, request);
    return { ...page, nodes: await this.objects(this.uow.reader, actor, page.nodes) };
  }

  async getCampaign(actor: Actor, id: string): Promise<DiagnosticCampaignObject> {
    const c = await this.repo.findCampaign(this.uow.reader, actor.scope, actor.user.personId, id);
    if (!c) throw notFound(NOT_FOUND);
    return (await this.objects(this.uow.reader, actor, [c]))[0];
  }

  private async objects(m: EntityManager, actor: Actor, list: readonly DiagnosticCampaignEntity[]): Promise<DiagnosticCampaignObject[]> {
    const stats = await this.repo.stats(m, list.map((c) => c.id));
    const manageable = await this.access.check(m, actor.user, 'campaign.manage', list.map((c) => c.id));
    return list.map((c) => DiagnosticCampaignObject.from(c, stats.get(c.id), manageable.has(c.id)));
  }

  private async lockCampaign(m: EntityManager, actor: Actor, id: string, opts: { allowArchived?: boolean } = {}): Promise<DiagnosticCampaignEntity> {
    const c = await this.repo.findCampaign(m, actor.scope, actor.user.personId, id, true);
    if (!c) throw notFound(NOT_FOUND);
    if (!(await this.access.can(m, actor.user, 'campaign.manage', c.id))) throw forbidden(NO_RIGHTS);
    if (c.archivedAt && !opts.allowArchived) throw badInput([], 'Диагностика в архиве: сначала восстановите её');
    return c;
  }

  /** The instrument is published; the scope is one the caller may run a campaign in. */
  private async checkSetup(m: EntityManager, actor: Actor, s: CreateCampaignInput): Promise<void> {
    const problems = setupProblems(s);
    if (problems.length) throw badInput(problems);
    const ins = await this.repo.instrument(m, s.instrumentId);
    if (!ins) throw fieldError('instrumentId', 'Методика не найдена');
    if (ins.status !== VersionStatus.PUBLISHED || ins.archived) throw fieldError('instrumentId', 'Для диагностики подходит только действующая (опубликованная) методика');
    if (s.scopeKind === CampaignScopeKind.ORGANIZATIONS) {
      const orgs = s.organizationIds ?? [];
      const ok = await this.access.check(m, actor.user, 'organization.diagnose', orgs);
      const bad = orgs.map((id, i) => ({ id, i })).filter((x) => !ok.has(x.id));
      if (bad.length) throw badInput(bad.map((x) => ({ field: `organizationIds.${x.i}`, message: 'Организация вне вашей зоны ответственности' })));
    } else {
      const ok = s.networkId ? await this.access.can(m, actor.user, 'network.diagnose', s.networkId) : await this.access.can(m, actor.user, 'municipality.diagnose', s.municipalityId);
      if (!ok) {
        throw s.networkId ? fieldError('networkId', 'Диагностику в сети проводит её координатор') : fieldError('municipalityId', 'Муниципалитет вне вашей зоны ответственности');
      }
    }
  }

  async createCampaign(actor: Actor, input: CreateCampaignInput): Promise<DiagnosticCampaignObject> {
    return this.uow.write(async (m) => {
      await this.checkSetup(m, actor, input);
      const { organizationIds = [], ...values } = input;
      const created = await this.repo.insertCampaign(
        m,
        { ...values, description: values.description ?? '', selfWeight: values.selfWeight ?? 50, subjects: values.subjects ?? [], combineRule: values.combineRule ?? null, networkId: values.networkId ?? null, municipalityId: values.municipalityId ?? null, maxExperienceYears: values.maxExperienceYears ?? null },
        organizationIds,
      );
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'create', entityType: 'diagnostic-campaign', entityId: created.id, after: input });
      return (await this.objects(m, actor, [created]))[0];
    }, CONSTRAINTS);
  }

  async updateCampaign(actor: Actor, id: string, input: UpdateCampaignInput): Promise<DiagnosticCampaignObject> {
    return this.uow.write(async (m) => {
      const before = await this.lockCampaign(m, actor, id);
      const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as UpdateCampaignInput;
      const orgsBefore = (await this.repo.stats(m, [id])).get(id)?.organizationIds ?? [];
      if (before.status !== CampaignStatus.DRAFT) {
        const same = (k: (typeof SETUP_FIELDS)[number]) =>
          k === 'organizationIds' ? [...(given.organizationIds ?? [])].sort().join() === [...orgsBefore].sort().join() : JSON.stringify(given[k] ?? null) === JSON.stringify(before[k] ?? null);
        const changed = SETUP_FIELDS.filter((k) => k in given && !same(k));
        if (changed.length) throw badInput(changed.map((field) => ({ field, message: 'Методику, вид, охват, аудиторию и начало можно менять только до открытия диагностики' })));
        if (before.status === CampaignStatus.CLOSED && given.closesOn && given.closesOn !== before.closesOn) throw fieldError('closesOn', 'Диагностика завершена: срок не меняется');
      }
      const merged: CreateCampaignInput = {
        ...before,
        combineRule: before.combineRule,
        organizationIds: orgsBefore,
        ...given,
      } as CreateCampaignInput;
      if ('mode' in given && merged.mode !== CampaignMode.COMBINED && !('combineRule' in given)) merged.combineRule = null;
      if ('scopeKind' in given) {
        if (merged.scopeKind !== CampaignScopeKind.NETWORK && !('networkId' in given)) merged.networkId = null;
        if (merged.scopeKind !== CampaignScopeKind.MUNICIPALITY && !('municipalityId' in given)) merged.municipalityId = null;
        if (merged.scopeKind !== CampaignScopeKind.ORGANIZATIONS && !('organizationIds' in given)) merged.organizationIds = [];
      }
      if (before.status === CampaignStatus.DRAFT) await this.checkSetup(m, actor, merged);
      else if (merged.closesOn < merged.opensOn) throw fieldError('closesOn', 'Окончание не может быть раньше начала');
      const { organizationIds, ...values } = merged;
      const after = await this.repo.updateCampaign(m, id, {
        name: values.name,
        description: values.description,
        instrumentId: values.instrumentId,
        mode: values.mode,
        combineRule: values.combineRule ?? null,
        selfWeight: values.selfWeight,
        scopeKind: values.scopeKind,
        networkId: values.networkId ?? null,
        municipalityId: values.municipalityId ?? null,
        maxExperienceYears: values.maxExperienceYears ?? null,
        subjects: values.subjects,
        opensOn: values.opensOn,
        closesOn: values.closesOn,
      });
      if (before.status === CampaignStatus.DRAFT) await this.repo.replaceOrganizations(m, id, organizationIds ?? []);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update', entityType: 'diagnostic-campaign', entityId: id, before, after: input });
      return (await this.objects(m, actor, [after]))[0];
    }, CONSTRAINTS);
  }

  /** DRAFT → OPEN: the participants are fixed — non-archived people of the scope's organisations matching the audience. */
  async openCampaign(actor: Actor, id: string): Promise<DiagnosticCampaignObject> {
    return this.uow.write(async (m) => {
      const c = await this.lockCampaign(m, actor, id);
      if (c.status !== CampaignStatus.DRAFT) throw badInput([], 'Открыть можно только диагностику в подготовке');
      const ins = await this.repo.instrument(m, c.instrumentId);
      if (ins?.status !== VersionStatus.PUBLISHED) throw fieldError('instrumentId', 'Методика больше не действует: выберите действующую');
      if (c.mode !== CampaignMode.EXTERNAL) {
        const organizationIds = await this.repo.organizationsOf(m, id);
        const audience = await this.repo.audience(m, { organizationIds, maxExperienceYears: c.maxExperienceYears, subjects: c.subjects });
        if (!audience.length) {
          const filters = [c.maxExperienceYears !== null ? `стаж не больше ${c.maxExperienceYears} лет` : '', c.subjects.length ? `предметы: ${c.subjects.join(', ')}` : ''].filter(Boolean);
          throw badInput(
            [],
            organizationIds.length
              ? `В аудиторию не попал ни один педагог${filters.length ? ` (${filters.join('; ')})` : ''}: проверьте охват и фильтры аудитории`
              : 'В охвате диагностики нет ни одной организации',
          );
        }
        await this.repo.insertParticipants(m, id, audience);
      }
      const after = await this.repo.updateCampaign(m, id, { status: CampaignStatus.OPEN });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'open', entityType: 'diagnostic-campaign', entityId: id });
      return (await this.objects(m, actor, [after]))[0];
    }, CONSTRAINTS);
  }

  async closeCampaign(actor: Actor, id: string): Promise<DiagnosticCampaignObject> {
    return this.uow.write(async (m) => {
      const c = await this.lockCampaign(m, actor, id);
      if (c.status !== CampaignStatus.OPEN) throw badInput([], 'Завершить можно только идущую диагностику');
      const after = await this.repo.updateCampaign(m, id, { status: CampaignStatus.CLOSED });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'close', entityType: 'diagnostic-campaign', entityId: id });
      await this.events.emit(m, WebhookEvent.CAMPAIGN_RESULTS_READY, { organizationIds: await this.repo.organizationsOf(m, id), data: { campaignId: id } });
      return (await this.objects(m, actor, [after]))[0];
    }, CONSTRAINTS);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<DiagnosticCampaignObject> {
    return this.uow.write(async (m) => {
      const before = await this.lockCampaign(m, actor, id, { allowArchived: true });
      const after = !!before.archivedAt === archived ? before : await this.repo.updateCampaign(m, id, { archivedAt: archived ? new Date() : null });
      if (after !== before) await this.audit.record(m, { accountId: actor.user.accountId, action: archived ? 'archive' : 'restore', entityType: 'diagnostic-campaign', entityId: id });
      return (await this.objects(m, actor, [after]))[0];
    }, CONSTRAINTS);
  }

  // Participants and results.
  /** A campaign the caller sees (the rule `campaign.read`), or NOT_FOUND. */
  private async visibleCampaign(m: EntityManager, actor: Actor, campaignId: string): Promise<DiagnosticCampaignEntity> {
    const campaign = await this.repo.findCampaign(m, actor.scope, actor.user.personId, campaignId);
    if (!campaign) throw notFound(NOT_FOUND);
    return campaign;
  }

  /** A visible campaign, and whether the caller runs it (the rule `campaign.manage`). */
  async visibility(m: EntityManager, actor: Actor, campaignId: string): Promise<{ campaign: DiagnosticCampaignEntity; runs: boolean }> {
    const campaign = await this.visibleCampaign(m, actor, campaignId);
    return { campaign, runs: await this.access.can(m, actor.user, 'campaign.manage', campaign.id) };
  }

  /** Participants the caller may see (the rule `participant.read`). */
  async listParticipants(actor: Actor, campaignId: string, f: ParticipantFilter | undefined, order: ParticipantOrder | undefined, page: PageRequest) {
    await this.visibleCampaign(this.uow.reader, actor, campaignId);
    return this.repo.pageParticipants(this.uow.reader, actor.scope, actor.user.personId, campaignId, f, order, page);
  }

  /** Results of the participants the caller may see (the rule `participant.read`). */
  async listResults(actor: Actor, campaignId: string, f: ResultFilter | undefined, order: ResultOrder | undefined, request: PageRequest) {
    const m = this.uow.reader;
    await this.visibleCampaign(m, actor, campaignId);
    const page = await this.repo.pageResultPeople(m, actor.scope, actor.user.personId, campaignId, f, order, request);
    const results = await this.repo.resultsOf(m, campaignId, page.nodes.map((p) => p.personId));
    return { ...page, nodes: page.nodes.map((participant) => ({ participant, results: results.filter((r) => r.personId === participant.personId) })) };
  }

  /**
   * A person's results in the campaigns where the caller may see them (the same rule as `diagnosticResults`);
   * NOT_FOUND when the caller may see none of the person's results.
   */
  async personResults(actor: Actor, personId: string) {
    const m = this.uow.reader;
    const rows = await this.repo.personResults(m, actor.scope, actor.user.personId, personId);
    if (!rows.length && !(await this.access.can(m, actor.user, 'results.read', personId))) throw notFound('Педагог не найден');
    return rows;
  }

  // Filling.
  async myDiagnostics(actor: Actor): Promise<MyDiagnosticObject[]> {
    if (!actor.user.personId) return [];
    const rows = await this.repo.myParticipations(this.uow.reader, actor.user.personId);
    return rows.map((r) => ({
      participantId: r.participantId,
      campaignId: r.campaignId,
      campaignName: r.campaignName,
      instrumentName: r.instrumentName,
      mode: r.mode,
      opensOn: r.opensOn,
      closesOn: r.closesOn,
      selfAssessment: modeAllows(r.mode, ResponseRole.SELF),
      status: r.selfStatus,
      submittedAt: r.selfSubmittedAt,
    }));
  }

  /**
   * The participant for this role: SELF — only the participant themself; EXPERT — the rule `participant.assess`
   * (staff whose write scope covers the participant's organisation, never oneself). Out of reach is NOT_FOUND.
   */
  private async reach(m: EntityManager, actor: Actor, participantId: string, role: ResponseRole, lock = false) {
    const p = await this.repo.participant(m, participantId, lock);
    if (!p) throw notFound('Участник диагностики не найден');
    const mine = role === ResponseRole.SELF ? p.personId === actor.user.personId : await this.access.can(m, actor.user, 'participant.assess', p.id);
    if (!mine) throw notFound('Участник диагностики не найден');
    const campaign = (await this.repo.campaignById(m, p.campaignId))!;
    if (!modeAllows(campaign.mode, role)) {
      throw badInput([{ field: 'role', message: role === ResponseRole.SELF ? 'В этой диагностике нет самооценки' : 'В этой диагностике нет экспертной оценки' }]);
    }
    return { p, campaign };
  }

  async form(actor: Actor, participantId: string, role: ResponseRole): Promise<DiagnosticFormObject> {
    const m = this.uow.reader;
    const { p, campaign } = await this.reach(m, actor, participantId, role);
    const items = await this.repo.items(m, campaign.instrumentId);
    const response = (await this.repo.responsesOf(m, participantId)).find((r) => r.role === role) ?? null;
    const [details] = await this.repo.participantDetails(m, [p.id]);
    const ins: { name: string; description: string }[] = await m.query('SELECT name, description FROM diagnostic_instrument WHERE id = $1', [campaign.instrumentId]);
    const kinds = new Map(items.map((i) => [i.id, i.kind]));
    return {
      participantId,
      role,
      campaignId: campaign.id,
      campaignName: campaign.name,
      instrumentName: ins[0]?.name ?? '',
      instructions: ins[0]?.description ?? '',
      opensOn: campaign.opensOn,
      closesOn: campaign.closesOn,
      personName: details.fullName,
      organizationName: details.organizationName,
      items: items.map((i) => ({ ...i, options: i.options.map((o) => ({ key: o.key, label: o.label ?? o.key })), required: isScored(i) })),
      answers: Object.entries(response?.answers ?? {}).flatMap(([id, v]) => (kinds.has(id) ? [answerOutput(id, kinds.get(id)!, v)] : [])),
      status: response?.status ?? null,
      submittedAt: response?.submittedAt ?? null,
      savedAt: response?.updatedAt ?? null,
      blockedReason: blockedReason(campaign, response, todayIso()),
    };
  }

  async saveDraft(actor: Actor, input: DiagnosticAnswersInput): Promise<DiagnosticFormObject> {
    await this.uow.write(async (m) => {
      const { campaign, items, response } = await this.prepare(m, actor, input);
      const { answers, errors } = readAnswers(items, input.answers);
      if (errors.length) throw badInput(errors);
      await this.repo.saveResponse(m, input.participantId, input.role, { answers, status: ResponseStatus.DRAFT, respondentAccountId: actor.user.accountId, submittedAt: null });
      await this.audit.record(m, { accountId: actor.user.accountId, action: response ? 'update-draft' : 'create-draft', entityType: 'diagnostic-response', entityId: input.participantId, after: { role: input.role, campaignId: campaign.id } });
    });
    return this.form(actor, input.participantId, input.role);
  }

  /** Submits once: the answers are checked complete, scored, and the results written in the same transaction. */
  async submit(actor: Actor, input: DiagnosticAnswersInput): Promise<DiagnosticFormObject> {
    await this.uow.write(async (m) => {
      const { p, campaign, items } = await this.prepare(m, actor, input);
      const { answers, errors } = readAnswers(items, input.answers);
      if (errors.length) throw badInput(errors);
      const missing = missingItems(items, answers);
      if (missing.length) {
        throw badInput(
          missing.map((i) => ({ field: `items.${i.id}`, message: 'Ответьте на этот вопрос' })),
          `Ответьте на все вопросы: не заполнены № ${missing.map((i) => i.position).join(', ')}`,
        );
      }
      const now = new Date();
      await this.repo.saveResponse(m, p.id, input.role, { answers, status: ResponseStatus.SUBMITTED, respondentAccountId: actor.user.accountId, submittedAt: now });
      await this.writeResults(m, campaign, p, items, todayIso(now));
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'submit', entityType: 'diagnostic-response', entityId: p.id, after: { role: input.role, campaignId: campaign.id } });
    });
    return this.form(actor, input.participantId, input.role);
  }

  private async prepare(m: EntityManager, actor: Actor, input: DiagnosticAnswersInput) {
    const { p, campaign } = await this.reach(m, actor, input.participantId, input.role, true);
    const response = (await this.repo.responsesOf(m, p.id)).find((r) => r.role === input.role) ?? null;
    const blocked = blockedReason(campaign, response, todayIso());
    if (blocked) throw badInput([], blocked);
    return { p, campaign, response, items: await this.repo.items(m, campaign.instrumentId) };
  }

  /** The participant's results from the submitted responses, by the campaign's mode (see scoring.ts for COMBINED). */
  async writeResults(m: EntityManager, campaign: DiagnosticCampaignEntity, p: DiagnosticParticipantEntity, items: readonly ItemRow[], measuredOn: string): Promise<number> {
    const rules = await this.repo.rules(m, campaign.instrumentId);
    const submitted = (await this.repo.responsesOf(m, p.id)).filter((r) => r.status === ResponseStatus.SUBMITTED);
    const answers = (role: ResponseRole) => submitted.find((x) => x.role === role)?.answers ?? null;
    const res = participantResults(campaign, items, rules, { self: answers(ResponseRole.SELF), expert: answers(ResponseRole.EXPERT) });
    if (!res) return 0;
    await this.repo.upsertResults(m, res.scores.map((r) => ({ campaignId: campaign.id, personId: p.personId, competenceId: r.competenceId, source: res.source, score: r.score, level: r.level, measuredOn })));
    return res.scores.length;
  }
}

