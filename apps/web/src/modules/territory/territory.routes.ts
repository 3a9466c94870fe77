import type { RouteRecordRaw } from 'vue-router';

/** Municipalities: their administrators (platform, region) keep them; the API decides which. */
export const territoryRoutes: RouteRecordRaw[] = [
  { path: 'territories', name: 'municipalities', component: () => import('./MunicipalityListPage.vue'), meta: { permission: 'TERRITORY_MANAGE' } },
  { path: 'territories/new', name: 'municipality-new', component: () => import('./MunicipalityFormPage.vue'), meta: { permission: 'TERRITORY_MANAGE' } },
  { path: 'territories/:id', name: 'municipality', component: () => import('./MunicipalityFormPage.vue'), props: true, meta: { permission: 'TERRITORY_MANAGE' } },
];
