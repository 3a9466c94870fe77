import { flushPromises } from '@vue/test-utils';
import Select from 'primevue/select';
import SelectButton from 'primevue/selectbutton';
import { describe, expect, it } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '../../test/wait';
import ApiClientFormPage from './ApiClientFormPage.vue';
import ApiClientSecretDialog from './ApiClientSecretDialog.vue';

const inPlace = { stubs: { teleport: true } };
const municipalities = [{ __typename: 'Municipality', id: 'm1', regionId: 'r1', name: 'Воркута', kind: 'URBAN_OKRUG' }];
const secretRow = { __typename: 'ApiClientSecret', id: 's1', prefix: 'abc123', createdAt: '2026-12-01T10:00:00Z', expiresAt: null, revokedAt: null, lastUsedAt: null, active: true };
const client = {
  __typename: 'ApiClient',
  id: 'c1',
  name: 'Сетевой город',
  description: null,
  scopeKind: 'MUNICIPALITY',
  scopeId: 'm1',
  scopeName: 'Воркута',
  ownerName: 'Администратор',
  permissions: [{ __typename: 'ApiClientPermission', domain: 'REGISTRY', access: 'READ' }],
  expiresOn: null,
  archivedAt: null,
  createdAt: '2026-12-01T10:00:00Z',
  lastUsedAt: null,
  secrets: [secretRow],
};

type Seen = { operation: string; variables: Record<string, unknown> }[];
const api =
  (seen: Seen, create: (v: Record<string, unknown>) => unknown): FakeApi =>
  (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'Municipalities') return { data: { municipalities } };
    if (operation === 'Regions') return { data: { regions: [] } };
    if (operation === 'CreateApiClient') return create(variables);
    if (operation === 'ApiClient') return { data: { apiClient: client } };
    if (operation === 'RotateApiClientSecret')
      return { data: { rotateApiClientSecret: { __typename: 'IssuedApiClientSecret', secret: 'mdsk_def456_rotated', client: { __typename: 'ApiClient', id: 'c1', secrets: [secretRow] } } } };
    return { data: null };
  };

async function fill(wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']) {
  await wrapper.get('[data-testid="field-name"]').setValue('Сетевой город');
  wrapper
    .findAllComponents(Select)
    .find((s) => s.attributes('data-testid') === 'field-scopeId')
    ?.vm.$emit('update:modelValue', 'm1');
  wrapper
    .findAllComponents(SelectButton)
    .find((s) => s.attributes('data-testid') === 'permission-REGISTRY')
    ?.vm.$emit('update:modelValue', 'READ');
  await flushPromises();
}

describe('ApiClientFormPage', () => {
  it('checks the name, the scope and the permissions before sending', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(ApiClientFormPage, { path: '/login', api: api(seen, () => ({ data: null })), global: inPlace });
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="error-name"]').text()).toBe('Обязательное поле');
    expect(wrapper.get('[data-testid="error-scopeId"]').text()).toBe('Обязательное поле');
    expect(wrapper.get('[data-testid="error-permissions"]').text()).toBe('Выберите хотя бы один раздел API');
    expect(seen.map((s) => s.operation)).not.toContain('CreateApiClient');
  });

  it('shows the API’s Russian field errors under their fields', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(ApiClientFormPage, {
      path: '/login',
      api: api(seen, () => ({
        data: null,
        errors: [{ message: 'Проверьте поля', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'scopeId', message: 'Регион, муниципалитет или организация не найдены в вашей области доступа' }] } }],
      })),
      global: inPlace,
    });
    await fill(wrapper);
    await wrapper.get('form').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-scopeId"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-scopeId"]').text()).toBe('Регион, муниципалитет или организация не найдены в вашей области доступа');
  });

  it('creates the client and shows its secret once on its page', async () => {
    const seen: Seen = [];
    const { wrapper, router } = await mountWithApp(ApiClientFormPage, {
      path: '/login',
      api: api(seen, () => ({ data: { createApiClient: { __typename: 'IssuedApiClientSecret', secret: 'mdsk_abc123_created', client: { __typename: 'ApiClient', id: 'c1', name: 'Сетевой город' } } } })),
      global: inPlace,
    });
    await fill(wrapper);
    await wrapper.get('form').trigger('submit');
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/api-clients/c1'));
    expect(seen.find((s) => s.operation === 'CreateApiClient')?.variables).toEqual({
      input: { name: 'Сетевой город', description: null, permissions: [{ domain: 'REGISTRY', access: 'READ' }], expiresOn: null, scopeKind: 'MUNICIPALITY', scopeId: 'm1' },
    });

    // The client's page (the same component with the id) takes the secret and shows it; a second page finds none.
    const first = await mountWithApp(ApiClientFormPage, { path: '/login', props: { id: 'c1' }, api: api([], () => ({ data: null })), global: inPlace });
    await waitFor(() => expect(first.wrapper.find('[data-testid="api-client-secret"]').exists()).toBe(true));
    expect((first.wrapper.get('[data-testid="api-client-secret"]').element as HTMLInputElement).value).toBe('mdsk_abc123_created');
    expect(first.wrapper.get('[data-testid="api-client-secret-warning"]').text()).toContain('больше не будет показан');
    await first.wrapper.get('[data-testid="api-client-secret-done"]').trigger('click');
    await waitFor(() => expect(first.wrapper.find('[data-testid="api-client-secret"]').exists()).toBe(false));

    const again = await mountWithApp(ApiClientFormPage, { path: '/login', props: { id: 'c1' }, api: api([], () => ({ data: null })), global: inPlace });
    await waitFor(() => expect(again.wrapper.find('[data-testid="api-client-secrets"]').exists()).toBe(true));
    expect(again.wrapper.find('[data-testid="api-client-secret"]').exists()).toBe(false);
    expect(again.wrapper.get('[data-testid="api-client-secrets"]').text()).toContain('mdsk_abc123_');
  });

  it('rotates with the overlap asked for and shows the new secret', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(ApiClientFormPage, { path: '/login', props: { id: 'c1' }, api: api(seen, () => ({ data: null })), global: inPlace });
    await waitFor(() => expect(wrapper.find('[data-testid="api-client-rotate"]').exists()).toBe(true));
    await wrapper.get('[data-testid="api-client-rotate"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="api-client-rotate-submit"]').exists()).toBe(true));
    await wrapper.get('[data-testid="api-client-rotate-dialog"] form').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="api-client-secret"]').exists()).toBe(true));
    expect(seen.filter((s) => s.operation === 'RotateApiClientSecret').map((s) => s.variables)).toEqual([{ id: 'c1', input: { overlapHours: 24 } }]);
    expect((wrapper.get('[data-testid="api-client-secret"]').element as HTMLInputElement).value).toBe('mdsk_def456_rotated');
  });
});

describe('ApiClientSecretDialog', () => {
  it('shows the secret with the warning, and closes when done', async () => {
    const { wrapper } = await mountWithApp(ApiClientSecretDialog, { path: '/login', props: { secret: 'mdsk_x_y' }, global: inPlace });
    expect((wrapper.get('[data-testid="api-client-secret"]').element as HTMLInputElement).value).toBe('mdsk_x_y');
    expect(wrapper.get('[data-testid="api-client-secret-warning"]').text()).toContain('показывается один раз');
    await wrapper.get('[data-testid="api-client-secret-done"]').trigger('click');
    expect(wrapper.emitted('close')).toHaveLength(1);
    await wrapper.setProps({ secret: null });
    await flushPromises();
    expect(wrapper.find('[data-testid="api-client-secret"]').exists()).toBe(false);
  });
});
