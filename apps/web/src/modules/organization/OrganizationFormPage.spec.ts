import { flushPromises } from '@vue/test-utils';
import Select from 'primevue/select';
import { describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test/mount-app';
import OrganizationFormPage from './OrganizationFormPage.vue';
import { waitFor } from '../../test/wait';

const municipalities = [{ __typename: 'Municipality', id: 'm1', regionId: 'r1', name: 'Воркута', kind: 'URBAN_OKRUG' }];

async function mountNewForm(onCreate: (variables: Record<string, unknown>) => unknown) {
  const mounted = await mountWithApp(OrganizationFormPage, {
    path: '/organizations/new',
    api: (operation, variables) => {
      if (operation === 'Municipalities') return { data: { municipalities } };
      if (operation === 'CreateOrganization') return onCreate(variables);
      return { data: null };
    },
  });
  const { wrapper } = mounted;
  const selects = wrapper.findAllComponents(Select);
  const select = (testId: string) => selects.find((s) => s.attributes('data-testid') === testId);
  select('field-kind')?.vm.$emit('update:modelValue', 'SCHOOL');
  select('field-municipalityId')?.vm.$emit('update:modelValue', 'm1');
  await wrapper.get('[data-testid="field-name"]').setValue('МОУ «СОШ № 35»');
  return mounted;
}

describe('OrganizationFormPage', () => {
  it('checks required fields and the ИНН before sending', async () => {
    let calls = 0;
    const { wrapper } = await mountWithApp(OrganizationFormPage, { path: '/organizations/new', api: () => (calls++, { data: { municipalities } }) });
    await wrapper.get('[data-testid="field-inn"]').setValue('7707083894');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="error-name"]').text()).toBe('Обязательное поле');
    expect(wrapper.get('[data-testid="error-inn"]').text()).toBe('Неверная контрольная цифра ИНН');
    expect(calls).toBe(1); // municipalities only, no mutation
  });

  it('shows the API field errors under their fields and the rest as a general error', async () => {
    const { wrapper } = await mountNewForm(() => ({
      data: null,
      errors: [
        {
          message: 'Проверьте заполнение полей',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'inn', message: 'Организация с таким ИНН уже есть' },
              { field: 'statuses.0.year', message: 'Год — не раньше 2000' },
              { field: 'somethingElse', message: 'Что-то ещё не так' },
            ],
          },
        },
      ],
    }));
    await wrapper.get('[data-testid="status-add"]').trigger('click');
    const selects = wrapper.findAllComponents(Select);
    selects.find((s) => s.attributes('data-testid') === 'field-statuses.0.kind')?.vm.$emit('update:modelValue', 'LOW_RESULTS');
    await wrapper.get('form').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-inn"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-inn"]').text()).toBe('Организация с таким ИНН уже есть');
    expect(wrapper.get('[data-testid="error-statuses.0.year"]').text()).toBe('Год — не раньше 2000');
    expect(wrapper.get('[data-testid="form-general-error"]').text()).toBe('Что-то ещё не так');
  });

  it('sends the input and opens the new card', async () => {
    let sent: Record<string, unknown> | null = null;
    const { wrapper, router } = await mountNewForm((variables) => {
      sent = variables;
      return { data: { createOrganization: { __typename: 'Organization', id: 'new-id' } } };
    });
    await wrapper.get('form').trigger('submit');
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/organizations/new-id'));
    expect(sent).toMatchObject({ input: { name: 'МОУ «СОШ № 35»', kind: 'SCHOOL', municipalityId: 'm1', inn: null, statuses: [] } });
  });
});
