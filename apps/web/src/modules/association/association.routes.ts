import type { RouteRecordRaw } from 'vue-router';

/** Everyone reads the associations of their scope and their own; staff roles create them (the API decides who changes which). */
export const associationRoutes: RouteRecordRaw[] = [
  { path: 'associations', name: 'associations', component: () => import('./AssociationListPage.vue') },
  { path: 'associations/new', name: 'association-new', component: () => import('./AssociationFormPage.vue'), meta: { permission: 'ASSOCIATION_WRITE' } },
  { path: 'associations/:id', name: 'association', component: () => import('./AssociationPage.vue'), props: true },
  { path: 'associations/:id/edit', name: 'association-edit', component: () => import('./AssociationFormPage.vue'), props: true, meta: { permission: 'ASSOCIATION_WRITE' } },
];
