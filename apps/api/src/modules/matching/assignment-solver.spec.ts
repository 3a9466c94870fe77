import { certify, CompactProblem, greedyAssignment, greedyCompact, greedyOrder, replanCompact, solveAssignment, solveCompact } from './assignment-solver';
import { solveCompactReference } from './min-cost-flow-reference';

/** mulberry32: a small seeded PRNG, so every case is reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomProblem(rand: () => number): CompactProblem {
  const M = 1 + Math.floor(rand() * 7);
  const N = 1 + Math.floor(rand() * 4);
  const capacities = Array.from({ length: N }, () => Math.floor(rand() * 3)); // 0..2, some mentors full
  const edgeMentee: number[] = [];
  const edgeMentor: number[] = [];
  const edgeScore: number[] = [];
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < N; j++) {
      if (rand() < 0.6) {
        edgeMentee.push(i);
        edgeMentor.push(j);
        edgeScore.push(1 + Math.floor(rand() * 12));
      }
    }
  }
  return { menteeCount: M, capacities, edgeMentee, edgeMentor, edgeScore };
}

/** Every way to give each mentee one of its candidates or nobody, within capacities: the best total. */
function bruteForce(p: CompactProblem): number {
  const byMentee: { j: number; w: number }[][] = Array.from({ length: p.menteeCount }, () => []);
  for (let e = 0; e < p.edgeMentee.length; e++) byMentee[p.edgeMentee[e]].push({ j: p.edgeMentor[e], w: p.edgeScore[e] });
  const room = Array.from(p.capacities);
  let best = 0;
  const go = (i: number, sum: number) => {
    if (i === p.menteeCount) {
      best = Math.max(best, sum);
      return;
    }
    go(i + 1, sum);
    for (const { j, w } of byMentee[i]) {
      if (room[j] > 0) {
        room[j]--;
        go(i + 1, sum + w);
        room[j]++;
      }
    }
  };
  go(0, 0);
  return best;
}

function checkFeasible(p: CompactProblem, mentorOf: Int32Array, total: number): void {
  const used = new Array<number>(p.capacities.length).fill(0);
  let sum = 0;
  mentorOf.forEach((j, i) => {
    if (j < 0) return;
    used[j]++;
    const es = Array.from({ length: p.edgeMentee.length }, (_, k) => k).filter((k) => p.edgeMentee[k] === i && p.edgeMentor[k] === j);
    expect(es.length).toBeGreaterThan(0); // only candidate pairs (a repeated pair counts with its best fit)
    sum += Math.max(...es.map((k) => p.edgeScore[k]));
  });
  used.forEach((u, j) => expect(u).toBeLessThanOrEqual(p.capacities[j]));
  expect(sum).toBe(total);
}

