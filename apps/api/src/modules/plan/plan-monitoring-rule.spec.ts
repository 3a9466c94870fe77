import { monitoringFlags, type MonitoredItem } from './plan-monitoring-rule';

const item = (id: string, stagePosition: number, endDate: string | null, status: MonitoredItem['status'] = 'PLANNED'): MonitoredItem => ({
  id,
  stageId: `s${stagePosition}`,
  stagePosition,
  endDate,
  status,
});

describe('monitoringFlags', () => {
  const today = '2026-12-03';

  it('flags an open item whose end date has passed as overdue, never a done or cancelled one', () => {
    const flags = monitoringFlags([item('a', 1, '2026-12-02'), item('b', 1, '2026-12-02', 'DONE'), item('c', 1, '2026-11-01', 'CANCELLED'), item('d', 1, '2026-12-02', 'IN_PROGRESS')], today);
    expect(flags.get('a')).toBe('OVERDUE');
    expect(flags.get('d')).toBe('OVERDUE');
    expect(flags.has('b')).toBe(false);
    expect(flags.has('c')).toBe(false);
  });

  it('an item ending today is not overdue', () => {
    expect(monitoringFlags([item('a', 1, today, 'IN_PROGRESS')], today).has('a')).toBe(false);
  });

  it('flags an unstarted item ending within 14 days as at risk, not one ending later or already started', () => {
    const flags = monitoringFlags([item('a', 1, '2026-12-17'), item('b', 1, '2026-12-18'), item('c', 1, '2026-12-10', 'IN_PROGRESS')], today);
    expect(flags.get('a')).toBe('AT_RISK');
    expect(flags.has('b')).toBe(false);
    expect(flags.has('c')).toBe(false);
  });

  it('flags unstarted items of later stages when an earlier stage is overdue, not of the same or earlier stages', () => {
    const flags = monitoringFlags([item('early', 1, '2027-05-01'), item('late', 2, '2026-11-30'), item('same', 2, '2027-06-01'), item('next', 3, '2027-09-01'), item('started', 3, '2027-09-01', 'IN_PROGRESS')], today);
    expect(flags.get('late')).toBe('OVERDUE');
    expect(flags.has('early')).toBe(false);
    expect(flags.has('same')).toBe(false);
    expect(flags.get('next')).toBe('AT_RISK');
    expect(flags.has('started')).toBe(false);
  });

  it('gives no flag to an item without an exact end date', () => {
    expect(monitoringFlags([item('x', 1, '2026-01-01'), item('y', 2, null)], today).size).toBe(1);
  });
});
