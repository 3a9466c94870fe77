import type { RouteRecordRaw } from 'vue-router';

export const authRoutes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./LoginPage.vue'), meta: { public: true } },
];

/** Pages inside the app's layout: one's own account (any signed-in user). */
export const accountRoutes: RouteRecordRaw[] = [{ path: 'account', name: 'account', component: () => import('./AccountPage.vue') }];
