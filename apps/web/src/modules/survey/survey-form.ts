import { SURVEY_SCALE_MAX } from '@metodset/shared';
import type { AnswerSurveyInput, CreateSurveyInput, SurveyAnswerInput, SurveyQuestionType } from '@/gql/graphql';

/** A question being written by the coordinator. */
export interface SurveyQuestionDraft {
  text: string;
  type: SurveyQuestionType;
}

/** «Создать анкету»: title, final or mid-way, questions with their type. */
export interface SurveyFormState {
  title: string;
  isFinal: boolean;
  questions: SurveyQuestionDraft[];
}

export const SURVEY_QUESTION_TYPES: readonly SurveyQuestionType[] = ['SCALE', 'TEXT'];
export const SCALE_VALUES: readonly number[] = Array.from({ length: SURVEY_SCALE_MAX }, (_, i) => i + 1);
/** Options of the 1…5 SelectButton (its labels must be strings). */
export const SCALE_OPTIONS: readonly { value: number; label: string }[] = SCALE_VALUES.map((value) => ({ value, label: String(value) }));

/** Its own fields and the API's `questions.0.text`. */
export const isSurveyFormField = (field: string): boolean => /^(title|isFinal|questions)(\.|$)/.test(field);

export const emptyQuestion = (type: SurveyQuestionType = 'SCALE'): SurveyQuestionDraft => ({ text: '', type });
export const emptySurveyForm = (): SurveyFormState => ({ title: '', isFinal: false, questions: [emptyQuestion('SCALE'), emptyQuestion('TEXT')] });

export function validateSurveyForm(form: SurveyFormState, m: { required: string; questionsMin: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.title.trim()) errors['title'] = m.required;
  if (!form.questions.length) errors['questions'] = m.questionsMin;
  form.questions.forEach((q, i) => {
    if (!q.text.trim()) errors[`questions.${i}.text`] = m.required;
  });
  return errors;
}

export const toCreateSurveyInput = (form: SurveyFormState): CreateSurveyInput => ({
  title: form.title.trim(),
  isFinal: form.isFinal,
  questions: form.questions.map((q) => ({ text: q.text.trim(), type: q.type })),
});

/** A question as the participant answers it. */
export interface SurveyQuestionLike {
  key: string;
  type: SurveyQuestionType;
}

/** Key → the rating (SCALE) or the text (TEXT). */
export interface AnswerFormState {
  answers: Record<string, { scale: number | null; text: string }>;
}

export const isAnswerFormField = (field: string): boolean => field === 'answers' || field.startsWith('answers.');

export const emptyAnswerForm = (questions: readonly SurveyQuestionLike[]): AnswerFormState => ({
  answers: Object.fromEntries(questions.map((q) => [q.key, { scale: null, text: '' }])),
});

const isRating = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= SURVEY_SCALE_MAX;

/** Every SCALE question needs a rating (`answers.<key>`, as the API names it); texts are optional. */
export function validateAnswerForm(questions: readonly SurveyQuestionLike[], form: AnswerFormState, m: { rate: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const q of questions) if (q.type === 'SCALE' && !isRating(form.answers[q.key]?.scale)) errors[`answers.${q.key}`] = m.rate;
  return errors;
}

/** The answers in the order of the questions: ratings for SCALE, trimmed texts for TEXT (blank ones left out). */
export function toAnswers(questions: readonly SurveyQuestionLike[], form: AnswerFormState): SurveyAnswerInput[] {
  const out: SurveyAnswerInput[] = [];
  for (const q of questions) {
    const a = form.answers[q.key];
    if (q.type === 'SCALE' && isRating(a?.scale)) out.push({ key: q.key, scale: a.scale });
    else if (q.type === 'TEXT' && a?.text.trim()) out.push({ key: q.key, text: a.text.trim() });
  }
  return out;
}

export const toAnswerInput = (surveyId: string, mentorshipId: string, questions: readonly SurveyQuestionLike[], form: AnswerFormState): AnswerSurveyInput => ({
  surveyId,
  mentorshipId,
  answers: toAnswers(questions, form),
});
