import { IndicatorDirection, IndicatorStatus, IndicatorTrend } from '@metodset/shared';
import { indicatorStatus, indicatorTrend, targetFor } from './indicator-status';

const H = IndicatorDirection.HIGHER_IS_BETTER;
const L = IndicatorDirection.LOWER_IS_BETTER;
const year = (y: number, value: number) => ({ periodStart: `${y}-01-01`, periodEnd: `${y}-12-31`, value });
// «Повышение уровня профессиональных компетенций педагогов»: 60 % in 2025, 70 % in 2026, 80 % in 2027.
const competence = { direction: H, baseline: { year: 2025, value: 60 }, targets: [{ year: 2026, value: 70 }, { year: 2027, value: 80 }] };

describe('indicatorStatus', () => {
  it('has no data without actuals or without targets', () => {
    expect(indicatorStatus({ ...competence, actuals: [] })).toBe(IndicatorStatus.NO_DATA);
    expect(indicatorStatus({ ...competence, targets: [], actuals: [year(2026, 70)] })).toBe(IndicatorStatus.NO_DATA);
  });

  it('is met when the latest actual reaches the target of its year', () => {
    expect(indicatorStatus({ ...competence, actuals: [year(2026, 70)] })).toBe(IndicatorStatus.MET);
    expect(indicatorStatus({ ...competence, actuals: [year(2026, 65), year(2027, 81)] })).toBe(IndicatorStatus.MET);
  });

  it('judges by the latest period, whatever the order given', () => {
    expect(indicatorStatus({ ...competence, actuals: [year(2027, 75), year(2026, 72)] })).toBe(IndicatorStatus.BEHIND);
  });

  it('is behind when the target year has come and the target is not reached', () => {
    expect(indicatorStatus({ ...competence, actuals: [year(2026, 69)] })).toBe(IndicatorStatus.BEHIND);
  });

  it('is on track when progress is at least proportional to the time elapsed toward the next target', () => {
    // A target for 2027 only: in 2026 half the time has passed; 70 of 60→80 is half the way.
    const input = { direction: H, baseline: { year: 2025, value: 60 }, targets: [{ year: 2027, value: 80 }] };
    expect(indicatorStatus({ ...input, actuals: [year(2026, 70)] })).toBe(IndicatorStatus.ON_TRACK);
    expect(indicatorStatus({ ...input, actuals: [year(2026, 69)] })).toBe(IndicatorStatus.BEHIND);
    // Without a baseline progress cannot be measured.
    expect(indicatorStatus({ ...input, baseline: null, actuals: [year(2026, 79)] })).toBe(IndicatorStatus.BEHIND);
  });

  it('works in the lower-is-better direction', () => {
    // Share of НОР schools: 40 % in 2020, target 20 % in 2023.
    const input = { direction: L, baseline: { year: 2020, value: 40 }, targets: [{ year: 2023, value: 20 }] };
    expect(indicatorStatus({ ...input, actuals: [year(2023, 18)] })).toBe(IndicatorStatus.MET);
    expect(indicatorStatus({ ...input, actuals: [year(2021, 33)] })).toBe(IndicatorStatus.ON_TRACK);
    expect(indicatorStatus({ ...input, actuals: [year(2021, 38)] })).toBe(IndicatorStatus.BEHIND);
    expect(indicatorStatus({ ...input, actuals: [year(2023, 21)] })).toBe(IndicatorStatus.BEHIND);
  });

  it('measures an actual after the last target year against the last target', () => {
    expect(indicatorStatus({ ...competence, actuals: [year(2028, 80)] })).toBe(IndicatorStatus.MET);
    expect(indicatorStatus({ ...competence, actuals: [year(2028, 79)] })).toBe(IndicatorStatus.BEHIND);
  });
});

describe('targetFor', () => {
  it('takes the target of the year, else the next one, else the last one', () => {
    const targets = [{ year: 2027, value: 80 }, { year: 2026, value: 70 }];
    expect(targetFor(targets, 2026)?.value).toBe(70);
    expect(targetFor(targets, 2025)?.value).toBe(70);
    expect(targetFor(targets, 2030)?.value).toBe(80);
    expect(targetFor([], 2026)).toBeNull();
  });
});

describe('indicatorTrend', () => {
  it('compares the two latest actuals in the direction', () => {
    expect(indicatorTrend(H, [year(2025, 60), year(2026, 65)])).toBe(IndicatorTrend.UP);
    expect(indicatorTrend(H, [year(2026, 65), year(2025, 70)])).toBe(IndicatorTrend.DOWN);
    expect(indicatorTrend(L, [year(2025, 60), year(2026, 55)])).toBe(IndicatorTrend.UP);
    expect(indicatorTrend(L, [year(2025, 60), year(2026, 65)])).toBe(IndicatorTrend.DOWN);
    expect(indicatorTrend(H, [year(2025, 60), year(2026, 60)])).toBe(IndicatorTrend.FLAT);
  });

  it('has no trend with fewer than two actuals', () => {
    expect(indicatorTrend(H, [])).toBeNull();
    expect(indicatorTrend(H, [year(2025, 60)])).toBeNull();
  });
});
