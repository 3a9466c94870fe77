import { Injectable } from '@nestjs/common';
import { AssignmentPlanStatus, CompetenceLevel, MentoringForm, MentoringModel, NetworkMemberStatus } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { AccessScope } from '../../common/auth/access-scope';
import { Caller } from '../../common/access/access-rule';
import { AccessService } from '../../common/access/access.service';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, conflict, fieldError, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { CompetenceResultsReader } from '../diagnostics/competence-results.reader';
import { capacityProblems, MentorLoad } from '../mentoring/mentoring-rules';
import { MentoringProgramEntity } from '../mentoring/mentoring-program.entity';
import { MentoringRepository } from '../mentoring/mentoring.repository';
import { NetworkRepository } from '../network/network.repository';
import { PersonRepository } from '../person/person.repository';
import { computeAssignment } from './assignment-compute';
import { AssignmentPlanItemEntity } from './assignment-plan-item.entity';
import { AssignmentPlanEntity } from './assignment-plan.entity';
import { CreateAssignmentPlanInput, MentorSuggestionsArgs, SchoolPairSuggestionsArgs } from './dto/matching.input';
import { AssignmentPlanMentorObject, MentorSuggestionsObject, SchoolPairSuggestionObject } from './dto/matching.object';
import { CohortMentor, FitContext, fitOf, freePlacesReason, MatchPreferences, MenteeFacts, supportLinks } from './matching-fit';
import { MatchingRepository, MentorBaseRow } from './matching.repository';
import { schoolPairs, schoolProfiles } from './school-pairs';

const CONSTRAINTS: Record<string, FieldError> = {
  uq_assignment_plan_draft: { field: 'programId', message: 'У программы уже есть проект распределения: опубликуйте или отклоните его' },
};
const NO_RIGHTS = 'Распределять наставляемых может тот, кто отвечает за организацию программы или координирует её сеть';
const NOT_DRAFT = 'Проект уже опубликован или отклонён: изменить его нельзя';
const NOBODY_FITS = 'нет подходящего наставника со свободными местами';
/** Candidates kept per mentee for the cohort assignment. */
const TOP_K = 20;
const SUGGESTIONS_MAX = 30;
const MATCHED_MODELS: readonly MentoringModel[] = [MentoringModel.TEACHER_TO_TEACHER, MentoringModel.LEADER_TO_LEADER];

interface Cohort {
  mentees: MenteeFacts[];
  mentors: (CohortMentor & { capacity: number; load: number })[];
  ctx: FitContext;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Deficit-to-strength matching: mentor suggestions, whole-cohort assignment plans, school-to-school pairs. */
@Injectable()
export class MatchingService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: MatchingRepository,
    private readonly mentoring: MentoringRepository,
    private readonly people: PersonRepository,
    private readonly access: AccessService,
    private readonly results: CompetenceResultsReader,
    private readonly networks: NetworkRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Mentees' and mentors' facts in a fixed number of statements, whatever the cohort's size. `menteeLevels`: the
   * mentees' results read (their deficits by default; null: all of them, to name the competences chosen for a route).
   */
  private async cohort(m: EntityManager, menteeIds: readonly string[], base: readonly MentorBaseRow[], menteeLevels: readonly CompetenceLevel[] | null = [CompetenceLevel.DEFICIT]): Promise<Cohort> {
    const mentorIds = base.map((b) => b.personId);
    // Only what the fit reads: the mentees' deficits and the mentors' proficits (a mentor's other results — most of
    // them — were read and dropped: 75,000 rows for 5,000 mentors in the region bench).
    const [menteeRows, loads, menteeResults, mentorProficits] = [
      await this.repo.peopleFacts(m, menteeIds),
      await this.mentoring.loads(m, mentorIds),
      await this.results.current(m, menteeIds, null, menteeLevels ?? undefined),
      await this.results.current(m, mentorIds, null, [CompetenceLevel.PROFICIT]),
    ];
    const names = new Map<string, string>();
    const at = new Map<string, { deficits: string[]; proficits: string[] }>();
    const of = (personId: string) => at.get(personId) ?? at.set(personId, { deficits: [], proficits: [] }).get(personId)!;
    // A code is named as in a mentee's own current result (frameworks are versioned; wording may differ); the fit
    // names only the mentee's deficits (or the competences chosen for a route).
    for (const l of [...menteeResults, ...mentorProficits]) if (!names.has(l.code)) names.set(l.code, l.name);
    for (const l of menteeResults) if (l.level === CompetenceLevel.DEFICIT) of(l.personId).deficits.push(l.code);
    for (const l of mentorProficits) of(l.personId).proficits.push(l.code);
    const loadOf = new Map(loads.map((l) => [l.personId, l]));
    const orgs = [...new Set([...menteeRows, ...base].flatMap((r) => r.organizationIds))];
    const links = supportLinks(await this.repo.networksOf(m, orgs));
    return {
      ctx: { competenceNames: names, links },
      mentees: menteeRows.map((r) => ({ ...r, deficits: at.get(r.personId)?.deficits ?? [] })),
      mentors: base.map((b) => {
        const load = loadOf.get(b.personId)?.load ?? 0;
        return { ...b, proficits: at.get(b.personId)?.proficits ?? [], load, freePlaces: b.available ? Math.max(0, b.capacity - load) : 0 };
      }),
    };
  }

