import type { RouteRecordRaw } from 'vue-router';

/** Routes (ИОМ) are read by everyone in their scope; the API decides who builds, approves and marks what. */
export const routeRoutes: RouteRecordRaw[] = [
  { path: 'routes', name: 'routes', component: () => import('./RouteListPage.vue') },
  { path: 'routes/new', name: 'route-new', component: () => import('./RouteBuilderPage.vue') },
  {
    path: 'routes/:id',
    name: 'route',
    component: () => import('./RoutePage.vue'),
    props: true,
    meta: { early: (to) => import('./route.early').then((m) => m.sendRouteEarly(to)) },
  },
  { path: 'my/routes', name: 'my-routes', component: () => import('./MyRoutesPage.vue') },
  { path: 'routes/dialog', name: 'route-dialog', component: () => import('./RouteDialogPage.vue') },
  { path: 'routes/achievements/:personId', name: 'route-achievements', component: () => import('./RouteAchievementsPage.vue'), props: true },
];
