import { FinalProductStatus, InternshipApplicationStatus as S } from '@metodset/shared';
import { attendancePercent, completionRuleText, DEFAULT_COMPLETION_RULE, isCompleted, seatOrWait, transitionProblem } from './internship-rules';

describe('internship rules', () => {
  it('seats while there is room, then waitlists', () => {
    expect(seatOrWait(5, 4)).toBe(S.SUBMITTED);
    expect(seatOrWait(5, 5)).toBe(S.WAITLISTED);
    expect(seatOrWait(0, 0)).toBe(S.WAITLISTED);
  });

  it('completes at ≥ 80 % attendance with the product accepted (the default rule)', () => {
    const r = DEFAULT_COMPLETION_RULE;
    expect(isCompleted(r, { attended: 4, sessions: 5, finalProduct: FinalProductStatus.ACCEPTED })).toBe(true);
    expect(isCompleted(r, { attended: 3, sessions: 5, finalProduct: FinalProductStatus.ACCEPTED })).toBe(false);
    expect(isCompleted(r, { attended: 5, sessions: 5, finalProduct: FinalProductStatus.SUBMITTED })).toBe(false);
    expect(isCompleted(r, { attended: 0, sessions: 0, finalProduct: FinalProductStatus.ACCEPTED })).toBe(false);
    expect(isCompleted({ minAttendancePercent: 75, requireFinalProduct: false }, { attended: 3, sessions: 4, finalProduct: FinalProductStatus.NONE })).toBe(true);
    expect(attendancePercent(2, 3)).toBe(66);
    expect(completionRuleText(r)).toBe('посещено не менее 80 % занятий и принят итоговый продукт');
  });

  it('allows approve only of a submitted application, decline and withdraw of a live one', () => {
    expect(transitionProblem(S.SUBMITTED, 'approve')).toBeNull();
    expect(transitionProblem(S.WAITLISTED, 'approve')).toBe('Заявку в этом состоянии нельзя одобрить');
    expect(transitionProblem(S.APPROVED, 'decline')).toBeNull();
    expect(transitionProblem(S.DECLINED, 'withdraw')).toBe('Заявку в этом состоянии нельзя отозвать');
  });
});
