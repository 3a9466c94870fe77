import { AuditRecord } from './audit.repository';
import { ReadAuditWriter } from './audit-read.plugin';

const rec = (n: number): AuditRecord => ({ accountId: `a${n}`, action: 'read-list', entityType: 'person', entityId: null, after: { n }, personIds: [`p${n}`] });

/** An insert whose statements finish when the test says so. */
function controlledInsert() {
  const calls: { records: AuditRecord[]; finish: (err?: Error) => void }[] = [];
  const insert = (records: AuditRecord[]) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ records, finish: (err) => (err ? reject(err) : resolve()) });
    });
  return { calls, insert };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('ReadAuditWriter (group commit of the read audit)', () => {
  it('writes a row at once when nothing runs, and resolves only after its statement finished', async () => {
    const { calls, insert } = controlledInsert();
    const w = new ReadAuditWriter(insert);
    let done = false;
    const p = w.write(rec(1)).then(() => (done = true));
    await tick();
    expect(calls.map((c) => c.records)).toEqual([[rec(1)]]);
    expect(done).toBe(false);
    calls[0]!.finish();
    await p;
    expect(done).toBe(true);
  });

  it('writes the rows arriving while a statement runs together, in arrival order, by the next one', async () => {
    const { calls, insert } = controlledInsert();
    const w = new ReadAuditWriter(insert);
    const settled: number[] = [];
    const ps = [1, 2, 3, 4].map((n) => w.write(rec(n)).then(() => settled.push(n)));
    await tick();
    expect(calls.map((c) => c.records)).toEqual([[rec(1)]]);
    calls[0]!.finish();
    await tick();
    expect(settled).toEqual([1]);
    expect(calls.map((c) => c.records)).toEqual([[rec(1)], [rec(2), rec(3), rec(4)]]);
    calls[1]!.finish();
    await Promise.all(ps);
    expect(settled).toEqual([1, 2, 3, 4]);
    // Nothing waits: the next row again goes at once.
    const p5 = w.write(rec(5));
    await tick();
    expect(calls[2]!.records).toEqual([rec(5)]);
    calls[2]!.finish();
    await p5;
  });

  it('when a statement of several rows fails, writes each alone: only the failing row’s request fails', async () => {
    const { calls, insert } = controlledInsert();
    const w = new ReadAuditWriter(insert);
    const first = w.write(rec(1));
    const rest = [2, 3].map((n) => w.write(rec(n)).then(() => 'ok', (e: Error) => e.message));
    await tick();
    calls[0]!.finish();
    await first;
    await tick();
    calls[1]!.finish(new Error('batch failed'));
    await tick();
    expect(calls[2]!.records).toEqual([rec(2)]);
    calls[2]!.finish(new Error('row 2 failed'));
    await tick();
    expect(calls[3]!.records).toEqual([rec(3)]);
    calls[3]!.finish();
    expect(await Promise.all(rest)).toEqual(['row 2 failed', 'ok']);
  });

  it('a single row that fails rejects its own request', async () => {
    const w = new ReadAuditWriter(() => Promise.reject(new Error('down')));
    await expect(w.write(rec(1))).rejects.toThrow('down');
    // The writer is free again afterwards.
    await expect(w.write(rec(2))).rejects.toThrow('down');
  });
});