  private async visibleProgram(m: EntityManager, scope: AccessScope, id: string, lock = false): Promise<MentoringProgramEntity> {
    const p = await this.mentoring.findProgram(m, scope, id, lock);
    if (!p) throw notFound('Программа наставничества не найдена');
    return p;
  }

  private async managedProgram(m: EntityManager, actor: Actor, id: string, lock = false): Promise<MentoringProgramEntity> {
    const p = await this.visibleProgram(m, actor.scope, id, lock);
    if (!(await this.access.can(m, actor.user, 'program.manage', p.id))) throw forbidden(NO_RIGHTS);
    if (p.archivedAt) throw badInput([], 'Программа в архиве: сначала восстановите её');
    return p;
  }

  // Suggestions for one mentee.
  async mentorSuggestions(scope: AccessScope, args: MentorSuggestionsArgs): Promise<MentorSuggestionsObject> {
    const m = this.uow.reader;
    const program = args.programId ? await this.visibleProgram(m, scope, args.programId) : null;
    const networkId = program?.networkId ?? null;
    if (!(await this.people.eligible(m, scope, networkId, [args.menteePersonId])).size) throw notFound('Карточка педагога не найдена');
    const base = (await this.repo.mentorBase(m, scope, networkId)).filter((b) => b.personId !== args.menteePersonId);
    const { mentees, mentors, ctx } = await this.cohort(m, [args.menteePersonId], base);
    const mentee = mentees[0];
    const prefs = args.preferences ?? {};
    const scored = mentors
      .map((mr) => ({ mr, fit: fitOf(mentee, mr, ctx, prefs) }))
      .filter((x) => x.fit.relevant)
      .sort((a, b) => Number(b.mr.freePlaces > 0) - Number(a.mr.freePlaces > 0) || b.fit.score - a.fit.score || (a.mr.personId < b.mr.personId ? -1 : 1))
      .slice(0, SUGGESTIONS_MAX);
    const cards = new Map((await this.people.cards(m, [mentee.personId, ...scored.map((x) => x.mr.personId)])).map((c) => [c.id, c]));
    return {
      mentee: cards.get(mentee.personId)!,
      deficits: mentee.deficits.map((c) => ctx.competenceNames.get(c) ?? c),
      suggestions: scored.map(({ mr, fit }) => ({
        mentor: cards.get(mr.personId)!,
        score: fit.score,
        reasons: [...fit.reasons, freePlacesReason(mr.freePlaces)],
        capacity: mr.capacity,
        load: mr.load,
        freePlaces: mr.freePlaces,
      })),
    };
  }

