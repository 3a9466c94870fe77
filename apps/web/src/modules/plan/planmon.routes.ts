import type { RouteRecordRaw } from 'vue-router';

/** A plan's monitoring, history and versions, risks, council and exports (PLANS' plan page links here and may mount the tabs). */
export const planmonRoutes: RouteRecordRaw[] = [
  { path: 'plans/:id/monitoring', name: 'plan-monitoring', component: () => import('./PlanMonitoringPage.vue'), props: true, meta: { permission: 'PLAN_READ' } },
];
