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
    meta: {
      permission: 'DIAGNOSTICS_WRITE',
      early: (to) => {
        // Every cell of the map writes its numbers (31,3 %): Intl's number formatter costs the browser a look-up of the
        // locale's data when first made (≈ 20 ms on a fast machine, ×4 on a phone), made here in a task of its own
        // while the page's code and data are on their way, not in the task that draws the map.
        void import('@/common/format').then((f) => setTimeout(() => f.formatScore(0), 0));
        return import('./deficits.early').then((m) => m.sendHeatmapEarly(to));
      },
    },
  },
  { path: 'deficits/compare', name: 'deficits-compare', component: () => import('./ComparisonPage.vue') },
  { path: 'deficits/my', name: 'deficits-my', component: () => import('./MyProfilePage.vue') },
  { path: 'deficits/person/:id', name: 'deficits-person', component: () => import('./PersonProfilePage.vue'), props: true },
  { path: 'deficits/organization/:id', name: 'deficits-organization', component: () => import('./SelfDiagnosisPage.vue'), props: true },
];
