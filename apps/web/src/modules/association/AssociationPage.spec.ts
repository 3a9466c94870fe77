import MultiSelect from 'primevue/multiselect';
import Select from 'primevue/select';
import SelectButton from 'primevue/selectbutton';
import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import PersonPicker from '@/modules/person/PersonPicker.vue';
import AssociationFormPage from './AssociationFormPage.vue';
import AssociationListPage from './AssociationListPage.vue';
import AssociationPage from './AssociationPage.vue';
import { waitFor } from '../../test/wait';

// Unmounting stops the pickers' debounced searches before the test environment goes away.
enableAutoUnmount(afterEach);

type Seen = { operation: string; variables: Record<string, unknown> }[];

const card = (id: string, fullName: string, organizationName = 'СОШ №3 г. Подпорожье') => ({ __typename: 'PersonCard', id, fullName, organizationName });
const lebedeva = card('p1', 'Лебедева Елена Михайловна');
const zaytseva = card('p2', 'Зайцева Любовь Григорьевна', 'Никольская ООШ №9');
const host = { __typename: 'AssociationHost', id: 'm1', kind: 'municipality', name: 'Подпорожский муниципальный район' };

const association = (canEdit = true) => ({
  __typename: 'Association',
  id: 'a1',
  kind: 'DISTRICT_SUBJECT',
  name: 'РМО учителей русского языка и литературы Подпорожского района',
  subject: 'Русский язык',
  description: 'Поддержка учителей школ с низкими результатами',
  organizationId: null,
  municipalityId: 'm1',
  networkId: null,
  archivedAt: null,
  canEdit,
  memberCount: 2,
  host,
  members: [
    { __typename: 'AssociationMember', id: 'am1', personId: 'p1', role: 'HEAD', person: lebedeva },
    { __typename: 'AssociationMember', id: 'am2', personId: 'p2', role: 'SECRETARY', person: zaytseva },
  ],
  meetings: [
    {
      __typename: 'AssociationMeeting',
      id: 'mt1',
      heldOn: '2022-10-20',
      format: 'ONLINE',
      agenda: 'Круглый стол о функциональной грамотности',
      decisions: 'Сформировать банк заданий',
      attendeeIds: ['p1', 'p2'],
      attendeeCount: 2,
      attendees: [lebedeva, zaytseva],
    },
  ],
});

function api(canEdit = true, seen: Seen = []): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'Association') return { data: { association: association(canEdit) } };
    if (operation === 'PersonOptions') {
      return {
        data: {
          people: {
            __typename: 'PersonConnection',
            nodes: [{ __typename: 'Person', id: 'p3', fullName: 'Соколова Анастасия Игоревна', positions: [] }],
          },
        },
      };
    }
    if (operation === 'AddAssociationMember' || operation === 'UpdateAssociationMember') {
      return { data: { [operation === 'AddAssociationMember' ? 'addAssociationMember' : 'updateAssociationMember']: { __typename: 'Association', id: 'a1' } } };
    }
    if (operation === 'AddAssociationMeeting') {
      return {
        data: null,
        errors: [
          {
            message: 'Проверьте заполнение полей',
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'attendeeIds.1', message: 'Присутствовать могут только участники объединения' }] },
          },
        ],
      };
    }
    if (operation === 'AssociationList') {
      return {
        data: {
          associations: {
            __typename: 'AssociationConnection',
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            nodes: [{ ...association(), __typename: 'Association' }],
          },
        },
      };
    }
    if (operation === 'Municipalities') return { data: { municipalities: [{ __typename: 'Municipality', id: 'm1', regionId: 'r1', name: 'Подпорожский муниципальный район', kind: 'DISTRICT' }] } };
    if (operation === 'NetworkOptions') return { data: { networks: { __typename: 'NetworkConnection', nodes: [] } } };
    if (operation === 'OrganizationOptions') return { data: { organizations: { __typename: 'OrganizationConnection', nodes: [] } } };
    return { data: null };
  };
}

// Dialogs teleport to <body>: render them in place.
const inPlace = { stubs: { teleport: true } };

