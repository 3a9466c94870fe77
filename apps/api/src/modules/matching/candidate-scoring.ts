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
  const { N, K1, byProficit, byDirection, byOrg, servedBy, mOrgs, mMunis, mSubjects, subjectBits, mentorSubjectBits } = d;
  const { eSubjects, eOrgs, eMunis, selfOf, groupCodes, byGroup, menteeOrder } = d;
  const G = byGroup.length - 1;
  const PROFICIT = d.points.proficit;
  const DIRECTION = d.points.direction;
  const NETWORK = d.points.network;
  const SUBJECT = d.points.subject;
  const OTHER_SCHOOL = d.points.otherSchool;
  const SAME_MUNICIPALITY = d.points.sameMunicipality;
  // The most a mentor outside the mentee's networks adds on top of its deficit points.
  const BONUS = SUBJECT + OTHER_SCHOOL + SAME_MUNICIPALITY;
  const acc = new Int32Array(N); // the group's deficit points per mentor (0: shares none)
  const touched = new Int32Array(N);
  // The group's mentors by points: a chain per number of points (levelHead, chain), laid out in `levels` and sorted
  // by index when a mentee first reads the level (levelFrom ≥ 0: levels[levelFrom..levelTo)). Mentees stop after
  // the few best levels, so most levels are never laid out.
  const chain = new Int32Array(N);
  const levels = new Int32Array(N);
  let levelHead = new Int32Array(64);
  let levelFrom = new Int32Array(64);
  let levelTo = new Int32Array(64);
  const net = new Int32Array(N); // stamp: serves the mentee's school
  const orgSeen = new Int32Array(d.orgCount);
  const ownOrg = new Int32Array(d.orgCount); // stamp: a school of the mentee
  const ownMuni = new Int32Array(d.muniCount); // stamp: a municipality of the mentee
  const ownSubject = new Int32Array(d.subjectCount); // stamp: a subject of the mentee (many subjects only)
  // The mentee's best so far: a heap of at most K1 (score, mentor), the worst on top (lower score, then larger index).
  const heapS = new Int32Array(K1 + 1);
  const heapJ = new Int32Array(K1 + 1);
  const outCount = out.count;
  const outJ = out.mentor;
  const outS = out.score;

  let stamp = 0;
  let next = 0;
  let scored = 0;
  for (;;) {
    const g0 = counter ? Atomics.add(counter, 0, GROUP_CHUNK) : next;
    if (g0 >= G) break;
    const g1 = Math.min(G, g0 + GROUP_CHUNK);
    next = g1;
    scored += g1 - g0;
    for (let g = g0; g < g1; g++) {
      // 1. The group's deficit points: PROFICIT per shared deficit, DIRECTION per deficit only a direction covers.
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
      // Levels by points, in one pass: each mentor onto the chain of its points (heads 1..maxD are this group's).
      let maxD = 0;
      for (let t = 0; t < nt; t++) {
        const j = touched[t];
        const a = acc[j];
        if (a > maxD) {
          if (a >= levelHead.length) {
            const size = 2 * a + 2;
            const h = new Int32Array(size);
            h.set(levelHead);
            levelHead = h;
            levelFrom = new Int32Array(size);
            levelTo = new Int32Array(size);
          }
          levelHead.fill(-1, maxD + 1, a + 1);
          maxD = a;
        }
        chain[j] = levelHead[a];
        levelHead[a] = j;
      }
      levelFrom.fill(-1, 0, maxD + 1);
      let laid = 0;

      // 2. Each mentee of the group: the mentors serving its school first (their exact scores), then the group's
      // levels, best first, until no mentor left can reach the K-th best.
      for (let q = byGroup[g]; q < byGroup[g + 1]; q++) {
        const i = menteeOrder[q];
        stamp++;
        let size = 0;
        const self = selfOf[i];
        let subjectMask = 0;
        if (subjectBits) for (let k = eSubjects.start[i]; k < eSubjects.start[i + 1]; k++) subjectMask |= 1 << eSubjects.items[k];
        else for (let k = eSubjects.start[i]; k < eSubjects.start[i + 1]; k++) ownSubject[eSubjects.items[k]] = stamp;
        if (OTHER_SCHOOL) for (let b = eOrgs.start[i]; b < eOrgs.start[i + 1]; b++) ownOrg[eOrgs.items[b]] = stamp;
        if (SAME_MUNICIPALITY) for (let b = eMunis.start[i]; b < eMunis.start[i + 1]; b++) ownMuni[eMunis.items[b]] = stamp;
        /** Points beyond the deficits and the network: subject, another school, the same municipality. */
        const bonus = (j: number): number => {
          let b = 0;
          if (subjectBits) {
            if (mentorSubjectBits[j] & subjectMask) b += SUBJECT;
          } else {
            for (let a = mSubjects.start[j]; a < mSubjects.start[j + 1]; a++) {
              if (ownSubject[mSubjects.items[a]] === stamp) {
                b += SUBJECT;
                break;
              }
            }
          }
          if (OTHER_SCHOOL) {
            let shared = false;
            for (let a = mOrgs.start[j]; a < mOrgs.start[j + 1] && !shared; a++) shared = ownOrg[mOrgs.items[a]] === stamp;
            if (!shared) b += OTHER_SCHOOL;
          }
          if (SAME_MUNICIPALITY) {
            let same = false;
            for (let a = mMunis.start[j]; a < mMunis.start[j + 1] && !same; a++) same = ownMuni[mMunis.items[a]] === stamp;
            if (same) b += SAME_MUNICIPALITY;
          }
          return b;
        };
        /** Offers (score, j) to the heap of the K1 best (ties by the smaller index). */
        const offer = (sc: number, j: number) => {
          let x: number;
          if (size < K1) {
            // Sift up: the worst (lower score, then larger index) to the top.
            x = size++;
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
        };
        if (K1 > 0) {
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
                if (j !== self) offer(acc[j] + NETWORK + bonus(j), j);
              }
            }
          }
          levels: for (let dd = maxD; dd >= 1; dd--) {
            if (levelHead[dd] < 0) continue;
            if (size === K1 && dd + BONUS < heapS[0]) break;
            let from = levelFrom[dd];
            if (from < 0) {
              from = laid;
              for (let j = levelHead[dd]; j >= 0; j = chain[j]) levels[laid++] = j;
              levels.subarray(from, laid).sort();
              levelFrom[dd] = from;
              levelTo[dd] = laid;
            }
            const to = levelTo[dd];
            for (let x = from; x < to; x++) {
              const j = levels[x];
              // No mentor from here on can beat the K-th best: lower levels score less, this one has larger indices.
              if (size === K1 && (dd + BONUS < heapS[0] || (dd + BONUS === heapS[0] && j > heapJ[0]))) break levels;
              if (net[j] === stamp || j === self) continue;
              offer(dd + bonus(j), j);
            }
          }
        }
        // Best first: score, then index (sorted in the heap's own arrays, then copied once).
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
        const base = q * K1;
        for (let t = 0; t < size; t++) {
          outS[base + t] = heapS[t];
          outJ[base + t] = heapJ[t];
        }
        outCount[q] = size;
      }
      for (let t = 0; t < nt; t++) acc[touched[t]] = 0;
    }
  }
  return scored;
}
