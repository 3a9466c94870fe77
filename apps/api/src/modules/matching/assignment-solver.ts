/**
 * Whole-cohort assignment of mentees to mentors: each mentee gets at most one mentor from its candidate list,
 * a mentor takes at most its free places, and the total fit is the largest possible (maximum-weight
 * b-matching). Solved exactly as a min-cost flow — source → mentee (1) → mentor (−fit) → sink (free places) —
 * by the primal-dual method, specialised to that structure:
 * - the residual graph is never built: a mentee's arcs are its candidates (one CSR over the problem's pairs), a
 *   mentor's reverse arcs are the list of its assigned mentees (a slot per free place), the source and the sink
 *   are implicit;
 * - potentials are integers (fits are), so Dijkstra on reduced costs runs on a bucket queue and stops at the
 *   sink's distance; it reads a mentee's near pairs only, the far ones wait in the queue at a lower bound of their
 *   reduced costs that is kept without reading them (the search mostly stops before);
 * - the pairs of zero reduced cost (tight) are listed once per phase, for the settled mentees only (a mentee's own
 *   pair too: after a move it is the way back), from the pairs Dijkstra recorded as it read them (the only ones that
 *   can be tight), and gathered per mentor;
 * - along them, the maximum flow by passes of depth-first searches back from the mentors with a free place to the
 *   free mentees, each node entered once per pass, until a pass finds no path.
 * Repeated while a shortest path still has negative cost (a gain). At the end one more Dijkstra gives the LP dual
 * (u per mentee, v per mentor) that `certify` checks: dual feasibility, complementary slackness, no duality gap —
 * a proof of optimality that does not rely on the solver.
 *
 * `replanCompact` re-plans with minimal disruption: every previous pair that is still a candidate and whose mentor
 * still has a place stays as it is, and only the affected mentees (pair broken, or no mentor before) are solved
 * again, exactly, over the places left. `min-cost-flow-reference.ts` keeps the general solver as an independent
 * reference.
 *
 * Pure: no I/O. Deterministic: pairs are taken in their input order (the string wrapper sorts by ids), and the
 * algorithm makes no random choices.
 */

/** A compact problem: mentees 0..menteeCount-1, mentors 0..capacities.length-1, candidate pairs as parallel arrays. */
export interface CompactProblem {
  menteeCount: number;
  capacities: ArrayLike<number>;
  edgeMentee: ArrayLike<number>;
  edgeMentor: ArrayLike<number>;
  /** Integer fit points, > 0 (others are ignored: they never add to the total). */
  edgeScore: ArrayLike<number>;
}

export interface CompactResult {
  /** Mentor index per mentee, −1 when unassigned. */
  mentorOf: Int32Array;
  /** The pair (index into the problem's arrays) per mentee, −1 when unassigned. */
  edgeOf: Int32Array;
  /** The total fit (the problem's own points). */
  total: number;
  assigned: number;
  phases: number;
  /** The LP dual that proves the optimum (see `certify`), in the units of `weights`. */
  menteeDual: Float64Array;
  mentorDual: Float64Array;
  /** The weights solved per pair: the fits, rounded; 0 for a pair without fit points. */
  weights: Float64Array;
  /** The capacities solved (negative ones as 0). */
  capacities: Int32Array;
  /** Node potentials at the end (mentees, mentors, sink, return, source). */
  potentials: Float64Array;
}

export interface SolveOptions {
  /** Called after each phase with the number of phases so far and the mentees assigned. */
  onPhase?: (phase: number, assigned: number) => void;
}

/** A binary min-heap of (integer) keys: the dual pass's queue when its keys span too wide a range for buckets. */
class MinHeap {
  private keys: Float64Array;
  private vals: Int32Array;
  size = 0;
  topKey = 0;
  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.vals = new Int32Array(Math.max(16, capacity));
  }
  push(key: number, val: number): void {
    if (this.size === this.keys.length) {
      const k = new Float64Array(this.size * 2);
      k.set(this.keys);
      this.keys = k;
      const v = new Int32Array(this.size * 2);
      v.set(this.vals);
      this.vals = v;
    }
    let i = this.size++;
    const { keys, vals } = this;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p] <= key) break;
      keys[i] = keys[p];
      vals[i] = vals[p];
      i = p;
    }
    keys[i] = key;
    vals[i] = val;
  }
  pop(): number {
    const { keys, vals } = this;
    const val = vals[0];
    this.topKey = keys[0];
    const lastKey = keys[--this.size];
    const lastVal = vals[this.size];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= this.size) break;
      if (c + 1 < this.size && keys[c + 1] < keys[c]) c++;
      if (lastKey <= keys[c]) break;
      keys[i] = keys[c];
      vals[i] = vals[c];
      i = c;
    }
    keys[i] = lastKey;
    vals[i] = lastVal;
    return val;
  }
}

/**
 * A queue of integer keys that never fall below the last one popped (Dijkstra's on reduced costs ≥ 0): a bucket per
 * key from the smallest key pushed first, entries chained per bucket. A key further than `span` buckets away moves
 * everything to a binary heap (weights with a huge range), which pops the same keys in the same order.
 */
