/**
 * The inner loop of the candidate lists (`candidateProblem` in `matching-fit.ts`): each group of mentees with the same
 * set of deficits, its mentors laid out by deficit points, each mentee's `topK` best. Only integers and typed arrays
 * (no imports), so that a worker thread loads it at once and takes a share of the groups: the groups are handed out
 * in chunks from a shared counter, and each thread writes its mentees' lists into shared arrays. A mentee's list
 * depends only on its group and its own facts, so the lists are the same whichever thread scores which group.
 */

/** Lists of ints per key: the items of key k are `items[start[k]..start[k+1])`. */
export interface Csr {
  start: Int32Array;
  items: Int32Array;
}

/** What the scoring reads: the cohort as ids (see `candidateProblem`). */
export interface ScoringData {
  N: number;
  /** How many candidates a mentee keeps. */
  K1: number;
  orgCount: number;
  muniCount: number;
  subjectCount: number;
  points: { proficit: number; direction: number; network: number; subject: number; otherSchool: number; sameMunicipality: number };
  /** Competence → mentors with it as a proficit; as a direction only. */
  byProficit: Csr;
  byDirection: Csr;
  /** Organisation → its mentors; organisation → the organisations serving it. */
  byOrg: Csr;
  servedBy: Csr;
  /** Mentor → organisations, municipalities, subjects (subjects as one bit each when they fit in 31). */
  mOrgs: Csr;
  mMunis: Csr;
  mSubjects: Csr;
  subjectBits: boolean;
  mentorSubjectBits: Int32Array;
  /** Mentee → subjects, organisations, municipalities; the mentor index of the mentee themself (−1: none). */
  eSubjects: Csr;
  eOrgs: Csr;
  eMunis: Csr;
  selfOf: Int32Array;
  /** Group → its deficit codes; the mentees of group g are `menteeOrder[byGroup[g]..byGroup[g+1])`. */
  groupCodes: Csr;
  byGroup: Int32Array;
  menteeOrder: Int32Array;
}

/**
 * Per mentee, at its position q in `menteeOrder` (so that a chunk of groups is one stretch of each array, and the
 * threads never write next to each other): how many candidates, and the candidates (mentor, score) best first at
 * `q * K1`.
 */
export interface ScoringOutput {
  count: Int32Array;
  mentor: Int32Array;
  score: Int32Array;
}

/** Groups per chunk taken from the shared counter. */
export const GROUP_CHUNK = 64;

/**
 * Scores the groups [from, from + GROUP_CHUNK) taken from `counter[0]` (atomically) until none is left, or all groups
 * when there is no counter. Returns how many groups it scored.
 */
export function scoreGroups(d: ScoringData, out: ScoringOutput, counter: Int32Array | null): number {
  const scorer = new GroupScorer(d, out);
  const G = d.byGroup.length - 1;
  let next = 0;
  let scored = 0;
  for (;;) {
    const g0 = counter ? Atomics.add(counter, 0, GROUP_CHUNK) : next;
    if (g0 >= G) break;
    const g1 = Math.min(G, g0 + GROUP_CHUNK);
    next = g1;
    scored += g1 - g0;
    for (let g = g0; g < g1; g++) scorer.group(g);
  }
  return scored;
}

/**
 * The scoring's state, in small methods (a group, a mentee, an offer to the heap, the bonus points) rather than one
 * large function: each thread starts cold, and the optimising compiler takes a few milliseconds over small functions
 * where it took hundreds over one large loop.
 */
