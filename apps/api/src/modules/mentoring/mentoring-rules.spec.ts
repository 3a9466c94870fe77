import { MentorshipStatus } from '@metodset/shared';
import { capacityProblems, latestHeldOn, mentorshipShape, participantsProblems, transitionProblem } from './mentoring-rules';

const { PLANNED, ACTIVE, COMPLETED, STOPPED } = MentorshipStatus;

describe('mentoring rules', () => {
  it('allows planned → active → completed, and stopping with a reason', () => {
    expect(transitionProblem(PLANNED, ACTIVE, null)).toBeNull();
    expect(transitionProblem(ACTIVE, COMPLETED, null)).toBeNull();
    expect(transitionProblem(ACTIVE, STOPPED, 'Наставник уволился')).toBeNull();
    expect(transitionProblem(PLANNED, STOPPED, 'Не состоялось')).toBeNull();
  });

  it('refuses illegal moves and stopping without a reason', () => {
    expect(transitionProblem(PLANNED, COMPLETED, null)).toMatch(/Нельзя перейти из состояния «Запланировано» в «Завершено»/);
    expect(transitionProblem(COMPLETED, ACTIVE, null)).toMatch(/Нельзя перейти/);
    expect(transitionProblem(STOPPED, ACTIVE, null)).toMatch(/Нельзя перейти/);
    expect(transitionProblem(ACTIVE, STOPPED, '  ')).toBe('Укажите причину прекращения');
  });

  it('checks the sides', () => {
    expect(participantsProblems(['a'], ['b', 'c'])).toEqual([]);
    expect(participantsProblems([], ['b']).map((p) => p.field)).toEqual(['mentorIds']);
    expect(participantsProblems(['a'], ['a']).map((p) => p.field)).toEqual(['menteeIds.0']);
    expect(participantsProblems(['a', 'a'], ['b']).map((p) => p.field)).toEqual(['mentorIds']);
  });

  it('counts load across programmes against capacity, with the reason in words', () => {
    const m = (load: number, capacity: number | null, available = true) => ({ personId: 'p', name: 'Жданова Т.М.', capacity, available, load });
    expect(capacityProblems([m(1, 3)], 2)).toEqual([]);
    expect(capacityProblems([m(2, 3)], 2)).toEqual([{ field: 'mentorIds.0', message: 'Жданова Т.М.: занято 2 из 3 мест, а нужно ещё 2' }]);
    expect(capacityProblems([m(0, null)], 1)[0].message).toMatch(/нет в базе наставников/);
    expect(capacityProblems([m(0, 5, false)], 1)[0].message).toMatch(/не принимает/);
  });

  it('takes a meeting held today anywhere in Russia, not one held tomorrow', () => {
    // 22:30 UTC on 22 November is already 23 November in Vorkuta (01:30) and Kamchatka (10:30).
    expect(latestHeldOn(new Date('2026-11-22T22:30:00Z'))).toBe('2026-11-23');
    // 08:00 UTC: 22 November everywhere in Russia.
    expect(latestHeldOn(new Date('2026-11-22T08:00:00Z'))).toBe('2026-11-22');
  });

  it('names the shape', () => {
    expect([2, 3, 5].map(mentorshipShape)).toEqual(['PAIR', 'TRIAD', 'GROUP']);
  });
});
