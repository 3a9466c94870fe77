import type { RouteRecordRaw } from 'vue-router';
import { WRITE_ROLES } from '@/modules/auth/roles';

export const organizationRoutes: RouteRecordRaw[] = [
  { path: 'organizations', name: 'organizations', component: () => import('./OrganizationListPage.vue') },
  { path: 'organizations/new', name: 'organization-new', component: () => import('./OrganizationFormPage.vue'), meta: { roles: WRITE_ROLES } },
  { path: 'organizations/:id', name: 'organization', component: () => import('./OrganizationCardPage.vue'), props: true },
  {
    path: 'organizations/:id/edit',
    name: 'organization-edit',
    component: () => import('./OrganizationFormPage.vue'),
    props: true,
    meta: { roles: WRITE_ROLES },
  },
];