describe('solveCompact (min-cost flow)', () => {
  it('is optimal on 600 small random cases (checked against brute force), never over capacity', () => {
    const rand = prng(20261123);
    let greedyWorse = 0;
    for (let n = 0; n < 600; n++) {
      const p = randomProblem(rand);
      const r = solveCompact(p);
      checkFeasible(p, r.mentorOf, r.total);
      expect(r.total).toBe(bruteForce(p));
      expect(certify(p, r).optimal).toBe(true);
      const g = greedyCompact(p);
      checkFeasible(p, g.mentorOf, g.total);
      expect(g.total).toBeLessThanOrEqual(r.total);
      if (g.total < r.total) greedyWorse++;
    }
    expect(greedyWorse).toBeGreaterThan(0);
  });

  it('beats greedy where the best single pair blocks two good ones', () => {
    // A fits X best (10) but also Y (9); B fits only X (9). Greedy takes A–X and leaves B alone.
    const input = {
      mentees: ['A', 'B'],
      mentors: [
        { id: 'X', capacity: 1 },
        { id: 'Y', capacity: 1 },
      ],
      candidates: [
        { mentee: 'A', mentor: 'X', score: 10 },
        { mentee: 'A', mentor: 'Y', score: 9 },
        { mentee: 'B', mentor: 'X', score: 9 },
      ],
    };
    expect(greedyAssignment(input).total).toBe(10);
    const opt = solveAssignment(input);
    expect(opt.total).toBe(18);
    expect([...opt.assignment]).toEqual([
      ['A', 'Y'],
      ['B', 'X'],
    ]);
  });

  it('leaves a mentee unassigned when no candidate has room, and fills capacities above one', () => {
    const r = solveAssignment({
      mentees: ['m1', 'm2', 'm3', 'm4'],
      mentors: [
        { id: 'big', capacity: 2 },
        { id: 'full', capacity: 0 },
      ],
      candidates: [
        { mentee: 'm1', mentor: 'big', score: 5 },
        { mentee: 'm2', mentor: 'big', score: 7 },
        { mentee: 'm3', mentor: 'big', score: 6 },
        { mentee: 'm4', mentor: 'full', score: 20 },
      ],
    });
    expect([...r.assignment].sort()).toEqual([
      ['m2', 'big'],
      ['m3', 'big'],
    ]);
    expect(r.total).toBe(13);
  });

  it('gives the same answer for the same input in any order (ties broken by ids)', () => {
    const rand = prng(7);
    const mentees = Array.from({ length: 40 }, (_, i) => `e${String(i).padStart(2, '0')}`);
    const mentors = Array.from({ length: 8 }, (_, j) => ({ id: `r${j}`, capacity: 1 + (j % 3) }));
    // Many equal fits: plenty of optimal answers, one of them is chosen every time.
    const candidates = mentees.flatMap((m) => mentors.filter(() => rand() < 0.5).map((r) => ({ mentee: m, mentor: r.id, score: 1 + Math.floor(rand() * 3) })));
    const first = solveAssignment({ mentees, mentors, candidates });
    for (let k = 0; k < 5; k++) {
      const shuffled = [...candidates].sort(() => rand() - 0.5);
      const again = solveAssignment({ mentees: [...mentees].reverse(), mentors: [...mentors].reverse(), candidates: shuffled });
      expect([...again.assignment].sort()).toEqual([...first.assignment].sort());
      expect(again.total).toBe(first.total);
    }
  });

  it('solves a mid-size sparse cohort within capacities', () => {
    const rand = prng(42);
    const M = 3000;
    const N = 250;
    const capacities = Array.from({ length: N }, () => 1 + Math.floor(rand() * 20));
    const edgeMentee: number[] = [];
    const edgeMentor: number[] = [];
    const edgeScore: number[] = [];
    for (let i = 0; i < M; i++) {
      for (let k = 0; k < 10; k++) {
        edgeMentee.push(i);
        edgeMentor.push(Math.floor(rand() * N));
        edgeScore.push(1 + Math.floor(rand() * 40));
      }
    }
    const p = { menteeCount: M, capacities, edgeMentee, edgeMentor, edgeScore };
    const r = solveCompact(p);
    const used = new Array<number>(N).fill(0);
    r.mentorOf.forEach((j) => j >= 0 && used[j]++);
    used.forEach((u, j) => expect(u).toBeLessThanOrEqual(capacities[j]));
    expect(r.total).toBeGreaterThanOrEqual(greedyCompact(p).total);
  });

  it('matches the general min-cost-flow solver on mid-size random cohorts, with a dual that certifies the optimum', () => {
    const rand = prng(99);
    for (let n = 0; n < 12; n++) {
      const M = 200 + Math.floor(rand() * 800);
      const N = 10 + Math.floor(rand() * 80);
      const capacities = Array.from({ length: N }, () => Math.floor(rand() * 12));
      const edgeMentee: number[] = [];
      const edgeMentor: number[] = [];
      const edgeScore: number[] = [];
      for (let i = 0; i < M; i++) {
        const k = Math.floor(rand() * 8);
        for (let t = 0; t < k; t++) {
          edgeMentee.push(i);
          edgeMentor.push(Math.floor(rand() * N));
          edgeScore.push(1 + Math.floor(rand() * (n % 2 ? 5 : 60)));
        }
      }
      const p = { menteeCount: M, capacities, edgeMentee, edgeMentor, edgeScore };
      const r = solveCompact(p);
      const ref = solveCompactReference(p);
      expect(r.total).toBe(ref.total);
      checkFeasible(p, r.mentorOf, r.total);
      const cert = certify(p, r);
      expect(cert).toMatchObject({ optimal: true, gap: 0, negativeReducedCosts: 0, assignedNotTight: 0, slackMentees: 0, slackMentors: 0 });
      expect(cert.minReducedCost).toBeGreaterThanOrEqual(0);
    }
  });

  it('matches the general solver on 400 small random cohorts with narrow to wide fit ranges', () => {
    const rand = prng(2026_12_04);
    for (let n = 0; n < 400; n++) {
      const M = 2 + Math.floor(rand() * 60);
      const N = 1 + Math.floor(rand() * 10);
      const capacities = Array.from({ length: N }, () => Math.floor(rand() * 5));
      const range = [2, 8, 40, 1000][n % 4];
      const edgeMentee: number[] = [];
      const edgeMentor: number[] = [];
      const edgeScore: number[] = [];
      for (let i = 0; i < M; i++) {
        const k = Math.floor(rand() * 12);
        for (let t = 0; t < k; t++) {
          edgeMentee.push(i);
          edgeMentor.push(Math.floor(rand() * N));
          edgeScore.push(1 + Math.floor(rand() * range));
        }
      }
      const p = { menteeCount: M, capacities, edgeMentee, edgeMentor, edgeScore };
      const r = solveCompact(p);
      expect(r.total).toBe(solveCompactReference(p).total);
      checkFeasible(p, r.mentorOf, r.total);
      expect(certify(p, r)).toMatchObject({ optimal: true, gap: 0 });
    }
  });

  it('proves the optimum when the fits span too wide a range for the dual pass\'s buckets (its heap takes over)', () => {
    const rand = prng(7_000_001);
    for (let n = 0; n < 60; n++) {
      const M = 5 + Math.floor(rand() * 80);
      const N = 1 + Math.floor(rand() * 12);
      const capacities = Array.from({ length: N }, () => Math.floor(rand() * 4));
      const edgeMentee: number[] = [];
      const edgeMentor: number[] = [];
      const edgeScore: number[] = [];
      for (let i = 0; i < M; i++) {
        for (let t = Math.floor(rand() * 6); t > 0; t--) {
          edgeMentee.push(i);
          edgeMentor.push(Math.floor(rand() * N));
          // Mostly small fits and a few huge ones: the keys spread far beyond the buckets kept.
          edgeScore.push(rand() < 0.2 ? 20_000 + Math.floor(rand() * 80_000) : 1 + Math.floor(rand() * 30));
        }
      }
      const p = { menteeCount: M, capacities, edgeMentee, edgeMentor, edgeScore };
      const r = solveCompact(p);
      expect(r.total).toBe(solveCompactReference(p).total);
      checkFeasible(p, r.mentorOf, r.total);
      expect(certify(p, r)).toMatchObject({ optimal: true, gap: 0, negativeReducedCosts: 0, assignedNotTight: 0, slackMentees: 0, slackMentors: 0 });
    }
  });

  it('matches the general solver under heavy ties and capacity edge cases (no places, one place, room for all)', () => {
    const rand = prng(1912);
    for (let n = 0; n < 300; n++) {
      const M = 1 + Math.floor(rand() * 40);
      const N = 1 + Math.floor(rand() * 8);
      const kind = n % 3;
      // 0: places 0 or 1; 1: room for every mentee at some mentors; 2: a mix with many mentors full.
      const capacities = Array.from({ length: N }, () => (kind === 0 ? Math.floor(rand() * 2) : kind === 1 ? (rand() < 0.5 ? M : 0) : Math.floor(rand() * 3)));
      const edgeMentee: number[] = [];
      const edgeMentor: number[] = [];
      const edgeScore: number[] = [];
      for (let i = 0; i < M; i++) {
        for (let j = 0; j < N; j++) {
          if (rand() < 0.5) {
            edgeMentee.push(i);
            edgeMentor.push(j);
            edgeScore.push(1 + Math.floor(rand() * 2)); // fits 1 or 2: ties everywhere
          }
        }
      }
      const p = { menteeCount: M, capacities, edgeMentee, edgeMentor, edgeScore };
      const r = solveCompact(p);
      const ref = solveCompactReference(p);
      expect(r.total).toBe(ref.total);
      checkFeasible(p, r.mentorOf, r.total);
      expect(certify(p, r)).toMatchObject({ optimal: true, gap: 0, negativeReducedCosts: 0, assignedNotTight: 0, slackMentees: 0, slackMentors: 0 });
    }
  });

  it('finds the long augmenting paths of a ladder, where every arc is tight and the search backwards settles nothing', () => {
    // Mentee i fits mentors i − 1 and i (one place each); one more mentee fits the last mentor only, one more mentor
    // the first mentee only. Every mentee can be placed, but only along paths that move the whole ladder, through
    // nodes at the phase's distance (which the search backwards does not settle).
    for (const [K, far] of [[200, 10], [120, 9], [60, 1]]) {
      const edgeMentee: number[] = [];
      const edgeMentor: number[] = [];
      const edgeScore: number[] = [];
      const pair = (i: number, j: number, s: number) => {
        edgeMentee.push(i);
        edgeMentor.push(j);
        edgeScore.push(s);
      };
      for (let i = 0; i < K; i++) {
        pair(i, i, 10);
        if (i > 0) pair(i, i - 1, far);
      }
      pair(K, K - 1, 10);
      pair(0, K, 10);
      const p = { menteeCount: K + 1, capacities: Array.from({ length: K + 1 }, () => 1), edgeMentee, edgeMentor, edgeScore };
      const r = solveCompact(p);
      const ref = solveCompactReference(p);
      expect(r.total).toBe(ref.total);
      if (far === 10) expect(r.assigned).toBe(K + 1); // moving the ladder costs nothing: everyone is placed
      checkFeasible(p, r.mentorOf, r.total);
      expect(certify(p, r)).toMatchObject({ optimal: true, gap: 0 });
    }
  });

  it('certify refuses a solution that is not optimal', () => {
    const p = { menteeCount: 2, capacities: [1, 1], edgeMentee: [0, 0, 1], edgeMentor: [0, 1, 0], edgeScore: [10, 9, 9] };
    const r = solveCompact(p);
    expect(certify(p, r).optimal).toBe(true);
    // The greedy answer (A–X only) with the optimum's dual: primal 10 < dual 18, and B's dual is slack.
    const greedy = { ...r, mentorOf: Int32Array.from([0, -1]), edgeOf: Int32Array.from([0, -1]) };
    const c = certify(p, greedy);
    expect(c.optimal).toBe(false);
    expect(c.gap).toBe(8);
  });

  it('reports progress after each phase', () => {
    const p = { menteeCount: 3, capacities: [1, 2], edgeMentee: [0, 1, 2, 2], edgeMentor: [0, 0, 1, 0], edgeScore: [3, 5, 7, 1] };
    const seen: number[] = [];
    const r = solveCompact(p, { onPhase: (phase, assigned) => seen.push(phase, assigned) });
    expect(seen.length).toBe(2 * r.phases);
    expect(seen[seen.length - 1]).toBe(r.assigned);
  });
});

