// Section 4 of `npm run bench`: whole-cohort mentor assignment (matching), pure and in process (no database).
// 60,000 mentees × 5,000 mentors (BENCH_MENTEES / BENCH_MENTORS) with generated deficit profiles:
//   - candidate lists + the exact solver, end to end (target ≤ 2 s), against the greedy baseline;
//   - the proof of optimality: the LP dual (u per mentee, v per mentor) checked by `certify` — dual feasibility
//     (every reduced cost u + v − fit ≥ 0), complementary slackness, and primal = dual;
//   - a re-plan after 1 % of the mentors leave: every pair whose mentor stays is kept, only the freed mentees (and
//     those without a mentor) are solved again, exactly, over the places left; how many pairs change, the
//     sub-problem's certificate, against a fresh solve of the same reduced problem;
//   - BENCH_MATCHING_OLD=1 also runs the general min-cost-flow solver (the one before) on the same candidate lists.
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);

/** mulberry32: the same generated cohort on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A region's cohort: 30 competences (some far more common as deficits, as in real diagnostics), 600 schools in
 * 20 municipalities, 40 networks (2 mentor schools supporting 8 schools each), mentees with 1–4 deficits and one
 * subject, mentors with 2–6 proficits, 0–2 directions, 1–2 subjects, capacity 1–20 and some places already taken.
 */