class GroupScorer {
  private readonly PROFICIT: number;
  private readonly DIRECTION: number;
  private readonly NETWORK: number;
  private readonly SUBJECT: number;
  private readonly OTHER_SCHOOL: number;
  private readonly SAME_MUNICIPALITY: number;
  /** The most a mentor outside the mentee's networks adds on top of its deficit points. */
  private readonly BONUS: number;
  private readonly K1: number;
  /** The group's deficit points per mentor (0: shares none), and the mentors it touched. */
  private readonly acc: Int32Array;
  private readonly touched: Int32Array;
  private nt = 0;
  /**
   * The group's mentors by points: a chain per number of points (levelHead, chain), laid out in `levels` and sorted
   * by index when a mentee first reads the level (levelFrom ≥ 0: levels[levelFrom..levelTo)). Mentees stop after
   * the few best levels, so most levels are never laid out.
   */
  private readonly chain: Int32Array;
  private readonly levels: Int32Array;
  private levelHead = new Int32Array(64);
  private levelFrom = new Int32Array(64);
  private levelTo = new Int32Array(64);
  private maxD = 0;
  private laid = 0;
  /** Stamps per mentee: serves the mentee's school; the mentee's schools, municipalities, subjects. */
  private readonly net: Int32Array;
  private readonly orgSeen: Int32Array;
  private readonly ownOrg: Int32Array;
  private readonly ownMuni: Int32Array;
  private readonly ownSubject: Int32Array;
  private stamp = 0;
  private subjectMask = 0;
  /** The mentee's best so far: a heap of at most K1 (score, mentor), the worst on top (lower score, then larger index). */
  private readonly heapS: Int32Array;
  private readonly heapJ: Int32Array;
  private size = 0;

  constructor(
    private readonly d: ScoringData,
    private readonly out: ScoringOutput,
  ) {
    const N = d.N;
    this.PROFICIT = d.points.proficit;
    this.DIRECTION = d.points.direction;
    this.NETWORK = d.points.network;
    this.SUBJECT = d.points.subject;
    this.OTHER_SCHOOL = d.points.otherSchool;
    this.SAME_MUNICIPALITY = d.points.sameMunicipality;
    this.BONUS = this.SUBJECT + this.OTHER_SCHOOL + this.SAME_MUNICIPALITY;
    this.K1 = d.K1;
    this.acc = new Int32Array(N);
    this.touched = new Int32Array(N);
    this.chain = new Int32Array(N);
    this.levels = new Int32Array(N);
    this.net = new Int32Array(N);
    this.orgSeen = new Int32Array(d.orgCount);
    this.ownOrg = new Int32Array(d.orgCount);
    this.ownMuni = new Int32Array(d.muniCount);
    this.ownSubject = new Int32Array(d.subjectCount);
    this.heapS = new Int32Array(d.K1 + 1);
    this.heapJ = new Int32Array(d.K1 + 1);
  }

  /** Group g: its deficit points per mentor, its levels, then each of its mentees. */
  group(g: number): void {
    this.accumulate(g);
    this.chainLevels();
    const { byGroup } = this.d;
    for (let q = byGroup[g]; q < byGroup[g + 1]; q++) this.mentee(q);
    const { acc, touched } = this;
    for (let t = 0, nt = this.nt; t < nt; t++) acc[touched[t]] = 0;
  }

  /** PROFICIT per shared deficit, DIRECTION per deficit only a direction covers. */
  private accumulate(g: number): void {
    const { groupCodes, byProficit, byDirection } = this.d;
    const { acc, touched, PROFICIT, DIRECTION } = this;
    let nt = 0;
    for (let q = groupCodes.start[g]; q < groupCodes.start[g + 1]; q++) {
      const c = groupCodes.items[q];
      for (let x = byProficit.start[c]; x < byProficit.start[c + 1]; x++) {
        const j = byProficit.items[x];
        if (acc[j] === 0) touched[nt++] = j;
        acc[j] += PROFICIT;
      }
      for (let x = byDirection.start[c]; x < byDirection.start[c + 1]; x++) {
        const j = byDirection.items[x];
        if (acc[j] === 0) touched[nt++] = j;
        acc[j] += DIRECTION;
      }
    }
    this.nt = nt;
  }

