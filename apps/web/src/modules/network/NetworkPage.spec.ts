import AutoComplete from 'primevue/autocomplete';
import Select from 'primevue/select';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import type { NetworkGraphOption } from './network-graph';
import NetworkPage from './NetworkPage.vue';
import { waitFor } from '../../test/wait';

// jsdom has no canvas: the chart is a stub that shows what it was given.
const charts = vi.hoisted(() => ({ last: null as unknown }));
vi.mock('vue-echarts', () => ({
  default: defineComponent({
    props: { option: { type: Object, required: true } },
    setup(props) {
      return () => {
        charts.last = props.option;
        return h('div', { 'data-testid': 'chart-stub' });
      };
    },
  }),
}));

const org = (id: string, shortName: string, municipalityName = 'Подпорожский район') => ({
  __typename: 'NetworkOrganization',
  id,
  name: `МБОУ «${shortName}»`,
  shortName,
  kind: 'SCHOOL',
  municipalityName,
  regionName: 'Ленинградская область',
});
const member = (id: string, organization: ReturnType<typeof org>, role: string, level: number | null, status = 'ACCEPTED', canLeave = false) => ({
  __typename: 'NetworkMember',
  id,
  organizationId: organization.id,
  role,
  level,
  status,
  canLeave,
  invitedAt: status === 'INVITED' ? '2026-11-16T06:30:00Z' : null,
  invitedByName: status === 'INVITED' ? 'Методист ИМЦ' : null,
  organization,
});
const ims = org('o-ims', 'ИМС');
const s3 = org('o-s3', 'СОШ №3');
const s1 = org('o-s1', 'СОШ №1');

const network = (canEdit = true) => ({
  __typename: 'Network',
  id: 'n1',
  name: 'Сетевое наставничество «Школа – школе»',
  model: 'SCHOOL_TO_SCHOOL_HIERARCHY',
  coordinatorOrganizationId: 'o-ims',
  startsOn: '2020-12-30',
  endsOn: '2023-08-31',
  goals: 'Перевод школ в эффективный режим',
  archivedAt: null,
  canEdit,
  memberCount: 3,
  coordinator: { ...ims },
  members: [member('m-s3', s3, 'RESOURCE_CENTER', 1), member('m-s1', s1, 'SUPPORTED_SCHOOL', 3), member('m-ims', ims, 'COORDINATOR', null)],
  edges: [{ __typename: 'NetworkEdge', id: 'e1', fromMemberId: 'm-s3', toMemberId: 'm-s1', kind: 'SUPPORT' }],
  agreements: [
    {
      __typename: 'Agreement',
      id: 'a1',
      number: 'СС-01/2021',
      kind: 'COOPERATION',
      signedOn: '2021-12-27',
      subject: 'Совместная методическая работа',
      startsOn: '2021-12-27',
      endsOn: '2026-12-26',
      fileName: 'soglashenie.pdf',
      fileType: 'application/pdf',
      fileSize: 250000,
      archivedAt: null,
      isExpiring: true,
      parties: [ims, s3],
    },
  ],
});

function api(canEdit = true, seen: { operation: string; variables: Record<string, unknown> }[] = []): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'Network') return { data: { network: network(canEdit) } };
    if (operation === 'OrganizationDirectory') {
      return { data: { organizationDirectory: [s3, org('o-v12', 'СОШ №12', 'Воркута')] } };
    }
    if (operation === 'AddNetworkMember') {
      const added = { __typename: 'NetworkMember', id: 'm-v12', organizationId: 'o-v12', status: 'INVITED' };
      return { data: { addNetworkMember: { __typename: 'Network', id: 'n1', members: [added] } } };
    }
    if (operation === 'UpdateNetworkMember') {
      const input = variables['input'] as { level?: number | null };
      if (input.level === 1) return { data: null, errors: [{ message: 'Уровень 1 уже занят ресурсным центром', extensions: { code: 'BAD_USER_INPUT' } }] };
      return { data: { updateNetworkMember: { __typename: 'Network', id: 'n1' } } };
    }
    if (operation === 'AddNetworkEdge') {
      return {
        data: null,
        errors: [
          {
            message: 'Проверьте заполнение полей',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ field: 'toMemberId', message: 'Поддержка идёт от более сильного уровня к более слабому: уровень 3 не может поддерживать уровень 1' }],
            },
          },
        ],
      };
    }
    return { data: null };
  };
}

