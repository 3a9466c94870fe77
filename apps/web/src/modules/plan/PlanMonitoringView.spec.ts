import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test/mount-app';
import PlanMonitoringView from './PlanMonitoringView.vue';

enableAutoUnmount(afterEach);

describe('PlanMonitoringView', () => {
  it('states the rule, counts per stage and lists the flagged items with their flag', async () => {
    const { wrapper } = await mountWithApp(PlanMonitoringView, {
      props: {
        rule: 'Просрочено — дата окончания прошла',
        stages: [{ stageId: 's1', title: 'Основной этап', total: 5, done: 2, overdue: 1, atRisk: 1 }],
        items: [
          { id: 'a', number: '2.6', title: 'Круглый стол', stageTitle: 'Основной этап', period: 'Март 2021 года', statusLabel: 'Запланировано', flag: 'OVERDUE' },
          { id: 'b', number: '2.7', title: 'Семинар', stageTitle: 'Основной этап', period: '10.12.2026', statusLabel: 'Запланировано', flag: 'AT_RISK' },
        ],
      },
    });
    expect(wrapper.get('[data-testid="monitoring-rule"]').text()).toContain('Просрочено — дата окончания прошла');
    expect(wrapper.get('[data-testid="monitoring-stage-row"]').text()).toMatch(/Основной этап\s*5\s*2\s*1\s*1/);
    const rows = wrapper.findAll('[data-testid="monitoring-item-row"]').map((r) => r.text());
    expect(rows[0]).toContain('Круглый стол');
    expect(rows[0]).toContain('Просрочено');
    expect(rows[1]).toContain('Под угрозой');
  });

  it('offers «Скорректировать» per flagged item only to who may edit the plan', async () => {
    const items = [{ id: 'a', number: '2.6', title: 'Круглый стол', stageTitle: 'Основной этап', period: 'Март 2021 года', statusLabel: 'Запланировано', flag: 'OVERDUE' as const }];
    const { wrapper } = await mountWithApp(PlanMonitoringView, { props: { rule: '…', stages: [], items, canCorrect: true } });
    await wrapper.get('[data-testid="monitoring-correct"]').trigger('click');
    expect(wrapper.emitted('correct')).toEqual([['a']]);
    const readOnly = await mountWithApp(PlanMonitoringView, { props: { rule: '…', stages: [], items } });
    expect(readOnly.wrapper.find('[data-testid="monitoring-correct"]').exists()).toBe(false);
  });

  it('says so when nothing is flagged', async () => {
    const { wrapper } = await mountWithApp(PlanMonitoringView, { props: { rule: '…', stages: [], items: [] } });
    expect(wrapper.get('[data-testid="monitoring-nothing"]').text()).toBe('Просроченных и находящихся под угрозой мероприятий нет');
  });
});
