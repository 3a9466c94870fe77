import { EntityManager } from 'typeorm';
import { DEMO_DIARY, DEMO_SURVEYS } from './demo/diary-survey';

export interface DiarySurveyTotals {
  entries: number;
  surveys: number;
  responses: number;
}

const idOf = async (m: EntityManager, table: 'mentorship' | 'person' | 'mentoring_program', key: string): Promise<string> => {
  const row = ((await m.query(`SELECT id FROM ${table} WHERE external_id = $1`, [key])) as { id: string }[])[0];
  if (!row) throw new Error(`Demo ${table} ${key} missing`);
  return row.id;
};

/**
 * The illustrative «Дневник ПОС» entries and pair surveys with their answers. Entries and surveys are keyed by external
 * ids, answers by survey × pair × person: a second run changes nothing.
 */
export async function seedDemoDiaryAndSurveys(m: EntityManager): Promise<DiarySurveyTotals> {
  const totals: DiarySurveyTotals = { entries: 0, surveys: 0, responses: 0 };
  for (const e of DEMO_DIARY) {
    await m.query(
      `INSERT INTO diary_entry (mentorship_id, author_person_id, written_on, text, answers, visibility, external_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
         written_on = EXCLUDED.written_on, text = EXCLUDED.text, answers = EXCLUDED.answers, visibility = EXCLUDED.visibility`,
      [await idOf(m, 'mentorship', e.mentorshipKey), await idOf(m, 'person', e.authorKey), e.writtenOn, e.text, JSON.stringify(e.answers), e.visibility, e.key],
    );
    totals.entries += 1;
  }
  for (const s of DEMO_SURVEYS) {
    const [survey] = (await m.query(
      `INSERT INTO survey (program_id, title, is_final, questions, closed_at, external_id) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
         title = EXCLUDED.title, is_final = EXCLUDED.is_final, questions = EXCLUDED.questions, closed_at = EXCLUDED.closed_at
       RETURNING id`,
      [await idOf(m, 'mentoring_program', s.programKey), s.title, s.isFinal, JSON.stringify(s.questions), s.closedAt ?? null, s.key],
    )) as { id: string }[];
    totals.surveys += 1;
    for (const r of s.responses) {
      await m.query(
        `INSERT INTO survey_response (survey_id, mentorship_id, person_id, side, answers, submitted_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT ON CONSTRAINT uq_survey_response DO NOTHING`,
        [survey.id, await idOf(m, 'mentorship', r.mentorshipKey), await idOf(m, 'person', r.personKey), r.side, JSON.stringify(r.answers), r.submittedAt],
      );
      totals.responses += 1;
    }
  }
  return totals;
}
