import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SurveyResponseEntity } from './survey-response.entity';
import { SurveyEntity } from './survey.entity';

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

  /** People taking part in the programme's active and completed mentorships (who should answer). */
  async expected(m: EntityManager, programId: string): Promise<number> {
    const rows: { n: string }[] = await m.query(
      `SELECT count(*) AS n FROM mentorship_participant p JOIN mentorship ms ON ms.id = p.mentorship_id
        WHERE ms.program_id = $1 AND ms.status IN ('ACTIVE', 'COMPLETED')`,
      [programId],
    );
    return Number(rows[0].n);
  }

  /** Open questionnaires a person has not answered for their active or completed mentorships. */
  tasks(m: EntityManager, personId: string): Promise<(SurveyEntity & { mentorship_id: string; program_name: string })[]> {
    return m.query(
      `SELECT s.id, s.program_id AS "programId", s.title, s.is_final AS "isFinal", s.questions, s.closed_at AS "closedAt",
              ms.id AS mentorship_id, pr.name AS program_name
         FROM survey s
         JOIN mentoring_program pr ON pr.id = s.program_id AND pr.archived_at IS NULL
         JOIN mentorship ms ON ms.program_id = s.program_id AND ms.status IN ('ACTIVE', 'COMPLETED')
         JOIN mentorship_participant p ON p.mentorship_id = ms.id AND p.person_id = $1
        WHERE s.closed_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM survey_response r WHERE r.survey_id = s.id AND r.mentorship_id = ms.id AND r.person_id = $1)
        ORDER BY s.created_at, ms.id
        LIMIT 100`,
      [personId],
    );
  }
}
