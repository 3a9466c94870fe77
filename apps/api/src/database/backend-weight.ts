import { readFileSync, writeFileSync } from 'node:fs';
import { forEachPoolClient, PoolWithClients } from './pool-clients';

/**
 * The CPU weight of the API's own PostgreSQL backends, where the database runs on the API's host outside any container
 * (the embedded server of `npm start`, and of `npm run bench`).
 *
 * Linux's autogroup scheduling (`kernel.sched_autogroup_enabled`, on by default in many distributions' kernels) shares
 * the CPU between sessions first, then between the threads of a session. Every PostgreSQL backend calls setsid() when
 * it is forked, so each one is a session, and a scheduling group, of its own: it weighs as much as the API's whole
 * process. With ten busy backends on two cores the API's one thread got about a sixth of a core and waited for one
 * 0.5–0.7 s of every second (measured in round 33 from the thread's schedstat): every request, however cheap, queued
 * behind the database's heaviest statements on the API's thread. Under docker compose each container is a cgroup of
 * its own and autogroup does not apply there: the API's container weighs as much as the database's.
 *
 * So each backend of the API's pool gets its autogroup's nice raised to 10 (weight 110 against 1024): ten of them
 * weigh about what the API's process does, as the two containers do. Raising a nice needs no privilege beyond owning
 * the process. A backend that shares the API's own group (none does, but the postmaster does when the API started it)
 * is left alone: its nice would be the API's.
 */
export const BACKEND_AUTOGROUP_NICE = 10;

/** The files of /proc this reads and writes (a fake one in unit tests). */
export interface ProcFiles {
  read(path: string): string;
  write(path: string, text: string): void;
}

const proc: ProcFiles = {
  read: (path) => readFileSync(path, 'utf8'),
  write: (path, text) => writeFileSync(path, text),
};

export type BackendWeight = 'lowered' | 'autogroup off' | 'not a postgres backend' | 'shares the API group' | 'unavailable';

/** Whether the kernel schedules by autogroup (false where there is no such switch: not Linux, or a kernel without it). */
export function autogroupScheduling(files: ProcFiles = proc): boolean {
  try {
    return files.read('/proc/sys/kernel/sched_autogroup_enabled').trim() === '1';
  } catch {
    return false;
  }
}

/** "/autogroup-29180 nice 0" → "/autogroup-29180". */
const groupName = (text: string) => text.trim().split(/\s+/)[0];

/** Gives the backend with process id `pid` (a pg client's `processID`) the weight above; says what it did. */
export function lowerBackendWeight(pid: number, files: ProcFiles = proc, nice = BACKEND_AUTOGROUP_NICE): BackendWeight {
  if (!autogroupScheduling(files)) return 'autogroup off';
  try {
    if (!Number.isInteger(pid) || pid <= 0 || files.read(`/proc/${pid}/comm`).trim() !== 'postgres') return 'not a postgres backend';
    const path = `/proc/${pid}/autogroup`;
    if (groupName(files.read(path)) === groupName(files.read('/proc/self/autogroup'))) return 'shares the API group';
    files.write(path, String(nice));
    return 'lowered';
  } catch {
    // Gone already, or another user's process (a server run by someone else): it keeps its weight.
    return 'unavailable';
  }
}

type BackendClient = { processID?: number | null };

/**
 * Lowers the weight of every backend `pool` connects to from now on, and of the ones it holds already; only for a
 * database on this host (a remote server's process ids mean nothing here). Does nothing where autogroup is off.
 */
export function lowerPoolBackendsWeight(pool: PoolWithClients<BackendClient>, files: ProcFiles = proc): void {
  if (!autogroupScheduling(files)) return;
  forEachPoolClient(pool, (client) => {
    if (client.processID) lowerBackendWeight(client.processID, files);
  });
}
