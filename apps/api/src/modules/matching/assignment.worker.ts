import { parentPort, workerData } from 'node:worker_threads';
import { CompactProblem, greedyCompact, solveCompact, solveKeeping } from './assignment-solver';
import type { AssignmentWork } from './assignment-compute';
import { candidateProblem, fitOf } from './matching-fit';

// The whole-cohort assignment off the API's thread: candidate lists, the exact solver (progress after each phase),
// the greedy baseline. Answers once with the plan, or with the error.
const work = workerData as AssignmentWork;
const post = (msg: unknown) => parentPort!.postMessage(msg);
try {
  const ctx = { competenceNames: new Map(work.names), links: work.links };
  const candidates = candidateProblem(work.mentees, work.mentors, ctx, work.prefs, work.topK);
  const { menteeIds, mentorIds } = candidates;
  const keep = work.keep ? keepPairs(candidates.problem, menteeIds, mentorIds, work.keep, ctx) : null;
  const problem = keep?.problem ?? candidates.problem;
  post({ kind: 'progress', percent: 10 });
  // Progress: the share of what can be assigned at most (mentees with candidates, places).
  let places = 0;
  for (let j = 0; j < problem.capacities.length; j++) places += problem.capacities[j];
  const bound = Math.max(1, Math.min(new Set(Array.from(problem.edgeMentee)).size, places));
  let last = 10;
  const onPhase = (_phase: number, assigned: number) => {
    const percent = Math.min(95, 10 + Math.floor((85 * assigned) / bound));
    if (percent > last) post({ kind: 'progress', percent: (last = percent) });
  };
  const best = keep ? solveKeeping(problem, keep.flags, { onPhase }) : solveCompact(problem, { onPhase });
  const greedy = greedyCompact(problem);
  post({ kind: 'done', menteeIds, mentorIds, mentorOf: best.mentorOf, total: best.total, assigned: best.assigned, greedyTotal: greedy.total });
} catch (e) {
  post({ kind: 'error', error: e instanceof Error ? e.message : String(e) });
}

/**
 * The candidate problem with every pair to keep among its pairs (a pair the top-k left out is added when it still
 * fits: a relevant fit, a mentor with free places) and a flag per pair: 1 for the pairs to keep.
 */
function keepPairs(p: CompactProblem, menteeIds: string[], mentorIds: string[], pairs: [string, string][], ctx: Parameters<typeof fitOf>[2]): { problem: CompactProblem; flags: Uint8Array } {
  const menteeIx = new Map(menteeIds.map((id, i) => [id, i]));
  const mentorIx = new Map(mentorIds.map((id, j) => [id, j]));
  const edgeOf = new Map<string, number>();
  for (let e = 0; e < p.edgeMentee.length; e++) edgeOf.set(`${p.edgeMentee[e]}:${p.edgeMentor[e]}`, e);
  const menteeBy = new Map(work.mentees.map((x) => [x.personId, x]));
  const mentorBy = new Map(work.mentors.map((x) => [x.personId, x]));
  const edgeMentee = Array.from(p.edgeMentee);
  const edgeMentor = Array.from(p.edgeMentor);
  const edgeScore = Array.from(p.edgeScore);
  const keep: number[] = [];
  for (const [menteeId, mentorId] of pairs) {
    const i = menteeIx.get(menteeId);
    const j = mentorIx.get(mentorId);
    if (i === undefined || j === undefined) continue; // the mentor left (or has no place any more)
    let e = edgeOf.get(`${i}:${j}`);
    if (e === undefined) {
      const fit = fitOf(menteeBy.get(menteeId)!, mentorBy.get(mentorId)!, ctx, work.prefs);
      if (!fit.relevant || fit.score <= 0) continue; // no longer fits
      e = edgeMentee.length;
      edgeMentee.push(i);
      edgeMentor.push(j);
      edgeScore.push(fit.score);
    }
    keep.push(e);
  }
  const flags = new Uint8Array(edgeMentee.length);
  for (const e of keep) flags[e] = 1;
  return {
    problem: { menteeCount: p.menteeCount, capacities: p.capacities, edgeMentee: Int32Array.from(edgeMentee), edgeMentor: Int32Array.from(edgeMentor), edgeScore: Int32Array.from(edgeScore) },
    flags,
  };
}
