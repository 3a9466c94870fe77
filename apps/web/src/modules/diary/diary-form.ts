import { DIARY_PROMPTS } from '@metodset/shared';
import type { DiaryOwnerInput, DiaryVisibility, UpdateDiaryEntryInput, WriteDiaryEntryInput } from '@/gql/graphql';
import { fieldChecker, today } from '@/common/form-fields';

/** Whose diary: a mentorship's or an association's (ПОС). */
export type DiaryOwner = { mentorshipId: string } | { associationId: string };

/** An entry: the day, the text, optional answers to the reflection prompts, who may read it. */
export interface DiaryFormState {
  writtenOn: string;
  text: string;
  /** Prompt key → answer; blank answers are not sent. */
  answers: Record<string, string>;
  visibility: DiaryVisibility;
}

export const DIARY_TEXT_MAX = 10_000;
export const isDiaryFormField = fieldChecker(['writtenOn', 'text', 'answers', 'visibility']);

const blankAnswers = (): Record<string, string> => Object.fromEntries(DIARY_PROMPTS.map((p) => [p.key, '']));

export const emptyDiaryForm = (now = today()): DiaryFormState => ({ writtenOn: now, text: '', answers: blankAnswers(), visibility: 'PARTICIPANTS' });

/** The form of an entry being corrected by its author. */
export const diaryFormFrom = (entry: { writtenOn: string; text: string; visibility: DiaryVisibility; answers: readonly { key: string; text: string }[] }): DiaryFormState => ({
  writtenOn: entry.writtenOn,
  text: entry.text,
  answers: { ...blankAnswers(), ...Object.fromEntries(entry.answers.map((a) => [a.key, a.text])) },
  visibility: entry.visibility,
});

export interface DiaryFormMessages {
  required: string;
  inFuture: string;
  tooLong: string;
}

export function validateDiaryForm(form: DiaryFormState, m: DiaryFormMessages, now = today()): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.writtenOn) errors['writtenOn'] = m.required;
  else if (form.writtenOn > now) errors['writtenOn'] = m.inFuture;
  if (!form.text.trim()) errors['text'] = m.required;
  else if (form.text.length > DIARY_TEXT_MAX) errors['text'] = m.tooLong;
  return errors;
}

/** Answers in the order of the prompts, trimmed, blank ones left out. */
export const toDiaryAnswers = (answers: Record<string, string>): { key: string; text: string }[] =>
  DIARY_PROMPTS.map((p) => ({ key: p.key, text: (answers[p.key] ?? '').trim() })).filter((a) => a.text !== '');

export const toWriteInput = (form: DiaryFormState, owner: DiaryOwner): WriteDiaryEntryInput => ({
  owner: owner as DiaryOwnerInput,
  writtenOn: form.writtenOn,
  text: form.text.trim(),
  answers: toDiaryAnswers(form.answers),
  visibility: form.visibility,
});

export const toUpdateInput = (form: DiaryFormState): UpdateDiaryEntryInput => ({
  text: form.text.trim(),
  answers: toDiaryAnswers(form.answers),
  visibility: form.visibility,
});
