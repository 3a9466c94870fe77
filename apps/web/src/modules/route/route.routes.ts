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
    meta: {
      early: (to) => {
        // The head's first render writes dates and numbers (the period, the progress): Intl's formatters cost the
        // browser a look-up of the locale's data when first made (≈ 15–35 ms on a fast machine, ×4 on a phone), made
        // here in a task of their own while the page's code and data are on their way, not in the page's first render.
        void import('@/common/format').then((f) =>
          setTimeout(() => {
            f.formatDate('2000-01-01');
            f.formatPercent(0, 0);
          }, 0),
        );
        return import('./route.early').then((m) => m.sendRouteEarly(to));
      },
    },
  },
  { path: 'my/routes', name: 'my-routes', component: () => import('./MyRoutesPage.vue') },
  { path: 'routes/dialog', name: 'route-dialog', component: () => import('./RouteDialogPage.vue') },
  { path: 'routes/achievements/:personId', name: 'route-achievements', component: () => import('./RouteAchievementsPage.vue'), props: true },
];