  /**
   * The fit of these mentors for a person's chosen competences (a route's targets stand in for the deficits), best
   * first, with reasons — what route building asks for through ROUTE_MENTOR_SOURCE. The caller chose the candidates
   * within its scope.
   */
  async rankForCompetences(m: EntityManager, menteePersonId: string, codes: readonly string[], mentorIds: readonly string[]): Promise<{ personId: string; score: number; reasons: string[]; covers: string[] }[]> {
    const base = await this.repo.mentorRows(m, mentorIds.filter((id) => id !== menteePersonId));
    const { mentees, mentors, ctx } = await this.cohort(m, [menteePersonId], base, null);
    if (!mentees.length) return [];
    const mentee = { ...mentees[0], deficits: [...codes] };
    return mentors
      .map((mr) => ({ mr, fit: fitOf(mentee, mr, ctx) }))
      .filter((x) => x.fit.covers.length > 0)
      .sort((a, b) => Number(b.mr.freePlaces > 0) - Number(a.mr.freePlaces > 0) || b.fit.score - a.fit.score || (a.mr.personId < b.mr.personId ? -1 : 1))
      .map(({ mr, fit }) => ({ personId: mr.personId, score: fit.score, reasons: [...fit.reasons, freePlacesReason(mr.freePlaces)], covers: fit.covers }));
  }

  // Plans.
  async getPlan(scope: AccessScope, id: string): Promise<AssignmentPlanEntity> {
    const plan = await this.repo.findPlan(this.uow.reader, scope, id);
    if (!plan) throw notFound('Проект распределения не найден');
    return plan;
  }

  async listPlans(scope: AccessScope, programId: string): Promise<AssignmentPlanEntity[]> {
    await this.visibleProgram(this.uow.reader, scope, programId);
    return this.repo.plansOf(this.uow.reader, programId);
  }

