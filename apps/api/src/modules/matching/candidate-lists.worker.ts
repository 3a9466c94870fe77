import { parentPort } from 'node:worker_threads';
import { scoreGroups, ScoringData, ScoringOutput } from './candidate-scoring';

// The second thread of `candidateProblemParallel`: takes chunks of groups from the shared counter, writes their
// mentees' lists into the shared arrays, answers once when no group is left.
parentPort!.once('message', (msg: { data: ScoringData; out: ScoringOutput; counter: Int32Array }) => {
  scoreGroups(msg.data, msg.out, msg.counter);
  parentPort!.postMessage('done');
});
