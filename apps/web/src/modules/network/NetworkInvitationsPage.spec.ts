import ConfirmDialog from 'primevue/confirmdialog';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import NetworkInvitationsPage from './NetworkInvitationsPage.vue';
import { waitFor } from '../../test/wait';

const place = { municipalityName: 'Подпорожский муниципальный район', regionName: 'Ленинградская область' };
const invitation = {
  __typename: 'NetworkInvitation',
  memberId: 'm-inv',
  networkId: 'n-tim',
  networkName: 'Методическая сеть КРЦ (Тимашевский район)',
  networkModel: 'RESOURCE_CENTER_SERVICES',
  networkGoals: 'Профессиональный рост педагогов',
  role: 'PARTNER',
  memberCount: 13,
  invitedByName: 'Методист ЦРО Тимашевского района',
  invitedAt: '2026-11-16T06:30:00Z',
  shares: ['Сотрудники организации участвуют в диагностиках, программах и объединениях сети', 'Координатор сети видит их результаты в рамках сети'],
  coordinator: { __typename: 'NetworkOrganization', id: 'o-cro', name: 'МБУ «Центр развития образования»', shortName: 'ЦРО', municipalityName: 'Тимашевский район', regionName: 'Краснодарский край' },
  organization: { __typename: 'NetworkOrganization', id: 'o-s3', name: 'МОУ «Средняя школа № 3»', shortName: 'СОШ № 3', ...place },
};

type Seen = { operation: string; variables: Record<string, unknown> }[];

function api(seen: Seen, state: { pending: boolean } = { pending: true }): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'NetworkInvitations') return { data: { networkInvitations: state.pending ? [invitation] : [] } };
    if (operation === 'AcceptNetworkInvitation' || operation === 'DeclineNetworkInvitation') {
      state.pending = false;
      const field = operation === 'AcceptNetworkInvitation' ? 'acceptNetworkInvitation' : 'declineNetworkInvitation';
      return { data: { [field]: { __typename: 'NetworkMember', id: 'm-inv', status: operation === 'AcceptNetworkInvitation' ? 'ACCEPTED' : 'DECLINED' } } };
    }
    return { data: null };
  };
}

// The layout hosts the confirmation dialog; here the page gets one of its own.
const WithDialog = defineComponent({ render: () => [h(ConfirmDialog), h(NetworkInvitationsPage)] });
const mountPage = (fake: FakeApi) => mountWithApp(WithDialog, { path: '/networks/invitations', api: fake, attachTo: document.body });
const confirmButton = (label: string) =>
  [...document.body.querySelectorAll<HTMLButtonElement>('.p-confirmdialog button, [role="alertdialog"] button')].find((b) => b.textContent?.trim() === label);

describe('NetworkInvitationsPage', () => {
  it('shows each invitation: the network, the invited organisation, the coordinator, who invited and what joining shares', async () => {
    const { wrapper } = await mountPage(api([]));
    await waitFor(() => expect(wrapper.findAll('[data-testid="invitation"]')).toHaveLength(1));
    expect(wrapper.get('[data-testid="invitation-network"]').text()).toBe('Методическая сеть КРЦ (Тимашевский район)');
    expect(wrapper.get('[data-testid="invitation-organization"]').text()).toContain('СОШ № 3');
    expect(wrapper.get('[data-testid="invitation-coordinator"]').text()).toContain('ЦРО');
    expect(wrapper.get('[data-testid="invitation-coordinator"]').text()).toContain('Краснодарский край');
    expect(wrapper.get('[data-testid="invitation-by"]').text()).toBe('Методист ЦРО Тимашевского района, 16.11.2026');
    expect(wrapper.get('[data-testid="invitation-shares"]').text()).toContain('Координатор сети видит их результаты в рамках сети');
    wrapper.unmount();
  });

  it('asks before accepting, saying what joining shares, then accepts and empties the list', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountPage(api(seen));
    await waitFor(() => expect(wrapper.find('[data-testid="invitation-accept"]').exists()).toBe(true));
    await wrapper.get('[data-testid="invitation-accept"]').trigger('click');
    await waitFor(() => expect(document.body.textContent).toContain('Принять приглашение?'));
    expect(document.body.textContent).toContain('Сотрудники участвуют в диагностиках, программах и объединениях сети; координатор видит их результаты в рамках сети');
    expect(seen.some((s) => s.operation === 'AcceptNetworkInvitation')).toBe(false);
    confirmButton('Принять')!.click();
    await waitFor(() => expect(seen.find((s) => s.operation === 'AcceptNetworkInvitation')?.variables).toEqual({ memberId: 'm-inv' }));
    await waitFor(() => expect(wrapper.find('[data-testid="invitations-empty"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="invitations-empty"]').text()).toBe('Приглашений нет');
    wrapper.unmount();
  });

  it('declines after confirmation', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountPage(api(seen));
    await waitFor(() => expect(wrapper.find('[data-testid="invitation-decline"]').exists()).toBe(true));
    await wrapper.get('[data-testid="invitation-decline"]').trigger('click');
    await waitFor(() => expect(document.body.textContent).toContain('Отклонить приглашение?'));
    confirmButton('Отклонить')!.click();
    await waitFor(() => expect(seen.find((s) => s.operation === 'DeclineNetworkInvitation')?.variables).toEqual({ memberId: 'm-inv' }));
    expect(seen.some((s) => s.operation === 'AcceptNetworkInvitation')).toBe(false);
    wrapper.unmount();
  });

  it('says so when there are no invitations', async () => {
    const { wrapper } = await mountPage(api([], { pending: false }));
    await waitFor(() => expect(wrapper.find('[data-testid="invitations-empty"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="invitation"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('shows the error with a retry', async () => {
    const { wrapper } = await mountPage(() => ({ data: null, errors: [{ message: 'Сервис недоступен', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    await waitFor(() => expect(wrapper.find('[data-testid="invitations-error"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="invitations-error"]').text()).toContain('Сервис недоступен');
    wrapper.unmount();
  });
});
