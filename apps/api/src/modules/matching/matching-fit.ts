import { MENTOR_DIRECTION_LABELS, MentorDirection, NetworkEdgeKind, NetworkMemberRole } from '@metodset/shared';
import { startWorker } from '../../common/workers/worker-thread';
import { CompactProblem } from './assignment-solver';
import { scoreGroups, ScoringData, ScoringOutput } from './candidate-scoring';

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
 * Lists of ids per mentee, built in mentee order as one CSR: each id once per mentee, at its first occurrence (the
 * order of a Set, without one; a mentee's lists are a few items). Plain loops over a typed array, no callback per
 * item: the 60,000 mentees' lists were a third of the candidate lists' single-threaded part.
 */
class MenteeLists {
  readonly start: Int32Array;
  private items: Int32Array;
  private n = 0;
  constructor(menteeCount: number) {
    this.start = new Int32Array(menteeCount + 1);
    this.items = new Int32Array(Math.max(16, 2 * menteeCount));
  }
  /** Adds `id` to mentee i's list (the mentee being listed) unless it is there already. */
  add(i: number, id: number): void {
    const items = this.items;
    for (let x = this.start[i]; x < this.n; x++) if (items[x] === id) return;
    if (this.n === items.length) {
      this.items = new Int32Array(2 * items.length);
      this.items.set(items);
    }
    this.items[this.n++] = id;
  }
  /** Closes mentee i's list (every mentee in order, empty lists too). */
  end(i: number): void {
    this.start[i + 1] = this.n;
  }
  csr(): { start: Int32Array; items: Int32Array } {
    return { start: this.start, items: this.items.slice(0, this.n) };
  }
}

/** Interns strings as 0..n-1. */
class Interner {
  readonly ids = new Map<string, number>();
  of(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
}

/** Lists of ints per key as one CSR: items of key k are `items[start[k]..start[k+1])`, in the order added. */
function csr(keys: number, pairs: readonly number[]): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(keys + 1);
  for (let k = 0; k < pairs.length; k += 2) start[pairs[k] + 1]++;
  for (let k = 0; k < keys; k++) start[k + 1] += start[k];
  const fill = start.slice(0, keys);
  const items = new Int32Array(pairs.length / 2);
  for (let k = 0; k < pairs.length; k += 2) items[fill[pairs[k]]++] = pairs[k + 1];
  return { start, items };
}

/** The cohort as ids, ready for the scoring (`candidate-scoring.ts`), and what the problem keeps. */
export interface PreparedCandidates {
  data: ScoringData;
  menteeIds: string[];
  mentorIds: string[];
  capacities: Int32Array;
}

/**
 * The sparse candidate lists of a cohort: each mentee is scored only against mentors who share a deficit (by
 * proficit or direction) or serve its school in a network, and keeps its `topK` best (ties by mentor id).
 * Scores equal `fitOf(...).score`; mentors without free places are left out. Codes, subjects and organisations
 * are interned to integers and the indexes are typed arrays. Mentees with the same set of deficits form a group
 * (15,341 groups for the bench's 60,000 mentees): the group's deficit points are counted once per mentor and its
 * mentors laid out by them, best first; each mentee scores the mentors serving its school exactly, then walks the
 * group's mentors best first with a bounded heap of its `topK` best, and stops where no mentor left can reach the
 * K-th best (their deficit points + the most subject and preferences can add; ties by index) — about a hundred
 * mentors per mentee instead of the ~1,500 it shares a deficit with. `candidateProblemParallel` gives the same
 * lists with a second thread scoring a share of the groups.
 */
export function candidateProblem(
  menteesIn: readonly MenteeFacts[],
  mentorsIn: readonly CohortMentor[],
  ctx: FitContext,
  prefs: MatchPreferences = {},
  topK = 20,
): CandidateProblem {
  const prepared = prepareCandidates(menteesIn, mentorsIn, ctx, prefs, topK);
  const M = prepared.data.selfOf.length;
  const K1 = prepared.data.K1;
  const out = { count: new Int32Array(M), mentor: new Int32Array(M * K1), score: new Int32Array(M * K1) };
  scoreGroups(prepared.data, out, null);
  return compactCandidates(prepared, out);
}

/** Cohorts smaller than this are scored on the calling thread alone (a worker costs tens of milliseconds to start). */
export const PARALLEL_MIN_MENTEES = 5000;

/**
 * The same lists as `candidateProblem`, scored on two threads: a worker thread is started first (it loads while
 * this thread prepares the ids), then both take chunks of groups from a shared counter and write the lists into
 * shared arrays. Below `minMentees` mentees, or when the worker fails, this thread does it all.
 */
export async function candidateProblemParallel(
  menteesIn: readonly MenteeFacts[],
  mentorsIn: readonly CohortMentor[],
  ctx: FitContext,
  prefs: MatchPreferences = {},
  topK = 20,
  minMentees = PARALLEL_MIN_MENTEES,
): Promise<CandidateProblem> {
  if (menteesIn.length < minMentees) return candidateProblem(menteesIn, mentorsIn, ctx, prefs, topK);
  const worker = startWorker(__dirname, 'candidate-lists', {});
  const failed = new Promise<Error>((resolve) => {
    worker.once('error', resolve);
    worker.once('exit', (code) => resolve(new Error(`the candidate lists' worker ended (${code})`)));
  });
  try {
    const prepared = prepareCandidates(menteesIn, mentorsIn, ctx, prefs, topK);
    const M = prepared.data.selfOf.length;
    const K1 = prepared.data.K1;
    const shared = (n: number) => new Int32Array(new SharedArrayBuffer(4 * Math.max(1, n)));
    const out = { count: shared(M), mentor: shared(M * K1), score: shared(M * K1) };
    const counter = shared(1);
    let finished = false;
    const done = new Promise<null>((resolve) =>
      worker.once('message', () => {
        finished = true;
        resolve(null);
      }),
    );
    worker.postMessage({ data: prepared.data, out, counter });
    scoreGroups(prepared.data, out, counter);
    await Promise.race([done, failed]);
    if (!finished) return candidateProblem(menteesIn, mentorsIn, ctx, prefs, topK);
    return compactCandidates(prepared, out);
  } finally {
    void worker.terminate();
  }
}

/** The cohort as ids for `scoreGroups` (the first, single-threaded part of the candidate lists). */
export function prepareCandidates(
  menteesIn: readonly MenteeFacts[],
  mentorsIn: readonly CohortMentor[],
  ctx: FitContext,
  prefs: MatchPreferences,
  topK: number,
): PreparedCandidates {
  const mentees = [...menteesIn].sort(byId);
  const mentors = mentorsIn.filter((m) => m.freePlaces > 0).sort(byId);
  const M = mentees.length;
  const N = mentors.length;
  const codes = new Interner();
  const subjectIds = new Interner();
  const orgs = new Interner();
  const munis = new Interner();
  // Inverted indexes (key, mentor) in mentor order, each mentor once per key.
  const prof: number[] = [];
  const dir: number[] = [];
  const subj: number[] = [];
  const org: number[] = [];
  const mentorOrgs: number[] = [];
  const mentorMunis: number[] = [];
  mentors.forEach((m, j) => {
    const p = new Set(m.proficits);
    p.forEach((c) => prof.push(codes.of(c), j));
    const viaDirection = new Set<string>();
    for (const d of m.directions) for (const c of DIRECTION_COMPETENCES[d] ?? []) if (!p.has(c)) viaDirection.add(c);
    viaDirection.forEach((c) => dir.push(codes.of(c), j));
    new Set(m.subjects.map(norm)).forEach((s) => subj.push(subjectIds.of(s), j));
    new Set(m.organizationIds).forEach((o) => {
      const id = orgs.of(o);
      org.push(id, j);
      mentorOrgs.push(j, id);
    });
    new Set(m.municipalityIds).forEach((x) => mentorMunis.push(j, munis.of(x)));
  });
  // Mentees' facts as ids; a code, subject or organisation no mentor has stays out (it adds nothing).
  const eCodes = new MenteeLists(M);
  const eSubjects = new MenteeLists(M);
  const eOrgs = new MenteeLists(M);
  const eMunis = new MenteeLists(M);
  // A subject as written → its id once normalised (−1: no mentor has it), so each spelling is normalised once.
  const subjectOf = new Map<string, number>();
  for (let i = 0; i < M; i++) {
    const e = mentees[i];
    for (const c of e.deficits) {
      const id = codes.ids.get(c);
      if (id !== undefined) eCodes.add(i, id);
    }
    for (const s of e.subjects) {
      let id = subjectOf.get(s);
      if (id === undefined) subjectOf.set(s, (id = subjectIds.ids.get(norm(s)) ?? -1));
      if (id >= 0) eSubjects.add(i, id);
    }
    for (const o of e.organizationIds) eOrgs.add(i, orgs.of(o));
    for (const x of e.municipalityIds) eMunis.add(i, munis.of(x));
    eCodes.end(i);
    eSubjects.end(i);
    eOrgs.end(i);
    eMunis.end(i);
  }
  // Organisation → the organisations that serve it (support links), as ids.
  const serving: number[] = [];
  const ix = indexOf(ctx.links);
  for (const [o, id] of [...orgs.ids]) for (const f of ix.servedBy(o)) serving.push(id, orgs.of(f));
  const codesOf = eCodes.csr();
  let K0 = 0; // the most codes a mentee has
  for (let i = 0; i < M; i++) K0 = Math.max(K0, codesOf.start[i + 1] - codesOf.start[i]);
  // A mentor who is also a mentee is not their own candidate: the mentor's index per mentee, −1 for most.
  const selfOf = new Int32Array(M).fill(-1);
  {
    // The mentors' index by id (the last of a repeated id), for the last mentee of each id (mentees are sorted by id).
    const mentorIndex = new Map(mentors.map((m, j) => [m.personId, j]));
    for (let i = 0; i < M; i++) {
      const j = mentorIndex.get(mentees[i].personId);
      if (j !== undefined && (i === M - 1 || mentees[i + 1].personId !== mentees[i].personId)) selfOf[i] = j;
    }
  }
  // Subjects as bits when they fit in one 31-bit mask (one subject per school subject in practice), else a list.
  const subjectBits = subjectIds.size <= 31;
  const mentorSubjectBits = new Int32Array(N);
  if (subjectBits) for (let k = 0; k < subj.length; k += 2) mentorSubjectBits[subj[k + 1]] |= 1 << subj[k];
  const subjectPairs: number[] = [];
  if (!subjectBits) for (let k = 0; k < subj.length; k += 2) subjectPairs.push(subj[k + 1], subj[k]);

  // Mentees grouped by their set of deficits (the codes some mentor has): a group's deficit points per mentor are
  // counted once, and its mentors laid out by those points (best first, then by index).
  const groupOf = new Int32Array(M);
  const groupKeys = new Map<number | string, number>();
  // A group's key: its set of codes as bits of a number while they fit in a double's 52 exact bits (no string built
  // per mentee), else the sorted codes as text. Groups are numbered by their first mentee either way.
  const bitKeys = codes.size <= 52;
  const groupPairs: number[] = [];
  const cs = new Int32Array(K0);
  for (let i = 0; i < M; i++) {
    // The mentee's codes sorted (a few: insertion sort), as the key of its group.
    let n = 0;
    for (let x = codesOf.start[i]; x < codesOf.start[i + 1]; x++) {
      const c = codesOf.items[x];
      let y = n++;
      while (y > 0 && cs[y - 1] > c) {
        cs[y] = cs[y - 1];
        y--;
      }
      cs[y] = c;
    }
    let bits = 0;
    let text = '';
    if (bitKeys) for (let y = 0; y < n; y++) bits += 2 ** cs[y];
    else for (let y = 0; y < n; y++) text += y ? `,${cs[y]}` : `${cs[y]}`;
    const key = bitKeys ? bits : text;
    let g = groupKeys.get(key);
    if (g === undefined) {
      groupKeys.set(key, (g = groupKeys.size));
      for (let y = 0; y < n; y++) groupPairs.push(g, cs[y]);
    }
    groupOf[i] = g;
  }
  const G = groupKeys.size;
  const byGroup = new Int32Array(G + 1);
  for (let i = 0; i < M; i++) byGroup[groupOf[i] + 1]++;
  for (let g = 0; g < G; g++) byGroup[g + 1] += byGroup[g];
  const menteeOrder = new Int32Array(M);
  {
    const fill = byGroup.slice(0, G);
    for (let i = 0; i < M; i++) menteeOrder[fill[groupOf[i]]++] = i;
  }
  const K = codes.size;
  const data: ScoringData = {
    N,
    K1: Math.max(0, topK),
    orgCount: orgs.size,
    muniCount: munis.size,
    subjectCount: subjectIds.size,
    points: {
      proficit: FIT_POINTS.proficit,
      direction: FIT_POINTS.direction,
      network: FIT_POINTS.network,
      subject: FIT_POINTS.subject,
      otherSchool: prefs.otherSchool ? FIT_POINTS.otherSchool : 0,
      sameMunicipality: prefs.sameMunicipality ? FIT_POINTS.sameMunicipality : 0,
    },
    byProficit: csr(K, prof),
    byDirection: csr(K, dir),
    byOrg: csr(orgs.size, org),
    servedBy: csr(orgs.size, serving),
    mOrgs: csr(N, mentorOrgs),
    mMunis: csr(N, mentorMunis),
    mSubjects: csr(N, subjectPairs),
    subjectBits,
    mentorSubjectBits,
    eSubjects: eSubjects.csr(),
    eOrgs: eOrgs.csr(),
    eMunis: eMunis.csr(),
    selfOf,
    groupCodes: csr(G, groupPairs),
    byGroup,
    menteeOrder,
  };
  return {
    data,
    menteeIds: mentees.map((m) => m.personId),
    mentorIds: mentors.map((m) => m.personId),
    capacities: Int32Array.from(mentors, (m) => m.freePlaces),
  };
}

/** The scored lists as the compact problem's pairs, in mentee order, best first. */
export function compactCandidates(prepared: PreparedCandidates, out: ScoringOutput): CandidateProblem {
  const M = prepared.data.selfOf.length;
  const K1 = prepared.data.K1;
  const outCount = out.count;
  const qOf = new Int32Array(M); // the mentee's position in the scoring's order
  prepared.data.menteeOrder.forEach((i, q) => (qOf[i] = q));
  let E = 0;
  for (let q = 0; q < M; q++) E += outCount[q];
  const edgeMentee = new Int32Array(E);
  const edgeMentor = new Int32Array(E);
  const edgeScore = new Int32Array(E);
  // Plain loops: a list is at most K1 items, and three subarrays per mentee cost more than copying them.
  const outMentor = out.mentor;
  const outScore = out.score;
  for (let i = 0, e = 0; i < M; i++) {
    const q = qOf[i];
    const n = outCount[q];
    for (let t = 0, x = q * K1; t < n; t++, x++, e++) {
      edgeMentee[e] = i;
      edgeMentor[e] = outMentor[x];
      edgeScore[e] = outScore[x];
    }
  }
  return {
    menteeIds: prepared.menteeIds,
    mentorIds: prepared.mentorIds,
    problem: { menteeCount: M, capacities: prepared.capacities, edgeMentee, edgeMentor, edgeScore },
  };
}