describe('AssociationListPage', () => {
  it('lists associations with kind, host and member count, sending the URL filters', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(AssociationListPage, { path: '/associations?kind=DISTRICT_SUBJECT&q=РМО', api: api(true, seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="association-row"]')).toHaveLength(1));
    const row = wrapper.get('[data-testid="association-row"]');
    expect(row.get('[data-testid="association-link"]').text()).toBe('РМО учителей русского языка и литературы Подпорожского района');
    expect(row.get('[data-testid="association-kind"]').text()).toBe('Районное методическое объединение (РМО)');
    expect(row.get('[data-testid="association-host"]').text()).toContain('Подпорожский муниципальный район');
    expect(row.get('[data-testid="association-member-count"]').text()).toBe('2');
    expect(seen.find((s) => s.operation === 'AssociationList')?.variables).toMatchObject({ first: 25, filter: { kind: 'DISTRICT_SUBJECT', search: 'РМО', archived: 'ACTIVE' } });
  });
});

describe('AssociationPage', () => {
  it('shows the header, the members with roles and adds a person', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(AssociationPage, { path: '/associations/a1', props: { id: 'a1' }, api: api(true, seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="association-member-row"]')).toHaveLength(2));
    expect(wrapper.get('[data-testid="association-name"]').text()).toBe('РМО учителей русского языка и литературы Подпорожского района');
    expect(wrapper.get('[data-testid="association-subject"]').text()).toBe('Русский язык');
    expect(wrapper.findAll('[data-testid="association-member-name"]').map((n) => n.text())).toEqual([lebedeva.fullName, zaytseva.fullName]);

    wrapper.findAllComponents(Select).find((s) => s.attributes('data-testid') === 'association-member-row-role')?.vm.$emit('update:modelValue', 'DEPUTY');
    await waitFor(() => expect(seen.some((s) => s.operation === 'UpdateAssociationMember')).toBe(true));
    expect(seen.find((s) => s.operation === 'UpdateAssociationMember')?.variables).toEqual({ memberId: 'am1', role: 'DEPUTY' });

    await wrapper.get('[data-testid="association-member-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-personId"]').exists()).toBe(true));
    wrapper.findComponent(PersonPicker).vm.$emit('update:modelValue', 'p3');
    await wrapper.get('[data-testid="association-member-form"]').trigger('submit');
    await waitFor(() => expect(seen.some((s) => s.operation === 'AddAssociationMember')).toBe(true));
    expect(seen.find((s) => s.operation === 'AddAssociationMember')?.variables).toEqual({ associationId: 'a1', input: { personId: 'p3', role: 'MEMBER' } });
  });

  it('lists the minutes and adds a meeting with its attendees; a refused attendee shows under the list', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(AssociationPage, { path: '/associations/a1?tab=meetings', props: { id: 'a1' }, api: api(true, seen), global: inPlace });
    await waitFor(() => expect(wrapper.findAll('[data-testid="meeting-row"]')).toHaveLength(1));
    const row = wrapper.get('[data-testid="meeting-row"]');
    expect(row.get('[data-testid="meeting-date"]').text()).toBe('20.10.2022');
    expect(row.get('[data-testid="meeting-format"]').text()).toBe('Онлайн');
    expect(row.get('[data-testid="meeting-attendee-count"]').text()).toBe('2 человека');
    expect(row.get('[data-testid="meeting-attendees"]').text()).toBe(`${lebedeva.fullName}, ${zaytseva.fullName}`);

    await wrapper.get('[data-testid="meeting-create"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="meeting-form"]').exists()).toBe(true));
    const attendees = wrapper.findAllComponents(MultiSelect).find((s) => s.attributes('data-testid') === 'field-attendeeIds');
    expect(attendees?.props('modelValue')).toEqual(['p1', 'p2']);
    expect((attendees?.props('options') as { label: string }[]).map((o) => o.label)).toEqual([lebedeva.fullName, zaytseva.fullName]);
    await wrapper.get('[data-testid="field-agenda"]').setValue('Итоги олимпиады');
    await wrapper.get('[data-testid="meeting-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-attendeeIds"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-attendeeIds"]').text()).toBe('Присутствовать могут только участники объединения');
    expect(seen.find((s) => s.operation === 'AddAssociationMeeting')?.variables).toMatchObject({
      associationId: 'a1',
      input: { format: 'IN_PERSON', agenda: 'Итоги олимпиады', decisions: '', attendeeIds: ['p1', 'p2'] },
    });
  });

  it('offers no changes to who may not edit', async () => {
    const { wrapper } = await mountWithApp(AssociationPage, { path: '/associations/a1', props: { id: 'a1' }, api: api(false) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="association-member-row"]')).toHaveLength(2));
    expect(wrapper.find('[data-testid="association-edit"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="association-member-add"]').exists()).toBe(false);
    expect(wrapper.findAll('[data-testid="association-member-role-label"]').map((r) => r.text())).toEqual(['Руководитель', 'Секретарь']);
    expect(wrapper.find('[data-testid="association-readonly"]').exists()).toBe(true);
  });
});

describe('AssociationFormPage', () => {
  it('shows the host field the kind allows and sends only that host', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(AssociationFormPage, { path: '/associations/new', api: api(true, seen) });
    expect(wrapper.find('[data-testid="field-municipalityId"]').exists()).toBe(false);
    const kind = () => wrapper.findAllComponents(Select).find((s) => s.attributes('data-testid') === 'field-kind');

    kind()?.vm.$emit('update:modelValue', 'SCHOOL_SUBJECT');
    await waitFor(() => expect(wrapper.find('[data-testid="field-organizationId"]').exists()).toBe(true));
    expect(wrapper.findComponent(SelectButton).exists()).toBe(false);
    expect(wrapper.find('[data-testid="field-subject"]').exists()).toBe(true);

    kind()?.vm.$emit('update:modelValue', 'COORDINATION_COUNCIL');
    await waitFor(() => expect(wrapper.find('[data-testid="field-networkId"]').exists()).toBe(true));
    expect((wrapper.findComponent(SelectButton).props('options') as { value: string }[]).map((o) => o.value)).toEqual(['network', 'municipality']);

    kind()?.vm.$emit('update:modelValue', 'DISTRICT_SUBJECT');
    await waitFor(() => expect(wrapper.find('[data-testid="field-municipalityId"]').exists()).toBe(true));
    await wrapper.get('form').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-municipalityId"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-name"]').text()).toBe('Обязательное поле');

    wrapper.findAllComponents(Select).find((s) => s.attributes('data-testid') === 'field-municipalityId')?.vm.$emit('update:modelValue', 'm1');
    await wrapper.get('[data-testid="field-name"]').setValue('РМО учителей физики');
    await wrapper.get('form').trigger('submit');
    await waitFor(() => expect(seen.some((s) => s.operation === 'CreateAssociation')).toBe(true));
    expect(seen.find((s) => s.operation === 'CreateAssociation')?.variables).toEqual({
      input: { kind: 'DISTRICT_SUBJECT', name: 'РМО учителей физики', subject: null, description: '', organizationId: null, municipalityId: 'm1', networkId: null },
    });
  });
});