const mountPage = (path: string, fake: FakeApi = api()) => mountWithApp(NetworkPage, { path, props: { id: 'n1' }, api: fake });

describe('NetworkPage', () => {
  it('shows the header and the scheme with every member as a node', async () => {
    const { wrapper } = await mountPage('/networks/n1');
    await waitFor(() => expect(wrapper.find('[data-testid="network-name"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="network-name"]').text()).toBe('Сетевое наставничество «Школа – школе»');
    expect(wrapper.get('[data-testid="network-model"]').text()).toBe('Иерархическая сеть «Школа – школе» (уровни)');
    expect(wrapper.get('[data-testid="network-period"]').text()).toBe('30.12.2020 – 31.08.2023');
    expect(wrapper.get('[data-testid="network-coordinator"]').text()).toContain('ИМС');
    expect(wrapper.find('[data-testid="network-edit"]').exists()).toBe(true);
    // The scheme is an async component (echarts): its first import takes a while on a cold transform cache.
    await waitFor(() => expect(wrapper.find('[data-testid="chart-stub"]').exists()).toBe(true));
    const option = charts.last as NetworkGraphOption;
    const series = (option.series as { data: { id: string }[] }[])[0];
    expect(series?.data.filter((n) => n.id.startsWith('m-')).map((n) => n.id)).toEqual(['m-s3', 'm-s1', 'm-ims']);
  });

  it('opens a tab from the URL and keeps the chosen tab in it', async () => {
    const { wrapper, router } = await mountPage('/networks/n1?tab=members');
    await waitFor(() => expect(wrapper.findAll('[data-testid="member-row"]')).toHaveLength(3));
    expect(wrapper.find('[data-testid="chart-stub"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="member-add"]').exists()).toBe(true);
    // A levelled model asks for the level of a new member.
    expect(wrapper.find('[data-testid="member-level"]').exists()).toBe(true);
    await wrapper.get('[data-testid="network-tab-agreements"]').trigger('click');
    await waitFor(() => expect(router.currentRoute.value.query['tab']).toBe('agreements'));
    await waitFor(() => expect(wrapper.findAll('[data-testid="agreement-row"]')).toHaveLength(1));
    const row = wrapper.get('[data-testid="agreement-row"]');
    expect(row.text()).toContain('СС-01/2021');
    expect(row.text()).toContain('ИМС; СОШ №3');
    expect(row.find('[data-testid="agreement-expiring"]').exists()).toBe(true);
    expect(row.get('[data-testid="agreement-download"]').text()).toContain('soglashenie.pdf');
  });

  it('shows the rule the API broke under the «to» field of a new link', async () => {
    const seen: { operation: string; variables: Record<string, unknown> }[] = [];
    const { wrapper } = await mountPage('/networks/n1?tab=edges', api(true, seen));
    await waitFor(() => expect(wrapper.findAll('[data-testid="edge-row"]')).toHaveLength(1));
    expect(wrapper.get('[data-testid="edge-row"]').text()).toContain('СОШ №3');
    const selects = wrapper.findAllComponents(Select);
    selects.find((s) => s.attributes('data-testid') === 'edge-from')?.vm.$emit('update:modelValue', 'm-s1');
    selects.find((s) => s.attributes('data-testid') === 'edge-to')?.vm.$emit('update:modelValue', 'm-s3');
    await wrapper.get('[data-testid="edge-add-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-toMemberId"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-toMemberId"]').text()).toBe(
      'Поддержка идёт от более сильного уровня к более слабому: уровень 3 не может поддерживать уровень 1',
    );
    expect(seen.find((s) => s.operation === 'AddNetworkEdge')?.variables).toEqual({
      networkId: 'n1',
      input: { fromMemberId: 'm-s1', toMemberId: 'm-s3', kind: 'SUPPORT' },
    });
    // Another kind makes the old complaint moot.
    selects.find((s) => s.attributes('data-testid') === 'edge-from')?.vm.$emit('update:modelValue', 'm-ims');
    await waitFor(() => expect(wrapper.find('[data-testid="error-toMemberId"]').exists()).toBe(false));
  });

  it('checks the new link before sending', async () => {
    const seen: { operation: string; variables: Record<string, unknown> }[] = [];
    const { wrapper } = await mountPage('/networks/n1?tab=edges', api(true, seen));
    await waitFor(() => expect(wrapper.find('[data-testid="edge-add-form"]').exists()).toBe(true));
    await wrapper.get('[data-testid="edge-add-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-fromMemberId"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-toMemberId"]').text()).toBe('Обязательное поле');
    expect(seen.some((s) => s.operation === 'AddNetworkEdge')).toBe(false);
  });

  it('adds a member found in the directory, leaving out the members', async () => {
    const seen: { operation: string; variables: Record<string, unknown> }[] = [];
    const { wrapper } = await mountPage('/networks/n1?tab=members', api(true, seen));
    await waitFor(() => expect(wrapper.find('[data-testid="member-add-form"]').exists()).toBe(true));
    const search = wrapper.findComponent(AutoComplete);
    search.vm.$emit('complete', { query: 'СОШ' });
    await waitFor(() => expect(search.props('suggestions')).toHaveLength(1));
    const [found] = search.props('suggestions') as { id: string; label: string; place: string }[];
    expect(found).toEqual({ id: 'o-v12', label: 'СОШ №12', fullName: 'МБОУ «СОШ №12»', place: 'Воркута, Ленинградская область' });
    expect(seen.find((s) => s.operation === 'OrganizationDirectory')?.variables).toEqual({ search: 'СОШ', first: 20 });
    search.vm.$emit('update:modelValue', found);
    await wrapper.get('[data-testid="member-level"]').setValue('3');
    await wrapper.get('[data-testid="member-add-form"]').trigger('submit');
    await waitFor(() => expect(seen.some((s) => s.operation === 'AddNetworkMember')).toBe(true));
    expect(seen.find((s) => s.operation === 'AddNetworkMember')?.variables).toMatchObject({
      networkId: 'n1',
      input: { organizationId: 'o-v12', role: 'PARTICIPANT' },
    });
  });

  it('wants an organisation picked from the list, not just typed', async () => {
    const seen: { operation: string; variables: Record<string, unknown> }[] = [];
    const { wrapper } = await mountPage('/networks/n1?tab=members', api(true, seen));
    await waitFor(() => expect(wrapper.find('[data-testid="member-add-form"]').exists()).toBe(true));
    wrapper.findComponent(AutoComplete).vm.$emit('update:modelValue', 'СОШ №12');
    await wrapper.get('[data-testid="member-add-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-organizationId"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-organizationId"]').text()).toBe('Выберите организацию из списка');
    expect(seen.some((s) => s.operation === 'AddNetworkMember')).toBe(false);
  });

  it('shows the members read-only until «Изменить»; a row saves only what changed, or cancels', async () => {
    const seen: { operation: string; variables: Record<string, unknown> }[] = [];
    const { wrapper } = await mountPage('/networks/n1?tab=members', api(true, seen));
    await waitFor(() => expect(wrapper.findAll('[data-testid="member-row"]')).toHaveLength(3));
    expect(wrapper.find('[data-testid="member-row-role"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="member-row-level"]').exists()).toBe(false);
    expect(wrapper.findAll('[data-testid="member-role-label"]')).toHaveLength(3);
    expect(wrapper.findAll('[data-testid="member-edit"]').map((b) => b.text())).toEqual(['Изменить', 'Изменить', 'Изменить']);

    const row = () => wrapper.findAll('[data-testid="member-row"]')[1]!;
    await row().get('[data-testid="member-edit"]').trigger('click');
    await waitFor(() => expect(row().find('[data-testid="member-row-level"]').exists()).toBe(true));
    expect(wrapper.findAll('[data-testid="member-row-role"]')).toHaveLength(1); // one row at a time
    const level = () => wrapper.findAllComponents(Select).find((s) => s.attributes('data-testid') === 'member-row-level')!;
    // Picking a value sends nothing: the row is saved by «Сохранить».
    level().vm.$emit('update:modelValue', 1);
    await wrapper.vm.$nextTick();
    expect(seen.some((s) => s.operation === 'UpdateNetworkMember')).toBe(false);
    await row().get('[data-testid="member-save"]').trigger('click');
    await waitFor(() => expect(seen.filter((s) => s.operation === 'UpdateNetworkMember')).toHaveLength(1));
    // Refused: the row stays open, its level snapped back to the saved one; «Отмена» closes it.
    await waitFor(() => expect(row().get('[data-testid="member-save"]').attributes('disabled')).toBeUndefined());
    expect(row().find('[data-testid="member-row-level"]').exists()).toBe(true);
    await waitFor(() => expect(level().props('modelValue')).toBe(3));
    await row().get('[data-testid="member-cancel"]').trigger('click');
    await waitFor(() => expect(row().find('[data-testid="member-row-level"]').exists()).toBe(false));
    expect(row().get('[data-testid="member-level-label"]').text()).toContain('3');

    await row().get('[data-testid="member-edit"]').trigger('click');
    await waitFor(() => expect(row().find('[data-testid="member-row-level"]').exists()).toBe(true));
    level().vm.$emit('update:modelValue', 2);
    await row().get('[data-testid="member-save"]').trigger('click');
    await waitFor(() => expect(seen.filter((s) => s.operation === 'UpdateNetworkMember')).toHaveLength(2));
    expect(seen.filter((s) => s.operation === 'UpdateNetworkMember')[1]!.variables).toEqual({ memberId: 'm-s1', input: { level: 2 } });
    await waitFor(() => expect(row().find('[data-testid="member-row-level"]').exists()).toBe(false));
  });

  it('offers no changes to a network the user does not coordinate', async () => {
    const { wrapper } = await mountPage('/networks/n1?tab=members', api(false));
    await waitFor(() => expect(wrapper.findAll('[data-testid="member-row"]')).toHaveLength(3));
    expect(wrapper.find('[data-testid="network-edit"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="member-add"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="member-remove"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="member-edit"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="network-readonly"]').text()).toBe('Изменять сеть может только её координатор');
    expect(wrapper.findAll('[data-testid="member-role-label"]').map((r) => r.text())).toEqual(['Ресурсный центр', 'Школа, получающая поддержку', 'Координатор сети']);
  });

  it('tags members that do not take part and offers «Выйти из сети» where the API allows it', async () => {
    const v12 = org('o-v12', 'СОШ №12', 'Воркута');
    const withConsent: FakeApi = (operation) => {
      if (operation !== 'Network') return { data: null };
      const n = network(false);
      return {
        data: {
          network: {
            ...n,
            members: [member('m-s3', s3, 'RESOURCE_CENTER', 1, 'ACCEPTED', true), member('m-v12', v12, 'PARTICIPANT', null, 'INVITED'), ...n.members.slice(1), member('m-x', org('o-x', 'ООШ №9'), 'PARTNER', null, 'LEFT')],
          },
        },
      };
    };
    const { wrapper } = await mountPage('/networks/n1?tab=members', withConsent);
    await waitFor(() => expect(wrapper.findAll('[data-testid="member-row"]')).toHaveLength(5));
    expect(wrapper.findAll('[data-testid="member-status"]').map((x) => x.text())).toEqual(['приглашена', 'вышла']);
    expect(wrapper.findAll('[data-testid="member-leave"]')).toHaveLength(1);
    expect(wrapper.findAll('[data-testid="member-row"]')[0]!.find('[data-testid="member-leave"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="member-remove"]').exists()).toBe(false);
  });

  it('says when the network is not there', async () => {
    const { wrapper } = await mountPage('/networks/n1', () => ({ data: null, errors: [{ message: 'Сеть не найдена', extensions: { code: 'NOT_FOUND' } }] }));
    await waitFor(() => expect(wrapper.find('[data-testid="page-not-found"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="page-not-found"]').text()).toBe('Сеть не найдена');
  });
});