class MonotoneQueue {
  private head: Int32Array;
  private node = new Int32Array(1024);
  private next = new Int32Array(1024);
  private n = 0;
  private cursor = 0;
  private heap: MinHeap | null = null;
  size = 0;
  topKey = 0;
  constructor(
    private readonly base: number,
    private readonly span: number,
  ) {
    this.head = new Int32Array(1024).fill(-1);
  }
  push(key: number, val: number): void {
    this.size++;
    if (this.heap) return this.heap.push(key, val);
    const k = key - this.base;
    if (k >= this.head.length || k !== Math.floor(k)) {
      if (k >= this.span || k !== Math.floor(k)) return this.toHeap(key, val);
      let size = this.head.length * 2;
      while (k >= size) size *= 2;
      const h = new Int32Array(size).fill(-1);
      h.set(this.head);
      this.head = h;
    }
    if (this.n === this.node.length) {
      const a = new Int32Array(this.n * 2);
      a.set(this.node);
      this.node = a;
      const b = new Int32Array(this.n * 2);
      b.set(this.next);
      this.next = b;
    }
    this.node[this.n] = val;
    this.next[this.n] = this.head[k];
    this.head[k] = this.n++;
  }
  pop(): number {
    this.size--;
    if (this.heap) {
      const v = this.heap.pop();
      this.topKey = this.heap.topKey;
      return v;
    }
    while (this.head[this.cursor] < 0) this.cursor++;
    const x = this.head[this.cursor];
    this.head[this.cursor] = this.next[x];
    this.topKey = this.base + this.cursor;
    return this.node[x];
  }
  private toHeap(key: number, val: number): void {
    const heap = new MinHeap(this.size);
    for (let k = this.cursor; k < this.head.length; k++) for (let x = this.head[k]; x >= 0; x = this.next[x]) heap.push(this.base + k, this.node[x]);
    heap.push(key, val);
    this.heap = heap;
  }
}

/** The solver's state: the problem laid out for the search, the assignment and the potentials. */
interface State {
  M: number;
  N: number;
  /** Pairs of mentee i: adj[off[i]..off[i+1]) (pair ids, input order; pairs with no weight or no place left out). */
  off: Int32Array;
  adj: Int32Array;
  mentorOfEdge: Int32Array;
  w: Float64Array;
  cap: Int32Array;
  load: Int32Array;
  /** Mentor j's assigned mentees: slot[slotStart[j]..slotStart[j]+load[j]); pos[i] is mentee i's slot. */
  slotStart: Int32Array;
  slot: Int32Array;
  pos: Int32Array;
  /** The pair carrying mentee i's unit, −1 when free. */
  match: Int32Array;
  /**
   * Potentials: mentees 0..M-1, mentors M..M+N-1, the sink M+N, the return M+N+1, the source M+N+2. The flow
   * is a circulation: a unit leaves the source to a free mentee and comes back through the sink (a mentor with a
   * free place: one more pair) and the return. A unit could also come back straight from an assigned mentee (an
   * exchange: that mentee gives its place up), but the search never looks for one: it always starts from scratch
   * (`replanCompact` too solves its sub-problem from scratch), and then the flow of each size is a cheapest one, so a
   * cycle that keeps the size (an exchange) never gains.
   */
  pot: Float64Array;
  /** A fit point in the weights' units: how far Dijkstra's near pairs reach. */
  unit: number;
}

function layout(p: CompactProblem, weights: Float64Array, cap: Int32Array, unit = 1): State {
  const M = p.menteeCount;
  const N = cap.length;
  const E = p.edgeMentee.length;
  const off = new Int32Array(M + 1);
  for (let e = 0; e < E; e++) if (weights[e] > 0 && cap[p.edgeMentor[e]] > 0) off[p.edgeMentee[e] + 1]++;
  for (let i = 0; i < M; i++) off[i + 1] += off[i];
  const fill = off.slice(0, M);
  const adj = new Int32Array(off[M]);
  for (let e = 0; e < E; e++) if (weights[e] > 0 && cap[p.edgeMentor[e]] > 0) adj[fill[p.edgeMentee[e]]++] = e;
  const slotStart = new Int32Array(N + 1);
  for (let j = 0; j < N; j++) slotStart[j + 1] = slotStart[j] + Math.max(0, cap[j]);
  return {
    M,
    N,
    off,
    adj,
    mentorOfEdge: Int32Array.from(p.edgeMentor),
    w: weights,
    cap,
    load: new Int32Array(N),
    slotStart,
    slot: new Int32Array(slotStart[N]),
    pos: new Int32Array(M).fill(-1),
    match: new Int32Array(M).fill(-1),
    pot: new Float64Array(M + N + 3),
    unit,
  };
}

/**
 * The primal-dual loop from an empty assignment, on potentials that keep every residual arc's reduced cost ≥ 0,
 * except the source's arcs to free mentees: those are the search's roots, with their own keys. (From a plan that
 * is not a cheapest one of its size it would need exchanges, which it does not look for.)
 */