/** A changed problem: some mentors leave (0 places), some lose a place, some pairs no longer fit (left out). */
function changed(p: CompactProblem, rand: () => number): { now: CompactProblem; leaving: number[] } {
  const leaving = Array.from({ length: p.capacities.length }, (_, j) => j).filter(() => rand() < 0.25);
  const capacities = Array.from(p.capacities, (c, j) => (leaving.includes(j) ? 0 : rand() < 0.2 ? Math.max(0, c - 1) : c));
  const keepEdge = Array.from(p.edgeMentee, () => rand() >= 0.15);
  const pick = <T>(a: ArrayLike<T>) => Array.from(a).filter((_, e) => keepEdge[e]);
  return { now: { menteeCount: p.menteeCount, capacities, edgeMentee: pick(p.edgeMentee), edgeMentor: pick(p.edgeMentor), edgeScore: pick(p.edgeScore) }, leaving };
}

/** The pairs of `before` that the rule keeps: still candidates of `now`, while their mentor has a place (best fits first, then mentee). */
function stillFitting(now: CompactProblem, before: Int32Array): Int32Array {
  const fit = new Map<string, number>();
  for (let e = 0; e < now.edgeMentee.length; e++) fit.set(`${now.edgeMentee[e]}:${now.edgeMentor[e]}`, now.edgeScore[e]);
  const room = Array.from(now.capacities);
  const stays = new Int32Array(now.menteeCount).fill(-1);
  const order = Array.from(before.keys())
    .filter((i) => fit.has(`${i}:${before[i]}`))
    .sort((a, b) => fit.get(`${b}:${before[b]}`)! - fit.get(`${a}:${before[a]}`)! || a - b);
  for (const i of order) {
    if (room[before[i]] > 0) {
      room[before[i]]--;
      stays[i] = before[i];
    }
  }
  return stays;
}

