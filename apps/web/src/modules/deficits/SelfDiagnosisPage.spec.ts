import Select from 'primevue/select';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { useSessionStore } from '@/modules/auth/session.store';
import { diagnosis, options } from './deficits-fixtures';
import SelfDiagnosisPage from './SelfDiagnosisPage.vue';
import { waitFor } from '../../test/wait';

enableAutoUnmount(afterEach);
afterEach(() => vi.restoreAllMocks());

type Seen = { operation: string; variables: Record<string, unknown> }[];

function api(seen: Seen, list: unknown[] = [diagnosis()], kind = 'SCHOOL', name = 'МБОУ «СОШ №1»'): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'DeficitOptions') return { data: { deficitOptions: options } };
    if (operation === 'OrganizationSelfDiagnoses') return { data: { organizationSelfDiagnoses: list } };
    if (operation === 'OrganizationLabel') return { data: { organization: { __typename: 'Organization', id: 'o1', name, shortName: null, kind, inn: null, municipality: { __typename: 'Municipality', id: 'm1', name: 'Подпорожье' } } } };
    if (operation === 'CreateOrganizationSelfDiagnosis') {
      const input = variables['input'] as { conductedOn: string };
      if (input.conductedOn === '2025-12-20') return { errors: [{ message: 'Проверьте заполнение полей', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'conductedOn', message: 'Самодиагностика по этой рамке на эту дату уже есть' }] } }], data: null };
      return { data: { createOrganizationSelfDiagnosis: diagnosis({ id: 'sd2' }) } };
    }
    return { data: null };
  };
}

const staff = () =>
  useSessionStore().setMe({
    __typename: 'Me',
    id: 'u1',
    login: 'methodist',
    displayName: 'Методист',
    personId: null,
    grants: [{ __typename: 'RoleGrant', role: 'MUNICIPAL_METHODIST', regionId: null, municipalityId: 'm1', organizationId: null }],
    permissions: ['DIAGNOSTICS_READ', 'DIAGNOSTICS_WRITE'],
  });

describe('SelfDiagnosisPage', () => {
  it('shows the school’s deficits and proficits, and the aggregation rule to staff', async () => {
    const { wrapper } = await mountWithApp(SelfDiagnosisPage, { path: '/login', props: { id: 'o1' }, api: api([]) });
    staff();
    await waitFor(() => expect(wrapper.findAll('[data-testid="self-diagnosis"]')).toHaveLength(1));
    expect(wrapper.get('[data-testid="self-diagnosis-DEFICIT"]').text()).toContain('AS2 Подготовка к ГИА и ВПР');
    expect(wrapper.get('[data-testid="self-diagnosis-PROFICIT"]').text()).toContain('AS3');
    expect(wrapper.get('[data-testid="self-diagnosis-date"]').text()).toBe('20.12.2025');
    await waitFor(() => expect(wrapper.find('[data-testid="aggregate-rule"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="aggregate-rule"]').text()).toContain('не меньше 40 %');
    await waitFor(() => expect(wrapper.get('[data-testid="self-diagnosis-title"]').text()).toBe('Самодиагностика школы'));
  });

  it('names a kindergarten’s self-diagnosis after a kindergarten, not a school', async () => {
    const { wrapper } = await mountWithApp(SelfDiagnosisPage, { path: '/login', props: { id: 'o1' }, api: api([], [], 'KINDERGARTEN', 'МБДОУ «Детский сад №5»') });
    staff();
    await waitFor(() => expect(wrapper.find('[data-testid="self-diagnosis-organization"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="self-diagnosis-title"]').text()).toBe('Самодиагностика детского сада');
    expect(wrapper.text()).not.toContain('школ');
  });

  it('enters a self-diagnostics: client checks first, then the API’s field error under its field, then success', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(SelfDiagnosisPage, { path: '/login', props: { id: 'o1' }, api: api(seen, []), global: { stubs: { teleport: true } } });
    staff();
    await waitFor(() => expect(wrapper.find('[data-testid="self-diagnosis-empty"]').exists()).toBe(true));
    await waitFor(() => expect(wrapper.get('[data-testid="self-diagnosis-create"]').attributes('disabled')).toBeUndefined());
    await wrapper.get('[data-testid="self-diagnosis-create"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="self-diagnosis-form"]').exists()).toBe(true));
    expect(wrapper.findAll('[data-testid^="entry-level-"]')).toHaveLength(2);
    await wrapper.get('[data-testid="self-diagnosis-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.get('[data-testid="error-entries"]').text()).toBe('Отметьте хотя бы одну компетенцию'));
    expect(seen.some((s) => s.operation === 'CreateOrganizationSelfDiagnosis')).toBe(false);

    // Mark AS2 as a deficit (the level select of its row).
    const level = wrapper.findAllComponents(Select).find((c) => c.attributes('data-testid') === 'entry-level-AS2');
    level!.vm.$emit('update:modelValue', 'DEFICIT');
    await wrapper.get('[data-testid="field-conductedOn"]').setValue('2025-12-20');
    await wrapper.get('[data-testid="self-diagnosis-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.get('[data-testid="error-conductedOn"]').text()).toBe('Самодиагностика по этой рамке на эту дату уже есть'));
    expect(seen.find((s) => s.operation === 'CreateOrganizationSelfDiagnosis')?.variables).toEqual({
      input: { organizationId: 'o1', frameworkId: 'prof', conductedOn: '2025-12-20', summary: '', entries: [{ competenceId: 'as2', level: 'DEFICIT', note: '' }] },
    });

    await wrapper.get('[data-testid="field-conductedOn"]').setValue('2026-12-20');
    await wrapper.get('[data-testid="self-diagnosis-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="self-diagnosis-form"]').exists()).toBe(false));
  });

  it('opens a saved self-diagnostics with its levels, and asks before a menu click loses a changed level', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { wrapper, router } = await mountWithApp(SelfDiagnosisPage, { path: '/deficits/organization/o1', props: { id: 'o1' }, api: api([]), global: { stubs: { teleport: true } } });
    staff();
    await waitFor(() => expect(wrapper.find('[data-testid="self-diagnosis-edit"]').exists()).toBe(true));
    await wrapper.get('[data-testid="self-diagnosis-edit"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="self-diagnosis-form"]').exists()).toBe(true));
    const level = () => wrapper.findAllComponents(Select).find((c) => c.attributes('data-testid') === 'entry-level-AS2')!;
    await waitFor(() => expect(level().props('modelValue')).toBe('DEFICIT'));

    // Nothing changed yet: the menu is free.
    await router.push('/organizations');
    expect(confirm).not.toHaveBeenCalled();
    await router.push('/deficits/organization/o1');
    await waitFor(() => expect(wrapper.find('[data-testid="self-diagnosis-form"]').exists()).toBe(true));

    level().vm.$emit('update:modelValue', 'NORM');
    await router.push('/organizations');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(router.currentRoute.value.path).toBe('/deficits/organization/o1');
    expect(level().props('modelValue')).toBe('NORM');
  });
});
