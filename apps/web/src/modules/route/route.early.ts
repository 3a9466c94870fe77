import type { RouteLocationNormalized } from 'vue-router';
import { sendEarly } from '@/graphql/early';
import { RouteQuery } from './route.graphql';

/** The route (ИОМ) of the URL, sent as the app opens on it (graphql/early.ts); useRoutePage asks the same. */
export function sendRouteEarly(to: Pick<RouteLocationNormalized, 'params'>): void {
  const id = to.params['id'];
  if (typeof id === 'string') void sendEarly(RouteQuery, { id });
}
