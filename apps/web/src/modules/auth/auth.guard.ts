import type { Client } from '@urql/vue';
import type { Router, RouteLocationNormalized } from 'vue-router';
import type { RoleKind } from '@/gql/graphql';
import { loadSession } from './session';
import type { SessionStore } from './session.store';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
    /** Only for these roles (others get the not-found page, as the API answers NOT_FOUND/FORBIDDEN). */
    roles?: readonly RoleKind[];
  }
}

/** Where to go back after signing in: only paths inside the SPA. */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function loginLocation(to: Pick<RouteLocationNormalized, 'fullPath'>) {
  return { name: 'login', query: to.fullPath && to.fullPath !== '/' ? { redirect: to.fullPath } : {} };
}

/** Loads the session once, keeps signed-out users on public pages and role-bound pages to their roles. */
export function installAuthGuard(router: Router, client: Client, session: SessionStore): void {
  router.beforeEach(async (to) => {
    if (!session.loaded) await loadSession(client, session);
    if (to.name === 'login' && session.isAuthenticated) return safeRedirect(to.query['redirect']);
    if (to.meta.public) return true;
    if (!session.isAuthenticated) return loginLocation(to);
    const roles = to.matched.flatMap((r) => r.meta.roles ?? []);
    if (roles.length && !session.hasAnyRole(roles)) return { name: 'not-found', params: { pathMatch: to.path.slice(1).split('/') } };
    return true;
  });
}
