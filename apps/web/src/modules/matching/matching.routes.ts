import type { RouteRecordRaw } from 'vue-router';

/** «Подбор наставников» is for staff (the API's MATCHING permission); choices live in the URL query. */
export const matchingRoutes: RouteRecordRaw[] = [
  { path: 'matching', name: 'matching', component: () => import('./MatchingPage.vue'), meta: { permission: 'MATCHING' } },
  { path: 'matching/plan', name: 'matching-plan', component: () => import('./AssignmentPlanPage.vue'), meta: { permission: 'MATCHING' } },
  { path: 'matching/schools', name: 'matching-schools', component: () => import('./SchoolPairsPage.vue'), meta: { permission: 'MATCHING' } },
];