function primalDual(st: State, opts: SolveOptions): number {
  const { M, N, off, adj, mentorOfEdge, w, cap, load, slotStart, slot, match, pot } = st;
  const T = M + N;
  const Z = M + N + 1;
  const S = M + N + 2;
  const V = M + N + 1; // nodes with a distance: mentees, mentors, the sink (the return's is `best`)
  const dist = new Float64Array(V);
  // dist is reset to ∞ per phase (the search reaches nearly every node anyway): no stamp to read per relaxation. A
  // node is pushed only at a strictly smaller key, so an entry is current iff its key is the node's dist.
  const done = new Int32Array(V); // the phase in which v was settled (dist ≤ the phase's distance), set at its end
  // Bucket queue: entries (node, next) chained per key − base.
  let head = new Int32Array(1024).fill(-1);
  let used = 0;
  let qNode = new Int32Array(1024);
  let qNext = new Int32Array(1024);
  let qn = 0;
  let base = 0;
  const push = (v: number, key: number) => {
    const k = key - base;
    if (k >= head.length) {
      let size = head.length * 2;
      while (k >= size) size *= 2;
      const h = new Int32Array(size).fill(-1);
      h.set(head);
      head = h;
    }
    if (qn === qNode.length) {
      const a = new Int32Array(qn * 2);
      a.set(qNode);
      qNode = a;
      const b = new Int32Array(qn * 2);
      b.set(qNext);
      qNext = b;
    }
    qNode[qn] = v;
    qNext[qn] = head[k];
    head[k] = qn++;
    if (k + 1 > used) used = k + 1;
  };
  // Tight pairs of the settled mentees, listed once per phase, then gathered per mentor (the searches go from the
  // mentors with a free place back to the free mentees).
  const tMentee = new Int32Array(adj.length);
  const tArc = new Int32Array(adj.length);
  const tMentor = new Int32Array(adj.length);
  const inStart = new Int32Array(N + 1);
  const inFill = new Int32Array(N);
  const inMentee = new Int32Array(adj.length);
  const inArc = new Int32Array(adj.length);
  // The pairs that may be tight after the phase, recorded by Dijkstra as it reads them (a pair whose mentor's
  // distance it does not exceed, and the mentee's own pair): pair slot a and mentee, per mentee in slot order. Far
  // fewer than the pairs of the settled mentees (1.9 million reads over the bench's 42 phases instead of 11.6).
  const recA = new Int32Array(adj.length);
  const recI = new Int32Array(adj.length);
  const recStart = new Int32Array(M + 1);
  let nRec = 0;
  const lSeen = new Int32Array(V);
  const ptr = new Int32Array(V);
  const starts = new Int32Array(N + M);
  const stk = new Int32Array(V + 1);
  const stkE = new Int32Array(V + 1);
  // Per slot: is the reverse arc (mentor → its assigned mentee) tight this phase? Read in order, mentor by mentor,
  // instead of three scattered reads per assigned mentee in the searches.
  const slotTight = new Uint8Array(slot.length);
  // Near and far pairs. Dijkstra reads a mentee's near pairs (reduced cost ≤ NEAR when last sorted:
  // adj[off[i]..nearEnd[i]), input order kept in each part) when it settles the mentee; its far pairs wait in the
  // queue until the search reaches the mentee's key + a lower bound of their reduced costs, which it mostly never
  // does (the return's distance is usually 1 above the roots'). The bound stays valid without reading the pairs:
  // no potential grows by more than the phase's distance D, so a far pair's w + pot[mentor] is at most farTop[i] +
  // (grown now − grown when sorted), grown = Σ D; reduced cost ≥ pot[i] − farC[i] − grown with farC = farTop − grown
  // then. A mentee is sorted again when its bound falls to RESORT.
  const NEAR = 6 * st.unit;
  const RESORT = st.unit;
  const nearEnd = Int32Array.from(off.subarray(0, M)); // nothing near, everything far: sorted at the first visit
  const farC = new Float64Array(M).fill(Infinity);
  let maxDegree = 0;
  for (let i = 0; i < M; i++) if (off[i + 1] - off[i] > maxDegree) maxDegree = off[i + 1] - off[i];
  const farTmp = new Int32Array(maxDegree);
  const farTmpU = new Int32Array(maxDegree);
  const farTmpW = new Float64Array(maxDegree);
  // Beside each pair id, its mentor's node and its weight, in the same (sorted) order: the searches read them in
  // order instead of through the pair id (two scattered reads per relaxation fewer).
  const adjU = new Int32Array(adj.length);
  const adjW = new Float64Array(adj.length);
  for (let a = 0; a < adj.length; a++) {
    adjU[a] = M + mentorOfEdge[adj[a]];
    adjW[a] = w[adj[a]];
  }
  // Per slot: the weight of the pair its mentee holds (kept as augmentations move mentees).
  const slotW = new Float64Array(slot.length);
  for (let j = 0; j < N; j++) for (let s = slotStart[j], end = slotStart[j] + load[j]; s < end; s++) slotW[s] = w[match[slot[s]]];
  let grown = 0;
  /** Sorts mentee i's pairs into near and far (stable) under the current potentials; returns the far bound. */
  const sortPairs = (i: number): number => {
    const pi = pot[i];
    let n = off[i];
    let f = 0;
    let top = -Infinity;
    for (let a = off[i]; a < off[i + 1]; a++) {
      const e = adj[a];
      const u = adjU[a];
      const we = adjW[a];
      const wu = we + pot[u];
      if (pi - wu <= NEAR) {
        adj[n] = e;
        adjU[n] = u;
        adjW[n++] = we;
      } else {
        farTmp[f] = e;
        farTmpU[f] = u;
        farTmpW[f++] = we;
        if (wu > top) top = wu;
      }
    }
    nearEnd[i] = n;
    for (let k = 0; k < f; k++) {
      adj[n + k] = farTmp[k];
      adjU[n + k] = farTmpU[k];
      adjW[n + k] = farTmpW[k];
    }
    farC[i] = top - grown;
    return f ? pi - top : Infinity;
  };
  const tight: TightScratch = { recA, recI, recStart, tArc, tMentee, tMentor, inStart, inFill, inMentee, inArc, adjU, adjW };
  // The maximum flow's arrays (its own function: optimised apart from the search's loop).
  const scratch: FlowScratch = { inStart, inMentee, inArc, lSeen, ptr, starts, stk, stkE, slotW, slotTight, done, round: 0 };
  let assigned = 0;
  for (let i = 0; i < M; i++) if (match[i] >= 0) assigned++;
  let phase = 0;

  for (;;) {
    const stamp = phase + 1;
    const pS = pot[S];
    // 1. Dijkstra on reduced costs from the free mentees (the source's arcs), up to the sink's distance.
    base = Infinity;
    for (let i = 0; i < M; i++) if (match[i] < 0 && off[i + 1] > off[i] && pS - pot[i] < base) base = pS - pot[i];
    if (base === Infinity) break;
    head.fill(-1, 0, used);
    used = 0;
    qn = 0;
    nRec = 0;
    dist.fill(Infinity);
    for (let i = 0; i < M; i++) {
      if (match[i] >= 0 || off[i + 1] === off[i]) continue;
      dist[i] = pS - pot[i];
      push(i, dist[i]);
    }
    let best = Infinity;
    for (let k = 0; k < used; k++) {
      const key = base + k;
      if (key > best) break; // nodes at the return's distance are settled too: more tight paths per phase
      let x: number;
      while ((x = head[k]) >= 0) {
        head[k] = qNext[x];
        const v = qNode[x];
        if (v >= V) {
          // The far pairs of a settled mentee, due at this key.
          const i = v - V;
          const pv = pot[i];
          const ki = dist[i];
          for (let a = nearEnd[i]; a < off[i + 1]; a++) {
            const u = adjU[a];
            const nd = ki - adjW[a] + pv - pot[u];
            if (nd <= best && nd <= dist[u]) {
              recA[nRec] = a;
              recI[nRec++] = i;
              if (nd < dist[u]) {
                dist[u] = nd;
                push(u, nd);
              }
            }
          }
          continue;
        }
        if (dist[v] !== key) continue;
        if (v < M) {
          const pv = pot[v];
          let lb = pv - farC[v] - grown;
          if (lb <= RESORT) lb = sortPairs(v);
          // The mentee's own pair needs no test: the mentee was reached from its mentor only (along the pair's
          // reverse arc), so the pair read forward gives exactly the mentor's distance — recorded (the way back
          // after a move), never a shorter one.
          for (let a = off[v], end = nearEnd[v]; a < end; a++) {
            const u = adjU[a];
            const nd = key - adjW[a] + pv - pot[u];
            if (nd <= best && nd <= dist[u]) {
              recA[nRec] = a;
              recI[nRec++] = v;
              if (nd < dist[u]) {
                dist[u] = nd;
                push(u, nd);
              }
            }
          }
          if (lb !== Infinity && key + lb <= best) push(V + v, key + lb);
        } else if (v === T) {
          const nd = key + pot[T] - pot[Z];
          if (nd < best) best = nd;
        } else {
          const j = v - M;
          const pv = pot[v];
          if (load[j] < cap[j]) {
            const nd = key + pv - pot[T];
            if (nd <= best && nd < dist[T]) {
              dist[T] = nd;
              push(T, nd);
            }
          }
          for (let s = slotStart[j], end = slotStart[j] + load[j]; s < end; s++) {
            const i = slot[s];
            const nd = key + slotW[s] + pv - pot[i];
            if (nd <= best && nd < dist[i]) {
              dist[i] = nd;
              push(i, nd);
            }
          }
        }
      }
    }
    if (best === Infinity) break;
    const D = best;
    if (D - pS + pot[Z] >= 0) break; // no cycle through the source gains anything any more
    for (let v = 0; v < V; v++) {
      const d = dist[v];
      if (d <= D) {
        pot[v] += d;
        done[v] = stamp;
      } else pot[v] += D;
    }
    pot[Z] += D;
    grown += D;
    phase++;

    // 2. The tight pairs of the settled mentees, gathered per mentor.
    // The mentee's own pair is listed too when tight: once an augmentation moves the mentee to another mentor,
    // the way back to its previous one is a tight arc (leaving it out cost a whole phase at the same distance,
    // 61 phases instead of 42 on the bench). The searches skip the pair the mentee holds at the time.
    // Only the pairs Dijkstra recorded can be tight: a tight pair leads from a settled mentee to a settled mentor
    // whose distance is the mentee's plus the pair's reduced cost, so Dijkstra read it (a far pair too: its bound
    // was due) and did not find the mentor nearer. They are put back in mentee order first (a stable counting sort),
    // so the lists, and the searches, are the same as when every pair of the settled mentees was read.
    listTight(st, tight, nRec);
    const pT = pot[T];
    const pZ = pot[Z];
    const sinkTight = pT === pZ;
    const pS2 = pot[S];
    markTightSlots(st, slotW, slotTight);

    // 3. The maximum flow along the tight arcs: passes of depth-first searches back from where a unit can end — a
    // mentor with a free place (one more pair) — to a free mentee on a tight arc from the source, each node entered once per pass: a node that led nowhere is
    // not tried again in the pass, and a path need not be the shortest (every path of tight arcs costs the phase's
    // distance). The passes repeat until one finds no path (a full search: the flow is maximum). Searching back
    // from the few ends instead of forward from the ~17,000–60,000 free mentees keeps each pass to the nodes that
    // can still reach an end, which late in the solve are few.
    let nStarts = 0;
    if (sinkTight) for (let j = 0; j < N; j++) if (load[j] < cap[j] && pot[M + j] === pT) starts[nStarts++] = M + j;
    const flow = maxFlow(st, scratch, nStarts, stamp, pS2);
    assigned += flow;
    opts.onPhase?.(phase, assigned);
  }
  return phase;
}

