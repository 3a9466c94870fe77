import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '../../test/wait';
import ApiClientWebhooks from './ApiClientWebhooks.vue';

const inPlace = { stubs: { teleport: true } };
const sub = { __typename: 'WebhookSubscription', id: 'w1', url: 'https://eschool.example.ru/hooks', events: ['ROUTE_APPROVED'], active: true, createdAt: '2026-12-01T10:00:00Z' };
const delivery = (id: string, state: string, extra: Record<string, unknown>) => ({
  __typename: 'ApiClientWebhookDelivery',
  id,
  subscriptionId: 'w1',
  event: 'ROUTE_APPROVED',
  state,
  attempts: 3,
  lastStatus: 503,
  lastError: 'Ответ HTTP 503',
  lastAttemptAt: '2026-12-01T10:00:00Z',
  deliveredAt: null,
  nextAttemptAfter: null,
  createdAt: '2026-12-01T09:00:00Z',
  ...extra,
});
type Seen = { operation: string; variables: Record<string, unknown> }[];
const api =
  (seen: Seen, card: Record<string, unknown>, subscribe: () => unknown = () => ({ data: null })): FakeApi =>
  (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'ApiClientWebhooks') return { data: { apiClientWebhooks: { __typename: 'ApiClientWebhooks', clientId: 'c1', canSubscribe: true, subscriptions: [sub], deliveries: [], ...card } } };
    if (operation === 'PauseApiClientWebhook') return { data: { pauseApiClientWebhook: { __typename: 'WebhookSubscription', id: variables['id'], active: false } } };
    if (operation === 'SubscribeApiClientWebhook') return subscribe();
    return { data: null };
  };

describe('ApiClientWebhooks', () => {
  it('lists the subscriptions and the delivery log: state, attempts, HTTP code, the next retry', async () => {
    const seen: Seen = [];
    const deliveries = [
      delivery('d1', 'PENDING', { nextAttemptAfter: '2026-12-01T10:00:04Z' }),
      delivery('d2', 'DELIVERED', { attempts: 1, lastStatus: 200, lastError: null, deliveredAt: '2026-12-01T10:00:00Z' }),
      delivery('d3', 'FAILED', { attempts: 8, lastStatus: null, lastError: 'Не удалось доставить: адрес не найден' }),
    ];
    const { wrapper } = await mountWithApp(ApiClientWebhooks, { props: { clientId: 'c1', archived: false }, api: api(seen, { deliveries }), global: inPlace });
    await waitFor(() => expect(wrapper.findAll('[data-testid="delivery-row"]')).toHaveLength(3));
    expect(wrapper.get('[data-testid="webhook-row"]').text()).toContain('Маршрут (ИОМ) утверждён');
    const rows = wrapper.findAll('[data-testid="delivery-row"]');
    expect(rows[0]!.text()).toContain('Доставляется');
    expect(rows[0]!.get('[data-testid="delivery-status"]').text()).toBe('503');
    expect(rows[0]!.get('[data-testid="delivery-next"]').text()).toMatch(/^не раньше 01\.12\.2026/);
    expect(rows[1]!.text()).toContain('Доставлено');
    expect(rows[1]!.get('[data-testid="delivery-next"]').text()).toBe('—');
    expect(rows[2]!.get('[data-testid="delivery-status"]').text()).toBe('нет ответа');
    expect(rows[2]!.get('[data-testid="delivery-attempts"]').text()).toBe('8');

    await wrapper.get('[data-testid="webhook-pause"]').trigger('click');
    await flushPromises();
    expect(seen.find((s) => s.operation === 'PauseApiClientWebhook')?.variables).toEqual({ id: 'w1' });
  });

  it('says why a client without the sync permission cannot be subscribed, and offers no button', async () => {
    const { wrapper } = await mountWithApp(ApiClientWebhooks, { props: { clientId: 'c1', archived: false }, api: api([], { canSubscribe: false, subscriptions: [] }), global: inPlace });
    await waitFor(() => expect(wrapper.find('[data-testid="api-client-webhooks-no-sync"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="webhook-add"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="api-client-webhooks-empty"]').exists()).toBe(true);
  });

  it('subscribes through the dialog and shows the API’s refusals under their fields', async () => {
    const seen: Seen = [];
    const refusal = () => ({
      data: null,
      errors: [{ message: 'Проверьте поля', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'secret', message: 'Секрет — от 16 до 200 символов' }] } }],
    });
    const { wrapper } = await mountWithApp(ApiClientWebhooks, { props: { clientId: 'c1', archived: false }, api: api(seen, {}, refusal), global: inPlace });
    await waitFor(() => expect(wrapper.find('[data-testid="webhook-add"]').exists()).toBe(true));
    await wrapper.get('[data-testid="webhook-add"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="field-webhook-url"]').exists()).toBe(true));
    await wrapper.get('[data-testid="field-webhook-url"]').setValue(' https://eschool.example.ru/hooks ');
    await wrapper.get('[data-testid="field-webhook-secret"]').setValue('короткий');
    await wrapper.get('[data-testid="api-client-webhook-dialog"] form').trigger('submit');
    await waitFor(() => expect(wrapper.text()).toContain('Секрет — от 16 до 200 символов'));
    expect(seen.find((s) => s.operation === 'SubscribeApiClientWebhook')?.variables).toEqual({
      clientId: 'c1',
      input: { url: 'https://eschool.example.ru/hooks', secret: 'короткий', events: [] },
    });
  });
});
