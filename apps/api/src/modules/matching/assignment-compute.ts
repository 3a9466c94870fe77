import { EventEmitter } from 'node:events';
import { startWorker } from '../../common/workers/worker-thread';
import { CohortMentor, MatchPreferences, MenteeFacts, SupportLink } from './matching-fit';

/** What the worker needs: plain data (structured clone). */
export interface AssignmentWork {
  mentees: MenteeFacts[];
  mentors: CohortMentor[];
  names: [string, string][];
  links: SupportLink[];
  prefs: MatchPreferences;
  topK: number;
}

export interface ComputedAssignment {
  menteeIds: string[];
  mentorIds: string[];
  mentorOf: Int32Array;
  total: number;
  assigned: number;
  greedyTotal: number;
}

/** Memory one computation may take (60,000 × 5,000 needs about 300 MB). */
const WORKER_HEAP_MB = 1024;

/**
 * Computations started and finished ('start' / 'end', with the id of the computation): tests follow them to see
 * that the API answers while a plan is being computed.
 */
export const assignmentComputations = new EventEmitter();
let sequence = 0;

/**
 * The optimal whole-cohort assignment, computed in a worker thread (the API's event loop stays free); `onProgress`
 * gets 0–100 as the solver's phases go.
 */
export function computeAssignment(work: AssignmentWork, onProgress?: (percent: number) => void): Promise<ComputedAssignment> {
  const id = ++sequence;
  const worker = startWorker(__dirname, 'assignment', { workerData: work, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  assignmentComputations.emit('start', id);
  return new Promise<ComputedAssignment>((resolve, reject) => {
    let answered = false;
    const end = () => {
      answered = true;
      void worker.terminate();
      assignmentComputations.emit('end', id);
    };
    worker.on('message', (msg: { kind: 'progress'; percent: number } | ({ kind: 'done' } & ComputedAssignment) | { kind: 'error'; error: string }) => {
      if (msg.kind === 'progress') onProgress?.(msg.percent);
      else if (msg.kind === 'done') {
        end();
        resolve(msg);
      } else {
        end();
        reject(new Error(`The assignment failed: ${msg.error}`));
      }
    });
    worker.once('error', (err) => {
      if (!answered) end();
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!answered) {
        end();
        reject(new Error(`The assignment worker ended (${code}) without an answer`));
      }
    });
  });
}
