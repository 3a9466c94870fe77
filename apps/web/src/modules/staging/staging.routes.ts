import type { RouteRecordRaw } from 'vue-router';

/** Everyone reads the catalogue of their district; staff set up and keep sites (the API decides which). */
export const stagingRoutes: RouteRecordRaw[] = [
  { path: 'staging-sites', name: 'staging-sites', component: () => import('./StagingSiteListPage.vue') },
  { path: 'staging-sites/new', name: 'staging-site-new', component: () => import('./StagingSiteFormPage.vue'), meta: { permission: 'STAGING_WRITE' } },
  { path: 'staging-sites/:id', name: 'staging-site', component: () => import('./StagingSitePage.vue'), props: true },
  { path: 'staging-sites/:id/edit', name: 'staging-site-edit', component: () => import('./StagingSiteFormPage.vue'), props: true, meta: { permission: 'STAGING_WRITE' } },
  { path: 'internship-programs/:id', name: 'internship-program', component: () => import('./InternshipProgramPage.vue'), props: true },
];
