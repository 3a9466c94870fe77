import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test/mount-app';
import PlanVersionCompare, { type DiffSide } from './PlanVersionCompare.vue';

enableAutoUnmount(afterEach);

const side = (title: string, periodText: string): DiffSide => ({ title, stageTitle: 'Основной этап', periodText, startDate: null, endDate: null, responsible: 'ИМС', expectedResult: null, status: 'Запланировано' });

describe('PlanVersionCompare', () => {
  it('shows both versions side by side with added, removed and changed items highlighted', async () => {
    const { wrapper } = await mountWithApp(PlanVersionCompare, {
      props: {
        olderLabel: 'Версия 1',
        newerLabel: 'Версия 2',
        rows: [
          { id: '1', kind: 'CHANGED', before: side('Мониторинг', 'Август 2021 года'), after: side('Мониторинг', 'Сентябрь 2021 года'), changedFields: ['periodText'] },
          { id: '2', kind: 'ADDED', before: null, after: side('Семинар', 'Май 2022 года'), changedFields: [] },
          { id: '3', kind: 'REMOVED', before: side('Круглый стол', 'Март 2021 года'), after: null, changedFields: [] },
        ],
      },
    });
    expect(wrapper.find('thead').text()).toContain('Версия 1');
    const rows = wrapper.findAll('[data-testid="version-row"]');
    expect(rows.map((r) => r.attributes('data-kind'))).toEqual(['CHANGED', 'ADDED', 'REMOVED']);
    expect(rows[0].text()).toContain('изменено');
    const changed = rows[0].findAll('.version-compare__changed-field').map((c) => c.text());
    expect(changed).toEqual(['СрокиАвгуст 2021 года', 'СрокиСентябрь 2021 года']);
    expect(rows[1].classes()).toContain('version-compare__added');
    expect(rows[1].text()).toContain('добавлено');
    expect(rows[2].classes()).toContain('version-compare__removed');
    expect(wrapper.find('[data-testid="version-same"]').exists()).toBe(false);
  });
});
