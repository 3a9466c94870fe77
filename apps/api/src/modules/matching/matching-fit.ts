import { MENTOR_DIRECTION_LABELS, MentorDirection, NetworkEdgeKind, NetworkMemberRole } from '@metodset/shared';
import { CompactProblem } from './assignment-solver';

/**
 * How well a mentor fits a mentee, and why, in words. Pure: the service reads the facts (latest results,
 * mentor profiles, networks) and hands them here; the bench feeds generated facts to the same code.
 */

/** Competences (by code) that a mentor's declared direction of work develops. */
export const DIRECTION_COMPETENCES: Readonly<Record<MentorDirection, readonly string[]>> = {
  STATE_EXAMS: ['AS2'],
  VPR: ['AS2'],
  OLYMPIADS: ['PR2'],
  FUNCTIONAL_LITERACY: ['AS3'],
  SPECIAL_NEEDS: ['PP2'],
};

/** Points of each reason; the fit is their sum (an integer, as the assignment solver needs). */
export const FIT_POINTS = {
  /** Per deficit of the mentee that is a proficit of the mentor. */
  proficit: 10,
  /** Per deficit not covered by a proficit but by a direction the mentor works in. */
  direction: 6,
  subject: 5,
  /** The mentor's school supports the mentee's school in a network. */
  network: 8,
  otherSchool: 3,
  sameMunicipality: 3,
} as const;

export interface MenteeFacts {
  personId: string;
  organizationIds: readonly string[];
  municipalityIds: readonly string[];
  subjects: readonly string[];
  /** Competence codes at DEFICIT in the latest results. */
  deficits: readonly string[];
}

export interface MentorFacts {
  personId: string;
  organizationIds: readonly string[];
  municipalityIds: readonly string[];
  /** The person's subjects and those of the mentor profile. */
  subjects: readonly string[];
  /** Competence codes at PROFICIT in the latest results. */
  proficits: readonly string[];
  directions: readonly MentorDirection[];
}

export interface MatchPreferences {
  /** Prefer a mentor from another school. */
  otherSchool?: boolean | null;
  /** Prefer a mentor from the same municipality. */
  sameMunicipality?: boolean | null;
}

/** One school serving another in a network, with the phrase that says so. */
export interface SupportLink {
  fromOrganizationId: string;
  toOrganizationId: string;
  label: string;
}

export interface NetworkFacts {
  name: string;
  members: readonly { id: string; organizationId: string; role: NetworkMemberRole; level: number | null }[];
  edges: readonly { fromMemberId: string; toMemberId: string; kind: NetworkEdgeKind }[];
}

const SERVING_ROLES: readonly NetworkMemberRole[] = [NetworkMemberRole.MENTOR_SCHOOL, NetworkMemberRole.RESOURCE_CENTER];

/**
 * Who serves whom in the networks: a SUPPORT link (from → to); a mentor school or resource centre serves the
 * supported schools of its network; a higher level (1 is the strongest) serves the lower levels.
 */
export function supportLinks(networks: readonly NetworkFacts[]): SupportLink[] {
  const out = new Map<string, SupportLink>();
  for (const n of networks) {
    const byId = new Map(n.members.map((m) => [m.id, m]));
    const label = (from: NetworkFacts['members'][number]) =>
      from.role === NetworkMemberRole.RESOURCE_CENTER ? `ресурсный центр сети «${n.name}»` : `школа-наставник сети «${n.name}»`;
    const add = (from: NetworkFacts['members'][number], to: NetworkFacts['members'][number]) => {
      if (from.organizationId === to.organizationId) return;
      const key = `${from.organizationId}>${to.organizationId}`;
      if (!out.has(key)) out.set(key, { fromOrganizationId: from.organizationId, toOrganizationId: to.organizationId, label: label(from) });
    };
    for (const e of n.edges) {
      const from = byId.get(e.fromMemberId);
      const to = byId.get(e.toMemberId);
      if (e.kind === NetworkEdgeKind.SUPPORT && from && to) add(from, to);
    }
    for (const from of n.members) {
      for (const to of n.members) {
        if (SERVING_ROLES.includes(from.role) && to.role === NetworkMemberRole.SUPPORTED_SCHOOL) add(from, to);
        if (from.level !== null && to.level !== null && from.level < to.level) add(from, to);
      }
    }
  }
  return [...out.values()];
}

export interface FitContext {
  /** Competence code → Russian name. */
  competenceNames: ReadonlyMap<string, string>;
  links: readonly SupportLink[];
}

export interface Fit {
  score: number;
  reasons: string[];
  /** The mentor shares at least one deficit (by proficit or direction) or serves the mentee's school: a candidate. */
  relevant: boolean;
  /** The mentee's deficits (codes) the mentor covers, by proficit or by direction. */
  covers: string[];
}

const norm = (s: string) => s.trim().toLowerCase();

