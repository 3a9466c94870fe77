import type { RouteRecordRaw } from 'vue-router';

export const personRoutes: RouteRecordRaw[] = [
  { path: 'people', name: 'people', component: () => import('./PersonListPage.vue') },
  { path: 'people/new', name: 'person-new', component: () => import('./PersonFormPage.vue'), meta: { permission: 'REGISTRY_WRITE' } },
  { path: 'people/:id', name: 'person', component: () => import('./PersonCardPage.vue'), props: true },
  { path: 'people/:id/edit', name: 'person-edit', component: () => import('./PersonFormPage.vue'), props: true, meta: { permission: 'REGISTRY_WRITE' } },
];