export function generateCohort(menteeCount, mentorCount, supportLinks) {
  const rand = prng(20261123);
  const pick = (n) => Math.floor(rand() * n);
  const codes = Array.from({ length: 30 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`);
  codes.push('AS2', 'AS3', 'PP2', 'PR2'); // reachable through mentors' directions too
  const skewed = () => codes[Math.min(codes.length - 1, Math.floor(codes.length * rand() ** 1.8))];
  const distinct = (n, draw) => {
    const s = new Set();
    while (s.size < n) s.add(draw());
    return [...s];
  };
  const subjects = ['математика', 'русский язык', 'физика', 'история', 'биология', 'английский язык', 'химия', 'начальные классы'];
  const directions = ['STATE_EXAMS', 'VPR', 'OLYMPIADS', 'FUNCTIONAL_LITERACY', 'SPECIAL_NEEDS'];
  const schools = Array.from({ length: 600 }, (_, i) => ({ id: `org-${String(i).padStart(4, '0')}`, municipality: `mun-${i % 20}` }));
  const networks = Array.from({ length: 40 }, (_, n) => {
    const members = schools.slice(n * 10, n * 10 + 10).map((o, k) => ({ id: `m-${n}-${k}`, organizationId: o.id, role: k < 2 ? 'MENTOR_SCHOOL' : 'SUPPORTED_SCHOOL', level: null }));
    const edges = members.slice(0, 2).flatMap((from) => members.slice(2).map((to) => ({ fromMemberId: from.id, toMemberId: to.id, kind: 'SUPPORT' })));
    return { name: `Сеть ${n + 1}`, members, edges };
  });
  const mentorSchools = networks.flatMap((n) => n.members.slice(0, 2).map((m) => m.organizationId));
  const schoolOf = (id) => schools[Number(id.slice(4))];
  const mentees = Array.from({ length: menteeCount }, (_, i) => {
    const org = schools[pick(schools.length)];
    return {
      personId: `e-${String(i).padStart(6, '0')}`,
      organizationIds: [org.id],
      municipalityIds: [org.municipality],
      subjects: [subjects[pick(subjects.length)]],
      deficits: distinct(1 + pick(4), skewed),
    };
  });
  const mentors = Array.from({ length: mentorCount }, (_, j) => {
    const org = rand() < 0.5 ? schoolOf(mentorSchools[pick(mentorSchools.length)]) : schools[pick(schools.length)];
    const capacity = 1 + pick(20);
    return {
      personId: `r-${String(j).padStart(5, '0')}`,
      organizationIds: [org.id],
      municipalityIds: [org.municipality],
      subjects: distinct(1 + pick(2), () => subjects[pick(subjects.length)]),
      proficits: distinct(2 + pick(5), () => codes[pick(codes.length)]),
      directions: distinct(pick(3), () => directions[pick(directions.length)]),
      freePlaces: capacity - pick(Math.ceil(capacity / 3)),
    };
  });
  return { mentees, mentors, ctx: { competenceNames: new Map(codes.map((c) => [c, c])), links: supportLinks(networks) } };
}

/** Runs the section; `dist` is the compiled API's src folder, `log` prints a progress line. */
export async function benchMatching(dist, { mentees: MENTEES, mentors: MENTORS, old = false }, log) {
  const { candidateProblemParallel, supportLinks } = require(join(dist, 'modules/matching/matching-fit.js'));
  const { solveCompact, greedyCompact, replanCompact, certify } = require(join(dist, 'modules/matching/assignment-solver.js'));
  const { solveCompactReference } = require(join(dist, 'modules/matching/min-cost-flow-reference.js'));
  const mem = { rss: 0, heap: 0 };
  const sample = () => {
    const u = process.memoryUsage();
    mem.rss = Math.max(mem.rss, u.rss);
    mem.heap = Math.max(mem.heap, u.heapUsed);
  };
  sample();
  const base = process.memoryUsage();
  const load = loadavg();
  log(`matching: generating ${MENTEES.toLocaleString('en-US')} mentees × ${MENTORS.toLocaleString('en-US')} mentors (seeded)…`);
  let t = performance.now();
  const { mentees, mentors, ctx } = generateCohort(MENTEES, MENTORS, supportLinks);
  const genMs = performance.now() - t;
  sample();
  log('matching: candidate lists (top 20 per mentee, on two threads) + the exact solver, end to end…');
  // CPU time beside wall time: on a machine shared with other work the wall time mostly measures the others. The
  // process's CPU time counts both threads of the candidate lists.
  let cpu = process.cpuUsage();
  t = performance.now();
  const { problem } = await candidateProblemParallel(mentees, mentors, ctx, {}, 20);
  const candMs = performance.now() - t;
  const candCpuMs = process.cpuUsage(cpu).user / 1000;
  sample();
  cpu = process.cpuUsage();
  t = performance.now();
  const best = solveCompact(problem);
  const solveMs = performance.now() - t;
  const solveCpuMs = process.cpuUsage(cpu).user / 1000;
  sample();
  t = performance.now();
  const cert = certify(problem, best);
  const certMs = performance.now() - t;
  t = performance.now();
  const greedy = greedyCompact(problem);
  const greedyMs = performance.now() - t;
  sample();
  let reference = null;
  if (old) {
    log('matching: the general min-cost-flow solver (before) on the same candidate lists…');
    t = performance.now();
    const cpuRef = process.cpuUsage();
    const r = solveCompactReference(problem);
    reference = { ...r, ms: performance.now() - t, cpuMs: process.cpuUsage(cpuRef).user / 1000 };
    sample();
  }
  // Re-plan: every hundredth mentor (1 %) leaves.
  const leaving = [];
  for (let j = 0; j < problem.capacities.length; j += 100) leaving.push(j);
  const gone = new Set(leaving);
  const freed = Array.from(best.mentorOf).filter((j) => gone.has(j)).length;
  log(`matching: ${leaving.length} mentors (1 %) leave, ${freed} mentees lose theirs: re-plan (the pairs that still fit stay)…`);
  const reduced = { ...problem, capacities: Int32Array.from(problem.capacities, (c, j) => (gone.has(j) ? 0 : c)) };
  cpu = process.cpuUsage();
  t = performance.now();
  const replan = replanCompact(reduced, best.mentorOf);
  const replanMs = performance.now() - t;
  const replanCpuMs = process.cpuUsage(cpu).user / 1000;
  const replanCert = certify(replan.sub.problem, replan.sub.result);
  t = performance.now();
  const fresh = solveCompact(reduced);
  const freshMs = performance.now() - t;
  // Pairs whose mentor stays: how many the re-plan and a fresh solve change; freed mentees who get a mentor again;
  // mentees whose pair changed at all (should be the freed ones only, plus any without a mentor who get one).
  let freshChanged = 0;
  let staysChanged = 0;
  let refound = 0;
  let changed = 0;
  let changedNotAffected = 0;
  const affected = new Uint8Array(problem.menteeCount);
  for (const i of replan.sub.mentees) affected[i] = 1;
  best.mentorOf.forEach((j, i) => {
    if (replan.mentorOf[i] !== j) {
      changed++;
      if (!affected[i]) changedNotAffected++;
    }
    if (j < 0) return;
    if (gone.has(j)) {
      if (replan.mentorOf[i] >= 0) refound++;
      return;
    }
    if (fresh.mentorOf[i] !== j) freshChanged++;
    if (replan.mentorOf[i] !== j) staysChanged++;
  });
  sample();
  const used = new Int32Array(problem.capacities.length);
  best.mentorOf.forEach((j) => j >= 0 && used[j]++);
  const places = Array.from(problem.capacities).reduce((a, b) => a + b, 0);
  const u = best.menteeDual;
  const v = best.mentorDual;
  let uSum = 0;
  let uPos = 0;
  let uMax = 0;
  for (const x of u) {
    uSum += x;
    if (x > 0) uPos++;
    if (x > uMax) uMax = x;
  }
  let vSum = 0;
  let vPos = 0;
  let vMax = 0;
  let full = 0;
  v.forEach((x, j) => {
    vSum += x * problem.capacities[j];
    if (x > 0) vPos++;
    if (x > vMax) vMax = x;
    if (used[j] === problem.capacities[j]) full++;
  });
  return {
    mentees: MENTEES,
    mentors: MENTORS,
    load,
    places,
    pairs: problem.edgeMentee.length,
    withCandidates: new Set(problem.edgeMentee).size,
    genMs,
    candMs,
    candCpuMs,
    solveMs,
    solveCpuMs,
    certMs,
    greedyMs,
    phases: best.phases,
    best,
    greedy,
    reference,
    cert,
    duals: { uSum, uPos, uMax, vSum, vPos, vMax, full, sampleU: Array.from(u.slice(0, 8)), sampleV: Array.from(v.slice(0, 8)) },
    replan: { leaving: leaving.length, freed, ms: replanMs, cpuMs: replanCpuMs, r: replan, cert: replanCert, fresh, freshMs, freshChanged, staysChanged, refound, changed, changedNotAffected },
    peakRss: mem.rss,
    peakHeap: mem.heap,
    baseRss: base.rss,
    maxRss: process.resourceUsage().maxRSS * 1024,
  };
}

export function reportMatching(m, fmt) {
  const line = '─'.repeat(100);
  const mb = (b) => `${fmt(b / 1048576, 0)} MB`;
  const n = (x) => x.toLocaleString('en-US');
  const s = (ms) => `${fmt(ms / 1000, 2)} s`;
  console.log(line);
  console.log(
    `Whole-cohort assignment — ${n(m.mentees)} mentees × ${n(m.mentors)} mentors, ${n(m.places)} free places, ` +
      `${n(m.pairs)} candidate pairs (top 20 per mentee; ${n(m.withCandidates)} mentees have any); load average ${m.load.map((x) => x.toFixed(2)).join(' / ')}`,
  );
  const row = (a, b, c, d) => console.log(`${a.padEnd(52)}${b.padStart(20)}${c.padStart(14)}${d.padStart(14)}`);
  row('', 'wall (CPU)', 'total fit', 'assigned');
  const both = (wall, cpuMs) => `${s(wall)} (${fmt(cpuMs / 1000, 2)})`;
  row(`  candidate lists (typed arrays, 2 threads)`, both(m.candMs, m.candCpuMs), '', '');
  row(`  exact solver (${m.phases} phases)`, both(m.solveMs, m.solveCpuMs), n(m.best.total), n(m.best.assigned));
  row(`  end to end: candidates + solve (target ≤ 2 s)`, both(m.candMs + m.solveMs, m.candCpuMs + m.solveCpuMs), n(m.best.total), n(m.best.assigned));
  if (m.reference) {
    const same = m.reference.total === m.best.total && m.reference.assigned === m.best.assigned;
    row(`  general min-cost flow, before (${m.reference.phases} phases)`, both(m.reference.ms, m.reference.cpuMs), n(m.reference.total), n(m.reference.assigned));
    console.log(`  same optimum as the general solver: ${same ? 'yes' : 'NO'} (solver ×${(m.reference.cpuMs / m.solveCpuMs).toFixed(1)} less CPU)`);
  }
  row('  greedy baseline (best pairs first)', s(m.greedyMs), n(m.greedy.total), n(m.greedy.assigned));
  console.log(`  optimal / greedy total fit: ×${(m.best.total / m.greedy.total).toFixed(4)} (+${n(m.best.total - m.greedy.total)} points); generation ${s(m.genMs)}`);
  const c = m.cert;
  const d = m.duals;
  console.log(`  proof of optimality (LP dual of max Σ fit·x, Σ_j x_ij ≤ 1, Σ_i x_ij ≤ places_j; checked in ${s(m.certMs)}):`);
  console.log(`    dual potentials: u (mentees) > 0 for ${n(d.uPos)}, max ${n(d.uMax)}, Σu = ${n(d.uSum)}; v (mentors) > 0 for ${n(d.vPos)} (all full; ${n(d.full)} mentors full), max ${n(d.vMax)}, Σ places·v = ${n(d.vSum)}`);
  console.log(`    first mentees' u: ${d.sampleU.join(', ')}; first mentors' v: ${d.sampleV.join(', ')}`);
  console.log(
    `    reduced costs u_i + v_j − fit_ij over ${n(c.pairs)} pairs: min ${n(c.minReducedCost)} (≥ 0: dual feasible), ${n(c.negativeReducedCosts)} negative, ${n(c.negativeDuals)} negative duals, ${n(c.tight)} tight`,
  );
  console.log(
    `    complementary slackness: assigned pairs not tight ${c.assignedNotTight}, u > 0 without a mentor ${c.slackMentees}, v > 0 with a free place ${c.slackMentors}; over capacity ${c.overCapacity}, not candidates ${c.notCandidates}`,
  );
  console.log(`    primal ${n(c.primal)} = dual ${n(c.dual)} (gap ${n(c.gap)}): ${c.optimal ? 'OPTIMAL, proven' : 'NOT PROVEN'}`);
  const r = m.replan;
  const sub = r.r.sub;
  console.log(
    `  re-plan: ${n(r.leaving)} mentors (1 %) leave, ${n(r.freed)} mentees lose their mentor; ${both(r.ms, r.cpuMs)} (fresh solve of the whole reduced problem ${s(r.freshMs)}):`,
  );
  console.log(
    `    the rule: a pair stays while it is still a candidate and its mentor has a place; the affected mentees (${n(r.r.broken)} pairs broken + ` +
      `${n(r.r.affected - r.r.broken)} without a mentor before = ${n(r.r.affected)}) are solved exactly over the places left`,
  );
  console.log(
    `    pairs changed ${n(r.changed)} (${n(r.r.moved)} moved, ${n(r.r.added)} new, ${n(r.r.dropped)} left without), ${n(r.changedNotAffected)} of them outside the affected mentees; ` +
      `${n(r.r.kept)} kept; of the ${n(m.best.assigned - r.freed)} pairs whose mentor stays the re-plan changes ${n(r.staysChanged)} (a fresh solve: ${n(r.freshChanged)}); ` +
      `${n(r.refound)} of the ${n(r.freed)} freed mentees get a mentor again`,
  );
  console.log(
    `    total fit ${n(r.r.total)}, assigned ${n(r.r.assigned)} (a fresh solve that may move any pair: ${n(r.fresh.total)} / ${n(r.fresh.assigned)}; keeping the plan costs ${n(r.fresh.total - r.r.total)} points)`,
  );
  console.log(
    `    certificate of the sub-problem (${n(sub.problem.menteeCount)} mentees, ${n(r.cert.pairs)} pairs with a place, ${sub.result.phases} phases): ` +
      `${r.cert.optimal ? 'OPTIMAL, proven' : 'NOT PROVEN'} (primal ${n(r.cert.primal)} = dual ${n(r.cert.dual)}, gap ${n(r.cert.gap)}, min reduced cost ${n(r.cert.minReducedCost)}, ` +
      `assigned not tight ${r.cert.assignedNotTight}, slack ${r.cert.slackMentees + r.cert.slackMentors})`,
  );
  console.log(`  memory: peak RSS ${mb(m.peakRss)} (process max ${mb(m.maxRss)}; ${mb(m.baseRss)} before), peak heap used ${mb(m.peakHeap)}`);
  console.log(line);
}
