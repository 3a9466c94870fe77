import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { RouteRepository } from './route.repository';

/** A suggested mentor for a route: score (0–100) and the reasons in words. */
export interface RouteMentorSuggestion {
  personId: string;
  name: string;
  score: number;
  reasons: string[];
  /** The targeted competences this mentor is strong in (all of them when a source does not say). */
  competenceIds?: string[];
}

/**
 * Where route building gets its mentors from. The matching module may provide its own implementation under this
 * token; the default one below picks mentors by their proficits.
 */
export interface RouteMentorSource {
  suggest(m: EntityManager, scope: AccessScope, personId: string, competenceIds: readonly string[], limit: number): Promise<RouteMentorSuggestion[]>;
}
export const ROUTE_MENTOR_SOURCE = Symbol('ROUTE_MENTOR_SOURCE');

/**
 * Mentors from the mentor base — people in the caller's staff scope, at the person's organisations or in their
 * networks — with a PROFICIT (latest result) in the targeted competences (matched by code), ordered by overlap,
 * then by free places and name.
 */
@Injectable()
export class ProficitMentorSource implements RouteMentorSource {
  constructor(private readonly repo: RouteRepository) {}

  async suggest(m: EntityManager, scope: AccessScope, personId: string, competenceIds: readonly string[], limit: number): Promise<RouteMentorSuggestion[]> {
    const competences = await this.repo.competenceCodes(m, competenceIds);
    const byCode = new Map<string, string[]>();
    for (const id of competenceIds) {
      const c = competences.get(id);
      if (c) byCode.set(c.code, [...(byCode.get(c.code) ?? []), id]);
    }
    const rows = await this.repo.mentorCandidates(m, scope, personId, [...byCode.keys()]);
    const total = competenceIds.length || 1;
    return rows
      .map((r) => {
        const covered = r.codes.flatMap((code) => byCode.get(code) ?? []);
        const names = covered.map((id) => `${competences.get(id)!.code} «${competences.get(id)!.name}»`);
        const reasons = [`Профицит по ${covered.length} из ${competenceIds.length}: ${names.join(', ')}`];
        if (r.organizationName) reasons.push(`Место работы: ${r.organizationName}`);
        if (r.sameNetwork) reasons.push('Организация в той же методической сети');
        reasons.push(r.freePlaces > 0 ? `Свободных мест: ${r.freePlaces}` : 'Свободных мест нет');
        const score = Math.round((covered.length / total) * 90 + (r.freePlaces > 0 ? 10 : 0));
        return { personId: r.personId, name: r.name, score, reasons, competenceIds: covered, free: r.freePlaces };
      })
      .sort((a, b) => b.competenceIds.length - a.competenceIds.length || b.free - a.free || a.name.localeCompare(b.name, 'ru'))
      .slice(0, limit)
      .map(({ free: _free, ...s }) => s);
  }
}
