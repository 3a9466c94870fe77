import { Injectable } from '@nestjs/common';
import { MentorshipStatus, SURVEY_ANONYMITY_MIN } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Caller } from '../../common/access/access-rule';
import { AccessService } from '../../common/access/access.service';
import { Actor } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { MentoringRepository } from '../mentoring/mentoring.repository';
import { MentorshipEntity } from '../mentoring/mentorship.entity';
import { AnswerSurveyInput, CreateSurveyInput } from './dto/survey.dto';
import { aggregate, answerProblems } from './survey-results';
import { SurveyEntity } from './survey.entity';
import { SurveyRepository } from './survey.repository';

const callerOf = (actor: Actor): Caller => ({ grants: actor.user.grants, personId: actor.user.personId });
const PROGRAM_NOT_FOUND = 'Программа наставничества не найдена';
const SURVEY_NOT_FOUND = 'Анкета не найдена';

const CONSTRAINTS: Record<string, FieldError> = {
  uq_survey_response: { field: 'surveyId', message: 'Вы уже ответили на эту анкету' },
};

/**
 * Questionnaires of mentoring pairs: the coordinator configures them, each participant answers once per
 * mentorship, and only the coordinators see the answers, aggregated — never one person's answers.
 */
@Injectable()
export class SurveyService {
  constructor(
    private readonly repo: SurveyRepository,
    private readonly mentoring: MentoringRepository,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  /** A questionnaire the caller manages: NOT_FOUND when its programme is out of reach, FORBIDDEN when only visible. */
  private async managedSurvey(m: EntityManager, actor: Actor, surveyId: string, message: string): Promise<SurveyEntity> {
    const survey = await this.repo.survey(m, surveyId);
    if (!survey || !(await this.access.can(m, callerOf(actor), 'survey.read', surveyId))) throw notFound(SURVEY_NOT_FOUND);
    if (!(await this.access.can(m, callerOf(actor), 'survey.manage', surveyId))) throw forbidden(message);
    return survey;
  }

  async list(actor: Actor, programId: string): Promise<SurveyEntity[]> {
    await this.access.require(this.uow.reader, callerOf(actor), 'program.read', programId, PROGRAM_NOT_FOUND);
    return this.repo.ofProgram(this.uow.reader, programId);
  }

  async create(actor: Actor, programId: string, input: CreateSurveyInput): Promise<SurveyEntity> {
    return this.uow.write(async (m) => {
      await this.access.require(m, callerOf(actor), 'program.read', programId, PROGRAM_NOT_FOUND);
      if (!(await this.access.can(m, callerOf(actor), 'program.manage', programId))) throw forbidden('Анкеты настраивает координатор программы');
      const questions = input.questions.map((q, i) => ({ key: `q${i + 1}`, text: q.text, type: q.type }));
      const survey = await this.repo.insert(m, { programId, title: input.title, isFinal: input.isFinal, questions });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'create', entityType: 'survey', entityId: survey.id, after: input });
      return survey;
    }, CONSTRAINTS);
  }

  async setClosed(actor: Actor, id: string, closed: boolean): Promise<SurveyEntity> {
    return this.uow.write(async (m) => {
      const survey = await this.managedSurvey(m, actor, id, 'Анкеты настраивает координатор программы');
      const after = await this.repo.setClosed(m, survey.id, closed);
      await this.audit.record(m, { accountId: actor.user.accountId, action: closed ? 'close' : 'reopen', entityType: 'survey', entityId: id });
      return after;
    }, CONSTRAINTS);
  }

  async tasks(actor: Actor) {
    if (!actor.user.personId) return [];
    const rows = await this.repo.tasks(this.uow.reader, actor.user.personId);
    return rows.map((r) => ({
      survey: r,
      mentorshipId: r.mentorship_id,
      programName: r.program_name,
      mentorship: Object.assign(new MentorshipEntity(), {
        id: r.mentorship_id,
        programId: r.programId,
        form: r.ms_form,
        goals: r.ms_goals,
        startsOn: r.ms_starts_on,
        endsOn: r.ms_ends_on,
        status: r.ms_status,
        stopReason: r.ms_stop_reason,
        mentorOrganizationId: r.ms_mentor_organization_id,
        menteeOrganizationId: r.ms_mentee_organization_id,
        outcome: r.ms_outcome,
      }),
    }));
  }

  async answer(actor: Actor, input: AnswerSurveyInput): Promise<SurveyEntity> {
    return this.uow.write(async (m) => {
      const survey = await this.repo.survey(m, input.surveyId);
      const visible = survey && (await this.access.can(m, callerOf(actor), 'mentorship.read', input.mentorshipId));
      const ms = visible ? await this.mentoring.mentorshipById(m, input.mentorshipId) : null;
      if (!survey || !ms || ms.programId !== survey.programId) throw notFound(SURVEY_NOT_FOUND);
      const me = (await this.mentoring.participantsOf(m, [ms.id])).find((p) => p.personId === actor.user.personId);
      if (!me) throw forbidden('Отвечают только участники наставничества');
      if (survey.closedAt) throw badInput([], 'Анкета закрыта');
      if (ms.status !== MentorshipStatus.ACTIVE && ms.status !== MentorshipStatus.COMPLETED) throw badInput([], 'Анкету заполняют в идущем или завершённом наставничестве');
      if (!(await this.repo.asks(m, survey.id, ms.id))) throw badInput([], 'Наставничество завершилось до начала анкетирования: анкета не для этой пары');
      const answers: Record<string, number | string> = Object.fromEntries(
        input.answers.map((a) => [a.key, a.scale ?? a.text?.trim() ?? ''] as const).filter(([, v]) => v !== ''),
      );
      const problems = answerProblems(survey.questions, answers);
      if (problems.length) throw badInput(problems);
      // Answered once: a second answer violates uq_survey_response and becomes a CONFLICT.
      await this.repo.insertResponse(m, { surveyId: survey.id, mentorshipId: ms.id, personId: me.personId, side: me.side, answers });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'answer', entityType: 'survey', entityId: survey.id, after: { mentorshipId: ms.id } });
      return survey;
    }, CONSTRAINTS);
  }

  async results(actor: Actor, surveyId: string) {
    const m = this.uow.reader;
    const survey = await this.managedSurvey(m, actor, surveyId, 'Ответы видят только координаторы программы');
    const rows = await this.repo.responses(m, survey.id);
    return {
      survey,
      respondents: rows.length,
      anonymityThreshold: SURVEY_ANONYMITY_MIN,
      expected: await this.repo.expected(m, survey.id),
      questions: aggregate(survey.questions, rows),
    };
  }
}
