import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MentorshipEntity } from '../mentoring/mentorship.entity';
import { SurveyResponseEntity } from './survey-response.entity';
import { SurveyEntity } from './survey.entity';

/**
 * The mentorships a questionnaire `s` is for (alias `ms`): going or completed, and not over before the
 * questionnaire was opened — a pair that ended in 2023 is not asked about a questionnaire of 2026.
 */
const ASKED = `ms.status IN ('ACTIVE', 'COMPLETED') AND (ms.ends_on IS NULL OR ms.ends_on >= s.created_at::date)`;

export type SurveyTaskRow = SurveyEntity & {
  mentorship_id: string;
  program_name: string;
  ms_form: MentorshipEntity['form'];
  ms_goals: string;
  ms_starts_on: string;
  ms_ends_on: string | null;
  ms_status: MentorshipEntity['status'];
  ms_stop_reason: string | null;
  ms_mentor_organization_id: string | null;
  ms_mentee_organization_id: string | null;
  ms_outcome: string;
};

@Injectable()
export class SurveyRepository {
  ofProgram(m: EntityManager, programId: string): Promise<SurveyEntity[]> {
    return m.getRepository(SurveyEntity).find({ where: { programId }, order: { createdAt: 'DESC' } });
  }

  survey = (m: EntityManager, id: string) => m.getRepository(SurveyEntity).findOneBy({ id });

  async insert(m: EntityManager, values: Partial<SurveyEntity>): Promise<SurveyEntity> {
    const res = await m.getRepository(SurveyEntity).insert(values);
    return m.getRepository(SurveyEntity).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  async setClosed(m: EntityManager, id: string, closed: boolean): Promise<SurveyEntity> {
    await m.getRepository(SurveyEntity).update({ id }, { closedAt: closed ? new Date() : null });
    return m.getRepository(SurveyEntity).findOneByOrFail({ id });
  }

  async insertResponse(m: EntityManager, values: Partial<SurveyResponseEntity>): Promise<void> {
    await m.getRepository(SurveyResponseEntity).insert(values);
  }

  responses(m: EntityManager, surveyId: string): Promise<SurveyResponseEntity[]> {
    return m.getRepository(SurveyResponseEntity).find({ where: { surveyId }, order: { submittedAt: 'ASC' } });
  }

  /** People taking part in the mentorships the questionnaire is for (who should answer). */
  async expected(m: EntityManager, surveyId: string): Promise<number> {
    const rows: { n: string }[] = await m.query(
      `SELECT count(*) AS n FROM survey s JOIN mentorship ms ON ms.program_id = s.program_id
         JOIN mentorship_participant p ON p.mentorship_id = ms.id
        WHERE s.id = $1 AND ${ASKED}`,
      [surveyId],
    );
    return Number(rows[0].n);
  }

  /** Whether the questionnaire is for this mentorship (see ASKED). */
  async asks(m: EntityManager, surveyId: string, mentorshipId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM survey s JOIN mentorship ms ON ms.program_id = s.program_id WHERE s.id = $1 AND ms.id = $2 AND ${ASKED}`, [surveyId, mentorshipId]);
    return rows.length > 0;
  }

  /** Open questionnaires a person has not answered for the mentorships they are for, with the mentorship itself. */
  tasks(m: EntityManager, personId: string): Promise<SurveyTaskRow[]> {
    return m.query(
      `SELECT s.id, s.program_id AS "programId", s.title, s.is_final AS "isFinal", s.questions, s.closed_at AS "closedAt",
              ms.id AS mentorship_id, pr.name AS program_name, ms.form AS ms_form, ms.goals AS ms_goals,
              ms.starts_on::text AS ms_starts_on, ms.ends_on::text AS ms_ends_on, ms.status AS ms_status, ms.stop_reason AS ms_stop_reason,
              ms.mentor_organization_id AS ms_mentor_organization_id, ms.mentee_organization_id AS ms_mentee_organization_id, ms.outcome AS ms_outcome
         FROM survey s
         JOIN mentoring_program pr ON pr.id = s.program_id AND pr.archived_at IS NULL
         JOIN mentorship ms ON ms.program_id = s.program_id AND ${ASKED}
         JOIN mentorship_participant p ON p.mentorship_id = ms.id AND p.person_id = $1
        WHERE s.closed_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM survey_response r WHERE r.survey_id = s.id AND r.mentorship_id = ms.id AND r.person_id = $1)
        ORDER BY s.created_at, ms.id
        LIMIT 100`,
      [personId],
    );
  }
}