/** Support links indexed from → to. */
class LinkIndex {
  private readonly map = new Map<string, Map<string, string>>();
  private readonly reverse = new Map<string, string[]>();
  constructor(links: readonly SupportLink[]) {
    for (const l of links) {
      if (!this.map.has(l.fromOrganizationId)) this.map.set(l.fromOrganizationId, new Map());
      this.map.get(l.fromOrganizationId)!.set(l.toOrganizationId, l.label);
      this.reverse.set(l.toOrganizationId, [...(this.reverse.get(l.toOrganizationId) ?? []), l.fromOrganizationId]);
    }
  }
  label(fromOrgs: readonly string[], toOrgs: readonly string[]): string | null {
    for (const f of fromOrgs) {
      const row = this.map.get(f);
      if (!row) continue;
      for (const t of toOrgs) {
        const l = row.get(t);
        if (l) return l;
      }
    }
    return null;
  }
  servedBy(toOrg: string): readonly string[] {
    return this.reverse.get(toOrg) ?? [];
  }
}

const linkIndexes = new WeakMap<readonly SupportLink[], LinkIndex>();
const indexOf = (links: readonly SupportLink[]) => {
  let ix = linkIndexes.get(links);
  if (!ix) linkIndexes.set(links, (ix = new LinkIndex(links)));
  return ix;
};

/** The fit of one mentor for one mentee, with its reasons in Russian. */
export function fitOf(mentee: MenteeFacts, mentor: MentorFacts, ctx: FitContext, prefs: MatchPreferences = {}): Fit {
  const name = (code: string) => ctx.competenceNames.get(code) ?? code;
  const proficits = new Set(mentor.proficits);
  const deficits = [...new Set(mentee.deficits)];
  const covered = deficits.filter((c) => proficits.has(c));
  const byDirection = new Map<MentorDirection, string[]>();
  for (const c of deficits) {
    if (proficits.has(c)) continue;
    const d = mentor.directions.find((x) => DIRECTION_COMPETENCES[x]?.includes(c));
    if (d) byDirection.set(d, [...(byDirection.get(d) ?? []), c]);
  }
  const viaDirection = [...byDirection.values()].reduce((n, cs) => n + cs.length, 0);
  const mentorSubjects = new Set(mentor.subjects.map(norm));
  const subject = mentee.subjects.find((s) => mentorSubjects.has(norm(s)));
  const network = indexOf(ctx.links).label(mentor.organizationIds, mentee.organizationIds);
  const reasons: string[] = [];
  let score = 0;
  if (covered.length) {
    score += FIT_POINTS.proficit * covered.length;
    reasons.push(`закрывает дефициты: ${covered.map(name).join(', ')}`);
  }
  for (const [d, cs] of byDirection) {
    score += FIT_POINTS.direction * cs.length;
    reasons.push(`направление «${MENTOR_DIRECTION_LABELS[d]}»: ${cs.map(name).join(', ')}`);
  }
  if (subject) {
    score += FIT_POINTS.subject;
    reasons.push(`тот же предмет: ${subject.trim()}`);
  }
  if (network) {
    score += FIT_POINTS.network;
    reasons.push(network);
  }
  if (prefs.otherSchool && !mentor.organizationIds.some((o) => mentee.organizationIds.includes(o))) {
    score += FIT_POINTS.otherSchool;
    reasons.push('из другой школы');
  }
  if (prefs.sameMunicipality && mentor.municipalityIds.some((x) => mentee.municipalityIds.includes(x))) {
    score += FIT_POINTS.sameMunicipality;
    reasons.push('тот же муниципалитет');
  }
  return { score, reasons, relevant: covered.length + viaDirection > 0 || !!network, covers: [...covered, ...[...byDirection.values()].flat()] };
}

/** «свободно мест: 2», or that there are none. */
export function freePlacesReason(free: number): string {
  return free > 0 ? `свободно мест: ${free}` : 'свободных мест нет';
}

export interface CohortMentor extends MentorFacts {
  /** Free places now (capacity minus current load; 0 when the mentor does not take mentees). */
  freePlaces: number;
}

export interface CandidateProblem {
  problem: CompactProblem;
  /** Sorted by id: the indices of the compact problem. */
  menteeIds: string[];
  mentorIds: string[];
}

/**
 * The `k` best of `items` by `score` (ties by the smaller index), best first, without sorting them all: a
 * histogram of the (small, integer) scores finds the cut, and only the ties at the cut are sorted.
 */
export function topByScore(items: readonly number[], score: ArrayLike<number>, k: number): number[] {
  if (items.length <= k) return [...items].sort((a, b) => score[b] - score[a] || a - b);
  let max = 0;
  for (const j of items) if (score[j] > max) max = score[j];
  const hist = new Int32Array(max + 1);
  for (const j of items) hist[score[j]]++;
  let cut = 0;
  let above = 0;
  for (let s = max; s >= 0; s--) {
    if (above + hist[s] >= k) {
      cut = s;
      break;
    }
    above += hist[s];
  }
  const better = items.filter((j) => score[j] > cut).sort((a, b) => score[b] - score[a] || a - b);
  const ties = Int32Array.from(items.filter((j) => score[j] === cut)).sort();
  return [...better, ...Array.from(ties.subarray(0, k - better.length))];
}

