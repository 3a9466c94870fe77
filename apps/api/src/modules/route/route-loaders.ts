import DataLoader from 'dataloader';
import { GateRequest } from '../../common/auth/actor';
import { byKeys, groupByKeys, loaderFor } from '../../common/graphql/loaders';
import { PersonCards } from '../person/person-cards';
import { RouteEffectivenessItemObject } from './dto/route.object';
import { LearningRouteStepEntity } from './learning-route-step.entity';
import { RouteRights } from './route-locks';
import { LinkedEventRow, MentorshipRow, RouteCompetenceRow, RoutePageRows } from './route.repository';
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

/** The steps of routes, by route id, in their order. */
export function routeSteps(req: object, service: RouteService): DataLoader<string, LearningRouteStepEntity[]> {
  return loaderFor<string, LearningRouteStepEntity[]>(req, 'route.steps', async (ids) => groupByKeys(ids, await service.stepsOf(ids), (s) => s.routeId));
}

export type JournalRow = Awaited<ReturnType<RouteService['journalOf']>>[number];

/** The growth journal of routes, by route id, newest first. */
export function routeJournal(req: object, service: RouteService): DataLoader<string, JournalRow[]> {
  return loaderFor<string, JournalRow[]>(req, 'route.journal', async (ids) => groupByKeys(ids, await service.journalOf(ids), (j) => j.routeId));
}

/**
 * The targeted competences (`c:<route id>`) and their effectiveness (`e:<route id>`), by one loader: when a request
 * asks both (the route page), ONE statement reads the effectiveness and the competences are its first columns (the
 * same rows, in the same order); the competences alone are read by their own cheaper statement.
 */
export function routeTargeted(req: object, service: RouteService): DataLoader<string, RouteCompetenceRow[] | RouteEffectivenessItemObject[]> {
  return loaderFor<string, RouteCompetenceRow[] | RouteEffectivenessItemObject[]>(req, 'route.targeted', async (keys) => {
    const ids = [...new Set(keys.map((k) => k.slice(2)))];
    if (!keys.some((k) => k.startsWith('e:'))) {
      const competences = byRoute(await service.competencesOf(ids));
      return keys.map((k) => competences.get(k.slice(2)) ?? []);
    }
    const rows = byRoute(await service.effectivenessOf(ids));
    return keys.map((k) => {
      const items = rows.get(k.slice(2)) ?? [];
      return k.startsWith('e:') ? items : competencesOf(items);
    });
  });
}

/** The competences of effectiveness items (its first columns). */
function competencesOf(items: readonly (RouteEffectivenessItemObject & { routeId: string })[]): RouteCompetenceRow[] {
  return items.map((e) => ({ routeId: e.routeId, competenceId: e.competenceId, code: e.code, name: e.name, baselineScore: e.beforeScore }));
}

/** The mentorships MENTORING steps belong to, by mentorship id. */
export function stepMentorship(req: object, service: RouteService): DataLoader<string, MentorshipRow | null> {
  return loaderFor<string, MentorshipRow | null>(req, 'route.step.mentorship', async (ids) => byKeys(ids, await service.mentorshipsOf(ids), (x) => x.id, null));
}

/** The events EVENT steps link, by event id (null where the caller may not see it: rule `event.read`). */
export function stepEvent(req: GateRequest, service: RouteService): DataLoader<string, LinkedEventRow | null> {
  return loaderFor<string, LinkedEventRow | null>(req, 'route.step.event', async (ids) => {
    if (!req.user) return ids.map(() => null);
    return byKeys(ids, await service.linkedEvents({ grants: req.user.grants, personId: req.user.personId }, ids), (x) => x.id, null);
  });
}

/** The route page's read (`RouteService.forPage`), its effectiveness as the loader gives it. */
export type RoutePage = Omit<RoutePageRows, 'effectiveness'> & { effectiveness: (RouteEffectivenessItemObject & { routeId: string })[] };

/**
 * Primes the request's loaders with what the route page's one statement read, so that the page's fields (and any
 * other field of the same operation asking the same keys) get exactly what their own loaders would have read: the
 * rights and `route.person`, the steps, journal, competences and effectiveness of the route, `route.stepMentor` of
 * every step, the steps' events (null where not seen) and mentorships, the person's and the shown mentors' cards.
 */
export function primeRoutePage(req: GateRequest, service: RouteService, cards: PersonCards, page: RoutePage): void {
  const id = page.route.id;
  routeRights(req, service).prime(id, page.rights);
  personShown(req, service, 'route.person').prime(id, page.personShown);
  routeSteps(req, service).prime(id, page.steps);
  routeJournal(req, service).prime(id, page.journal);
  routeTargeted(req, service).prime(`e:${id}`, page.effectiveness).prime(`c:${id}`, competencesOf(page.effectiveness));
  const mentorShown = personShown(req, service, 'route.stepMentor');
  const events = new Map(page.events.map((e) => [e.id, e]));
  const mentorships = new Map(page.mentorships.map((x) => [x.id, x]));
  const people = new Map(page.cards.map((c) => [c.id, c]));
  const card = (personId: string) => cards.prime(req, personId, people.get(personId) ?? null);
  if (page.route.personId && page.personShown) card(page.route.personId);
  for (const s of page.steps) {
    mentorShown.prime(s.id, page.mentorShown.has(s.id));
    if (s.mentorPersonId && page.mentorShown.has(s.id)) card(s.mentorPersonId);
    if (s.eventId) stepEvent(req, service).prime(s.eventId, events.get(s.eventId) ?? null);
    if (s.mentorshipId) stepMentorship(req, service).prime(s.mentorshipId, mentorships.get(s.mentorshipId) ?? null);
  }
}

/** Rows grouped by their route, in their order. */
function byRoute<T extends { routeId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(r.routeId);
    if (list) list.push(r);
    else map.set(r.routeId, [r]);
  }
  return map;
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
