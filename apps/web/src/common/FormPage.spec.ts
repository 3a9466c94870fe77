import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import NetworkFormPage from '@/modules/network/NetworkFormPage.vue';
import { waitFor } from '@/test/wait';

// The shell is checked through a real form page on it (every record form page is one: organisation, person, network,
// association, campaign, programme).
enableAutoUnmount(afterEach);
afterEach(() => vi.restoreAllMocks());

const empty = { data: { organizations: { __typename: 'OrganizationConnection', nodes: [] } } };
const NETWORK = {
  __typename: 'Network',
  id: 'n1',
  name: 'Сеть школ Воркуты',
  model: 'DISTRIBUTED',
  coordinatorOrganizationId: 'o1',
  coordinator: { __typename: 'Organization', id: 'o1', name: 'МОУ «СОШ №12»', shortName: 'СОШ №12', municipalityName: 'Воркута' },
  archivedAt: null,
  canEdit: true,
  memberCount: 0,
  members: [],
  startsOn: '2026-09-01',
  endsOn: null,
  goals: 'Цели',
};

function api(o: { refuse?: boolean } = {}): FakeApi {
  return (operation) => {
    if (operation === 'Network') return { data: { network: NETWORK } };
    if (operation === 'UpdateNetwork') {
      return o.refuse
        ? { data: null, errors: [{ message: 'Проверьте заполнение полей', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'name', message: 'Сеть с таким названием уже есть' }] } }] }
        : { data: { updateNetwork: { __typename: 'Network', id: 'n1' } } };
    }
    return empty;
  };
}

async function editPage(o: { refuse?: boolean } = {}) {
  const mounted = await mountWithApp(NetworkFormPage, { path: '/networks/n1/edit', props: { id: 'n1' }, api: api(o) });
  await waitFor(() => expect((mounted.wrapper.get('[data-testid="field-name"]').element as HTMLInputElement).value).toBe('Сеть школ Воркуты'));
  return mounted;
}

const unload = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('FormPage: the unsaved-changes guard', () => {
  it('lets a clean form go without asking (menu click, closing the tab)', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { router } = await editPage();
    expect(unload()).toBe(false);
    await router.push('/organizations');
    expect(router.currentRoute.value.path).toBe('/organizations');
    expect(confirm).not.toHaveBeenCalled();
  });

  it('asks before a changed form is left: «остаться» keeps the page and the typed text, «уйти» leaves', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { wrapper, router } = await editPage();
    await wrapper.get('[data-testid="field-name"]').setValue('Сеть школ Воркуты и Инты');
    expect(unload()).toBe(true);

    await router.push('/organizations');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0]![0]).toBe('Есть несохранённые изменения. Уйти со страницы и потерять их?');
    expect(router.currentRoute.value.path).toBe('/networks/n1/edit');
    expect((wrapper.get('[data-testid="field-name"]').element as HTMLInputElement).value).toBe('Сеть школ Воркуты и Инты');

    // «назад» asks too.
    confirm.mockReturnValue(true);
    await router.push('/networks');
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(router.currentRoute.value.path).toBe('/networks');
  });

  it('does not ask after the change is saved, nor on «Отмена»', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const saved = await editPage();
    await saved.wrapper.get('[data-testid="field-name"]').setValue('Сеть школ Воркуты и Инты');
    await saved.wrapper.get('form').trigger('submit');
    await waitFor(() => expect(saved.router.currentRoute.value.path).toBe('/networks/n1'));
    saved.wrapper.unmount();

    const cancelled = await editPage();
    await cancelled.wrapper.get('[data-testid="field-name"]').setValue('Другое название');
    await cancelled.wrapper.get('[data-testid="cancel"]').trigger('click');
    await waitFor(() => expect(cancelled.router.currentRoute.value.path).toBe('/networks/n1'));
    expect(confirm).not.toHaveBeenCalled();
  });

  it('keeps asking after a refused save: the change is still not stored, its error under the field', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { wrapper, router } = await editPage({ refuse: true });
    await wrapper.get('[data-testid="field-name"]').setValue('Сеть школ №2');
    await wrapper.get('form').trigger('submit');
    await waitFor(() => expect(wrapper.get('[data-testid="error-name"]').text()).toBe('Сеть с таким названием уже есть'));
    await router.push('/organizations');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(router.currentRoute.value.path).toBe('/networks/n1/edit');
  });
});