/** The arrays of step 2 of a phase (see `primalDual`). */
interface TightScratch {
  recA: Int32Array;
  recI: Int32Array;
  recStart: Int32Array;
  tArc: Int32Array;
  tMentee: Int32Array;
  tMentor: Int32Array;
  inStart: Int32Array;
  inFill: Int32Array;
  inMentee: Int32Array;
  inArc: Int32Array;
  adjU: Int32Array;
  adjW: Float64Array;
}

/**
 * Step 2 of a phase: the `nRec` pairs Dijkstra recorded, back in mentee order (a stable counting sort), the tight
 * ones gathered per mentor (inStart, inMentee, inArc).
 */
function listTight(st: State, f: TightScratch, nRec: number): void {
  const { M, N, adj, pot } = st;
  const { recA, recI, recStart, tArc, tMentee, tMentor, inStart, inFill, inMentee, inArc, adjU, adjW } = f;
  let m = 0;
  inStart.fill(0);
  recStart.fill(0);
  for (let r = 0; r < nRec; r++) recStart[recI[r] + 1]++;
  for (let i = 0; i < M; i++) recStart[i + 1] += recStart[i];
  for (let r = 0; r < nRec; r++) {
    const x = recStart[recI[r]]++;
    tArc[x] = recA[r];
    tMentee[x] = recI[r];
  }
  for (let r = 0; r < nRec; r++) {
    const a = tArc[r];
    const u = adjU[a];
    const i = tMentee[r];
    if (pot[i] - adjW[a] === pot[u]) {
      tMentee[m] = i;
      tArc[m] = adj[a];
      tMentor[m++] = u - M;
      inStart[u - M + 1]++;
    }
  }
  for (let j = 0; j < N; j++) inStart[j + 1] += inStart[j];
  inFill.set(inStart.subarray(0, N));
  for (let t = 0; t < m; t++) {
    const x = inFill[tMentor[t]]++;
    inMentee[x] = tMentee[t];
    inArc[x] = tArc[t];
  }
}

