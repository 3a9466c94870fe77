import { describe, expect, it } from 'vitest';
import { diaryFormFrom, emptyDiaryForm, toDiaryAnswers, toUpdateInput, toWriteInput, validateDiaryForm } from './diary-form';

const m = { required: 'Обязательное поле', inFuture: 'в будущем', tooLong: 'длинно' };

describe('diary form', () => {
  it('starts today, visible to the participants, with a blank answer per prompt', () => {
    const form = emptyDiaryForm('2026-11-23');
    expect(form).toMatchObject({ writtenOn: '2026-11-23', text: '', visibility: 'PARTICIPANTS' });
    expect(Object.keys(form.answers)).toEqual(['done', 'hard', 'learned', 'next']);
  });

  it('needs a text and a day that has come', () => {
    expect(validateDiaryForm({ ...emptyDiaryForm('2026-11-23'), text: '  ' }, m, '2026-11-23')).toEqual({ text: m.required });
    expect(validateDiaryForm({ ...emptyDiaryForm('2026-11-24'), text: 'Запись' }, m, '2026-11-23')).toEqual({ writtenOn: m.inFuture });
    expect(validateDiaryForm({ ...emptyDiaryForm('2026-11-23'), text: 'Запись' }, m, '2026-11-23')).toEqual({});
  });

  it('sends the answered prompts only, trimmed, in the prompts’ order', () => {
    expect(toDiaryAnswers({ next: ' Открытый урок ', done: 'Разбор ОГЭ', hard: '   ', learned: '' })).toEqual([
      { key: 'done', text: 'Разбор ОГЭ' },
      { key: 'next', text: 'Открытый урок' },
    ]);
  });

  it('builds the write and update inputs', () => {
    const form = { ...emptyDiaryForm('2026-11-20'), text: ' Встреча прошла ', visibility: 'SHARED' as const };
    form.answers['hard'] = 'Время';
    expect(toWriteInput(form, { mentorshipId: 'ms1' })).toEqual({
      owner: { mentorshipId: 'ms1' },
      writtenOn: '2026-11-20',
      text: 'Встреча прошла',
      answers: [{ key: 'hard', text: 'Время' }],
      visibility: 'SHARED',
    });
    expect(toUpdateInput(form)).toEqual({ text: 'Встреча прошла', answers: [{ key: 'hard', text: 'Время' }], visibility: 'SHARED' });
  });

  it('fills the form of an own entry, keeping the unanswered prompts blank', () => {
    const form = diaryFormFrom({ writtenOn: '2026-11-01', text: 'Т', visibility: 'SHARED', answers: [{ key: 'learned', text: 'Многому' }] });
    expect(form.answers).toEqual({ done: '', hard: '', learned: 'Многому', next: '' });
  });
});
