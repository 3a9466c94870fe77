import { describe, expect, it } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '../../test/wait';
import CouncilMeetingDialog from './CouncilMeetingDialog.vue';

type Seen = { operation: string; variables: Record<string, unknown> }[];
const inPlace = { stubs: { teleport: true } };

const api =
  (seen: Seen): FakeApi =>
  (operation, variables) => {
    seen.push({ operation, variables });
    const input = variables['input'] as { heldOn: string; agenda: string[] };
    const fields = [...(input.heldOn ? [] : [{ field: 'heldOn', message: 'Укажите дату заседания' }]), ...(input.agenda.length ? [] : [{ field: 'agenda', message: 'Укажите повестку' }])];
    if (fields.length) return { errors: [{ message: 'Проверьте поля', extensions: { code: 'BAD_USER_INPUT', fields } }] };
    return { data: { createCouncilMeeting: { id: 'm1' } } };
  };

describe('CouncilMeetingDialog', () => {
  it('sends the date, the agenda and the decisions line by line, showing the API’s field errors under the fields', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(CouncilMeetingDialog, { props: { planId: 'p1', visible: true }, api: api(seen), global: inPlace });
    await waitFor(() => expect(wrapper.find('[data-testid="council-form"]').exists()).toBe(true));
    await wrapper.get('[data-testid="council-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-heldOn"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-heldOn"]').text()).toBe('Укажите дату заседания');
    expect(wrapper.get('[data-testid="error-agenda"]').text()).toBe('Укажите повестку');
    expect(wrapper.emitted('created')).toBeUndefined();

    await wrapper.get('[data-testid="council-held"]').setValue('2026-03-12');
    await wrapper.get('[data-testid="council-agenda"]').setValue('О ходе стажировок\n\n  Об итогах мониторинга ');
    await wrapper.get('[data-testid="council-decisions"]').setValue('Провести семинар в апреле');
    await wrapper.get('[data-testid="council-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.emitted('created')).toHaveLength(1));
    expect(seen.at(-1)).toEqual({
      operation: 'CreateCouncilMeeting',
      variables: { planId: 'p1', input: { heldOn: '2026-03-12', agenda: ['О ходе стажировок', 'Об итогах мониторинга'], decisions: ['Провести семинар в апреле'] } },
    });
  });

  it('cancels without asking the API', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(CouncilMeetingDialog, { props: { planId: 'p1', visible: true }, api: api(seen), global: inPlace });
    await wrapper.get('[data-testid="council-agenda"]').setValue('Повестка');
    await wrapper.get('[data-testid="council-cancel"]').trigger('click');
    expect(wrapper.emitted('close')).toHaveLength(1);
    expect(seen).toHaveLength(0);
  });
});

describe('CouncilMeetingDialog: editing', () => {
  it('opens filled with the meeting and sends the changes to updateCouncilMeeting', async () => {
    const seen: Seen = [];
    const edit: FakeApi = (operation, variables) => {
      seen.push({ operation, variables });
      return { data: { updateCouncilMeeting: { __typename: 'CouncilMeeting', id: 'm1', heldOn: '2026-03-12', agenda: [], decisions: [] } } };
    };
    const meeting = { id: 'm1', heldOn: '2026-03-12', agenda: ['О ходе стажировок'], decisions: [{ text: 'Провести семинар' }] };
    const { wrapper } = await mountWithApp(CouncilMeetingDialog, { props: { planId: 'p1', visible: true, meeting }, api: edit, global: inPlace });
    await waitFor(() => expect((wrapper.get('[data-testid="council-agenda"]').element as HTMLTextAreaElement).value).toBe('О ходе стажировок'));
    expect((wrapper.get('[data-testid="council-decisions"]').element as HTMLTextAreaElement).value).toBe('Провести семинар');
    await wrapper.get('[data-testid="council-decisions"]').setValue('Провести семинар\nПодготовить сборник');
    await wrapper.get('[data-testid="council-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.emitted('created')).toHaveLength(1));
    expect(seen.at(-1)).toEqual({ operation: 'UpdateCouncilMeeting', variables: { id: 'm1', input: { heldOn: '2026-03-12', agenda: ['О ходе стажировок'], decisions: ['Провести семинар', 'Подготовить сборник'] } } });
  });
});