describe('greedyOrder (the greedy baseline\'s order of pairs)', () => {
  it('orders the pairs with a fit by fit, then mentee, then mentor, by counting or by comparison alike', () => {
    const rand = prng(2026_12_05);
    const reference = (p: CompactProblem) =>
      Array.from({ length: p.edgeMentee.length }, (_, e) => e)
        .filter((e) => p.edgeScore[e] > 0)
        .sort((x, y) => p.edgeScore[y] - p.edgeScore[x] || p.edgeMentee[x] - p.edgeMentee[y] || p.edgeMentor[x] - p.edgeMentor[y]);
    for (let n = 0; n < 200; n++) {
      const M = 1 + Math.floor(rand() * 50);
      const N = 1 + Math.floor(rand() * 10);
      const kind = n % 4; // small integer fits, fits with 0 and negatives, fractional fits, a span too wide to count
      const edgeMentee: number[] = [];
      const edgeMentor: number[] = [];
      const edgeScore: number[] = [];
      for (let k = Math.floor(rand() * 200); k > 0; k--) {
        edgeMentee.push(Math.floor(rand() * M));
        edgeMentor.push(Math.floor(rand() * N));
        const sc = Math.floor(rand() * 40);
        edgeScore.push(kind === 0 ? 1 + sc : kind === 1 ? sc - 5 : kind === 2 ? sc + 0.5 : sc * 5000);
      }
      const p = { menteeCount: M, capacities: Array.from({ length: N }, () => 1 + Math.floor(rand() * 3)), edgeMentee, edgeMentor, edgeScore };
      expect(Array.from(greedyOrder(p))).toEqual(reference(p));
    }
    expect(greedyOrder({ menteeCount: 2, capacities: [1], edgeMentee: [0, 1], edgeMentor: [0, 0], edgeScore: [0, -3] })).toHaveLength(0);
  });
});

