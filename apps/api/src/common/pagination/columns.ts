/**
 * The columns a list page reads for the fields a query selects of its nodes (issue 12: a page parses, hydrates and
 * collects only what it answers). `fieldColumns` maps each field of the node's GraphQL type to the properties it is
 * answered from: a plain field to its column(s) (`fullName` → last, first and middle name), a field answered from the
 * row's id alone (a loader, the page's extras) to `[]`. A selected field the map does not list — a field added to the
 * type since, another domain's field resolver — gives undefined: the whole row, as before. `always` are read anyway
 * (the id: cursors, extras, audit). The result is in a fixed order, so a selection always gives the same statement.
 */
export function columnsFor<P extends string>(
  selected: ReadonlySet<string>,
  fieldColumns: Readonly<Record<string, readonly P[]>>,
  always: readonly P[] = [],
): P[] | undefined {
  const out = new Set<P>(always);
  for (const field of selected) {
    if (field === '__typename') continue;
    if (!Object.hasOwn(fieldColumns, field)) return undefined;
    for (const column of fieldColumns[field]!) out.add(column);
  }
  return [...out].sort();
}
