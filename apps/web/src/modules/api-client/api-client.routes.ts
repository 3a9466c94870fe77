import type { RouteRecordRaw } from 'vue-router';

/** API clients of regional systems: administrators keep them within their reach; the API decides which. */
export const apiClientRoutes: RouteRecordRaw[] = [
  { path: 'api-clients', name: 'api-clients', component: () => import('./ApiClientListPage.vue'), meta: { permission: 'API_CLIENT_MANAGE' } },
  { path: 'api-clients/new', name: 'api-client-new', component: () => import('./ApiClientFormPage.vue'), meta: { permission: 'API_CLIENT_MANAGE' } },
  { path: 'api-clients/:id', name: 'api-client', component: () => import('./ApiClientFormPage.vue'), props: true, meta: { permission: 'API_CLIENT_MANAGE' } },
];
