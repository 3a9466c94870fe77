import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postmasterPort } from './database-target';

describe('postmasterPort', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'metodset-pid-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads the port from the running server's postmaster.pid (PostgreSQL's layout: pid, directory, start, port, …)", () => {
    writeFileSync(join(dir, 'postmaster.pid'), `48211\n${dir}\n1796551200\n54999\n\n127.0.0.1\n  5432001    131072\nready   \n`);
    expect(postmasterPort(dir)).toBe(54999);
  });

  it('gives null without the file or without a port in it', () => {
    expect(postmasterPort(dir)).toBeNull();
    writeFileSync(join(dir, 'postmaster.pid'), '48211\n');
    expect(postmasterPort(dir)).toBeNull();
    writeFileSync(join(dir, 'postmaster.pid'), `48211\n${dir}\n1796551200\nport\n`);
    expect(postmasterPort(dir)).toBeNull();
  });
});
