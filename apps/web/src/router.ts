import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import { installPageLoadErrorHandler } from '@/layout/page-load-error';
import { auditRoutes } from '@/modules/audit/audit.routes';
import { reportRoutes } from '@/modules/report/report.routes';
import { associationRoutes } from '@/modules/association/association.routes';
import { eventRoutes } from '@/modules/event/event.routes';
import { planRoutes } from '@/modules/plan/plan.routes';
import { documentRoutes } from '@/modules/document/document.routes';
import { territoryRoutes } from '@/modules/territory/territory.routes';
import { apiClientRoutes } from '@/modules/api-client/api-client.routes';
import { practiceRoutes } from '@/modules/practice/practice.routes';
import { indicatorRoutes } from '@/modules/indicator/indicator.routes';
import { calendarRoutes } from '@/modules/event/calendar.routes';
import { accountRoutes, authRoutes } from '@/modules/auth/auth.routes';
import { deficitsRoutes } from '@/modules/deficits/deficits.routes';
import { competenceRoutes } from '@/modules/competence/competence.routes';
import { instrumentRoutes } from '@/modules/instrument/instrument.routes';
import { diagnosticsRoutes } from '@/modules/diagnostics/diagnostics.routes';
import { matchingRoutes } from '@/modules/matching/matching.routes';
import { mentoringRoutes } from '@/modules/mentoring/mentoring.routes';
import { organizationRoutes } from '@/modules/organization/organization.routes';
import { networkRoutes } from '@/modules/network/network.routes';
import { personRoutes } from '@/modules/person/person.routes';
import { registryImportRoutes } from '@/modules/registry-import/registry-import.routes';
import { routeRoutes } from '@/modules/route/route.routes';
import { stagingRoutes } from '@/modules/staging/staging.routes';
import { internshipPublicRoutes, internshipRoutes } from '@/modules/internship/internship.routes';
import { growthRoutes } from '@/modules/growth/growth.routes';
import { planmonRoutes } from '@/modules/plan/planmon.routes';
import { dashboardRoutes } from '@/modules/dashboard/dashboard.routes';
import { homeRoutes } from '@/modules/home/home.routes';

declare module 'vue-router' {
  interface RouteMeta {
    /**
     * Sends the page's first query when the app is opened on it, before the app's shell and the page's code have
     * loaded (main.ts, graphql/early.ts): a small module of its own, loaded with a dynamic import.
     */
    early?: (to: Pick<RouteLocationNormalized, 'query' | 'params'>) => Promise<void>;
  }
}

export const routes: RouteRecordRaw[] = [
  ...authRoutes,
  ...internshipPublicRoutes,
  {
    path: '/',
    // Lazy: the sign-in page does without the layout (menu, drawer) and its components.
    component: () => import('@/layout/AppLayout.vue'),
    children: [
      ...homeRoutes,
      ...organizationRoutes,
      ...personRoutes,
      ...registryImportRoutes,
      ...networkRoutes,
      ...associationRoutes,
      ...eventRoutes,
      ...planRoutes,
      ...documentRoutes,
      ...territoryRoutes,
      ...apiClientRoutes,
      ...practiceRoutes,
      ...indicatorRoutes,
      ...calendarRoutes,
      ...mentoringRoutes,
      ...deficitsRoutes,
      ...competenceRoutes,
      ...instrumentRoutes,
      ...diagnosticsRoutes,
      ...routeRoutes,
      ...planmonRoutes,
      ...matchingRoutes,
      ...stagingRoutes,
      ...internshipRoutes,
      ...growthRoutes,
      ...accountRoutes,
      ...auditRoutes,
      ...dashboardRoutes,
      ...reportRoutes,
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('@/common/NotFoundPage.vue') },
    ],
  },
];

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
  // A page whose code cannot be loaded (offline, a redeploy) says so and offers a reload instead of doing nothing.
  installPageLoadErrorHandler(router);
  return router;
}
