import { describe, expect, it } from 'vitest';
import { currentPlanId, mentorChoices, personName, planTotals, scoreShare } from './matching-logic';
import { MATCHING_MESSAGES } from './matching.i18n';

const t = (key: string, params?: Record<string, unknown>) =>
  key === 'matching.plan.noMentor' ? MATCHING_MESSAGES.plan.noMentor : MATCHING_MESSAGES.plan.freePlaces.replace('{n}', String(params?.['n']));

const mentors = [
  { person: { id: 'x', fullName: 'Иксова Анна', organizationName: 'Школа-наставник' }, capacity: 2, load: 0, inPlan: 2, freePlaces: 0 },
  { person: { id: 'y', fullName: 'Игрекова Анна', organizationName: null }, capacity: 3, load: 1, inPlan: 1, freePlaces: 1 },
  { person: { id: 'e1', fullName: 'Алексеева Анна', organizationName: 'Школа' }, capacity: 1, load: 0, inPlan: 0, freePlaces: 1 },
];

describe('mentorChoices', () => {
  it('offers «без наставника» and every mentor with the places left; full ones are shown but not choosable', () => {
    expect(mentorChoices(mentors, 'y', 'e2', t)).toEqual([
      { value: null, label: 'Без наставника', disabled: false },
      { value: 'x', label: 'Иксова Анна, Школа-наставник — свободно 0', disabled: true },
      // The mentee's own mentor counts the mentee's place as theirs.
      { value: 'y', label: 'Игрекова Анна — свободно 2', disabled: false },
      { value: 'e1', label: 'Алексеева Анна, Школа — свободно 1', disabled: false },
    ]);
  });

  it('keeps the current full mentor choosable and leaves the mentee out of their own choices', () => {
    const choices = mentorChoices(mentors, 'x', 'e1', t);
    expect(choices.find((c) => c.value === 'x')).toEqual({ value: 'x', label: 'Иксова Анна, Школа-наставник — свободно 1', disabled: false });
    expect(choices.some((c) => c.value === 'e1')).toBe(false);
  });
});

describe('planTotals', () => {
  it('compares the plan with the greedy baseline', () => {
    expect(planTotals({ totalScore: 41, greedyScore: 36, assignedCount: 2, menteeCount: 3 })).toEqual({ total: 41, greedy: 36, gainPercent: 13.9, assigned: 2, mentees: 3 });
    expect(planTotals({ totalScore: 0, greedyScore: 0, assignedCount: 0, menteeCount: 1 }).gainPercent).toBeNull();
    expect(planTotals({ totalScore: 5, greedyScore: null, assignedCount: 1, menteeCount: 1 }).greedy).toBeNull();
  });
});

describe('currentPlanId', () => {
  it('opens the draft, else the newest plan', () => {
    const plans = [
      { id: 'a', status: 'PUBLISHED', createdAt: '2026-11-01T10:00:00Z' },
      { id: 'b', status: 'DISCARDED', createdAt: '2026-11-02T10:00:00Z' },
    ];
    expect(currentPlanId(plans)).toBe('b');
    expect(currentPlanId([...plans, { id: 'c', status: 'DRAFT', createdAt: '2026-10-01T10:00:00Z' }])).toBe('c');
    expect(currentPlanId([])).toBeNull();
  });
});

describe('small helpers', () => {
  it('names a person and scales a score for its bar', () => {
    expect(personName({ lastName: 'Филиппов', firstName: 'Андрей', middleName: null })).toBe('Филиппов Андрей');
    expect(personName({ lastName: 'Жданова', firstName: 'Ольга', middleName: 'Петровна' })).toBe('Жданова Ольга Петровна');
    expect(scoreShare(23, 46)).toBe(50);
    expect(scoreShare(5, 0)).toBe(0);
  });
});
