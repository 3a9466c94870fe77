import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { useSessionStore, type Me } from '@/modules/auth/session.store';
import { mountWithApp } from '@/test/mount-app';

enableAutoUnmount(afterEach);

const me = (login: string, grant: Partial<Me['grants'][number]> & { role: Me['grants'][number]['role'] }, personId: string | null = null): Me => ({
  __typename: 'Me',
  id: `u-${login}`,
  login,
  displayName: login,
  personId,
  grants: [{ __typename: 'RoleGrant', regionId: null, municipalityId: null, organizationId: null, ...grant }],
  permissions: ['AUTHENTICATED', 'REGISTRY_READ', 'REGISTRY_WRITE'],
});

describe('the landing route `/`', () => {
  it.each([
    ['teacher.filippov', me('teacher.filippov', { role: 'TEACHER' }, 'p1'), '/my', 'home-my'],
    ['mentor.zhdanova', me('mentor.zhdanova', { role: 'MENTOR' }, 'p2'), '/my', 'home-my'],
    ['school12.vorkuta', me('school12.vorkuta', { role: 'ORGANIZATION_ADMIN', organizationId: 'o12' }), '/school/o12', 'home-school'],
    ['methodist.podporozhye', me('methodist.podporozhye', { role: 'MUNICIPAL_METHODIST', municipalityId: 'm1' }), '/dashboard', 'dashboard-territory'],
    ['coordinator.lo', me('coordinator.lo', { role: 'REGIONAL_COORDINATOR', regionId: 'r47' }), '/dashboard', 'dashboard-territory'],
  ])('sends %s to its page', async (_login, who, path, name) => {
    const { router } = await mountWithApp(defineComponent({ render: () => h('div') }), { path: '/login' });
    useSessionStore().setMe(who);
    await router.push('/');
    expect(router.currentRoute.value.fullPath).toBe(path);
    expect(router.currentRoute.value.name).toBe(name);
  });
});
