import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { useSessionStore, type Me } from '@/modules/auth/session.store';
import type { Permission, RoleKind } from '@/gql/graphql';
import { connection, filippov, mentorshipRow, osipova, profile, zhdanova } from '@/test/mentoring-fixtures';
import MentorBasePage from './MentorBasePage.vue';
import MyMentorshipsPage from './MyMentorshipsPage.vue';
import { waitFor } from '../../test/wait';

// Unmounting stops the pickers' debounced searches before the test environment goes away.
enableAutoUnmount(afterEach);

type Seen = { operation: string; variables: Record<string, unknown> }[];

const me = (role: RoleKind, permissions: Permission[], personId: string | null = null): Me => ({
  __typename: 'Me',
  id: 'u1',
  login: 'user',
  displayName: 'Пользователь',
  personId,
  grants: [{ __typename: 'RoleGrant', role, regionId: null, municipalityId: null, organizationId: 'o12' }],
  permissions,
});

function api(seen: Seen = []): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'MentorBase') return { data: { mentorBase: connection('MentorProfileConnection', [profile('zh', zhdanova, 1, 3), profile('os', osipova, 2, 2)]) } };
    if (operation === 'MentorshipList') return { data: { mentorships: connection('MentorshipConnection', [mentorshipRow()]) } };
    if (operation === 'OrganizationOptions') return { data: { organizations: { __typename: 'OrganizationConnection', nodes: [] } } };
    if (operation === 'SaveMentorProfile') return { data: { saveMentorProfile: { ...profile('zh', zhdanova, 1, 4), person: undefined } } };
    return { data: null };
  };
}

describe('MentorBasePage', () => {
  it('lists mentors with types, directions and their load; the URL filters reach the API', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(MentorBasePage, { path: '/mentors?direction=VPR&free=1&subject=Математика', api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="mentor-row"]')).toHaveLength(2));
    const [zh, os] = wrapper.findAll('[data-testid="mentor-row"]');
    expect(zh?.get('[data-testid="mentor-name"]').text()).toBe('Жданова Тамара Михайловна');
    expect(zh?.get('[data-testid="mentor-types"]').text()).toBe('Классический наставник');
    expect(zh?.get('[data-testid="mentor-directions"]').text()).toBe('Подготовка к ОГЭ/ЕГЭ, ВПР');
    expect(zh?.get('[data-testid="mentor-load"]').text()).toBe('занято 1 из 3');
    expect(zh?.get('[data-testid="mentor-free"]').text()).toBe('2 свободных места');
    expect(os?.get('[data-testid="mentor-free"]').text()).toBe('нет свободных мест');
    expect(seen.find((s) => s.operation === 'MentorBase')?.variables).toMatchObject({
      filter: { direction: 'VPR', subject: 'Математика', withFreePlaces: true, type: null, organizationId: null },
    });
  });

  it('edits a mentor’s profile in a dialog (only who keeps the mentor base)', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(MentorBasePage, { path: '/mentors', api: api(seen), global: { stubs: { teleport: true } } });
    await waitFor(() => expect(wrapper.findAll('[data-testid="mentor-row"]')).toHaveLength(2));
    expect(wrapper.find('[data-testid="mentor-edit"]').exists()).toBe(false);
    useSessionStore().setMe(me('ORGANIZATION_ADMIN', ['MENTORING_READ']));
    await flushPromises();
    expect(wrapper.find('[data-testid="mentor-edit"]').exists()).toBe(false);
    useSessionStore().setMe(me('ORGANIZATION_ADMIN', ['MENTORING_READ', 'MENTORING_WRITE']));
    await waitFor(() => expect(wrapper.find('[data-testid="mentor-edit"]').exists()).toBe(true));
    await wrapper.get('[data-testid="mentor-edit"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="mentor-profile-form"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="mentor-profile-person"]').text()).toBe('Жданова Тамара Михайловна');
    expect((wrapper.get('[data-testid="field-subjects"]').element as HTMLInputElement).value).toBe('Математика');
    await wrapper.get('[data-testid="field-subjects"]').setValue('Математика, Информатика');
    await wrapper.get('[data-testid="mentor-profile-form"]').trigger('submit');
    await waitFor(() => expect(seen.some((s) => s.operation === 'SaveMentorProfile')).toBe(true));
    expect(seen.find((s) => s.operation === 'SaveMentorProfile')?.variables).toEqual({
      personId: 'zh',
      input: { types: ['CLASSIC'], directions: ['STATE_EXAMS', 'VPR'], subjects: ['Математика', 'Информатика'], strengths: 'Подготовка к ОГЭ', capacity: 3, available: true },
    });
  });
});

describe('MyMentorshipsPage', () => {
  it('lists the signed-in person’s mentorships with their side', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(MyMentorshipsPage, { path: '/my/mentorships', api: api(seen) });
    expect(wrapper.find('[data-testid="my-mentorships-no-person"]').exists()).toBe(true);
    expect(seen.some((s) => s.operation === 'MentorshipList')).toBe(false);

    useSessionStore().setMe(me('MENTOR', ['MENTORING_READ'], zhdanova.id));
    await waitFor(() => expect(wrapper.findAll('[data-testid="mentorship-row"]')).toHaveLength(1));
    expect(seen.find((s) => s.operation === 'MentorshipList')?.variables).toMatchObject({ filter: { personId: 'zh' } });
    const row = wrapper.get('[data-testid="mentorship-row"]');
    expect(row.get('[data-testid="mentorship-side"]').text()).toBe('вы — наставник');
    expect(row.get('[data-testid="mentorship-program"]').text()).toContain('Воркуты');
    expect(row.get('[data-testid="mentorship-mentees"]').text()).toBe(filippov.fullName);
    expect(row.get('a').attributes('href')).toBe('/mentorships/ms1');
  });
});
