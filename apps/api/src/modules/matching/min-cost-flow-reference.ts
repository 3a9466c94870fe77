import { CompactProblem } from './assignment-solver';

/**
 * The first exact solver, kept as an independent reference for the tests and the bench ("old" line): a general
 * min-cost flow — source → mentee (1) → mentor (−fit) → sink (free places) — by the primal-dual method: Dijkstra
 * on reduced costs with a binary heap, then a maximum flow (Dinic) on the arcs of zero reduced cost between the
 * nodes settled before the sink; repeated while a shortest path still has negative cost (a gain).
 * `assignment-solver.ts` is the same method specialised to the mentee/mentor structure.
 */

export interface ReferenceResult {
  mentorOf: Int32Array;
  total: number;
  assigned: number;
  phases: number;
}

class MinHeap {
  private keys: Float64Array;
  private vals: Int32Array;
  size = 0;
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
      if (keys[p] < key || (keys[p] === key && vals[p] <= val)) break;
      keys[i] = keys[p];
      vals[i] = vals[p];
      i = p;
    }
    keys[i] = key;
    vals[i] = val;
  }
  /** Pops the smallest; its key is left in `topKey`. */
  topKey = 0;
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
      if (c + 1 < this.size && (keys[c + 1] < keys[c] || (keys[c + 1] === keys[c] && vals[c + 1] < vals[c]))) c++;
      if (lastKey < keys[c] || (lastKey === keys[c] && lastVal <= vals[c])) break;
      keys[i] = keys[c];
      vals[i] = vals[c];
      i = c;
    }
    keys[i] = lastKey;
    vals[i] = lastVal;
    return val;
  }
}