  /** Levels by points, in one pass: each mentor onto the chain of its points (heads 1..maxD are this group's). */
  private chainLevels(): void {
    const { acc, touched, chain } = this;
    let levelHead = this.levelHead;
    let maxD = 0;
    for (let t = 0, nt = this.nt; t < nt; t++) {
      const j = touched[t];
      const a = acc[j];
      if (a > maxD) {
        if (a >= levelHead.length) {
          const size = 2 * a + 2;
          const h = new Int32Array(size);
          h.set(levelHead);
          this.levelHead = levelHead = h;
          this.levelFrom = new Int32Array(size);
          this.levelTo = new Int32Array(size);
        }
        levelHead.fill(-1, maxD + 1, a + 1);
        maxD = a;
      }
      chain[j] = levelHead[a];
      levelHead[a] = j;
    }
    this.levelFrom.fill(-1, 0, maxD + 1);
    this.maxD = maxD;
    this.laid = 0;
  }

  /** Level dd laid out (sorted by index) in `levels`, if not yet; returns where it starts. */
  private layOut(dd: number): number {
    let from = this.levelFrom[dd];
    if (from >= 0) return from;
    const { levels, chain } = this;
    from = this.laid;
    let laid = from;
    for (let j = this.levelHead[dd]; j >= 0; j = chain[j]) levels[laid++] = j;
    levels.subarray(from, laid).sort();
    this.levelFrom[dd] = from;
    this.levelTo[dd] = laid;
    this.laid = laid;
    return from;
  }

  /**
   * The mentee at position q of the scoring's order: the mentors serving its school first (their exact scores), then
   * the group's levels, best first, until no mentor left can reach the K-th best; its list, best first, into `out`.
   */
  private mentee(q: number): void {
    const d = this.d;
    const i = d.menteeOrder[q];
    const K1 = this.K1;
    const stamp = ++this.stamp;
    this.size = 0;
    const self = d.selfOf[i];
    const { eSubjects, eOrgs, eMunis } = d;
    if (d.subjectBits) {
      let mask = 0;
      for (let k = eSubjects.start[i]; k < eSubjects.start[i + 1]; k++) mask |= 1 << eSubjects.items[k];
      this.subjectMask = mask;
    } else for (let k = eSubjects.start[i]; k < eSubjects.start[i + 1]; k++) this.ownSubject[eSubjects.items[k]] = stamp;
    if (this.OTHER_SCHOOL) for (let b = eOrgs.start[i]; b < eOrgs.start[i + 1]; b++) this.ownOrg[eOrgs.items[b]] = stamp;
    if (this.SAME_MUNICIPALITY) for (let b = eMunis.start[i]; b < eMunis.start[i + 1]; b++) this.ownMuni[eMunis.items[b]] = stamp;
    const { net, acc, heapS, heapJ, BONUS } = this;
    if (K1 > 0) {
      const { servedBy, byOrg } = d;
      const orgSeen = this.orgSeen;
      const NETWORK = this.NETWORK;
      for (let k = eOrgs.start[i]; k < eOrgs.start[i + 1]; k++) {
        const o = eOrgs.items[k];
        for (let y = servedBy.start[o]; y < servedBy.start[o + 1]; y++) {
          const f = servedBy.items[y];
          if (orgSeen[f] === stamp) continue;
          orgSeen[f] = stamp;
          for (let x = byOrg.start[f]; x < byOrg.start[f + 1]; x++) {
            const j = byOrg.items[x];
            if (net[j] === stamp) continue;
            net[j] = stamp;
            if (j !== self) this.offer(acc[j] + NETWORK + this.bonus(j), j);
          }
        }
      }
      const { levelHead, levelTo, levels } = this;
      levels: for (let dd = this.maxD; dd >= 1; dd--) {
        if (levelHead[dd] < 0) continue;
        if (this.size === K1 && dd + BONUS < heapS[0]) break;
        const from = this.layOut(dd);
        const to = levelTo[dd];
        for (let x = from; x < to; x++) {
          const j = levels[x];
          // No mentor from here on can beat the K-th best: lower levels score less, this one has larger indices.
          if (this.size === K1 && (dd + BONUS < heapS[0] || (dd + BONUS === heapS[0] && j > heapJ[0]))) break levels;
          if (net[j] === stamp || j === self) continue;
          this.offer(dd + this.bonus(j), j);
        }
      }
    }
    // Best first: score, then index (sorted in the heap's own arrays, then copied once).
    const size = this.size;
    for (let t = 1; t < size; t++) {
      const sc = heapS[t];
      const j = heapJ[t];
      let u = t - 1;
      while (u >= 0 && (heapS[u] < sc || (heapS[u] === sc && heapJ[u] > j))) {
        heapS[u + 1] = heapS[u];
        heapJ[u + 1] = heapJ[u];
        u--;
      }
      heapS[u + 1] = sc;
      heapJ[u + 1] = j;
    }
    const { score: outS, mentor: outJ, count: outCount } = this.out;
    const base = q * K1;
    for (let t = 0; t < size; t++) {
      outS[base + t] = heapS[t];
      outJ[base + t] = heapJ[t];
    }
    outCount[q] = size;
  }

