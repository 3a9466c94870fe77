import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { MatchingService } from '../matching/matching.service';
import { RouteRepository } from './route.repository';

/** A suggested mentor for a route: the fit score and its reasons in words. */
export interface RouteMentorSuggestion {
  personId: string;
  name: string;
  score: number;
  reasons: string[];
  /** The targeted competences this mentor is strong in (all of them when a source does not say). */
  competenceIds?: string[];
}

/** Where route building gets its mentors from (an interface, so route rules are tested apart from matching). */
export interface RouteMentorSource {
  suggest(m: EntityManager, scope: AccessScope, personId: string, competenceIds: readonly string[], limit: number): Promise<RouteMentorSuggestion[]>;
}
export const ROUTE_MENTOR_SOURCE = Symbol('ROUTE_MENTOR_SOURCE');

/**
 * Mentors by the matching of deficits to strengths: the route's pool (route.repository `mentorPool`) ranked by
 * MatchingService — the targeted competences stand in for the deficits, covered by a proficit or a mentor's direction,
 * with the same reasons in words as the matching screen (subject, network role, free places).
 */
@Injectable()
export class MatchingMentorSource implements RouteMentorSource {
  constructor(
    private readonly repo: RouteRepository,
    private readonly matching: MatchingService,
  ) {}

  async suggest(m: EntityManager, scope: AccessScope, personId: string, competenceIds: readonly string[], limit: number): Promise<RouteMentorSuggestion[]> {
    const competences = await this.repo.competenceCodes(m, competenceIds);
    const idsByCode = new Map<string, string[]>();
    for (const id of competenceIds) {
      const c = competences.get(id);
      if (c) idsByCode.set(c.code, [...(idsByCode.get(c.code) ?? []), id]);
    }
    if (!idsByCode.size) return [];
    const pool = await this.repo.mentorPool(m, scope, personId);
    const names = new Map(pool.map((p) => [p.personId, p.name]));
    const ranked = await this.matching.rankForCompetences(m, personId, [...idsByCode.keys()], [...names.keys()]);
    return ranked.slice(0, limit).map((r) => ({
      personId: r.personId,
      name: names.get(r.personId)!,
      score: r.score,
      reasons: r.reasons,
      competenceIds: r.covers.flatMap((code) => idsByCode.get(code) ?? []),
    }));
  }
}
