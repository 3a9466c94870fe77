import type { RouteRecordRaw } from 'vue-router';

export const organizationRoutes: RouteRecordRaw[] = [
  {
    path: 'organizations',
    name: 'organizations',
    component: () => import('./OrganizationListPage.vue'),
    meta: { early: (to) => import('./organization.early').then((m) => m.sendOrganizationListEarly(to)) },
  },
  { path: 'organizations/new', name: 'organization-new', component: () => import('./OrganizationFormPage.vue'), meta: { permission: 'REGISTRY_WRITE' } },
  { path: 'organizations/:id', name: 'organization', component: () => import('./OrganizationCardPage.vue'), props: true },
  {
    path: 'organizations/:id/edit',
    name: 'organization-edit',
    component: () => import('./OrganizationFormPage.vue'),
    props: true,
    meta: { permission: 'REGISTRY_WRITE' },
  },
];
