import Select from 'primevue/select';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import PersonPicker from '@/modules/person/PersonPicker.vue';
import MentorPicker from './MentorPicker.vue';
import { badInput, connection, mentorshipRow, osipova, profile, program, zhdanova } from '@/test/mentoring-fixtures';
import ProgramListPage from './ProgramListPage.vue';
import ProgramPage from './ProgramPage.vue';
import { waitFor } from '../../test/wait';

// Unmounting stops the pickers' debounced searches before the test environment goes away.
enableAutoUnmount(afterEach);

type Seen = { operation: string; variables: Record<string, unknown> }[];

function api(canEdit = true, seen: Seen = [], refuse: () => boolean = () => true): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'MentoringProgram') return { data: { mentoringProgram: program(canEdit) } };
    if (operation === 'MentoringProgramList') return { data: { mentoringPrograms: connection('MentoringProgramConnection', [program()]) } };
    if (operation === 'MentorshipList') return { data: { mentorships: connection('MentorshipConnection', [mentorshipRow()]) } };
    if (operation === 'MentorBase') return { data: { mentorBase: connection('MentorProfileConnection', [profile('zh', zhdanova, 1, 3), profile('os', osipova, 2, 2)]) } };
    if (operation === 'PersonOptions') return { data: { people: { __typename: 'PersonConnection', nodes: [] } } };
    if (operation === 'CreateMentorship') {
      return refuse()
        ? badInput('mentorIds.0', 'Жданова Тамара Михайловна: занято 1 из 3 мест, а нужно ещё 3')
        : { data: { createMentorship: { __typename: 'Mentorship', id: 'ms-new' } } };
    }
    return { data: null };
  };
}