/** Per slot: is the reverse arc (mentor → its assigned mentee) tight under the phase's potentials? */
function markTightSlots(st: State, slotW: Float64Array, slotTight: Uint8Array): void {
  const { M, N, slotStart, load, slot, pot } = st;
  for (let j = 0; j < N; j++) {
    const pv = pot[M + j];
    for (let s = slotStart[j], end = slotStart[j] + load[j]; s < end; s++) {
      slotTight[s] = slotW[s] + pv === pot[slot[s]] ? 1 : 0;
    }
  }
}

/** The arrays of the maximum flow along the tight arcs (see `primalDual`, step 3); `round` is the pass's stamp. */
interface FlowScratch {
  inStart: Int32Array;
  inMentee: Int32Array;
  inArc: Int32Array;
  lSeen: Int32Array;
  ptr: Int32Array;
  starts: Int32Array;
  stk: Int32Array;
  stkE: Int32Array;
  slotW: Float64Array;
  slotTight: Uint8Array;
  done: Int32Array;
  round: number;
}

/**
 * Step 3 of a phase: passes of depth-first searches back from the `nStarts` mentors in `f.starts` to the free mentees
 * on a tight arc from the source (settled in phase `stamp`, potential `pS`); returns the pairs added.
 */
function maxFlow(st: State, f: FlowScratch, nStarts: number, stamp: number, pS2: number): number {
  const { M, mentorOfEdge, w, cap, load, slotStart, slot, pos, match, pot } = st;
  const { inStart, inMentee, inArc, lSeen, ptr, starts, stk, stkE, slotW, slotTight, done } = f;
  let round = f.round;
  let added = 0;
  for (;;) {
    round++;
    let kept = 0;
    let paths = 0;
    for (let r = 0; r < nStarts; r++) {
      const start = starts[r];
      const j0 = start - M;
      if (load[j0] >= cap[j0]) continue; // used up earlier in the phase
      starts[kept++] = start;
      for (;;) {
        // Repeated from a mentor while it has a free place and a search from it finds a path.
        if (load[j0] >= cap[j0]) break;
        lSeen[start] = round;
        ptr[start] = inStart[j0];
        let top = 0;
        stk[0] = start;
        let found = false;
        while (top >= 0) {
          const v = stk[top];
          let advanced = false;
          if (v >= M) {
            // A mentor: back along a tight pair from a settled mentee who does not hold it.
            const end = inStart[v - M + 1];
            while (ptr[v] < end) {
              const x = ptr[v]++;
              const i = inMentee[x];
              if (lSeen[i] !== round && match[i] !== inArc[x]) {
                lSeen[i] = round;
                ptr[i] = 0;
                stkE[top + 1] = inArc[x];
                stk[++top] = i;
                advanced = true;
                break;
              }
            }
          } else {
            const me = match[v];
            if (me < 0) {
              if (done[v] === stamp && pS2 === pot[v]) {
                found = true; // a free mentee on a tight arc from the source
                break;
              }
            } else if (ptr[v] === 0) {
              // An assigned mentee: back to its mentor along the reverse arc, when tight.
              ptr[v] = 1;
              const u = M + mentorOfEdge[me];
              if (slotTight[pos[v]] && lSeen[u] !== round) {
                lSeen[u] = round;
                ptr[u] = inStart[u - M];
                stk[++top] = u;
                advanced = true;
              }
            }
          }
          if (!advanced) top--;
        }
        if (!found) break;
        // Augment, from the end back to the free mentee: each mentee on the path takes the mentor before it on
        // the stack, in the slot the mentee before it leaves; the first takes the mentor's new place.
        let s = slotStart[j0] + load[j0]++;
        added++;
        for (let t = 1; t <= top; t += 2) {
          const i = stk[t];
          const e = stkE[t];
          const prev = pos[i];
          slot[s] = i;
          slotW[s] = w[e];
          slotTight[s] = 1; // i came along a tight arc: its reverse arc is tight
          pos[i] = s;
          match[i] = e;
          s = prev;
        }
        paths++;
      }
    }
    nStarts = kept;
    if (!paths) break;
  }
  f.round = round;
  return added;
}

/**
 * The LP dual of the final state: δ = shortest distances from {sink, source} in the residual graph (both at 0);
 * u_i = δ(mentee), v_j = max(0, −δ(mentor)). One Dijkstra on reduced costs (a heap: its keys span the potentials).
 */
