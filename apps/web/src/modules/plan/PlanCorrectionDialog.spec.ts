import { describe, expect, it } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '../../test/wait';
import PlanCorrectionDialog from './PlanCorrectionDialog.vue';

type Seen = { operation: string; variables: Record<string, unknown> }[];
const inPlace = { stubs: { teleport: true } };
const item = { id: 'i1', number: '2.3.', title: 'Мониторинг компетенций', periodText: 'март 2022', startsOn: '2022-03-24', endsOn: '2022-04-04' };

const api =
  (seen: Seen): FakeApi =>
  (operation, variables) => {
    seen.push({ operation, variables });
    const input = variables['input'] as { reason: string };
    if (!input.reason) return { errors: [{ message: 'Проверьте поля', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'reason', message: 'Укажите причину' }] } }] };
    return { data: { correctPlanItem: { id: 'c1' } } };
  };

describe('PlanCorrectionDialog', () => {
  it('sends only what changed with the reason, and shows the API’s field errors under the fields', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(PlanCorrectionDialog, { props: { item }, api: api(seen), global: inPlace });
    await waitFor(() => expect(wrapper.find('[data-testid="plan-correction-form"]').exists()).toBe(true));
    expect((wrapper.get('[data-testid="corr-title"]').element as HTMLTextAreaElement).value).toBe('Мониторинг компетенций');
    await wrapper.get('[data-testid="corr-ends"]').setValue('2022-05-20');
    await wrapper.get('[data-testid="plan-correction-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-reason"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-reason"]').text()).toBe('Укажите причину');
    expect(wrapper.emitted('corrected')).toBeUndefined();

    await wrapper.get('[data-testid="corr-reason"]').setValue('Перенос из-за карантина');
    await wrapper.get('[data-testid="plan-correction-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.emitted('corrected')).toHaveLength(1));
    expect(seen.at(-1)).toEqual({ operation: 'CorrectPlanItem', variables: { itemId: 'i1', input: { reason: 'Перенос из-за карантина', endsOn: '2022-05-20' } } });
  });

  it('shows a refusal that names no field above the form', async () => {
    const refuse: FakeApi = () => ({ errors: [{ message: 'Корректировка ничего не меняет', extensions: { code: 'BAD_USER_INPUT' } }] });
    const { wrapper } = await mountWithApp(PlanCorrectionDialog, { props: { item }, api: refuse, global: inPlace });
    await wrapper.get('[data-testid="corr-reason"]').setValue('Без изменений');
    await wrapper.get('[data-testid="plan-correction-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="correction-general-error"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="correction-general-error"]').text()).toBe('Корректировка ничего не меняет');
  });

  it('cancels without asking the API', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(PlanCorrectionDialog, { props: { item }, api: api(seen), global: inPlace });
    await wrapper.get('[data-testid="corr-title"]').setValue('Другое');
    await wrapper.get('[data-testid="corr-cancel"]').trigger('click');
    expect(wrapper.emitted('close')).toHaveLength(1);
    expect(seen).toHaveLength(0);
  });
});
