import { ACYCLIC_MODELS, LEVELLED_MODELS, LEVELS_OPTIONAL_MODELS, NetworkEdgeKind, NetworkModel } from '@metodset/shared';

/** What the rules need to know of a member and an edge. */
export interface RuleMember {
  id: string;
  level: number | null;
}
export interface RuleEdge {
  fromMemberId: string;
  toMemberId: string;
  kind: NetworkEdgeKind;
}

const levelled = (model: NetworkModel) => LEVELLED_MODELS.includes(model);

/** True when adding from → to closes a cycle among the SUPPORT edges. */
export function closesSupportCycle(edges: readonly RuleEdge[], from: string, to: string): boolean {
  const next = new Map<string, string[]>();
  for (const e of edges) if (e.kind === NetworkEdgeKind.SUPPORT) next.set(e.fromMemberId, [...(next.get(e.fromMemberId) ?? []), e.toMemberId]);
  const seen = new Set<string>();
  const stack = [to];
  while (stack.length) {
    const at = stack.pop()!;
    if (at === from) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    stack.push(...(next.get(at) ?? []));
  }
  return false;
}

/**
 * Why an edge may not be added to a network of this model, in words for the user; null when it may.
 * Levelled models: support goes from a stronger level (smaller number) to a weaker one, a consultation
 * from a weaker level to a stronger one. Acyclic models: support never goes round in a circle.
 */
export function edgeProblem(
  model: NetworkModel,
  members: ReadonlyMap<string, RuleMember>,
  edges: readonly RuleEdge[],
  edge: RuleEdge,
): string | null {
  const from = members.get(edge.fromMemberId);
  const to = members.get(edge.toMemberId);
  if (!from || !to) return 'Связь возможна только между участниками этой сети';
  if (from.id === to.id) return 'Организация не может быть связана сама с собой';
  if (edges.some((e) => e.fromMemberId === from.id && e.toMemberId === to.id && e.kind === edge.kind)) return 'Такая связь уже есть';
  if (levelled(model)) {
    const [a, b] = [from.level, to.level];
    if ((a === null || b === null) && !LEVELS_OPTIONAL_MODELS.includes(model)) return 'В иерархической сети связь возможна только между участниками с уровнем';
    if (a !== null && b !== null && edge.kind === NetworkEdgeKind.SUPPORT && a >= b) {
      return `Поддержка идёт от более сильного уровня к более слабому: уровень ${a} не может поддерживать уровень ${b}`;
    }
    if (a !== null && b !== null && edge.kind === NetworkEdgeKind.CONSULT && a <= b) {
      return `Консультироваться можно у более высокого уровня: уровень ${a} не может консультироваться у уровня ${b}`;
    }
  }
  if (edge.kind === NetworkEdgeKind.SUPPORT && ACYCLIC_MODELS.includes(model) && closesSupportCycle(edges, from.id, to.id)) {
    return 'Связь замкнула бы круг поддержки: в этой модели сети поддержка не может идти по кругу';
  }
  return null;
}

/** Why a member's level may not change to `level` given its edges; null when it may. */
export function levelChangeProblem(
  model: NetworkModel,
  members: ReadonlyMap<string, RuleMember>,
  edges: readonly RuleEdge[],
  memberId: string,
  level: number | null,
): string | null {
  if (!levelled(model)) return null;
  const changed = new Map(members);
  changed.set(memberId, { id: memberId, level });
  const touching = edges.filter((e) => e.fromMemberId === memberId || e.toMemberId === memberId);
  for (const e of touching) {
    const others = edges.filter((x) => x !== e);
    const problem = edgeProblem(model, changed, others, e);
    if (problem) return `Уровень не согласуется со связями участника: ${problem}`;
  }
  return null;
}

/** Why a network's model may not change to `model` given its members and edges; null when it may. */
export function modelChangeProblem(model: NetworkModel, members: ReadonlyMap<string, RuleMember>, edges: readonly RuleEdge[]): string | null {
  const kept: RuleEdge[] = [];
  for (const e of edges) {
    const problem = edgeProblem(model, members, kept, e);
    if (problem) return `Связи сети не подходят к новой модели: ${problem}`;
    kept.push(e);
  }
  return null;
}
