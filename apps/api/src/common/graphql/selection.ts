import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * The names of the fields selected under `path` of the field being resolved (e.g. `nodes` of a connection, or
 * `nodes`, `positions` one level deeper), through fragments and inline fragments, whatever their aliases. A resolver
 * uses it to read in its own statement what those fields would otherwise load one statement each.
 */
export function selectedFields(info: GraphQLResolveInfo, ...path: string[]): Set<string> {
  const visit = (set: SelectionSetNode | undefined, into: (f: FieldNode) => void, seen: Set<string>): void => {
    if (!set) return;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) into(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet, into, seen);
      else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
        const f = info.fragments[sel.name.value];
        if (f) visit(f.selectionSet, into, new Set([...seen, sel.name.value]));
      }
    }
  };
  // The selection sets reached by following `path` from the resolved field's own nodes.
  let sets = info.fieldNodes.map((n) => n.selectionSet);
  for (const child of path) {
    const next: (SelectionSetNode | undefined)[] = [];
    for (const set of sets) visit(set, (f) => f.name.value === child && next.push(f.selectionSet), new Set());
    sets = next;
  }
  const names = new Set<string>();
  for (const set of sets) visit(set, (f) => names.add(f.name.value), new Set());
  return names;
}