  private async checkMentees(m: EntityManager, scope: AccessScope, program: MentoringProgramEntity, ids: readonly string[]): Promise<string[]> {
    const fields: FieldError[] = [];
    const eligible = await this.people.eligible(m, scope, program.networkId, ids);
    const paired = await this.repo.pairedInProgram(m, program.id, ids);
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      const field = `menteePersonIds.${i}`;
      if (!eligible.has(id)) fields.push({ field, message: 'Педагог не найден или вне вашей зоны ответственности' });
      else if (paired.has(id)) fields.push({ field, message: 'Уже в паре этой программы' });
      else if (seen.has(id)) fields.push({ field, message: 'Наставляемый указан дважды' });
      seen.add(id);
    });
    if (fields.length) throw badInput(fields, fields[0].message);
    return [...seen];
  }

  /** The programme a plan may be created for by this actor (the checks before the computation), else the error. */
  async plannableProgram(m: EntityManager, actor: Actor, programId: string, lock = false): Promise<MentoringProgramEntity> {
    const program = await this.managedProgram(m, actor, programId, lock);
    if (!MATCHED_MODELS.includes(program.model)) throw badInput([], 'Подбор по дефицитам — для моделей «Учитель – учителю» и «Руководитель – руководителю»');
    if (await this.repo.draftOf(m, programId)) throw conflict(CONSTRAINTS['uq_assignment_plan_draft'].message);
    return program;
  }

  /** The checks of `createPlan` before a job is asked for (NOT_FOUND, FORBIDDEN, a draft already there, the cohort). */
  async checkPlannable(actor: Actor, programId: string, menteeIds?: readonly string[] | null): Promise<MentoringProgramEntity> {
    const program = await this.plannableProgram(this.uow.reader, actor, programId);
    if (menteeIds?.length) await this.checkMentees(this.uow.reader, actor.scope, program, menteeIds);
    return program;
  }

  /** `onProgress` gets 0–100 while the worker computes (a job reports it to the SPA). */
  async createPlan(actor: Actor, programId: string, input: CreateAssignmentPlanInput, onProgress?: (percent: number) => void): Promise<AssignmentPlanEntity> {
    return this.uow.write(async (m) => {
      const program = await this.plannableProgram(m, actor, programId, true);
      const menteeIds = input.menteePersonIds?.length ? await this.checkMentees(m, actor.scope, program, input.menteePersonIds) : await this.repo.defaultMentees(m, program);
      if (!menteeIds.length) throw badInput([], 'Некого распределять: в программе нет педагогов с дефицитами без пары');
      const cohortSet = new Set(menteeIds);
      // A mentee of this cohort is not also offered as a mentor in it.
      const base = (await this.repo.mentorBase(m, actor.scope, program.networkId)).filter((b) => !cohortSet.has(b.personId));
      const { mentees, mentors, ctx } = await this.cohort(m, menteeIds, base);
      const prefs: MatchPreferences = input.preferences ? { otherSchool: input.preferences.otherSchool === true, sameMunicipality: input.preferences.sameMunicipality === true } : {};
      // Candidates and the exact solver run in a worker thread: the API keeps answering meanwhile.
      const best = await computeAssignment({ mentees, mentors, names: [...ctx.competenceNames], links: [...ctx.links], prefs, topK: TOP_K }, onProgress);
      const { menteeIds: order, mentorIds } = best;
      const greedy = { total: best.greedyTotal };
      const menteeBy = new Map(mentees.map((x) => [x.personId, x]));
      const mentorBy = new Map(mentors.map((x) => [x.personId, x]));
      const items: Partial<AssignmentPlanItemEntity>[] = order.map((menteeId, i) => {
        const j = best.mentorOf[i];
        if (j < 0) return { menteePersonId: menteeId, mentorPersonId: null, score: 0, reasons: [NOBODY_FITS], isManual: false };
        const fit = fitOf(menteeBy.get(menteeId)!, mentorBy.get(mentorIds[j])!, ctx, prefs);
        return { menteePersonId: menteeId, mentorPersonId: mentorIds[j], score: fit.score, reasons: fit.reasons, isManual: false };
      });
      const plan = await this.repo.insertPlan(
        m,
        { programId, status: AssignmentPlanStatus.DRAFT, totalScore: best.total, greedyScore: greedy.total, preferences: prefs, createdByAccountId: actor.user.accountId },
        items,
      );
      await this.audit.record(m, {
        accountId: actor.user.accountId,
        action: 'create',
        entityType: 'assignment-plan',
        entityId: plan.id,
        after: { programId, mentees: menteeIds.length, assigned: best.assigned, totalScore: best.total, greedyScore: greedy.total, preferences: prefs },
      });
      return plan;
    }, CONSTRAINTS);
  }

  /** The plan and its programme for a change by a manager; only a draft changes. */
  private async lockPlan(m: EntityManager, actor: Actor, id: string): Promise<{ plan: AssignmentPlanEntity; program: MentoringProgramEntity }> {
    const plan = await this.repo.findPlan(m, actor.scope, id, true);
    if (!plan) throw notFound('Проект распределения не найден');
    const program = await this.managedProgram(m, actor, plan.programId);
    if (plan.status !== AssignmentPlanStatus.DRAFT) throw badInput([], NOT_DRAFT);
    return { plan, program };
  }

  async setItem(actor: Actor, itemId: string, mentorPersonId: string | null): Promise<AssignmentPlanEntity> {
    return this.uow.write(async (m) => {
      const item = await this.repo.item(m, itemId);
      if (!item) throw notFound('Строка проекта не найдена');
      const { plan, program } = await this.lockPlan(m, actor, item.planId);
      if (mentorPersonId === null) {
        await this.repo.updateItem(m, itemId, { mentorPersonId: null, score: 0, reasons: ['наставник снят вручную'], isManual: true });
      } else {
        if (mentorPersonId === item.menteePersonId) throw fieldError('mentorPersonId', 'Педагог не может быть наставником самому себе');
        if (!(await this.people.eligible(m, actor.scope, program.networkId, [mentorPersonId])).size) {
          throw fieldError('mentorPersonId', 'Педагог не найден или вне вашей зоны ответственности');
        }
        // The profile stays locked until the item is written, as createMentorship does.
        const [load] = await this.mentoring.loads(m, [mentorPersonId], true);
        const inPlan = await this.repo.countInPlan(m, plan.id, mentorPersonId, itemId);
        const full = capacityProblems([{ ...load, load: load.load + inPlan }], 1);
        if (full.length) {
          const message = inPlan ? `${full[0].message} (с учётом ${inPlan} в этом проекте)` : full[0].message;
          throw fieldError('mentorPersonId', message);
        }
        const facts = await this.repo.peopleFacts(m, [mentorPersonId]);
        const profile = (await this.mentoring.profilesByPeople(m, [mentorPersonId]))[0];
        const row: MentorBaseRow = {
          ...facts[0],
          subjects: [...new Set([...facts[0].subjects, ...profile.subjects])],
          capacity: profile.capacity,
          available: profile.available,
          directions: profile.directions,
        };
        const { mentees, mentors, ctx } = await this.cohort(m, [item.menteePersonId], [row]);
        const fit = fitOf(mentees[0], mentors[0], ctx, plan.preferences ?? {});
        await this.repo.updateItem(m, itemId, { mentorPersonId, score: fit.score, reasons: fit.reasons.length ? fit.reasons : ['выбран вручную'], isManual: true });
      }
      await this.repo.recomputeTotal(m, plan.id);
      await this.audit.record(m, {
        accountId: actor.user.accountId,
        action: 'set-item',
        entityType: 'assignment-plan',
        entityId: plan.id,
        before: { itemId, mentorPersonId: item.mentorPersonId },
        after: { itemId, mentorPersonId },
      });
      return this.repo.updatePlan(m, plan.id, {});
    }, CONSTRAINTS);
  }

  async publish(actor: Actor, id: string): Promise<AssignmentPlanEntity> {
    return this.uow.write(async (m) => {
      const { plan, program } = await this.lockPlan(m, actor, id);
      const items = (await this.repo.itemsOf(m, [plan.id])).filter((x) => x.mentorPersonId);
      if (!items.length) throw badInput([], 'В проекте нет ни одной пары: публиковать нечего');
      const startsOn = today() > program.startsOn ? today() : program.startsOn;
      if (program.endsOn && startsOn > program.endsOn) throw badInput([], `Программа завершилась ${program.endsOn}: новые пары не создаются`);
      // The mentoring module's rules, for the whole plan at once: eligibility, one pair per mentee, capacity.
      const everyone = [...new Set(items.flatMap((x) => [x.menteePersonId, x.mentorPersonId!]))];
      const eligible = await this.people.eligible(m, actor.scope, program.networkId, everyone);
      const outside = everyone.filter((p) => !eligible.has(p));
      const cards = new Map((await this.people.cards(m, everyone)).map((c) => [c.id, c.fullName]));
      if (outside.length) throw badInput([], `Вне вашей зоны ответственности или в архиве: ${outside.map((p) => cards.get(p) ?? p).join(', ')}`);
      const paired = await this.repo.pairedInProgram(m, program.id, items.map((x) => x.menteePersonId));
      if (paired.size) throw badInput([], `Уже в паре этой программы: ${[...paired].map((p) => cards.get(p) ?? p).join(', ')}`);
      const perMentor = new Map<string, number>();
      for (const x of items) perMentor.set(x.mentorPersonId!, (perMentor.get(x.mentorPersonId!) ?? 0) + 1);
      const loads = await this.mentoring.loads(m, [...perMentor.keys()].sort(), true);
      const full = loads.flatMap((l: MentorLoad) => capacityProblems([l], perMentor.get(l.personId)!));
      if (full.length) throw badInput([], full.map((f) => f.message).join('; '));
      const form = program.forms.includes(MentoringForm.TRADITIONAL) ? MentoringForm.TRADITIONAL : program.forms[0];
      // The pairs in one statement and their audit rows in one more, whatever the plan's size.
      const created = await this.mentoring.insertPairs(
        m,
        { programId: program.id, form, startsOn, endsOn: program.endsOn },
        items.map((x) => ({ mentorId: x.mentorPersonId!, menteeId: x.menteePersonId, goals: `Подбор по дефицитам: ${x.reasons.join('; ')}` })),
      );
      const after = await this.repo.updatePlan(m, plan.id, { status: AssignmentPlanStatus.PUBLISHED, publishedAt: new Date() });
      await this.audit.recordMany(m, [
        { accountId: actor.user.accountId, action: 'publish', entityType: 'assignment-plan', entityId: plan.id, after: { mentorships: items.length } },
        ...created.map((c) => ({
          accountId: actor.user.accountId,
          action: 'create',
          entityType: 'mentorship',
          entityId: c.id,
          after: { programId: program.id, form, startsOn, endsOn: program.endsOn, mentorPersonIds: [c.mentorId], menteePersonIds: [c.menteeId], assignmentPlanId: plan.id },
          personIds: [c.mentorId, c.menteeId],
        })),
      ]);
      return after;
    }, CONSTRAINTS);
  }

  /**
   * «Перепланировать» a draft after the mentor base changed (mentors left, stopped taking mentees, filled up elsewhere,
   * joined, or their facts changed), with minimal disruption: a pair of the draft stays as it is while it still fits
   * (the fit is still relevant, scored with the preferences the draft was computed with, stored on the plan) and its
   * mentor still has a place — a pair chosen by hand while its mentor has a place, fit or not; when a mentor has fewer
   * places than such pairs, the hand-made ones stay first, then the best fits (ties by mentee). Only the affected
   * mentees — their pair broken, or without a mentor in the draft — are solved again, exactly (the best total), over
   * the places left. Mentees paired meanwhile or no longer within reach are left without. The items are written in
   * one statement, the audit row names the counts.
   */
  async replan(actor: Actor, id: string, onProgress?: (percent: number) => void): Promise<{ plan: AssignmentPlanEntity; kept: number; moved: number; added: number; dropped: number }> {
    return this.uow.write(async (m) => {
      const { plan, program } = await this.lockPlan(m, actor, id);
      const items = await this.repo.itemsOf(m, [plan.id]);
      const ids = items.map((x) => x.menteePersonId);
      const eligible = await this.people.eligible(m, actor.scope, program.networkId, ids);
      const paired = await this.repo.pairedInProgram(m, program.id, ids);
      const active = items.filter((x) => eligible.has(x.menteePersonId) && !paired.has(x.menteePersonId));
      const cohortSet = new Set(ids);
      const base = (await this.repo.mentorBase(m, actor.scope, program.networkId)).filter((b) => !cohortSet.has(b.personId));
      const { mentees, mentors, ctx } = await this.cohort(m, active.map((x) => x.menteePersonId), base);
      // The preferences the draft was computed with score the re-plan too.
      const prefs = plan.preferences ?? {};
      const mentorBy = new Map(mentors.map((x) => [x.personId, x]));
      const menteeBy = new Map(mentees.map((x) => [x.personId, x]));
      // The pairs that stay, taking their mentors' places before the solver runs: hand-made ones while the mentor has
      // a place, then those that still fit, the best fits first.
      const fixed = new Set<string>();
      const stays = new Map<string, string>();
      for (const x of active) {
        const mr = x.isManual && x.mentorPersonId ? mentorBy.get(x.mentorPersonId) : undefined;
        if (mr && mr.freePlaces > 0) {
          mr.freePlaces--;
          fixed.add(x.menteePersonId);
        }
      }
      const fitting = active
        .filter((x) => x.mentorPersonId && !fixed.has(x.menteePersonId) && menteeBy.has(x.menteePersonId) && mentorBy.has(x.mentorPersonId))
        .map((x) => ({ x, fit: fitOf(menteeBy.get(x.menteePersonId)!, mentorBy.get(x.mentorPersonId!)!, ctx, prefs) }))
        .filter(({ fit }) => fit.relevant && fit.score > 0)
        .sort((a, b) => b.fit.score - a.fit.score || (a.x.menteePersonId < b.x.menteePersonId ? -1 : 1));
      for (const { x } of fitting) {
        const mr = mentorBy.get(x.mentorPersonId!)!;
        if (mr.freePlaces > 0) {
          mr.freePlaces--;
          stays.set(x.menteePersonId, x.mentorPersonId!);
        }
      }
      const solved = mentees.filter((x) => !fixed.has(x.personId) && !stays.has(x.personId));
      const best = solved.length
        ? await computeAssignment({ mentees: solved, mentors, names: [...ctx.competenceNames], links: [...ctx.links], prefs, topK: TOP_K }, onProgress)
        : { menteeIds: [], mentorIds: [], mentorOf: new Int32Array(0), total: 0, assigned: 0, greedyTotal: 0 };
      const after = new Map<string, string | null>(stays);
      best.menteeIds.forEach((menteeId, i) => after.set(menteeId, best.mentorOf[i] >= 0 ? best.mentorIds[best.mentorOf[i]] : null));
      const counts = { kept: 0, moved: 0, added: 0, dropped: 0 };
      const rows = items.map((x) => {
        let mentorPersonId: string | null;
        let score = 0;
        let reasons: string[];
        let isManual = false;
        if (fixed.has(x.menteePersonId)) {
          ({ mentorPersonId, score, reasons, isManual } = x);
        } else if (!after.has(x.menteePersonId)) {
          mentorPersonId = null;
          reasons = [paired.has(x.menteePersonId) ? 'уже в паре этой программы' : 'вне вашей зоны ответственности или в архиве'];
        } else if ((mentorPersonId = after.get(x.menteePersonId)!)) {
          const fit = fitOf(menteeBy.get(x.menteePersonId)!, mentorBy.get(mentorPersonId)!, ctx, prefs);
          score = fit.score;
          reasons = fit.reasons;
          isManual = x.isManual && mentorPersonId === x.mentorPersonId;
        } else reasons = [NOBODY_FITS];
        if (x.mentorPersonId && mentorPersonId === x.mentorPersonId) counts.kept++;
        else if (x.mentorPersonId && mentorPersonId) counts.moved++;
        else if (x.mentorPersonId) counts.dropped++;
        else if (mentorPersonId) counts.added++;
        return { id: x.id, mentorPersonId, score, reasons, isManual };
      });
      await this.repo.updateItems(m, plan.id, rows);
      await this.repo.recomputeTotal(m, plan.id);
      // The greedy baseline on the same cohort: the pairs that stay as they are plus the greedy of the affected mentees.
      const fixedScore = rows.reduce((sum, x, k) => sum + (fixed.has(items[k].menteePersonId) || stays.has(items[k].menteePersonId) ? x.score : 0), 0);
      const updated = await this.repo.updatePlan(m, plan.id, { greedyScore: best.greedyTotal + fixedScore });
      await this.audit.record(m, {
        accountId: actor.user.accountId,
        action: 'replan',
        entityType: 'assignment-plan',
        entityId: plan.id,
        before: { totalScore: plan.totalScore },
        after: { totalScore: updated.totalScore, ...counts, fixedByHand: fixed.size, stayed: stays.size, solved: solved.length },
      });
      return { plan: updated, ...counts };
    }, CONSTRAINTS);
  }

  async discard(actor: Actor, id: string): Promise<AssignmentPlanEntity> {
    return this.uow.write(async (m) => {
      const { plan } = await this.lockPlan(m, actor, id);
      const after = await this.repo.updatePlan(m, plan.id, { status: AssignmentPlanStatus.DISCARDED });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'discard', entityType: 'assignment-plan', entityId: plan.id });
      return after;
    }, CONSTRAINTS);
  }

  // Batches for field resolvers.
  itemsOf = (planIds: readonly string[]) => this.repo.itemsOf(this.uow.reader, planIds);
  programsByIds = (ids: readonly string[]) => this.mentoring.programsByIds(this.uow.reader, ids);
  manageable = (caller: Caller, programIds: readonly string[]) => this.access.check(this.uow.reader, caller, 'program.manage', programIds);

  /** The mentors one may choose in a plan, with their places left after it. */
  async planMentors(scope: AccessScope, plan: { id: string; programId: string }): Promise<AssignmentPlanMentorObject[]> {
    const m = this.uow.reader;
    const [program] = await this.mentoring.programsByIds(m, [plan.programId]);
    const base = await this.repo.mentorBase(m, scope, program.networkId);
    const loads = new Map((await this.mentoring.loads(m, base.map((b) => b.personId))).map((l) => [l.personId, l.load]));
    const inPlan = new Map<string, number>();
    for (const x of await this.repo.itemsOf(m, [plan.id])) if (x.mentorPersonId) inPlan.set(x.mentorPersonId, (inPlan.get(x.mentorPersonId) ?? 0) + 1);
    const cards = new Map((await this.people.cards(m, base.map((b) => b.personId))).map((c) => [c.id, c]));
    return base
      .map((b) => {
        const load = loads.get(b.personId) ?? 0;
        const used = inPlan.get(b.personId) ?? 0;
        return { person: cards.get(b.personId)!, capacity: b.capacity, load, inPlan: used, freePlaces: b.available ? Math.max(0, b.capacity - load - used) : 0 };
      })
      .sort((a, b) => a.person.fullName.localeCompare(b.person.fullName, 'ru') || (a.person.id < b.person.id ? -1 : 1));
  }

  // School to school.
  async schoolPairSuggestions(scope: AccessScope, args: SchoolPairSuggestionsArgs): Promise<SchoolPairSuggestionObject[]> {
    if (!!args.networkId === !!args.municipalityId) throw fieldError('networkId', 'Укажите одно: сеть или муниципалитет');
    const m = this.uow.reader;
    let orgIds: string[];
    if (args.networkId) {
      const network = await this.networks.findInScope(m, scope, args.networkId);
      if (!network) throw notFound('Сеть не найдена');
      orgIds = (await this.networks.membersOf(m, [network.id])).filter((x) => x.status === NetworkMemberStatus.ACCEPTED).map((x) => x.organizationId);
    } else {
      const orgs = await this.repo.municipalityOrganizations(m, scope, args.municipalityId!);
      if (!orgs) throw notFound('Муниципалитет не найден');
      orgIds = orgs.map((o) => o.id);
    }
    const rows = await this.repo.staffLevels(m, orgIds);
    const entries = await this.repo.selfDiagnosisLevels(m, orgIds);
    const names = await this.repo.competenceNames(m, [...new Set([...rows, ...entries].map((r) => r.code))]);
    const links = supportLinks(await this.repo.networksOf(m, orgIds));
    const pairs = schoolPairs(schoolProfiles(rows, entries), names, links);
    const orgName = new Map((await this.repo.organizationNames(m, [...new Set(pairs.flatMap((p) => [p.strongOrganizationId, p.weakOrganizationId]))])).map((o) => [o.id, o.name]));
    return pairs.map((p) => ({ ...p, strongOrganizationName: orgName.get(p.strongOrganizationId) ?? '', weakOrganizationName: orgName.get(p.weakOrganizationId) ?? '' }));
  }
}
