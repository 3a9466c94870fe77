import { VersionStatus } from '@metodset/shared';
import { changeProblem, LOCKED_VERSION, newVersionProblem, nextVersion, reorder } from './versioning';

describe('versioning rules', () => {
  it('lets only a draft outside the archive change', () => {
    expect(changeProblem({ status: VersionStatus.DRAFT, archivedAt: null }, 'архив')).toBeNull();
    expect(changeProblem({ status: VersionStatus.PUBLISHED, archivedAt: null }, 'архив')).toBe(LOCKED_VERSION);
    expect(changeProblem({ status: VersionStatus.RETIRED, archivedAt: null }, 'архив')).toBe(LOCKED_VERSION);
    expect(changeProblem({ status: VersionStatus.DRAFT, archivedAt: new Date() }, 'архив')).toBe('архив');
  });
  it('refuses a second draft and numbers versions after the highest', () => {
    expect(newVersionProblem([{ status: VersionStatus.PUBLISHED }])).toBeNull();
    expect(newVersionProblem([{ status: VersionStatus.PUBLISHED }, { status: VersionStatus.DRAFT }])).toMatch(/Черновик/);
    expect(nextVersion([{ version: 1 }, { version: 3 }, { version: 2 }])).toBe(4);
    expect(nextVersion([])).toBe(1);
  });
  it('moves an id to a clamped position', () => {
    expect(reorder(['a', 'b', 'c'], 'c', 1)).toEqual(['c', 'a', 'b']);
    expect(reorder(['a', 'b', 'c'], 'a', 2)).toEqual(['b', 'a', 'c']);
    expect(reorder(['a', 'b', 'c'], 'a', 99)).toEqual(['b', 'c', 'a']);
    expect(reorder(['a', 'b', 'c'], 'b', 0)).toEqual(['b', 'a', 'c']);
  });
});
