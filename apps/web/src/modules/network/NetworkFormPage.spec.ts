import { flushPromises } from '@vue/test-utils';
import Select from 'primevue/select';
import { describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test/mount-app';
import OrganizationPicker from '@/modules/organization/OrganizationPicker.vue';
import NetworkFormPage from './NetworkFormPage.vue';
import { waitFor } from '../../test/wait';

const options = { data: { organizations: { __typename: 'OrganizationConnection', nodes: [] } } };

describe('NetworkFormPage', () => {
  it('checks the required fields before sending', async () => {
    const seen: string[] = [];
    const { wrapper } = await mountWithApp(NetworkFormPage, { path: '/networks/new', api: (operation) => (seen.push(operation), options) });
    await wrapper.get('[data-testid="field-startsOn"]').setValue('');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    for (const field of ['name', 'model', 'coordinatorOrganizationId', 'startsOn']) {
      expect(wrapper.get(`[data-testid="error-${field}"]`).text()).toBe('Обязательное поле');
    }
    expect(seen).not.toContain('CreateNetwork');
  });

  it('creates the network and opens it; the API’s field errors land under their fields', async () => {
    let sent: Record<string, unknown> | null = null;
    let refuse = true;
    const { wrapper, router } = await mountWithApp(NetworkFormPage, {
      path: '/networks/new',
      api: (operation, variables) => {
        if (operation !== 'CreateNetwork') return options;
        sent = variables;
        if (refuse) {
          return {
            data: null,
            errors: [
              {
                message: 'Проверьте заполнение полей',
                extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'coordinatorOrganizationId', message: 'Координатором может быть только организация вашей зоны ответственности' }] },
              },
            ],
          };
        }
        return { data: { createNetwork: { __typename: 'Network', id: 'n-new' } } };
      },
    });
    await wrapper.get('[data-testid="field-name"]').setValue('  Сеть школ района ');
    wrapper.findAllComponents(Select).find((s) => s.attributes('data-testid') === 'field-model')?.vm.$emit('update:modelValue', 'DISTRIBUTED');
    wrapper.findComponent(OrganizationPicker).vm.$emit('update:modelValue', 'o-school');
    await wrapper.get('[data-testid="field-startsOn"]').setValue('2026-09-01');
    await wrapper.get('[data-testid="field-endsOn"]').setValue('2027-05-31');
    await wrapper.get('form').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-coordinatorOrganizationId"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-coordinatorOrganizationId"]').text()).toBe('Координатором может быть только организация вашей зоны ответственности');

    refuse = false;
    await wrapper.get('form').trigger('submit');
    // The navigation waits for the lazily imported network page: slow on a cold transform cache.
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/networks/n-new'));
    expect(sent).toEqual({
      input: { name: 'Сеть школ района', model: 'DISTRIBUTED', coordinatorOrganizationId: 'o-school', startsOn: '2026-09-01', endsOn: '2027-05-31', goals: '' },
    });
  });
});
