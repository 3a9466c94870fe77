import { describe, expect, it } from 'vitest';
import { answersFrom, groupByCompetence, isAnswered, itemIdsOf, missingRequired, progress, scaleValues, toAnswerInputs, type FormItem } from './fill-form';

const item = (id: string, position: number, kind: FormItem['kind'], competenceCode = 'SH1.1', required = kind !== 'TEXT'): FormItem => ({
  __typename: 'DiagnosticFormItem',
  id,
  position,
  competenceId: competenceCode,
  competenceCode,
  competenceName: `Компетенция ${competenceCode}`,
  kind,
  text: `Вопрос ${position}`,
  scaleMin: kind === 'SCALE' ? 1 : null,
  scaleMax: kind === 'SCALE' ? 5 : null,
  required,
  options: kind.endsWith('CHOICE') ? [{ __typename: 'DiagnosticFormOption', key: 'a', label: 'А' }, { __typename: 'DiagnosticFormOption', key: 'b', label: 'Б' }] : [],
});

const ITEMS = [item('s', 1, 'SCALE', 'SH2.1'), item('c', 2, 'SINGLE_CHOICE', 'SH1.1'), item('m', 3, 'MULTIPLE_CHOICE', 'SH2.1'), item('t', 4, 'TEXT', 'SH1.1')];

describe('diagnostic form logic', () => {
  it('keeps every item in its place: runs of one competence, never an item pulled up to its competence’s first run', () => {
    expect(groupByCompetence([...ITEMS].reverse()).map((g) => [g.code, g.items.map((i) => i.id)])).toEqual([
      ['SH2.1', ['s']],
      ['SH1.1', ['c']],
      ['SH2.1', ['m']],
      ['SH1.1', ['t']],
    ]);
    // PROF-DEFICITS: the free-text question 16 is on ME3 like question 11; it stays after 15, not between 11 and 12.
    const prof = [...Array.from({ length: 15 }, (_, k) => item(`q${k + 1}`, k + 1, 'SINGLE_CHOICE', k === 10 ? 'ME3' : `C${k + 1}`)), item('q16', 16, 'TEXT', 'ME3')];
    const order = groupByCompetence(prof).flatMap((g) => g.items.map((i) => i.position));
    expect(order).toEqual(Array.from({ length: 16 }, (_, k) => k + 1));
    expect(groupByCompetence(prof).map((g) => g.code).slice(-2)).toEqual(['C15', 'ME3']);
  });

  it('restores saved answers and sends back only the answered ones in the field of their kind', () => {
    const state = answersFrom(ITEMS, [
      { __typename: 'DiagnosticAnswer', itemId: 's', scale: 4, option: null, options: null, text: null },
      { __typename: 'DiagnosticAnswer', itemId: 'm', scale: null, option: null, options: ['a', 'b'], text: null },
    ]);
    expect(state).toEqual({ s: 4, c: null, m: ['a', 'b'], t: '' });
    expect(toAnswerInputs(ITEMS, { ...state, t: '  мысль  ' })).toEqual([
      { itemId: 's', scale: 4 },
      { itemId: 'm', options: ['a', 'b'] },
      { itemId: 't', text: 'мысль' },
    ]);
  });

  it('counts required items only and lists the missing ones', () => {
    const state = { s: 2, c: null, m: [], t: '' };
    expect(missingRequired(ITEMS, state)).toEqual(['c', 'm']);
    expect(progress(ITEMS, state)).toEqual({ answered: 1, required: 3, percent: 33 });
    expect(progress(ITEMS, { s: 2, c: 'a', m: ['b'], t: '' })).toEqual({ answered: 3, required: 3, percent: 100 });
    expect(isAnswered(ITEMS[3], '   ')).toBe(false);
  });

  it('reads the items the API reports unanswered, and the values of a scale', () => {
    expect(itemIdsOf([{ field: 'items.c' }, { field: 'answers.0' }, { field: 'items.m' }])).toEqual(['c', 'm']);
    expect(scaleValues({ scaleMin: 1, scaleMax: 5 })).toEqual([1, 2, 3, 4, 5]);
  });
});
