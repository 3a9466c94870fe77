import { CompactProblem, greedyAssignment, greedyCompact, solveAssignment, solveCompact } from './assignment-solver';

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
    const e = Array.from({ length: p.edgeMentee.length }, (_, k) => k).find((k) => p.edgeMentee[k] === i && p.edgeMentor[k] === j);
    expect(e).toBeDefined(); // only candidate pairs
    sum += p.edgeScore[e!];
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
});
