import type { RouteRecordRaw } from 'vue-router';

/** Everyone reads the indicators of owners they see; staff roles create them and enter values (the API decides which). */
export const indicatorRoutes: RouteRecordRaw[] = [
  { path: 'indicators', name: 'indicators', component: () => import('./IndicatorListPage.vue') },
  { path: 'indicators/new', name: 'indicator-new', component: () => import('./IndicatorFormPage.vue'), meta: { permission: 'INDICATOR_WRITE' } },
  { path: 'indicators/:id', name: 'indicator', component: () => import('./IndicatorPage.vue'), props: true },
  { path: 'indicators/:id/edit', name: 'indicator-edit', component: () => import('./IndicatorFormPage.vue'), props: true, meta: { permission: 'INDICATOR_WRITE' } },
  { path: 'indicators/:id/import', name: 'indicator-import', component: () => import('./IndicatorImportPage.vue'), props: true, meta: { permission: 'INDICATOR_WRITE' } },
];
