import type { RouteRecordRaw } from 'vue-router';

/**
 * Dashboards of a territory (a municipality or the region: `?territory=<municipality id>`, none = the caller's own
 * territory), of a network and of a programme. Filters live in the query (`territory`, `year`, `network`); HOME sends
 * methodists, coordinators and administrators to `dashboard-territory`.
 */
export const dashboardRoutes: RouteRecordRaw[] = [
  { path: 'dashboard', name: 'dashboard-territory', component: () => import('./TerritoryDashboardPage.vue'), meta: { permission: 'DASHBOARD_READ' } },
  { path: 'dashboard/network/:id', name: 'dashboard-network', component: () => import('./SubjectDashboardPage.vue'), props: (r) => ({ id: String(r.params['id']), kind: 'network' }), meta: { permission: 'DASHBOARD_READ' } },
  { path: 'dashboard/rows/:metric', name: 'dashboard-rows', component: () => import('./DashboardRowsPage.vue'), props: true, meta: { permission: 'DASHBOARD_READ' } },
  { path: 'dashboard/programme/:id', name: 'dashboard-programme', component: () => import('./SubjectDashboardPage.vue'), props: (r) => ({ id: String(r.params['id']), kind: 'programme' }), meta: { permission: 'DASHBOARD_READ' } },
];
