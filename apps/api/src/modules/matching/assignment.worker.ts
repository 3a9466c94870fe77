import { parentPort, workerData } from 'node:worker_threads';
import { greedyCompact, solveCompact } from './assignment-solver';
import type { AssignmentWork } from './assignment-compute';
import { candidateProblemParallel } from './matching-fit';

// The whole-cohort assignment off the API's thread: candidate lists (a large cohort's on two threads: this one and
// one more), the exact solver (progress after each phase), the greedy baseline. Answers once with the plan, or with
// the error.
const work = workerData as AssignmentWork;
const post = (msg: unknown) => parentPort!.postMessage(msg);
async function run(): Promise<void> {
  const ctx = { competenceNames: new Map(work.names), links: work.links };
  const { problem, menteeIds, mentorIds } = await candidateProblemParallel(work.mentees, work.mentors, ctx, work.prefs, work.topK);
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
  const best = solveCompact(problem, { onPhase });
  const greedy = greedyCompact(problem);
  post({ kind: 'done', menteeIds, mentorIds, mentorOf: best.mentorOf, total: best.total, assigned: best.assigned, greedyTotal: greedy.total });
}
run().catch((e: unknown) => post({ kind: 'error', error: e instanceof Error ? e.message : String(e) }));

