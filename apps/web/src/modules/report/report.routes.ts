import type { RouteRecordRaw } from 'vue-router';

export const reportRoutes: RouteRecordRaw[] = [
  { path: 'reports', name: 'reports', component: () => import('./ReportsPage.vue'), meta: { permission: 'REPORT_ORDER' } },
];
