import { MentorshipSide, SURVEY_ANONYMITY_MIN, SURVEY_SCALE_MAX, SurveyQuestionType } from '@metodset/shared';
import { SurveyQuestion } from './survey.entity';

export interface ResponseRow {
  side: MentorshipSide;
  answers: Record<string, number | string>;
}

export interface QuestionResult {
  key: string;
  text: string;
  type: SurveyQuestionType;
  answered: number;
  average: number | null;
  mentorAverage: number | null;
  menteeAverage: number | null;
  /** Counts of 1…5. */
  distribution: number[];
  /** Free-text answers, without names and in no particular order of authors. */
  texts: string[];
  /** Sides whose answers to this question are withheld: fewer than SURVEY_ANONYMITY_MIN of them answered. */
  withheld: MentorshipSide[];
  /** «Недостаточно ответов для анонимности» when a side is withheld. */
  withheldMessage: string | null;
}

export const NOT_ENOUGH_FOR_ANONYMITY = 'Недостаточно ответов для анонимности';
const SIDES = [MentorshipSide.MENTOR, MentorshipSide.MENTEE];

const avg = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null);

/**
 * Aggregates a programme's responses per question: averages (overall and by side), distribution, texts. A side's
 * answers to a question count only when at least SURVEY_ANONYMITY_MIN people of that side answered it (the same
 * threshold for averages, distributions and texts); otherwise they are left out everywhere and the side is `withheld`.
 */
export function aggregate(questions: readonly SurveyQuestion[], rows: readonly ResponseRow[]): QuestionResult[] {
  return questions.map((q) => {
    const answeredBy = rows.filter((r) => r.answers[q.key] !== undefined && r.answers[q.key] !== '');
    const withheld = SIDES.filter((side) => {
      const n = answeredBy.filter((r) => r.side === side).length;
      return n > 0 && n < SURVEY_ANONYMITY_MIN;
    });
    const given = answeredBy.filter((r) => !withheld.includes(r.side));
    const scale = (side?: MentorshipSide) => given.filter((r) => !side || r.side === side).map((r) => Number(r.answers[q.key]));
    const isScale = q.type === SurveyQuestionType.SCALE;
    return {
      key: q.key,
      text: q.text,
      type: q.type,
      answered: given.length,
      average: isScale ? avg(scale()) : null,
      mentorAverage: isScale ? avg(scale(MentorshipSide.MENTOR)) : null,
      menteeAverage: isScale ? avg(scale(MentorshipSide.MENTEE)) : null,
      distribution: isScale ? Array.from({ length: SURVEY_SCALE_MAX }, (_, i) => scale().filter((v) => v === i + 1).length) : [],
      texts: isScale ? [] : given.map((r) => String(r.answers[q.key])).sort((a, b) => a.localeCompare(b, 'ru')),
      withheld,
      withheldMessage: withheld.length ? NOT_ENOUGH_FOR_ANONYMITY : null,
    };
  });
}

/** Problems with one participant's answers: every scale question answered with 1–5, texts within limits. */
export function answerProblems(questions: readonly SurveyQuestion[], answers: Record<string, number | string | undefined>): { field: string; message: string }[] {
  const known = new Set(questions.map((q) => q.key));
  const out = Object.keys(answers)
    .filter((k) => !known.has(k))
    .map((k) => ({ field: `answers.${k}`, message: 'В анкете нет такого вопроса' }));
  for (const q of questions) {
    const v = answers[q.key];
    if (q.type === SurveyQuestionType.SCALE && !(typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= SURVEY_SCALE_MAX)) {
      out.push({ field: `answers.${q.key}`, message: `Оцените от 1 до ${SURVEY_SCALE_MAX}` });
    }
    if (q.type === SurveyQuestionType.TEXT && v !== undefined && (typeof v !== 'string' || v.length > 5000)) {
      out.push({ field: `answers.${q.key}`, message: 'Ответ — текст не длиннее 5000 символов' });
    }
  }
  return out;
}
