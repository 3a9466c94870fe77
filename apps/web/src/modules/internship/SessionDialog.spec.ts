import Select from 'primevue/select';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '../../test/wait';
import SessionDialog from './SessionDialog.vue';

type Seen = { operation: string; variables: Record<string, unknown> }[];
const inPlace = { stubs: { teleport: true } };

function api(seen: Seen): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'CohortProgramModules') {
      return { data: { internshipProgram: { __typename: 'InternshipProgram', id: 'p1', modules: [{ __typename: 'InternshipModule', id: 'm1', title: 'Современный урок' }] } } };
    }
    if (operation === 'AddInternshipSession') {
      if ((variables['input'] as { place: string | null }).place === 'Луна') {
        return { data: null, errors: [{ message: 'Проверьте заполнение полей', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'masterPersonId', message: 'Занятие ведёт руководитель или педагог-мастер площадки' }] } }] };
      }
      return { data: { addInternshipSession: { __typename: 'InternshipSession', id: 's9', cohortId: 'k1' } } };
    }
    return { data: null };
  };
}

async function mountDialog(seen: Seen) {
  const updates: boolean[] = [];
  let saved = 0;
  const m = await mountWithApp(SessionDialog, {
    path: '/internships/cohorts/k1',
    props: { cohortId: 'k1', programId: 'p1', visible: false, 'onUpdate:visible': (v: boolean) => updates.push(v), onSaved: () => saved++ },
    api: api(seen),
    global: inPlace,
  });
  await m.wrapper.setProps({ visible: true });
  await waitFor(() => expect(m.wrapper.find('[data-testid="session-form"]').exists()).toBe(true));
  return { ...m, updates, saved: () => saved };
}

async function fill(wrapper: Awaited<ReturnType<typeof mountDialog>>['wrapper'], place: string) {
  await wrapper.get('[data-testid="field-session-topic"]').setValue('Проектирование урока');
  await wrapper.get('[data-testid="field-session-startsAt"]').setValue('2026-10-05T10:00');
  await wrapper.get('[data-testid="field-session-endsAt"]').setValue('2026-10-05T12:30');
  await wrapper.get('[data-testid="field-session-place"]').setValue(place);
}

describe('SessionDialog', () => {
  it('sends the session with its times, module and place, for the program’s modules', async () => {
    const seen: Seen = [];
    const { wrapper, updates, saved } = await mountDialog(seen);
    await waitFor(() => expect(seen.find((s) => s.operation === 'CohortProgramModules')?.variables).toEqual({ programId: 'p1' }));
    await fill(wrapper, 'МБОУ СОШ, каб. 12');
    const module = wrapper.findAllComponents(Select).find((s) => s.props('inputId') === 'session-module')!;
    await waitFor(() => expect(module.props('options')).toHaveLength(2));
    module.vm.$emit('update:modelValue', 'm1');
    await wrapper.get('[data-testid="session-form"]').trigger('submit');
    await waitFor(() => expect(saved()).toBe(1));
    expect(seen.find((s) => s.operation === 'AddInternshipSession')?.variables).toEqual({
      input: {
        cohortId: 'k1',
        topic: 'Проектирование урока',
        startsAt: new Date('2026-10-05T10:00').toISOString(),
        endsAt: new Date('2026-10-05T12:30').toISOString(),
        moduleId: 'm1',
        place: 'МБОУ СОШ, каб. 12',
        onlineUrl: null,
        masterPersonId: null,
      },
    });
    expect(updates).toContain(false);
  });

  it('asks for a place or an online link, and shows the API’s field errors under the fields', async () => {
    const seen: Seen = [];
    const { wrapper, saved } = await mountDialog(seen);
    await wrapper.get('[data-testid="field-session-topic"]').setValue('Проектирование урока');
    await wrapper.get('[data-testid="field-session-startsAt"]').setValue('2026-10-05T10:00');
    await wrapper.get('[data-testid="field-session-endsAt"]').setValue('2026-10-05T09:00');
    await wrapper.get('[data-testid="session-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-place"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-place"]').text()).toBe('Укажите место проведения или ссылку на онлайн-занятие');
    expect(wrapper.get('[data-testid="error-endsAt"]').text()).toBe('Окончание занятия должно быть позже начала');
    expect(seen.some((s) => s.operation === 'AddInternshipSession')).toBe(false);
    await fill(wrapper, 'Луна');
    await wrapper.get('[data-testid="session-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-masterPersonId"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-masterPersonId"]').text()).toBe('Занятие ведёт руководитель или педагог-мастер площадки');
    expect(saved()).toBe(0);
  });

  afterEach(() => vi.restoreAllMocks());

  it('cancel closes an untouched dialog at once, and asks before dropping what was typed', async () => {
    const seen: Seen = [];
    const { wrapper, updates } = await mountDialog(seen);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await wrapper.get('[data-testid="session-cancel"]').trigger('click');
    expect(confirm).not.toHaveBeenCalled();
    expect(updates).toEqual([false]);
    await fill(wrapper, 'Кабинет 5');
    await wrapper.get('[data-testid="session-cancel"]').trigger('click');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(updates).toEqual([false]);
    confirm.mockReturnValue(true);
    await wrapper.get('[data-testid="session-cancel"]').trigger('click');
    expect(updates).toEqual([false, false]);
    expect(seen.some((s) => s.operation === 'AddInternshipSession')).toBe(false);
  });
});
