import type { RouteRecordRaw } from 'vue-router';
import { useSessionStore } from '@/modules/auth/session.store';
import { landingFor } from './landing';

/**
 * `/` opens the page the user lands on (`landingFor`): after signing in (the sign-in page goes to `/` unless a
 * `redirect` says otherwise) and from the menu's «Главная». A guard, not a `redirect`: it runs after the auth guard
 * has loaded the session.
 */
export const homeRoutes: RouteRecordRaw[] = [
  { path: '', name: 'home', component: () => import('./MyAgendaPage.vue'), beforeEnter: () => landingFor(useSessionStore().me) },
  { path: 'my', name: 'home-my', component: () => import('./MyAgendaPage.vue') },
  { path: 'school/:organizationId', name: 'home-school', component: () => import('./SchoolHomePage.vue'), props: true, meta: { permission: 'REGISTRY_WRITE' } },
];
