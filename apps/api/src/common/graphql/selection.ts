import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * The names of the fields selected under `child` of the field being resolved (e.g. the nodes of a connection),
 * through fragments and inline fragments, whatever their aliases. A resolver uses it to read in its own statement
 * what those fields would otherwise load one statement each.
 */
export function selectedFields(info: GraphQLResolveInfo, child: string): Set<string> {
  const names = new Set<string>();
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
  for (const node of info.fieldNodes) {
    visit(
      node.selectionSet,
      (f) => {
        if (f.name.value === child) visit(f.selectionSet, (g) => names.add(g.name.value), new Set());
      },
      new Set(),
    );
  }
  return names;
}