/** The optimal assignment of a compact problem by the general method (see the file comment). */
export function solveCompactReference(p: CompactProblem): ReferenceResult {
  const M = p.menteeCount;
  const N = p.capacities.length;
  const S = 0;
  const T = M + N + 1;
  const V = M + N + 2;
  const mentorNode = (j: number) => M + 1 + j;

  // Arcs (forward and reverse in pairs a, a^1), laid out per tail node (CSR) in input order.
  const E = p.edgeMentee.length;
  const keep: number[] = [];
  for (let e = 0; e < E; e++) {
    const w = p.edgeScore[e];
    if (w > 0 && p.capacities[p.edgeMentor[e]] > 0) keep.push(e);
  }
  const pairs = M + keep.length + N;
  const A = pairs * 2;
  const tail = new Int32Array(A);
  const to = new Int32Array(A);
  const cap = new Int32Array(A);
  const cost = new Float64Array(A);
  let n = 0;
  const add = (u: number, v: number, c: number, w: number) => {
    tail[n] = u;
    to[n] = v;
    cap[n] = c;
    cost[n] = w;
    tail[n + 1] = v;
    to[n + 1] = u;
    cap[n + 1] = 0;
    cost[n + 1] = -w;
    n += 2;
  };
  for (let i = 0; i < M; i++) add(S, 1 + i, 1, 0);
  for (const e of keep) add(1 + p.edgeMentee[e], mentorNode(p.edgeMentor[e]), 1, -p.edgeScore[e]);
  for (let j = 0; j < N; j++) add(mentorNode(j), T, Math.max(0, p.capacities[j]), 0);

  // CSR index of arcs by tail (stable: input order within a node).
  const start = new Int32Array(V + 1);
  for (let a = 0; a < A; a++) start[tail[a] + 1]++;
  for (let v = 0; v < V; v++) start[v + 1] += start[v];
  const order = new Int32Array(A);
  const fill = start.slice(0, V);
  for (let a = 0; a < A; a++) order[fill[tail[a]]++] = a;

  // Initial potentials: the graph is a DAG with only the mentee → mentor arcs negative.
  const pi = new Float64Array(V);
  for (const e of keep) {
    const j = mentorNode(p.edgeMentor[e]);
    pi[j] = Math.min(pi[j], -p.edgeScore[e]);
  }
  for (let j = 0; j < N; j++) pi[T] = Math.min(pi[T], pi[mentorNode(j)]);

  const dist = new Float64Array(V);
  const done = new Uint8Array(V);
  const level = new Int32Array(V);
  const iter = new Int32Array(V);
  const queue = new Int32Array(V);
  const stackNode = new Int32Array(V + 1);
  const stackArc = new Int32Array(V + 1);
  const heap = new MinHeap(V * 2);
  // The zero-reduced-cost graph of a phase (CSR over arc ids).
  const zArc = new Int32Array(A);
  const zOrder = new Int32Array(A);
  const zStart = new Int32Array(V + 1);
  const zFill = new Int32Array(V);
  const reduced = (a: number) => cost[a] + pi[tail[a]] - pi[to[a]];
  let phases = 0;

  for (;;) {
    // 1. Shortest reduced distances from S, up to the distance of T.
    dist.fill(Infinity);
    done.fill(0);
    dist[S] = 0;
    heap.size = 0;
    heap.push(0, S);
    while (heap.size) {
      const u = heap.pop();
      if (done[u] || heap.topKey > dist[u]) continue;
      done[u] = 1;
      if (u === T) break;
      const du = dist[u];
      for (let k = start[u]; k < start[u + 1]; k++) {
        const a = order[k];
        if (cap[a] <= 0) continue;
        const v = to[a];
        if (done[v]) continue;
        const nd = du + reduced(a);
        if (nd < dist[v]) {
          dist[v] = nd;
          heap.push(nd, v);
        }
      }
    }
    if (!done[T]) break;
    const D = dist[T];
    if (D + pi[T] - pi[S] >= 0) break; // no shortest path gains anything any more
    for (let v = 0; v < V; v++) pi[v] += done[v] ? dist[v] : D;
    phases++;

    // 2. Maximum flow along arcs of zero reduced cost (Dinic; every path carries one unit: S → mentee has 1).
    //    Only arcs between nodes settled before T can lie on a shortest path: they make a small graph of their own.
    let m = 0;
    for (let v = 0; v < V; v++) {
      if (!done[v]) continue;
      for (let k = start[v]; k < start[v + 1]; k++) {
        const a = order[k];
        const w = to[a];
        if ((done[w] || w === T) && (cap[a] > 0 || cap[a ^ 1] > 0) && reduced(a) === 0) {
          zArc[m++] = a;
        }
      }
    }
    zStart.fill(0);
    for (let k = 0; k < m; k++) zStart[tail[zArc[k]] + 1]++;
    for (let v = 0; v < V; v++) zStart[v + 1] += zStart[v];
    for (let v = 0; v < V; v++) zFill[v] = zStart[v];
    for (let k = 0; k < m; k++) zOrder[zFill[tail[zArc[k]]]++] = zArc[k];
    for (;;) {
      level.fill(-1);
      level[S] = 0;
      let qh = 0;
      let qt = 0;
      queue[qt++] = S;
      while (qh < qt) {
        const u = queue[qh++];
        for (let k = zStart[u]; k < zStart[u + 1]; k++) {
          const a = zOrder[k];
          const v = to[a];
          if (cap[a] > 0 && level[v] < 0) {
            level[v] = level[u] + 1;
            queue[qt++] = v;
          }
        }
      }
      if (level[T] < 0) break;
      for (let v = 0; v < V; v++) iter[v] = zStart[v];
      // Iterative DFS with current-arc pointers; dead ends leave the level graph.
      for (;;) {
        let top = 0;
        stackNode[0] = S;
        let found = false;
        while (top >= 0) {
          const u = stackNode[top];
          if (u === T) {
            found = true;
            break;
          }
          let advanced = false;
          while (iter[u] < zStart[u + 1]) {
            const a = zOrder[iter[u]];
            const v = to[a];
            if (cap[a] > 0 && level[v] === level[u] + 1) {
              stackArc[top] = a;
              stackNode[++top] = v;
              advanced = true;
              break;
            }
            iter[u]++;
          }
          if (!advanced) {
            level[u] = -1;
            top--;
            if (top >= 0) iter[stackNode[top]]++;
          }
        }
        if (!found) break;
        for (let k = 0; k < top; k++) {
          const a = stackArc[k];
          cap[a] -= 1;
          cap[a ^ 1] += 1;
        }
      }
    }
  }

  // Read the assignment off the mentee → mentor arcs that carry flow.
  const mentorOf = new Int32Array(M).fill(-1);
  let total = 0;
  let assigned = 0;
  let a = 2 * M;
  for (const e of keep) {
    if (cap[a] === 0) {
      mentorOf[p.edgeMentee[e]] = p.edgeMentor[e];
      total += p.edgeScore[e];
      assigned++;
    }
    a += 2;
  }
  return { mentorOf, total, assigned, phases };
}