describe('ProgramListPage', () => {
  it('lists programmes with model, forms, coordinator and the number of pairs', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(ProgramListPage, { path: '/mentoring?model=TEACHER_TO_TEACHER', api: api(true, seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="program-row"]')).toHaveLength(1));
    const row = wrapper.get('[data-testid="program-row"]');
    expect(row.get('[data-testid="program-link"]').text()).toBe(program().name);
    expect(row.get('[data-testid="program-model"]').text()).toBe('«Учитель – учителю»');
    expect(row.text()).toContain('Традиционное, Групповое «круги наставничества»');
    expect(row.text()).toContain('Осипова Елена Викторовна');
    expect(row.get('[data-testid="program-mentorship-count"]').text()).toBe('1');
    expect(seen.find((s) => s.operation === 'MentoringProgramList')?.variables).toMatchObject({ filter: { model: 'TEACHER_TO_TEACHER', archived: 'ACTIVE' } });
  });
});

describe('ProgramPage', () => {
  afterEach(() => vi.useRealTimers());

  it('sorts and pages the pairs on the list shell, keeping the card’s tab and any other key in the URL', async () => {
    const seen: Seen = [];
    const { wrapper, router } = await mountWithApp(ProgramPage, { path: '/mentoring/pr1?tab=mentorships&from=network', props: { id: 'pr1' }, api: api(true, seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="mentorship-row"]')).toHaveLength(1));
    expect(seen.filter((s) => s.operation === 'MentorshipList').at(-1)?.variables).toMatchObject({ first: 25, offset: 0, orderBy: { field: 'CREATED_AT', direction: 'DESC' } });
    await wrapper.get('[data-testid="mentorship-col-mentors"]').trigger('click');
    await waitFor(() => expect(router.currentRoute.value.query).toEqual({ tab: 'mentorships', from: 'network', sort: 'mentors', dir: 'asc' }));
    await waitFor(() => expect(seen.filter((s) => s.operation === 'MentorshipList').at(-1)?.variables).toMatchObject({ orderBy: { field: 'MENTORS', direction: 'ASC' }, filter: { programId: 'pr1' } }));
    expect(router.currentRoute.value.params).toMatchObject({ id: 'pr1' });
    expect(wrapper.find('[data-testid="mentorship-export"]').exists()).toBe(true);
  });

  it('lists the pairs and groups: mentors → mentees, shape, status, meetings', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 3, 12));
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(ProgramPage, { path: '/mentoring/pr1', props: { id: 'pr1' }, api: api(true, seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="mentorship-row"]')).toHaveLength(1));
    expect(wrapper.get('[data-testid="program-name"]').text()).toBe(program().name);
    expect(wrapper.get('[data-testid="program-coordinator"]').text()).toContain('Осипова Елена Викторовна');
    const row = wrapper.get('[data-testid="mentorship-row"]');
    expect(row.get('[data-testid="mentorship-mentors"]').text()).toBe('Жданова Тамара Михайловна');
    expect(row.get('[data-testid="mentorship-mentees"]').text()).toBe('Филиппов Максим Игоревич');
    expect(row.get('[data-testid="mentorship-mentor-schools"]').text()).toBe('МОУ «СОШ №35 с УИОП» г. Воркуты');
    expect(row.get('[data-testid="mentorship-mentee-schools"]').text()).toBe('МОУ «СОШ №12» г. Воркуты');
    expect(row.get('[data-testid="mentorship-shape"]').text()).toBe('Пара');
    expect(row.get('[data-testid="mentorship-status"]').text()).toBe('Идёт');
    expect(row.get('[data-testid="mentorship-held"]').text()).toBe('проведено 1 из 2');
    expect(row.get('[data-testid="mentorship-next"]').text()).toBe('ближайшая 09.12.2026');
    expect(row.find('[data-testid="mentorship-last"]').exists()).toBe(false);
    expect(seen.find((s) => s.operation === 'MentorshipList')?.variables).toMatchObject({ filter: { programId: 'pr1' } });
    expect(wrapper.find('[data-testid="program-tab-form"]').exists()).toBe(true);
  });

  it('does not call a meeting already past «ближайшая»: it shows the last one held', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 10, 12)); // the meeting planned for 09.12.2026 is past and was not held
    const { wrapper } = await mountWithApp(ProgramPage, { path: '/mentoring/pr1', props: { id: 'pr1' }, api: api(true) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="mentorship-row"]')).toHaveLength(1));
    const row = wrapper.get('[data-testid="mentorship-row"]');
    expect(row.find('[data-testid="mentorship-next"]').exists()).toBe(false);
    expect(row.get('[data-testid="mentorship-last"]').text()).toBe('последняя 14.09.2026');
    expect(row.text()).not.toContain('ближайшая');
  });

  it('forms a pair from the mentor base showing each mentor’s load; the capacity refusal shows under «Наставники»', async () => {
    const seen: Seen = [];
    let refuse = true;
    const { wrapper, router } = await mountWithApp(ProgramPage, { path: '/mentoring/pr1?tab=form', props: { id: 'pr1' }, api: api(true, seen, () => refuse) });
    await waitFor(() => expect(wrapper.find('[data-testid="mentorship-form"]').exists()).toBe(true));
    const mentors = wrapper.findComponent(MentorPicker);
    await waitFor(() => expect((mentors.props('mentors') as { options: { value: { length: number } } }).options.value.length).toBe(2));
    const options = (mentors.props('mentors') as { options: { value: { label: string; load: number; capacity: number; freePlaces: number; disabled: boolean }[] } }).options.value;
    expect(options.map((o) => [o.label, o.load, o.capacity, o.freePlaces, o.disabled])).toEqual([
      ['Жданова Тамара Михайловна', 1, 3, 2, false],
      ['Осипова Елена Викторовна', 2, 2, 0, true],
    ]);
    // Only the programme's forms are offered.
    const form = wrapper.findAllComponents(Select).find((s) => s.attributes('data-testid') === 'field-form');
    expect((form?.props('options') as { value: string }[]).map((o) => o.value)).toEqual(['TRADITIONAL', 'GROUP']);

    mentors.vm.$emit('update:modelValue', ['zh']);
    wrapper.findComponent(PersonPicker).vm.$emit('update:modelValue', ['fi', 'p2', 'p3']);
    await waitFor(() => expect(wrapper.find('[data-testid="mentor-short-of-places"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="mentor-short-of-places"]').text()).toBe('Жданова Тамара Михайловна: занято 1 из 3 мест, а наставляемых — 3');
    await wrapper.get('[data-testid="mentorship-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-mentorIds"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-mentorIds"]').text()).toBe('Жданова Тамара Михайловна: занято 1 из 3 мест, а нужно ещё 3');
    expect(seen.find((s) => s.operation === 'CreateMentorship')?.variables).toMatchObject({
      programId: 'pr1',
      input: { form: 'TRADITIONAL', mentorIds: ['zh'], menteeIds: ['fi', 'p2', 'p3'], mentorOrganizationId: null, menteeOrganizationId: null },
    });

    // One mentee less: the message goes away, the pair is formed and the list opens.
    refuse = false;
    wrapper.findComponent(PersonPicker).vm.$emit('update:modelValue', ['fi']);
    await waitFor(() => expect(wrapper.find('[data-testid="error-mentorIds"]').exists()).toBe(false));
    await wrapper.get('[data-testid="mentorship-form"]').trigger('submit');
    await waitFor(() => expect(router.currentRoute.value.query['tab']).toBeUndefined());
    expect(seen.filter((s) => s.operation === 'CreateMentorship')).toHaveLength(2);
  });

  it('shows no «Сформировать» to who does not run the programme', async () => {
    const { wrapper } = await mountWithApp(ProgramPage, { path: '/mentoring/pr1?tab=form', props: { id: 'pr1' }, api: api(false) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="mentorship-row"]')).toHaveLength(1));
    expect(wrapper.find('[data-testid="program-tab-form"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="mentorship-form"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="program-edit"]').exists()).toBe(false);
  });
});