describe('replanCompact (minimal disruption: the pairs that still fit stay, the affected mentees are solved exactly)', () => {
  it('keeps every pair that still fits while its mentor has a place, and gives the rest the best total over the places left (400 small cases, brute force)', () => {
    const rand = prng(314);
    let brokeSome = 0;
    let priced = 0;
    for (let n = 0; n < 400; n++) {
      const p = randomProblem(rand);
      const before = solveCompact(p);
      const { now } = changed(p, rand);
      const after = replanCompact(now, before.mentorOf);
      checkFeasible(now, after.mentorOf, after.total);
      const stays = stillFitting(now, before.mentorOf);
      // Every pair that still fits, with a place, stays; nobody else keeps a mentor they had.
      stays.forEach((j, i) => {
        if (j >= 0) expect(after.mentorOf[i]).toBe(j);
      });
      const kept = Array.from(stays).filter((j) => j >= 0).length;
      expect(after.kept).toBe(kept);
      expect(after.affected).toBe(p.menteeCount - kept);
      // The affected mentees get the best total over the places left (brute force on the sub-problem), proven.
      const { sub } = after;
      expect(sub.result.total).toBe(bruteForce(sub.problem));
      expect(certify(sub.problem, sub.result).optimal).toBe(true);
      Array.from(sub.mentees).forEach((i) => expect(stays[i]).toBe(-1));
      // Never more than a fresh solve of the changed problem.
      const fresh = solveCompact(now);
      expect(after.total).toBeLessThanOrEqual(fresh.total);
      if (after.total < fresh.total) priced++;
      if (after.broken > 0) brokeSome++;
    }
    expect(brokeSome).toBeGreaterThan(0);
    expect(priced).toBeGreaterThan(0);
  });

  it('with nothing changed keeps the whole plan', () => {
    const rand = prng(99);
    for (let n = 0; n < 50; n++) {
      const p = randomProblem(rand);
      const before = solveCompact(p);
      const after = replanCompact(p, before.mentorOf);
      expect(Array.from(after.mentorOf)).toEqual(Array.from(before.mentorOf));
      expect({ kept: after.kept, moved: after.moved, dropped: after.dropped, added: after.added, broken: after.broken }).toEqual({ kept: before.assigned, moved: 0, dropped: 0, added: 0, broken: 0 });
      expect(after.total).toBe(before.total);
    }
  });

  it('on a mid-size cohort after mentors leave changes only the freed mentees\' pairs', () => {
    const rand = prng(2718);
    const M = 4000;
    const N = 300;
    const capacities = Array.from({ length: N }, () => 1 + Math.floor(rand() * 15));
    const edgeMentee: number[] = [];
    const edgeMentor: number[] = [];
    const edgeScore: number[] = [];
    for (let i = 0; i < M; i++) {
      for (let k = 0; k < 10; k++) {
        edgeMentee.push(i);
        edgeMentor.push(Math.floor(rand() * N));
        edgeScore.push(1 + Math.floor(rand() * 40));
      }
    }
    const p = { menteeCount: M, capacities, edgeMentee, edgeMentor, edgeScore };
    const before = solveCompact(p);
    const leaving = [3, 50, 120];
    const now = { ...p, capacities: capacities.map((c, j) => (leaving.includes(j) ? 0 : c)) };
    const after = replanCompact(now, before.mentorOf);
    const freed = Array.from(before.mentorOf).filter((j) => leaving.includes(j)).length;
    expect(freed).toBeGreaterThan(0);
    expect(after.broken).toBe(freed);
    expect(after.kept).toBe(before.assigned - freed);
    before.mentorOf.forEach((j, i) => {
      if (j >= 0 && !leaving.includes(j)) expect(after.mentorOf[i]).toBe(j);
      if (leaving.includes(after.mentorOf[i])) throw new Error(`mentee ${i} got a mentor who left`);
    });
    expect(certify(after.sub.problem, after.sub.result).optimal).toBe(true);
    const used = new Int32Array(N);
    after.mentorOf.forEach((j) => j >= 0 && used[j]++);
    used.forEach((u, j) => expect(u).toBeLessThanOrEqual(now.capacities[j]));
    const fresh = solveCompact(now);
    expect(after.total).toBeLessThanOrEqual(fresh.total);
    // A fresh solve does not care what was planned before: it changes pairs that still fit.
    const freshKept = Array.from(fresh.mentorOf).filter((j, i) => j >= 0 && j === before.mentorOf[i]).length;
    expect(after.kept).toBeGreaterThan(freshKept);
  });
});
