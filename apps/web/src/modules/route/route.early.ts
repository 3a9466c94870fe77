import type { DocumentNode } from 'graphql';
import type { RouteLocationNormalized } from 'vue-router';
import { sendEarly } from '@/graphql/early';
import { RouteQuery } from './route.graphql';

/** The route (ИОМ) of the URL: what useRoutePage will ask. Also the boot script's plan for this page (graphql/early-boot.ts). */
export function routeEarly(to: Pick<RouteLocationNormalized, 'params'>): [DocumentNode, Record<string, unknown>][] {
  const id = to.params['id'];
  return typeof id === 'string' ? [[RouteQuery, { id }]] : [];
}

/** Sends it as the app opens on the page (graphql/early.ts). */
export function sendRouteEarly(to: Pick<RouteLocationNormalized, 'params'>): void {
  for (const [document, variables] of routeEarly(to)) void sendEarly(document, variables);
}