function duals(st: State): { u: Float64Array; v: Float64Array } {
  const { M, N, off, adj, mentorOfEdge, w, cap, load, slotStart, slot, match, pot } = st;
  const T = M + N;
  const S = M + N + 2;
  const key = new Float64Array(M + N).fill(Infinity);
  const done = new Uint8Array(M + N);
  // key(x) = δ(x) − pot(x); the source reaches free mentees at δ 0, the sink the mentors with mentees at δ 0. The
  // keys are integers (so are the weights and the potentials): a bucket queue from the smallest first key.
  let first = Infinity;
  for (let i = 0; i < M; i++) if (match[i] < 0) first = Math.min(first, -pot[S] + (pot[S] - pot[i]));
  for (let j = 0; j < N; j++) if (load[j] > 0) first = Math.min(first, -pot[T] + (pot[T] - pot[M + j]));
  const heap = new MonotoneQueue(first === Infinity ? 0 : first, 4 * (M + N) + 1024);
  const relax = (x: number, k: number) => {
    if (k < key[x]) {
      key[x] = k;
      heap.push(k, x);
    }
  };
  for (let i = 0; i < M; i++) if (match[i] < 0) relax(i, -pot[S] + (pot[S] - pot[i]));
  for (let j = 0; j < N; j++) if (load[j] > 0) relax(M + j, -pot[T] + (pot[T] - pot[M + j]));
  while (heap.size) {
    const x = heap.pop();
    if (done[x] || heap.topKey > key[x]) continue;
    done[x] = 1;
    const k = key[x];
    if (x < M) {
      for (let a = off[x]; a < off[x + 1]; a++) {
        const e = adj[a];
        if (e !== match[x]) relax(M + mentorOfEdge[e], k - w[e] + pot[x] - pot[M + mentorOfEdge[e]]);
      }
    } else {
      const j = x - M;
      for (let s = slotStart[j], end = slotStart[j] + load[j]; s < end; s++) {
        const i = slot[s];
        relax(i, k + w[match[i]] + pot[x] - pot[i]);
      }
    }
  }
  const v = new Float64Array(N);
  for (let j = 0; j < N; j++) v[j] = done[M + j] && cap[j] > 0 ? Math.max(0, -(key[M + j] + pot[M + j])) : 0;
  const u = new Float64Array(M);
  for (let i = 0; i < M; i++) {
    if (done[i]) u[i] = key[i] + pot[i];
    else for (let a = off[i]; a < off[i + 1]; a++) u[i] = Math.max(u[i], w[adj[a]] - v[mentorOfEdge[adj[a]]]);
  }
  return { u, v };
}

function finish(p: CompactProblem, st: State, phases: number): CompactResult {
  const { u, v } = duals(st);
  const mentorOf = new Int32Array(st.M).fill(-1);
  let total = 0;
  let assigned = 0;
  for (let i = 0; i < st.M; i++) {
    const e = st.match[i];
    if (e < 0) continue;
    mentorOf[i] = st.mentorOfEdge[e];
    total += p.edgeScore[e];
    assigned++;
  }
  return { mentorOf, edgeOf: st.match, total, assigned, phases, menteeDual: u, mentorDual: v, weights: st.w, capacities: st.cap, potentials: st.pot };
}

/** The optimal assignment of a compact problem (see the file comment). */
export function solveCompact(p: CompactProblem, opts: SolveOptions = {}): CompactResult {
  const E = p.edgeMentee.length;
  const weights = new Float64Array(E);
  for (let e = 0; e < E; e++) weights[e] = p.edgeScore[e] > 0 ? Math.round(p.edgeScore[e]) : 0;
  return solveWeighted(p, weights, opts);
}

function solveWeighted(p: CompactProblem, weights: Float64Array, opts: SolveOptions, unit = 1): CompactResult {
  const E = p.edgeMentee.length;
  const cap = Int32Array.from(p.capacities, (c) => Math.max(0, c));
  const st = layout(p, weights, cap, unit);
  // Initial potentials: the graph is a DAG with only the mentee → mentor arcs negative.
  const { M, N, pot } = st;
  for (let e = 0; e < E; e++) {
    const j = M + p.edgeMentor[e];
    if (weights[e] > 0 && -weights[e] < pot[j]) pot[j] = -weights[e];
  }
  for (let j = 0; j < N; j++) if (pot[M + j] < pot[M + N]) pot[M + N] = pot[M + j];
  pot[M + N + 1] = pot[M + N];
  return finish(p, st, primalDual(st, opts));
}

export interface ReplanResult {
  /** Mentor index per mentee, −1 when unassigned; the pair (index into the problem's arrays) per mentee. */
  mentorOf: Int32Array;
  edgeOf: Int32Array;
  /** The total fit and the pairs of the new plan: the pairs kept plus the sub-problem's. */
  total: number;
  assigned: number;
  /** Mentees who keep their mentor, who get another one, who lose theirs, who get one for the first time. */
  kept: number;
  moved: number;
  dropped: number;
  added: number;
  /** The mentees solved again: pairs broken (mentor gone or full, pair no longer a candidate) and mentees without a mentor before. */
  affected: number;
  /** The pairs broken: the previous pairs among the affected. */
  broken: number;
  /** The sub-problem solved exactly (its mentee k is `mentees[k]` of the whole problem) and its optimum, for `certify`. */
  sub: { problem: CompactProblem; mentees: Int32Array; edges: Int32Array; result: CompactResult };
}

