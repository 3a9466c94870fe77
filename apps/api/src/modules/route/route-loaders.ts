import DataLoader from 'dataloader';
import { GateRequest } from '../../common/auth/actor';
import { loaderFor } from '../../common/graphql/loaders';
import { RouteRights } from './route-locks';
import { RouteService } from './route.service';

const NONE: RouteRights = { owner: false, editor: false, approver: false };

/** The caller's rights over routes (`route.own`, `route.edit`, `route.approve`), batched per request. */
export function routeRights(req: GateRequest, service: RouteService): DataLoader<string, RouteRights> {
  return loaderFor<string, RouteRights>(req, 'route.rights', async (ids) => {
    if (!req.user) return ids.map(() => NONE);
    const rights = await service.rights({ grants: req.user.grants, personId: req.user.personId }, ids);
    return ids.map((x) => rights.get(x) ?? NONE);
  });
}

/** Whether the caller may see the person nested at this id (route owner, step mentor): batched per request. */
export function personShown(req: GateRequest, service: RouteService, action: 'route.person' | 'route.stepMentor'): DataLoader<string, boolean> {
  return loaderFor<string, boolean>(req, action, async (ids) => {
    if (!req.user) return ids.map(() => false);
    const ok = await service.allowed({ grants: req.user.grants, personId: req.user.personId }, action, ids);
    return ids.map((x) => ok.has(x));
  });
}

/** What the route page's own statement decided for its route (`RouteService.forPage`), kept on the route's object. */
export interface RoutePageFacts {
  rights: RouteRights;
  personShown: boolean;
}

const PAGE_FACTS = Symbol('routePageFacts');

/** `o` carrying the page's facts under a symbol GraphQL cannot see (its fields then answer them without a loader). */
export function withPageFacts<T extends object>(o: T, facts: RoutePageFacts): T {
  Object.defineProperty(o, PAGE_FACTS, { value: facts, enumerable: false });
  return o;
}

export function pageFactsOf(o: object): RoutePageFacts | undefined {
  return (o as { [PAGE_FACTS]?: RoutePageFacts })[PAGE_FACTS];
}
