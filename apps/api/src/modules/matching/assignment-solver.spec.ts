import { certify, CompactProblem, greedyAssignment, greedyCompact, replanCompact, solveAssignment, solveCompact, solveKeeping } from './assignment-solver';
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

  it('matches the general solver on 400 small random cohorts with narrow to wide fit ranges (the far pairs Dijkstra defers)', () => {
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

/** The best total, and among the plans with it the most pairs kept from `before` (brute force). */
function bruteForceKeeping(p: CompactProblem, before: Int32Array): { total: number; kept: number } {
  const byMentee: { j: number; w: number }[][] = Array.from({ length: p.menteeCount }, () => []);
  for (let e = 0; e < p.edgeMentee.length; e++) if (p.edgeScore[e] > 0) byMentee[p.edgeMentee[e]].push({ j: p.edgeMentor[e], w: p.edgeScore[e] });
  const room = Array.from(p.capacities);
  let best = { total: 0, kept: 0 };
  const go = (i: number, sum: number, kept: number) => {
    if (i === p.menteeCount) {
      if (sum > best.total || (sum === best.total && kept > best.kept)) best = { total: sum, kept };
      return;
    }
    go(i + 1, sum, kept);
    for (const { j, w } of byMentee[i]) {
      if (room[j] > 0) {
        room[j]--;
        go(i + 1, sum + w, kept + (before[i] === j ? 1 : 0));
        room[j]++;
      }
    }
  };
  go(0, 0, 0);
  return best;
}

describe('solveKeeping (the re-plan of a stored plan, without its potentials)', () => {
  it('is optimal and keeps the most of the given pairs among the optimal plans, as replanCompact does (400 small cases)', () => {
    const rand = prng(2026);
    let keptLess = 0;
    for (let n = 0; n < 400; n++) {
      const p = randomProblem(rand);
      const before = solveCompact(p);
      const leaving = Array.from({ length: p.capacities.length }, (_, j) => j).filter(() => rand() < 0.3);
      const reduced = { ...p, capacities: Array.from(p.capacities, (c, j) => (leaving.includes(j) ? 0 : c)) };
      const keep = Array.from(p.edgeMentee, (i, e) => (before.edgeOf[i] === e ? 1 : 0));
      const after = solveKeeping(reduced, keep);
      const expected = bruteForceKeeping(reduced, before.mentorOf);
      checkFeasible(reduced, after.mentorOf, after.total);
      expect(after.total).toBe(expected.total);
      let kept = 0;
      after.mentorOf.forEach((j, i) => j >= 0 && j === before.mentorOf[i] && kept++);
      expect(kept).toBe(expected.kept);
      expect(kept).toBe(replanCompact(p, before, leaving).kept);
      expect(certify(reduced, after).optimal).toBe(true);
      if (kept < before.assigned) keptLess++;
    }
    expect(keptLess).toBeGreaterThan(0);
  });
});

describe('replanCompact (mentors leave)', () => {
  it('is optimal and keeps the most previous pairs among the optimal plans (400 small cases, brute force)', () => {
    const rand = prng(314);
    let changedSome = 0;
    for (let n = 0; n < 400; n++) {
      const p = randomProblem(rand);
      const before = solveCompact(p);
      const leaving = Array.from({ length: p.capacities.length }, (_, j) => j).filter(() => rand() < 0.3);
      const after = replanCompact(p, before, leaving);
      const reduced = { ...p, capacities: Array.from(p.capacities, (c, j) => (leaving.includes(j) ? 0 : c)) };
      const expected = bruteForceKeeping(reduced, before.mentorOf);
      checkFeasible(reduced, after.mentorOf, after.total);
      expect(after.total).toBe(expected.total);
      expect(after.kept).toBe(expected.kept);
      expect(certify(reduced, after).optimal).toBe(true);
      after.mentorOf.forEach((j) => expect(leaving.includes(j)).toBe(false));
      if (after.moved + after.added > 0) changedSome++;
    }
    expect(changedSome).toBeGreaterThan(0);
  });

  it('on a mid-size cohort reaches the same total as a fresh solve and moves few of the pairs that stay possible', () => {
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
    const after = replanCompact(p, before, leaving);
    const fresh = solveCompact({ ...p, capacities: capacities.map((c, j) => (leaving.includes(j) ? 0 : c)) });
    expect(after.total).toBe(fresh.total);
    expect(certify({ ...p, capacities: after.capacities }, after).optimal).toBe(true);
    const freed = Array.from(before.mentorOf).filter((j) => leaving.includes(j)).length;
    const stayed = before.assigned - freed;
    expect(after.kept).toBeGreaterThanOrEqual(stayed - 3 * freed);
    // A fresh solve does not care what was planned before: it changes far more.
    const freshKept = Array.from(fresh.mentorOf).filter((j, i) => j >= 0 && j === before.mentorOf[i]).length;
    expect(after.kept).toBeGreaterThanOrEqual(freshKept);
  });
});