/**
 * The re-plan after a change of the mentor base or of the fits (minimal disruption, exact). `p` is the problem as it
 * is now (a mentor who left has 0 places; a pair that no longer fits is no longer among the candidates or has no fit
 * points); `previous` is the mentor per mentee of the plan before (−1: none). The rule:
 * - a previous pair stays as it is while it is still a candidate pair of `p` and its mentor still has a place (when
 *   a mentor has fewer places than pairs that stay, the best fits stay, ties by the smaller mentee index);
 * - the affected mentees — their pair broken, or without a mentor before — are assigned exactly (the optimum,
 *   certified by `certify` on `sub`) over the places left: the sub-problem of their candidate pairs, the mentors'
 *   places minus the pairs that stay.
 * So no pair that still fits changes; the total may be below a fresh solve's (the price of keeping the plan).
 */
export function replanCompact(p: CompactProblem, previous: ArrayLike<number>, opts: SolveOptions = {}): ReplanResult {
  const M = p.menteeCount;
  const E = p.edgeMentee.length;
  const room = Int32Array.from(p.capacities, (c) => Math.max(0, c));
  // The previous pair of each mentee, when it is still a candidate (the best fit if the pair is listed twice).
  const still = new Int32Array(M).fill(-1);
  for (let e = 0; e < E; e++) {
    const i = p.edgeMentee[e];
    if (p.edgeMentor[e] === previous[i] && p.edgeScore[e] > 0 && (still[i] < 0 || p.edgeScore[e] > p.edgeScore[still[i]])) still[i] = e;
  }
  // They stay while their mentor has a place: the best fits first, ties by mentee.
  const order: number[] = [];
  for (let i = 0; i < M; i++) if (still[i] >= 0) order.push(i);
  order.sort((a, b) => p.edgeScore[still[b]] - p.edgeScore[still[a]] || a - b);
  const edgeOf = new Int32Array(M).fill(-1);
  const mentorOf = new Int32Array(M).fill(-1);
  let total = 0;
  for (const i of order) {
    const e = still[i];
    const j = p.edgeMentor[e];
    if (room[j] <= 0) continue;
    room[j]--;
    edgeOf[i] = e;
    mentorOf[i] = j;
    total += Math.round(p.edgeScore[e]);
  }
  // The sub-problem: the affected mentees, their candidate pairs, the places left.
  const subOf = new Int32Array(M).fill(-1);
  const mentees: number[] = [];
  for (let i = 0; i < M; i++) if (edgeOf[i] < 0) subOf[i] = mentees.push(i) - 1;
  const edges: number[] = [];
  for (let e = 0; e < E; e++) if (subOf[p.edgeMentee[e]] >= 0) edges.push(e);
  const problem: CompactProblem = {
    menteeCount: mentees.length,
    capacities: room,
    edgeMentee: Int32Array.from(edges, (e) => subOf[p.edgeMentee[e]]),
    edgeMentor: Int32Array.from(edges, (e) => p.edgeMentor[e]),
    edgeScore: Int32Array.from(edges, (e) => p.edgeScore[e]),
  };
  const result = solveCompact(problem, opts);
  for (let k = 0; k < mentees.length; k++) {
    if (result.edgeOf[k] < 0) continue;
    edgeOf[mentees[k]] = edges[result.edgeOf[k]];
    mentorOf[mentees[k]] = result.mentorOf[k];
  }
  total += result.total;
  let kept = 0;
  let moved = 0;
  let dropped = 0;
  let added = 0;
  let broken = 0;
  for (let i = 0; i < M; i++) {
    const before = previous[i] ?? -1;
    const after = mentorOf[i];
    if (before >= 0 && subOf[i] >= 0) broken++;
    if (before >= 0 && after === before) kept++;
    else if (before >= 0 && after >= 0) moved++;
    else if (before >= 0) dropped++;
    else if (after >= 0) added++;
  }
  return {
    mentorOf,
    edgeOf,
    total,
    assigned: M - mentees.length + result.assigned,
    kept,
    moved,
    dropped,
    added,
    affected: mentees.length,
    broken,
    sub: { problem, mentees: Int32Array.from(mentees), edges: Int32Array.from(edges), result },
  };
}

export interface Certificate {
  /** Candidate pairs checked (positive weight, a mentor with places). */
  pairs: number;
  /** Pairs whose reduced cost u + v − w is 0, and the smallest reduced cost over all pairs (≥ 0 when feasible). */
  tight: number;
  minReducedCost: number;
  /** Violations, each must be 0. */
  negativeReducedCosts: number;
  negativeDuals: number;
  assignedNotTight: number;
  /** u > 0 for a mentee without a mentor, v > 0 for a mentor with a free place. */
  slackMentees: number;
  slackMentors: number;
  overCapacity: number;
  notCandidates: number;
  /** Σ w of the assignment, Σ u + Σ capacity·v, and their difference. */
  primal: number;
  dual: number;
  gap: number;
  optimal: boolean;
}

/**
 * Checks a solution against its LP dual, independently of how either was found: dual feasibility (u, v ≥ 0 and
 * every pair's reduced cost u_i + v_j − w_ij ≥ 0), complementary slackness (assigned pairs tight, u_i > 0 only for
 * an assigned mentee, v_j > 0 only for a full mentor) and primal = dual. All of them hold ⇔ the assignment is optimal.
 */
