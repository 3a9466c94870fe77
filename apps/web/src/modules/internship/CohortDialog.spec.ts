import Select from 'primevue/select';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '../../test/wait';
import ProgramCohorts from '../staging/ProgramCohorts.vue';
import CohortDialog from './CohortDialog.vue';

type Seen = { operation: string; variables: Record<string, unknown> }[];
const inPlace = { stubs: { teleport: true } };
const tracks = [{ id: 't1', name: 'Групповой маршрут' }];

function api(seen: Seen): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'ProgramCohorts') return { data: { internshipCohorts: [] } };
    if (operation === 'CreateInternshipCohort') {
      const input = variables['input'] as { capacity: number };
      if (input.capacity === 500) {
        return { data: null, errors: [{ message: 'Проверьте заполнение полей', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'capacity', message: 'Не больше 200 мест' }] } }] };
      }
      return { data: { createInternshipCohort: { __typename: 'InternshipCohort', id: 'k9', title: 'Группа' } } };
    }
    return { data: null };
  };
}

async function mountDialog(seen: Seen) {
  const updates: boolean[] = [];
  const saved: string[] = [];
  const m = await mountWithApp(CohortDialog, {
    path: '/internship-programs/p1',
    props: { programId: 'p1', tracks, visible: false, 'onUpdate:visible': (v: boolean) => updates.push(v), onSaved: (id: string) => saved.push(id) },
    api: api(seen),
    global: inPlace,
  });
  await m.wrapper.setProps({ visible: true });
  await waitFor(() => expect(m.wrapper.find('[data-testid="cohort-form"]').exists()).toBe(true));
  return { ...m, updates, saved };
}

describe('CohortDialog', () => {
  it('sends the cohort with its dates, seats, track and completion rule', async () => {
    const seen: Seen = [];
    const { wrapper, updates, saved } = await mountDialog(seen);
    await wrapper.get('[data-testid="field-cohort-title"]').setValue('Молодые педагоги, осень 2026');
    await wrapper.get('[data-testid="field-cohort-startsOn"]').setValue('2026-10-01');
    await wrapper.get('[data-testid="field-cohort-endsOn"]').setValue('2027-04-30');
    await wrapper.get('[data-testid="field-cohort-capacity"]').setValue('12');
    await wrapper.get('[data-testid="field-cohort-minAttendancePercent"]').setValue('75');
    wrapper.findComponent(Select).vm.$emit('update:modelValue', 't1');
    await wrapper.get('[data-testid="cohort-form"]').trigger('submit');
    await waitFor(() => expect(saved).toEqual(['k9']));
    expect(seen.find((s) => s.operation === 'CreateInternshipCohort')?.variables).toEqual({
      input: { programId: 'p1', title: 'Молодые педагоги, осень 2026', startsOn: '2026-10-01', endsOn: '2027-04-30', capacity: 12, trackId: 't1', minAttendancePercent: 75, requireFinalProduct: true },
    });
    expect(updates).toContain(false);
  });

  it('checks the fields before sending and shows the API’s field errors under the fields', async () => {
    const seen: Seen = [];
    const { wrapper, saved } = await mountDialog(seen);
    await wrapper.get('[data-testid="cohort-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-title"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-capacity"]').text()).toBe('Укажите целое число мест, не меньше 1');
    await wrapper.get('[data-testid="field-cohort-title"]').setValue('Группа');
    await wrapper.get('[data-testid="field-cohort-startsOn"]').setValue('2026-10-01');
    await wrapper.get('[data-testid="field-cohort-endsOn"]').setValue('2026-09-01');
    await wrapper.get('[data-testid="field-cohort-capacity"]').setValue('500');
    await wrapper.get('[data-testid="cohort-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.get('[data-testid="error-endsOn"]').text()).toBe('Окончание не может быть раньше начала'));
    expect(seen.some((s) => s.operation === 'CreateInternshipCohort')).toBe(false);
    await wrapper.get('[data-testid="field-cohort-endsOn"]').setValue('2027-04-30');
    await wrapper.get('[data-testid="cohort-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-capacity"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-capacity"]').text()).toBe('Не больше 200 мест');
    expect(saved).toEqual([]);
  });

  afterEach(() => vi.restoreAllMocks());

  it('cancel asks before dropping what was typed, closes without sending, and a reopened dialog starts empty', async () => {
    const seen: Seen = [];
    const { wrapper, updates } = await mountDialog(seen);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await wrapper.get('[data-testid="field-cohort-title"]').setValue('Черновик');
    await wrapper.get('[data-testid="cohort-cancel"]').trigger('click');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(updates).toEqual([]);
    confirm.mockReturnValue(true);
    await wrapper.get('[data-testid="cohort-cancel"]').trigger('click');
    expect(updates).toEqual([false]);
    await wrapper.setProps({ visible: false });
    await wrapper.setProps({ visible: true });
    await waitFor(() => expect((wrapper.get('[data-testid="field-cohort-title"]').element as HTMLInputElement).value).toBe(''));
    expect(seen.some((s) => s.operation === 'CreateInternshipCohort')).toBe(false);
  });
});

describe('ProgramCohorts: «Создать группу»', () => {
  it('is offered only to those who keep the programme, and opens the cohort dialog', async () => {
    const hidden = await mountWithApp(ProgramCohorts, { path: '/internship-programs/p1', props: { programId: 'p1' }, api: api([]), global: inPlace });
    await waitFor(() => expect(hidden.wrapper.find('[data-testid="program-cohorts-empty"]').exists()).toBe(true));
    expect(hidden.wrapper.find('[data-testid="program-cohort-create"]').exists()).toBe(false);
    const shown = await mountWithApp(ProgramCohorts, { path: '/internship-programs/p1', props: { programId: 'p1', canCreate: true, tracks }, api: api([]), global: inPlace });
    await waitFor(() => expect(shown.wrapper.find('[data-testid="program-cohort-create"]').exists()).toBe(true));
    expect(shown.wrapper.get('[data-testid="program-cohort-create"]').text()).toBe('Создать группу');
    await shown.wrapper.get('[data-testid="program-cohort-create"]').trigger('click');
    await waitFor(() => expect(shown.wrapper.find('[data-testid="cohort-form"]').exists()).toBe(true));
  });
});
