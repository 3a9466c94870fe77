import type { RouteRecordRaw } from 'vue-router';
import { WRITE_ROLES } from '@/modules/auth/roles';

/** Everyone reads the networks of their scope; staff roles create them (the API decides who changes which). */
export const networkRoutes: RouteRecordRaw[] = [
  { path: 'networks', name: 'networks', component: () => import('./NetworkListPage.vue') },
  { path: 'networks/invitations', name: 'network-invitations', component: () => import('./NetworkInvitationsPage.vue'), meta: { roles: WRITE_ROLES } },
  { path: 'networks/new', name: 'network-new', component: () => import('./NetworkFormPage.vue'), meta: { roles: WRITE_ROLES } },
  { path: 'networks/:id', name: 'network', component: () => import('./NetworkPage.vue'), props: true },
  { path: 'networks/:id/edit', name: 'network-edit', component: () => import('./NetworkFormPage.vue'), props: true, meta: { roles: WRITE_ROLES } },
];
