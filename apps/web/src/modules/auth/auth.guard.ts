import type { Router, RouteLocationNormalized } from 'vue-router';
import type { Permission } from '@/gql/graphql';
import { loadSession } from './session';
import type { SessionStore } from './session.store';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
    /** Only for users who hold this permission (`me.permissions`); others get the not-found page, as the API answers. */
    permission?: Permission;
  }
}

/** Where to go back after signing in: only paths inside the SPA. */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function loginLocation(to: Pick<RouteLocationNormalized, 'fullPath'>) {
  return { name: 'login', query: to.fullPath && to.fullPath !== '/' ? { redirect: to.fullPath } : {} };
}

/** Where a signed-in user goes for the page `to`: on, or the not-found page when a matched route needs a permission they lack. */
export function permissionRedirect(to: Pick<RouteLocationNormalized, 'matched' | 'path'>, session: Pick<SessionStore, 'can'>) {
  const missing = to.matched.some((r) => r.meta.permission && !session.can(r.meta.permission));
  return missing ? { name: 'not-found', params: { pathMatch: to.path.slice(1).split('/') } } : true;
}

/** Loads the session once, keeps signed-out users on public pages and pages that need a permission to those who hold it. */
export function installAuthGuard(router: Router, session: SessionStore): void {
  router.beforeEach(async (to) => {
    if (!session.loaded) await loadSession(session);
    if (to.name === 'login' && session.isAuthenticated) return safeRedirect(to.query['redirect']);
    if (to.meta.public) return true;
    if (!session.isAuthenticated) return loginLocation(to);
    return permissionRedirect(to, session);
  });
}
