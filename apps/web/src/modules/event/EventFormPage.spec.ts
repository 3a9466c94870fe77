import MultiSelect from 'primevue/multiselect';
import { describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test/mount-app';
import PersonPicker from '@/modules/person/PersonPicker.vue';
import EventFormPage from './EventFormPage.vue';
import EventOrganizersPicker from './EventOrganizersPicker.vue';
import { waitFor } from '../../test/wait';

const event = {
  __typename: 'Event',
  id: 'e1',
  title: 'Координационный совет',
  kind: 'COUNCIL',
  description: '',
  status: 'PLANNED',
  timing: 'DATE',
  startsOn: '2026-10-15',
  endsOn: '2026-10-15',
  startsAt: null,
  endsAt: null,
  periodLabel: null,
  place: 'Тимашевск',
  onlineUrl: null,
  audience: '',
  audienceTarget: null,
  responsibleNote: '',
  plannedResult: '',
  actualResult: '',
  capacity: null,
  hours: null,
  registrationOpen: true,
  series: null,
  networkId: 'n1',
  organizationId: null,
  municipalityId: null,
  host: { __typename: 'EventHost', id: 'n1', kind: 'NETWORK', name: 'Сеть' },
  organizers: [{ __typename: 'Organization', id: 'o1', name: 'Школа № 1' }],
  responsible: [{ __typename: 'EventResponsible', personId: 'p1', person: { __typename: 'PersonCard', id: 'p1', fullName: 'Иванова Анна', organizationName: 'Школа № 1' } }],
  competenceIds: ['c1'],
  competences: [{ __typename: 'Competence', id: 'c1', code: 'DE1', name: 'Среда' }],
  occurrences: [],
};

const lookups = (operation: string): unknown => {
  if (operation === 'StagingCompetenceOptions') {
    return {
      data: {
        routeCompetenceOptions: [
          { __typename: 'RouteCompetenceOption', id: 'c1', code: 'DE1', name: 'Среда', frameworkCode: 'PROF' },
          { __typename: 'RouteCompetenceOption', id: 'c2', code: 'DE2', name: 'Наставничество', frameworkCode: 'PROF' },
        ],
      },
    };
  }
  if (operation === 'OrganizationOptions') {
    return {
      data: {
        organizations: {
          __typename: 'OrganizationConnection',
          nodes: [{ __typename: 'Organization', id: 'o2', name: 'Школа № 2', shortName: null, inn: '2300000000', municipality: { __typename: 'Municipality', name: 'Тимашевский район' } }],
        },
      },
    };
  }
  return { data: null };
};

const competencePicker = (wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']) =>
  wrapper.findAllComponents(MultiSelect).find((s) => s.attributes('data-testid') === 'field-competences')!;

describe('EventFormPage: organisers, responsible people and competences', () => {
  it('editing shows the chosen ones with their names, keeps them and sends the changed sets; API errors land under the field', async () => {
    let sent: Record<string, unknown> | null = null;
    let refuse = true;
    const { wrapper, router } = await mountWithApp(EventFormPage, {
      path: '/events/e1/edit',
      props: { id: 'e1' },
      api: (operation, variables) => {
        if (operation === 'Event') return { data: { event } };
        if (operation !== 'UpdateEvent') return lookups(operation);
        sent = variables;
        if (refuse) {
          return {
            data: null,
            errors: [{ message: 'Проверьте заполнение полей', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'organizerIds', message: 'Организация вне вашей зоны ответственности' }] } }],
          };
        }
        return { data: { updateEvent: { __typename: 'Event', id: 'e1', title: event.title } } };
      },
    });
    await waitFor(() => expect(wrapper.findComponent(EventOrganizersPicker).props('modelValue')).toEqual(['o1']));
    expect(wrapper.get('[data-testid="field-organizers"]').text()).toContain('Школа № 1');
    expect(wrapper.get('[data-testid="field-responsible"]').text()).toContain('Иванова Анна');
    await waitFor(() => expect(wrapper.get('[data-testid="field-competences"]').text()).toContain('DE1 Среда'));

    wrapper.findComponent(EventOrganizersPicker).vm.$emit('update:modelValue', ['o1', 'o2']);
    wrapper.findComponent(PersonPicker).vm.$emit('update:modelValue', ['p1', 'p2']);
    competencePicker(wrapper).vm.$emit('update:modelValue', ['c1', 'c2']);
    await wrapper.get('form').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-organizerIds"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-organizerIds"]').text()).toBe('Организация вне вашей зоны ответственности');

    refuse = false;
    await wrapper.get('form').trigger('submit');
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/events/e1'));
    expect(sent).toMatchObject({ id: 'e1', input: { organizerIds: ['o1', 'o2'], responsibleIds: ['p1', 'p2'], competenceIds: ['c1', 'c2'], title: 'Координационный совет' } });
  });

  it('editing without touching the pickers sends the loaded ones back', async () => {
    let sent: Record<string, unknown> | null = null;
    const { wrapper, router } = await mountWithApp(EventFormPage, {
      path: '/events/e1/edit',
      props: { id: 'e1' },
      api: (operation, variables) => {
        if (operation === 'Event') return { data: { event } };
        if (operation !== 'UpdateEvent') return lookups(operation);
        sent = variables;
        return { data: { updateEvent: { __typename: 'Event', id: 'e1', title: event.title } } };
      },
    });
    await waitFor(() => expect(wrapper.findComponent(EventOrganizersPicker).props('modelValue')).toEqual(['o1']));
    await wrapper.get('[data-testid="field-place"]').setValue('Тимашевск, ул. Ленина');
    await wrapper.get('form').trigger('submit');
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/events/e1'));
    expect(sent).toMatchObject({ input: { place: 'Тимашевск, ул. Ленина', organizerIds: ['o1'], responsibleIds: ['p1'], competenceIds: ['c1'] } });
  });

  it('creating sends the chosen organisers, responsible people and competences', async () => {
    let sent: Record<string, unknown> | null = null;
    const { wrapper, router } = await mountWithApp(EventFormPage, {
      path: '/events/new',
      api: (operation, variables) => {
        if (operation !== 'CreateEvent') return lookups(operation);
        sent = variables;
        return { data: { createEvent: { __typename: 'Event', id: 'e-new' } } };
      },
    });
    await wrapper.get('[data-testid="field-title"]').setValue('Семинар наставников');
    wrapper.findAllComponents({ name: 'Select' }).find((s) => s.attributes('data-testid') === 'field-kind')?.vm.$emit('update:modelValue', 'SEMINAR');
    await wrapper.get('[data-testid="field-startsOn"]').setValue('2026-11-10');
    wrapper.findAllComponents({ name: 'Select' }).find((s) => s.attributes('data-testid') === 'field-networkId')?.vm.$emit('update:modelValue', 'n1');
    wrapper.findComponent(EventOrganizersPicker).vm.$emit('update:modelValue', ['o2']);
    wrapper.findComponent(PersonPicker).vm.$emit('update:modelValue', ['p2']);
    await waitFor(() => expect(competencePicker(wrapper).props('options')).toHaveLength(2));
    competencePicker(wrapper).vm.$emit('update:modelValue', ['c2']);
    await wrapper.get('form').trigger('submit');
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/events/e-new'));
    expect(sent).toMatchObject({ input: { title: 'Семинар наставников', networkId: 'n1', organizerIds: ['o2'], responsibleIds: ['p2'], competenceIds: ['c2'] } });
  });
});
