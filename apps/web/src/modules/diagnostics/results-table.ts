import type { DiagnosticResultsQuery } from '@/gql/graphql';

type Node = DiagnosticResultsQuery['diagnosticResults']['nodes'][number];
export type ResultCell = Node['results'][number];

export interface ResultColumn {
  code: string;
  name: string;
}

/** The competences of a page of results as columns, ordered by code (SH1.2 before SH1.10). */
export function resultColumns(nodes: readonly Pick<Node, 'results'>[]): ResultColumn[] {
  const seen = new Map<string, string>();
  for (const n of nodes) for (const r of n.results) if (!seen.has(r.competenceCode)) seen.set(r.competenceCode, r.competenceName);
  return [...seen]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.code.localeCompare(b.code, 'ru', { numeric: true }));
}

/** A row per person: their result in each competence by code. */
export function resultRows(nodes: readonly Node[]): { id: string; personId: string; fullName: string; organizationName: string; byCode: Record<string, ResultCell> }[] {
  return nodes.map((n) => ({
    id: n.participant.id,
    personId: n.participant.personId,
    fullName: n.participant.fullName,
    organizationName: n.participant.organizationName,
    byCode: Object.fromEntries(n.results.map((r) => [r.competenceCode, r])),
  }));
}

/** 37.5 → «37,5». */
export { formatScore } from '@/common/format';
