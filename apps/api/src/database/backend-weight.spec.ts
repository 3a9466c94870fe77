import { EventEmitter } from 'node:events';
import { BACKEND_AUTOGROUP_NICE, lowerBackendWeight, lowerPoolBackendsWeight, ProcFiles } from './backend-weight';

/** A /proc of a few files: what is written lands in `written`. */
function fakeProc(files: Record<string, string>) {
  const written: [string, string][] = [];
  const proc: ProcFiles = {
    read: (path) => {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return files[path];
    },
    write: (path, text) => {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      written.push([path, text]);
    },
  };
  return { proc, written };
}

const HOST = {
  '/proc/sys/kernel/sched_autogroup_enabled': '1\n',
  '/proc/self/autogroup': '/autogroup-100 nice 0\n',
  '/proc/4242/comm': 'postgres\n',
  '/proc/4242/autogroup': '/autogroup-200 nice 0\n',
};

describe('the weight of the database backends (autogroup)', () => {
  it("raises the nice of a backend's own group to 10", () => {
    const { proc, written } = fakeProc(HOST);
    expect(lowerBackendWeight(4242, proc)).toBe('lowered');
    expect(written).toEqual([['/proc/4242/autogroup', String(BACKEND_AUTOGROUP_NICE)]]);
    expect(BACKEND_AUTOGROUP_NICE).toBe(10);
  });

  it('writes nothing where the kernel does not schedule by autogroup, or has no such switch', () => {
    const off = fakeProc({ ...HOST, '/proc/sys/kernel/sched_autogroup_enabled': '0\n' });
    expect(lowerBackendWeight(4242, off.proc)).toBe('autogroup off');
    expect(off.written).toEqual([]);
    const { ['/proc/sys/kernel/sched_autogroup_enabled']: _switch, ...withoutSwitch } = HOST;
    const none = fakeProc(withoutSwitch);
    expect(lowerBackendWeight(4242, none.proc)).toBe('autogroup off');
    expect(none.written).toEqual([]);
  });

  it("never touches the API's own group (the postmaster the API started shares it)", () => {
    const { proc, written } = fakeProc({ ...HOST, '/proc/4242/autogroup': '/autogroup-100 nice 0\n' });
    expect(lowerBackendWeight(4242, proc)).toBe('shares the API group');
    expect(written).toEqual([]);
  });

  it('leaves alone a process that is not a postgres backend, or is gone, or a bad id', () => {
    const other = fakeProc({ ...HOST, '/proc/4242/comm': 'node\n' });
    expect(lowerBackendWeight(4242, other.proc)).toBe('not a postgres backend');
    expect(other.written).toEqual([]);
    const gone = fakeProc(HOST);
    expect(lowerBackendWeight(9999, gone.proc)).toBe('unavailable');
    expect(lowerBackendWeight(0, gone.proc)).toBe('not a postgres backend');
    expect(lowerBackendWeight(Number.NaN, gone.proc)).toBe('not a postgres backend');
    expect(gone.written).toEqual([]);
  });

  it('says so when the write is refused (another user’s server)', () => {
    const { proc } = fakeProc(HOST);
    const refusing: ProcFiles = { read: proc.read, write: () => { throw Object.assign(new Error('EACCES'), { code: 'EACCES' }); } };
    expect(lowerBackendWeight(4242, refusing)).toBe('unavailable');
  });

  it("lowers the backends a pool holds already and the ones it connects to later", () => {
    const { proc, written } = fakeProc({ ...HOST, '/proc/4343/comm': 'postgres', '/proc/4343/autogroup': '/autogroup-300 nice 0' });
    const pool = Object.assign(new EventEmitter(), { _clients: [{ processID: 4242 }] });
    lowerPoolBackendsWeight(pool, proc);
    expect(written).toEqual([['/proc/4242/autogroup', '10']]);
    pool.emit('connect', { processID: 4343 });
    pool.emit('connect', { processID: null });
    expect(written).toEqual([['/proc/4242/autogroup', '10'], ['/proc/4343/autogroup', '10']]);
  });

  it('does not listen to the pool at all where autogroup is off', () => {
    const { proc } = fakeProc({ ...HOST, '/proc/sys/kernel/sched_autogroup_enabled': '0' });
    const pool = new EventEmitter();
    lowerPoolBackendsWeight(pool, proc);
    expect(pool.listenerCount('connect')).toBe(0);
  });
});