const byId = <T extends { personId: string }>(a: T, b: T) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0);

/**
 * The sparse candidate lists of a cohort: each mentee is scored only against mentors who share a deficit (by
 * proficit or direction) or serve its school in a network, and keeps its `topK` best (ties by mentor id).
 * Scores equal `fitOf(...).score`; mentors without free places are left out. Built through inverted indexes,
 * so 60,000 mentees × 5,000 mentors take seconds.
 */
export function candidateProblem(
  menteesIn: readonly MenteeFacts[],
  mentorsIn: readonly CohortMentor[],
  ctx: FitContext,
  prefs: MatchPreferences = {},
  topK = 20,
): CandidateProblem {
  const mentees = [...menteesIn].sort(byId);
  const mentors = mentorsIn.filter((m) => m.freePlaces > 0).sort(byId);
  const N = mentors.length;
  // Competence → mentors with it as a proficit; → mentors covering it only by a direction.
  const byProficit = new Map<string, number[]>();
  const byDirection = new Map<string, number[]>();
  const bySubject = new Map<string, number[]>();
  const byOrg = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, j: number) => {
    const list = map.get(key);
    if (list) {
      if (list[list.length - 1] !== j) list.push(j);
    } else map.set(key, [j]);
  };
  mentors.forEach((m, j) => {
    const prof = new Set(m.proficits);
    prof.forEach((c) => push(byProficit, c, j));
    for (const d of m.directions) for (const c of DIRECTION_COMPETENCES[d] ?? []) if (!prof.has(c)) push(byDirection, c, j);
    new Set(m.subjects.map(norm)).forEach((s) => push(bySubject, s, j));
    m.organizationIds.forEach((o) => push(byOrg, o, j));
  });
  const links = indexOf(ctx.links);
  const mentorIndex = new Map(mentors.map((m, j) => [m.personId, j]));

  const acc = new Int32Array(N);
  const relevant = new Uint8Array(N);
  const mark = new Uint8Array(N);
  const touched: number[] = [];
  const edgeMentee: number[] = [];
  const edgeMentor: number[] = [];
  const edgeScore: number[] = [];
  const touch = (j: number) => {
    if (!mark[j]) {
      mark[j] = 1;
      touched.push(j);
    }
  };

  mentees.forEach((e, i) => {
    touched.length = 0;
    const deficits = [...new Set(e.deficits)];
    for (const c of deficits) {
      for (const j of byProficit.get(c) ?? []) {
        touch(j);
        acc[j] += FIT_POINTS.proficit;
        relevant[j] = 1;
      }
    }
    // A direction counts once per deficit (as in fitOf): several directions covering one code do not add up.
    for (const c of deficits) {
      for (const j of byDirection.get(c) ?? []) {
        touch(j);
        acc[j] += FIT_POINTS.direction;
        relevant[j] = 1;
      }
    }
    const servingOrgs = new Set(e.organizationIds.flatMap((o) => links.servedBy(o)));
    const networked: number[] = [];
    for (const o of servingOrgs) for (const j of byOrg.get(o) ?? []) networked.push(j);
    for (const j of new Set(networked)) {
      touch(j);
      acc[j] += FIT_POINTS.network;
      relevant[j] = 1;
    }
    const subjects = [...new Set(e.subjects.map(norm))];
    if (subjects.length) {
      const seen = new Set<number>();
      for (const s of subjects) {
        for (const j of bySubject.get(s) ?? []) {
          if (!mark[j] || seen.has(j)) continue;
          seen.add(j);
          acc[j] += FIT_POINTS.subject;
        }
      }
    }
    if (prefs.otherSchool || prefs.sameMunicipality) {
      for (const j of touched) {
        const m = mentors[j];
        if (prefs.otherSchool && !m.organizationIds.some((o) => e.organizationIds.includes(o))) acc[j] += FIT_POINTS.otherSchool;
        if (prefs.sameMunicipality && m.municipalityIds.some((x) => e.municipalityIds.includes(x))) acc[j] += FIT_POINTS.sameMunicipality;
      }
    }
    const self = mentorIndex.get(e.personId);
    const picked = touched.filter((j) => relevant[j] && j !== self && acc[j] > 0);
    for (const j of topByScore(picked, acc, topK)) {
      edgeMentee.push(i);
      edgeMentor.push(j);
      edgeScore.push(acc[j]);
    }
    for (const j of touched) {
      acc[j] = 0;
      relevant[j] = 0;
      mark[j] = 0;
    }
  });

  return {
    menteeIds: mentees.map((m) => m.personId),
    mentorIds: mentors.map((m) => m.personId),
    problem: {
      menteeCount: mentees.length,
      capacities: Int32Array.from(mentors, (m) => m.freePlaces),
      edgeMentee: Int32Array.from(edgeMentee),
      edgeMentor: Int32Array.from(edgeMentor),
      edgeScore: Int32Array.from(edgeScore),
    },
  };
}
