import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp } from '@/test/mount-app';
import AttendanceSheet, { type AttendanceRow } from './AttendanceSheet.vue';

enableAutoUnmount(afterEach);

const rows: AttendanceRow[] = [
  { applicationId: 'a1', name: 'Ёлкина Анна Сергеевна', present: true },
  { applicationId: 'a2', name: 'Петров Иван Ильич', present: false },
  { applicationId: 'a3', name: 'Сидорова Мария Олеговна', present: null },
];

describe('AttendanceSheet', () => {
  it('shows each seated intern with the mark as pressed toggles and the count of present', async () => {
    const { wrapper } = await mountWithApp(AttendanceSheet, { props: { rows } });
    const items = wrapper.findAll('[data-testid="attendance-row"]');
    expect(items.map((i) => i.get('[data-testid="attendance-name"]').text())).toEqual(rows.map((r) => r.name));
    expect(items[0]?.get('[data-testid="attendance-present"]').attributes('aria-pressed')).toBe('true');
    expect(items[1]?.get('[data-testid="attendance-absent"]').attributes('aria-pressed')).toBe('true');
    expect(items[2]?.get('[data-testid="attendance-present"]').attributes('aria-pressed')).toBe('false');
    expect(items[2]?.get('[data-testid="attendance-absent"]').attributes('aria-pressed')).toBe('false');
    expect(wrapper.get('[data-testid="attendance-counts"]').text()).toBe('Присутствуют: 1 из 3');
  });

  it('emits one mark per tap and locks the row that is being saved', async () => {
    const { wrapper } = await mountWithApp(AttendanceSheet, { props: { rows, saving: ['a2'] } });
    const items = wrapper.findAll('[data-testid="attendance-row"]');
    await items[2]?.get('[data-testid="attendance-present"]').trigger('click');
    await items[0]?.get('[data-testid="attendance-absent"]').trigger('click');
    expect(wrapper.emitted('mark')).toEqual([
      ['a3', true],
      ['a1', false],
    ]);
    expect(items[1]?.get('[data-testid="attendance-present"]').attributes('disabled')).toBeDefined();
    expect(items[0]?.get('[data-testid="attendance-present"]').attributes('disabled')).toBeUndefined();
  });

  it('says so when nobody is seated, and a read-only sheet cannot be marked', async () => {
    const { wrapper } = await mountWithApp(AttendanceSheet, { props: { rows: [] } });
    expect(wrapper.get('[data-testid="attendance-empty"]').text()).toBe('В группе пока нет зачисленных стажёров');
    const ro = await mountWithApp(AttendanceSheet, { props: { rows, readonly: true } });
    expect(ro.wrapper.findAll('[data-testid="attendance-present"]').every((b) => b.attributes('disabled') !== undefined)).toBe(true);
  });
});
