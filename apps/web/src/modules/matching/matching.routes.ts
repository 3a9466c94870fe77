import type { RouteRecordRaw } from 'vue-router';
import { WRITE_ROLES } from '@/modules/auth/roles';

/** «Подбор наставников» is for staff (the API's MATCHING permission); choices live in the URL query. */
export const matchingRoutes: RouteRecordRaw[] = [
  { path: 'matching', name: 'matching', component: () => import('./MatchingPage.vue'), meta: { roles: WRITE_ROLES } },
  { path: 'matching/plan', name: 'matching-plan', component: () => import('./AssignmentPlanPage.vue'), meta: { roles: WRITE_ROLES } },
  { path: 'matching/schools', name: 'matching-schools', component: () => import('./SchoolPairsPage.vue'), meta: { roles: WRITE_ROLES } },
];