export function certify(p: CompactProblem, r: Pick<CompactResult, 'mentorOf' | 'edgeOf' | 'menteeDual' | 'mentorDual' | 'weights' | 'capacities'>): Certificate {
  const M = p.menteeCount;
  const N = r.capacities.length;
  const { menteeDual: u, mentorDual: v, weights: w, capacities: cap } = r;
  const c: Certificate = {
    pairs: 0,
    tight: 0,
    minReducedCost: Infinity,
    negativeReducedCosts: 0,
    negativeDuals: 0,
    assignedNotTight: 0,
    slackMentees: 0,
    slackMentors: 0,
    overCapacity: 0,
    notCandidates: 0,
    primal: 0,
    dual: 0,
    gap: 0,
    optimal: false,
  };
  for (let e = 0; e < p.edgeMentee.length; e++) {
    const i = p.edgeMentee[e];
    const j = p.edgeMentor[e];
    if (!(w[e] > 0) || cap[j] <= 0) continue;
    c.pairs++;
    const rc = u[i] + v[j] - w[e];
    if (rc < c.minReducedCost) c.minReducedCost = rc;
    if (rc < 0) c.negativeReducedCosts++;
    if (rc === 0) c.tight++;
  }
  const load = new Int32Array(N);
  for (let i = 0; i < M; i++) {
    if (u[i] < 0) c.negativeDuals++;
    const e = r.edgeOf[i];
    if (e < 0) {
      if (u[i] > 0) c.slackMentees++;
      continue;
    }
    const j = r.mentorOf[i];
    if (p.edgeMentee[e] !== i || p.edgeMentor[e] !== j || !(w[e] > 0)) {
      c.notCandidates++;
      continue;
    }
    load[j]++;
    c.primal += w[e];
    if (u[i] + v[j] !== w[e]) c.assignedNotTight++;
  }
  for (let j = 0; j < N; j++) {
    if (v[j] < 0) c.negativeDuals++;
    if (load[j] > cap[j]) c.overCapacity++;
    if (v[j] > 0 && load[j] < cap[j]) c.slackMentors++;
  }
  for (let i = 0; i < M; i++) c.dual += u[i];
  for (let j = 0; j < N; j++) c.dual += cap[j] * v[j];
  c.gap = c.dual - c.primal;
  if (c.pairs === 0) c.minReducedCost = 0;
  c.optimal =
    c.negativeReducedCosts + c.negativeDuals + c.assignedNotTight + c.slackMentees + c.slackMentors + c.overCapacity + c.notCandidates === 0 && c.gap === 0;
  return c;
}

/**
 * The greedy baseline: candidate pairs from the best fit down (ties by mentee, then mentor index), each taken
 * while the mentee is free and the mentor has room. What a coordinator would do by hand; not optimal.
 */
export function greedyCompact(p: CompactProblem): { mentorOf: Int32Array; total: number; assigned: number; phases: number } {
  const E = p.edgeMentee.length;
  const idx = Array.from({ length: E }, (_, e) => e).filter((e) => p.edgeScore[e] > 0);
  idx.sort((x, y) => p.edgeScore[y] - p.edgeScore[x] || p.edgeMentee[x] - p.edgeMentee[y] || p.edgeMentor[x] - p.edgeMentor[y]);
  const room = Int32Array.from(p.capacities as ArrayLike<number>);
  const mentorOf = new Int32Array(p.menteeCount).fill(-1);
  let total = 0;
  let assigned = 0;
  for (const e of idx) {
    const i = p.edgeMentee[e];
    const j = p.edgeMentor[e];
    if (mentorOf[i] >= 0 || room[j] <= 0) continue;
    mentorOf[i] = j;
    room[j]--;
    total += p.edgeScore[e];
    assigned++;
  }
  return { mentorOf, total, assigned, phases: 0 };
}

export interface AssignmentInput {
  mentees: readonly string[];
  mentors: readonly { id: string; capacity: number }[];
  /** Candidate pairs with integer fit points; a repeated pair keeps its best fit. */
  candidates: readonly { mentee: string; mentor: string; score: number }[];
}

export interface AssignmentResult {
  /** Mentee id → mentor id, for the assigned mentees only. */
  assignment: Map<string, string>;
  total: number;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Lays out a problem by sorted ids so that the same input (in any order) gives the same answer. */
function compact(input: AssignmentInput): { problem: CompactProblem; mentees: string[]; mentors: string[] } {
  const mentees = [...new Set(input.mentees)].sort(byId);
  const mentors = [...new Map(input.mentors.map((m) => [m.id, m.capacity])).entries()].sort((a, b) => byId(a[0], b[0]));
  const mi = new Map(mentees.map((id, i) => [id, i]));
  const mj = new Map(mentors.map(([id], j) => [id, j]));
  const best = new Map<string, { i: number; j: number; w: number }>();
  for (const c of input.candidates) {
    const i = mi.get(c.mentee);
    const j = mj.get(c.mentor);
    if (i === undefined || j === undefined || !(c.score > 0)) continue;
    const key = `${i}:${j}`;
    const w = Math.round(c.score);
    if ((best.get(key)?.w ?? 0) < w) best.set(key, { i, j, w });
  }
  const edges = [...best.values()].sort((a, b) => a.i - b.i || b.w - a.w || a.j - b.j);
  return {
    mentees,
    mentors: mentors.map(([id]) => id),
    problem: {
      menteeCount: mentees.length,
      capacities: mentors.map(([, c]) => Math.max(0, c)),
      edgeMentee: edges.map((e) => e.i),
      edgeMentor: edges.map((e) => e.j),
      edgeScore: edges.map((e) => e.w),
    },
  };
}

function expand(r: { mentorOf: Int32Array; total: number }, mentees: string[], mentors: string[]): AssignmentResult {
  const assignment = new Map<string, string>();
  r.mentorOf.forEach((j, i) => {
    if (j >= 0) assignment.set(mentees[i], mentors[j]);
  });
  return { assignment, total: r.total };
}

/** The optimal whole-cohort assignment (maximum total fit within the mentors' free places). */
export function solveAssignment(input: AssignmentInput): AssignmentResult {
  const { problem, mentees, mentors } = compact(input);
  return expand(solveCompact(problem), mentees, mentors);
}

/** The greedy baseline for the same input, for comparison. */
export function greedyAssignment(input: AssignmentInput): AssignmentResult {
  const { problem, mentees, mentors } = compact(input);
  return expand(greedyCompact(problem), mentees, mentors);
}
