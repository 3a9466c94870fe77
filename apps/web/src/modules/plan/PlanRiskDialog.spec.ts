import { describe, expect, it } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '../../test/wait';
import PlanRiskDialog from './PlanRiskDialog.vue';

type Seen = { operation: string; variables: Record<string, unknown> }[];
const inPlace = { stubs: { teleport: true } };
const risk = { id: 'r1', title: 'Низкая явка педагогов', mitigation: 'Напоминания' };

const api =
  (seen: Seen): FakeApi =>
  (operation, variables) => {
    seen.push({ operation, variables });
    const input = variables['input'] as { title: string; mitigation: string };
    if (!input.title.trim()) return { errors: [{ message: 'Проверьте поля', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'title', message: 'Укажите риск' }] } }] };
    return { data: { updatePlanRisk: { id: 'r1', ...input } } };
  };

describe('PlanRiskDialog', () => {
  it('saves the risk’s wording and mitigation, showing the API’s field errors under the fields', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(PlanRiskDialog, { props: { risk }, api: api(seen), global: inPlace });
    await waitFor(() => expect(wrapper.find('[data-testid="plan-risk-form"]').exists()).toBe(true));
    expect((wrapper.get('[data-testid="risk-edit-title"]').element as HTMLInputElement).value).toBe('Низкая явка педагогов');
    await wrapper.get('[data-testid="risk-edit-title"]').setValue(' ');
    await wrapper.get('[data-testid="plan-risk-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-title"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-title"]').text()).toBe('Укажите риск');
    expect(wrapper.emitted('saved')).toBeUndefined();

    await wrapper.get('[data-testid="risk-edit-title"]').setValue('Низкая явка');
    await wrapper.get('[data-testid="risk-edit-mitigation"]').setValue('Запись заранее, напоминания');
    await wrapper.get('[data-testid="plan-risk-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1));
    expect(seen.at(-1)).toEqual({ operation: 'UpdatePlanRisk', variables: { id: 'r1', input: { title: 'Низкая явка', mitigation: 'Запись заранее, напоминания' } } });
  });

  it('cancels without asking the API', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(PlanRiskDialog, { props: { risk }, api: api(seen), global: inPlace });
    await wrapper.get('[data-testid="risk-edit-title"]').setValue('Другое');
    await wrapper.get('[data-testid="risk-edit-cancel"]').trigger('click');
    expect(wrapper.emitted('close')).toHaveLength(1);
    expect(seen).toHaveLength(0);
  });
});
