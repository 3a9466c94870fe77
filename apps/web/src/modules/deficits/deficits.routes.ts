import type { RouteRecordRaw } from 'vue-router';

/**
 * Heatmaps and comparisons for staff (the API narrows them to the caller's scope); profiles for anyone allowed to
 * see the person — a teacher sees their own (`/deficits/my`); schools' self-diagnostics on their organisation.
 */
export const deficitsRoutes: RouteRecordRaw[] = [
  {
    path: 'deficits',
    name: 'deficits-heatmap',
    component: () => import('./HeatmapPage.vue'),
    meta: { permission: 'DIAGNOSTICS_WRITE', early: (to) => import('./deficits.early').then((m) => m.sendHeatmapEarly(to)) },
  },
  { path: 'deficits/compare', name: 'deficits-compare', component: () => import('./ComparisonPage.vue') },
  { path: 'deficits/my', name: 'deficits-my', component: () => import('./MyProfilePage.vue') },
  { path: 'deficits/person/:id', name: 'deficits-person', component: () => import('./PersonProfilePage.vue'), props: true },
  { path: 'deficits/organization/:id', name: 'deficits-organization', component: () => import('./SelfDiagnosisPage.vue'), props: true },
];
