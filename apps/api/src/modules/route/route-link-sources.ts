import { EntityManager } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';

/** An upcoming event that develops some of the targeted competences (matched by competence code). */
export interface RouteEventOffer {
  eventId: string;
  title: string;
  startsOn: string;
  endsOn: string;
  /** A series: the next occurrence is not fixed here (the step links to the whole series). */
  series: boolean;
  /** Codes of the targeted competences the event develops. */
  competenceCodes: string[];
}

/** An internship module of an active staging site that develops some of the targeted competences. */
export interface RouteModuleOffer {
  moduleId: string;
  title: string;
  hours: number;
  programTitle: string;
  siteTitle: string;
  /** The earliest cohort of the programme not yet ended, if any. */
  cohortId: string | null;
  cohortStartsOn: string | null;
  cohortEndsOn: string | null;
  competenceCodes: string[];
}

/** Where the route builder gets events from (implemented next to the event domain, read through its own scope rule). */
export interface RouteEventSource {
  upcoming(m: EntityManager, scope: AccessScope, competenceCodes: readonly string[], today: string, limit: number): Promise<RouteEventOffer[]>;
}
/** Where the route builder gets internship modules from (implemented next to the staging domain). */
export interface RouteModuleSource {
  available(m: EntityManager, scope: AccessScope, competenceCodes: readonly string[], today: string, limit: number): Promise<RouteModuleOffer[]>;
}
export const ROUTE_EVENT_SOURCE = Symbol('ROUTE_EVENT_SOURCE');
export const ROUTE_MODULE_SOURCE = Symbol('ROUTE_MODULE_SOURCE');
