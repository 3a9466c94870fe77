/**
 * A version of a plan is a snapshot of its items at a correction or when someone fixes a version by hand.
 * Comparing two versions matches items by id: added, removed, changed (with the fields that changed), same.
 */
export interface SnapshotItem {
  id: string;
  stageTitle: string;
  title: string;
  startDate: string | null;
  endDate: string | null;
  periodText: string | null;
  responsible: string | null;
  participants: string | null;
  expectedResult: string | null;
  status: string;
}

export interface PlanSnapshot {
  title: string;
  items: SnapshotItem[];
}

export type DiffKind = 'ADDED' | 'REMOVED' | 'CHANGED' | 'SAME';

export interface FieldChange {
  field: keyof SnapshotItem;
  before: string | null;
  after: string | null;
}

export interface ItemDiff {
  id: string;
  kind: DiffKind;
  before: SnapshotItem | null;
  after: SnapshotItem | null;
  changes: FieldChange[];
}

export const COMPARED_FIELDS: readonly (keyof SnapshotItem)[] = [
  'stageTitle',
  'title',
  'startDate',
  'endDate',
  'periodText',
  'responsible',
  'participants',
  'expectedResult',
  'status',
];

/** Field-by-field changes between two states of one item (only the compared fields, nulls and '' alike). */
export function itemChanges(before: Partial<SnapshotItem>, after: Partial<SnapshotItem>): FieldChange[] {
  const norm = (v: unknown) => (v === undefined || v === null || v === '' ? null : String(v));
  return COMPARED_FIELDS.flatMap((field) => {
    const b = norm(before[field]);
    const a = norm(after[field]);
    return b === a ? [] : [{ field, before: b, after: a }];
  });
}

/** Items in the order of the newer version, then the removed ones in the order of the older. */
export function compareSnapshots(older: PlanSnapshot, newer: PlanSnapshot): ItemDiff[] {
  const olderById = new Map(older.items.map((i) => [i.id, i]));
  const newerIds = new Set(newer.items.map((i) => i.id));
  const diffs: ItemDiff[] = newer.items.map((after) => {
    const before = olderById.get(after.id) ?? null;
    if (!before) return { id: after.id, kind: 'ADDED', before: null, after, changes: [] };
    const changes = itemChanges(before, after);
    return { id: after.id, kind: changes.length ? 'CHANGED' : 'SAME', before, after, changes };
  });
  for (const before of older.items) {
    if (!newerIds.has(before.id)) diffs.push({ id: before.id, kind: 'REMOVED', before, after: null, changes: [] });
  }
  return diffs;
}
