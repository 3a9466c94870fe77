import { VersionStatus } from '@metodset/shared';

/** Versioned reference data (frameworks, instruments): what may be done to a version in which state. */
export const LOCKED_VERSION = 'Действующая версия не изменяется: создайте новую версию';

export interface Versioned {
  status: VersionStatus;
  archivedAt: Date | null;
}

/** Why the content of this version may not be changed, or null when it may (a draft not in the archive). */
export function changeProblem(v: Versioned, archivedMessage: string): string | null {
  if (v.archivedAt) return archivedMessage;
  if (v.status !== VersionStatus.DRAFT) return LOCKED_VERSION;
  return null;
}

/** Why a new draft version may not be made from this one, given every version of the same code. */
export function newVersionProblem(versions: readonly { status: VersionStatus }[]): string | null {
  if (versions.some((v) => v.status === VersionStatus.DRAFT)) return 'Черновик новой версии уже есть: продолжите его';
  return null;
}

/** The next version number of a code. */
export const nextVersion = (versions: readonly { version: number }[]): number => Math.max(0, ...versions.map((v) => v.version)) + 1;

/** Positions 1..n in the given order, the moved id placed at `to` (1-based, clamped). */
export function reorder(ids: readonly string[], moved: string, to: number): string[] {
  const rest = ids.filter((id) => id !== moved);
  const at = Math.min(Math.max(to, 1), rest.length + 1) - 1;
  return [...rest.slice(0, at), moved, ...rest.slice(at)];
}
