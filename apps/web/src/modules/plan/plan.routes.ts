import type { RouteRecordRaw } from 'vue-router';

/** Everyone reads the plans of their scope; staff roles create and change them (the API decides which). */
export const planRoutes: RouteRecordRaw[] = [
  { path: 'plans', name: 'plans', component: () => import('./PlanListPage.vue') },
  { path: 'plans/new', name: 'plan-new', component: () => import('./PlanFormPage.vue'), meta: { permission: 'PLAN_WRITE' } },
  { path: 'plans/:id', name: 'plan', component: () => import('./PlanPage.vue'), props: true },
  { path: 'plans/:id/edit', name: 'plan-edit', component: () => import('./PlanFormPage.vue'), props: true, meta: { permission: 'PLAN_WRITE' } },
];
