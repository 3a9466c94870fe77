import type { RouteRecordRaw } from 'vue-router';
import { WRITE_ROLES } from '@/modules/auth/roles';

export const personRoutes: RouteRecordRaw[] = [
  { path: 'people', name: 'people', component: () => import('./PersonListPage.vue') },
  { path: 'people/new', name: 'person-new', component: () => import('./PersonFormPage.vue'), meta: { roles: WRITE_ROLES } },
  { path: 'people/:id', name: 'person', component: () => import('./PersonCardPage.vue'), props: true },
  { path: 'people/:id/edit', name: 'person-edit', component: () => import('./PersonFormPage.vue'), props: true, meta: { roles: WRITE_ROLES } },
];
