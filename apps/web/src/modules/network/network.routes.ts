import type { RouteRecordRaw } from 'vue-router';

/** Everyone reads the networks of their scope; staff roles create them (the API decides who changes which). */
export const networkRoutes: RouteRecordRaw[] = [
  { path: 'networks', name: 'networks', component: () => import('./NetworkListPage.vue') },
  { path: 'networks/invitations', name: 'network-invitations', component: () => import('./NetworkInvitationsPage.vue'), meta: { permission: 'REGISTRY_WRITE' } },
  { path: 'networks/new', name: 'network-new', component: () => import('./NetworkFormPage.vue'), meta: { permission: 'NETWORK_WRITE' } },
  { path: 'networks/:id', name: 'network', component: () => import('./NetworkPage.vue'), props: true },
  { path: 'networks/:id/edit', name: 'network-edit', component: () => import('./NetworkFormPage.vue'), props: true, meta: { permission: 'NETWORK_WRITE' } },
];
