import { RouteStatus, RouteStepStatus } from '@metodset/shared';
import { addDays, meetingsAhead, stepDue, StepDue } from './agenda-rules';

describe('stepDue', () => {
  const today = '2026-12-03';
  it('is OVERDUE for an open step whose end has passed', () => {
    expect(stepDue(RouteStatus.IN_PROGRESS, { status: RouteStepStatus.PLANNED, endsOn: '2026-12-02' }, today)).toBe(StepDue.OVERDUE);
    expect(stepDue(RouteStatus.APPROVED, { status: RouteStepStatus.IN_PROGRESS, endsOn: '2026-01-01' }, today)).toBe(StepDue.OVERDUE);
  });
  it('is SOON from today up to 14 days ahead, inclusive', () => {
    expect(stepDue(RouteStatus.IN_PROGRESS, { status: RouteStepStatus.PLANNED, endsOn: today }, today)).toBe(StepDue.SOON);
    expect(stepDue(RouteStatus.IN_PROGRESS, { status: RouteStepStatus.PLANNED, endsOn: '2026-12-17' }, today)).toBe(StepDue.SOON);
    expect(stepDue(RouteStatus.IN_PROGRESS, { status: RouteStepStatus.PLANNED, endsOn: '2026-12-18' }, today)).toBeNull();
  });
  it('ignores done, cancelled and undated steps, and routes not being walked', () => {
    expect(stepDue(RouteStatus.IN_PROGRESS, { status: RouteStepStatus.DONE, endsOn: '2026-12-01' }, today)).toBeNull();
    expect(stepDue(RouteStatus.IN_PROGRESS, { status: RouteStepStatus.CANCELLED, endsOn: '2026-12-01' }, today)).toBeNull();
    expect(stepDue(RouteStatus.IN_PROGRESS, { status: RouteStepStatus.PLANNED, endsOn: null }, today)).toBeNull();
    for (const s of [RouteStatus.DRAFT, RouteStatus.ON_APPROVAL, RouteStatus.RETURNED, RouteStatus.COMPLETED]) {
      expect(stepDue(s, { status: RouteStepStatus.PLANNED, endsOn: '2026-12-01' }, today)).toBeNull();
    }
  });
});

describe('meetingsAhead', () => {
  it('keeps meetings not held from today on, nearest first, at most the limit', () => {
    const s = [
      { id: 'a', plannedOn: '2027-01-27', heldOn: null },
      { id: 'b', plannedOn: '2026-12-09', heldOn: null },
      { id: 'c', plannedOn: '2026-11-11', heldOn: '2026-11-11' },
      { id: 'd', plannedOn: '2026-12-01', heldOn: null },
      { id: 'e', plannedOn: '2026-12-03', heldOn: null },
      { id: 'f', plannedOn: '2026-12-20', heldOn: '2026-12-02' },
    ];
    expect(meetingsAhead(s, '2026-12-03').map((x) => x.id)).toEqual(['e', 'b', 'a']);
    expect(meetingsAhead(s, '2026-12-03', 2).map((x) => x.id)).toEqual(['e', 'b']);
  });
});

describe('addDays', () => {
  it('crosses months and years', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });
});
