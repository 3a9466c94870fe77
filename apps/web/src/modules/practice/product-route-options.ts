/** An option of the product form's route and step pickers. */
export interface RouteOption {
  value: string;
  label: string;
}

/** Found routes as options («title — owner»), the one chosen before first when the search did not bring it. */
export function routeOptions(found: readonly { id: string; title: string; person?: { fullName: string } | null }[], known: RouteOption | null): RouteOption[] {
  const options = found.map((r) => ({ value: r.id, label: r.person ? `${r.title} — ${r.person.fullName}` : r.title }));
  return known && !options.some((o) => o.value === known.value) ? [known, ...options] : options;
}

/** A route's steps in their order, numbered as on the route («2. Title»). */
export function stepOptions(steps: readonly { id: string; position: number; title: string }[], known: RouteOption | null): RouteOption[] {
  const options = [...steps].sort((a, b) => a.position - b.position).map((s, i) => ({ value: s.id, label: `${i + 1}. ${s.title}` }));
  return known && !options.some((o) => o.value === known.value) ? [known, ...options] : options;
}