  /** Points beyond the deficits and the network: subject, another school, the same municipality. */
  private bonus(j: number): number {
    const d = this.d;
    const stamp = this.stamp;
    let b = 0;
    if (d.subjectBits) {
      if (d.mentorSubjectBits[j] & this.subjectMask) b += this.SUBJECT;
    } else {
      const { mSubjects } = d;
      for (let a = mSubjects.start[j]; a < mSubjects.start[j + 1]; a++) {
        if (this.ownSubject[mSubjects.items[a]] === stamp) {
          b += this.SUBJECT;
          break;
        }
      }
    }
    if (this.OTHER_SCHOOL) {
      const { mOrgs } = d;
      let shared = false;
      for (let a = mOrgs.start[j]; a < mOrgs.start[j + 1] && !shared; a++) shared = this.ownOrg[mOrgs.items[a]] === stamp;
      if (!shared) b += this.OTHER_SCHOOL;
    }
    if (this.SAME_MUNICIPALITY) {
      const { mMunis } = d;
      let same = false;
      for (let a = mMunis.start[j]; a < mMunis.start[j + 1] && !same; a++) same = this.ownMuni[mMunis.items[a]] === stamp;
      if (same) b += this.SAME_MUNICIPALITY;
    }
    return b;
  }

  /** Offers (score, j) to the heap of the K1 best (ties by the smaller index). */
  private offer(sc: number, j: number): void {
    const { heapS, heapJ } = this;
    const size = this.size;
    let x: number;
    if (size < this.K1) {
      // Sift up: the worst (lower score, then larger index) to the top.
      x = this.size++;
      while (x > 0) {
        const p = (x - 1) >> 1;
        if (heapS[p] < sc || (heapS[p] === sc && heapJ[p] > j)) break;
        heapS[x] = heapS[p];
        heapJ[x] = heapJ[p];
        x = p;
      }
      heapS[x] = sc;
      heapJ[x] = j;
      return;
    }
    if (sc < heapS[0] || (sc === heapS[0] && j > heapJ[0])) return;
    x = 0;
    for (;;) {
      let c = 2 * x + 1;
      if (c >= size) break;
      if (c + 1 < size && (heapS[c + 1] < heapS[c] || (heapS[c + 1] === heapS[c] && heapJ[c + 1] > heapJ[c]))) c++;
      if (heapS[c] > sc || (heapS[c] === sc && heapJ[c] < j)) break;
      heapS[x] = heapS[c];
      heapJ[x] = heapJ[c];
      x = c;
    }
    heapS[x] = sc;
    heapJ[x] = j;
  }
}
