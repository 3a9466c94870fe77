import { LEVELLED_MODELS, LEVELS_OPTIONAL_MODELS } from '@metodset/shared';
import type { NetworkEdgeKind, NetworkMemberRole, NetworkModel } from '@/gql/graphql';
import { NETWORK_MEMBER_ROLES } from './useNetworkLabels';

// Where the members of a network sit on its scheme: rows by level, or a ring around a hub.

export interface GraphMember {
  id: string;
  role: NetworkMemberRole;
  level?: number | null;
  organization: { name: string; shortName?: string | null; municipalityName?: string; regionName?: string };
}

export interface GraphEdge {
  id: string;
  fromMemberId: string;
  toMemberId: string;
  kind: NetworkEdgeKind;
}

/** Distances between nodes of the fixed layouts, in the chart's own units. */
export const COLUMN_GAP = 200;
export const ROW_GAP = 150;

export const isLevelled = (model: NetworkModel): boolean => (LEVELLED_MODELS as readonly string[]).includes(model);
/** Drawn in rows by level: a levelled model, unless its levels are optional (mixed) and no member has one. */
export const drawnInRows = (model: NetworkModel, members: readonly { level?: number | null }[]): boolean =>
  isLevelled(model) && (!(LEVELS_OPTIONAL_MODELS as readonly string[]).includes(model) || members.some((m) => m.level != null));
export const nodeLabel = (m: GraphMember): string => m.organization.shortName || m.organization.name;

/** Members of each row, strongest level first; members without a level make the last row. */
export function levelRows(members: readonly GraphMember[]): { level: number | null; members: GraphMember[] }[] {
  const rows = new Map<number | null, GraphMember[]>();
  for (const m of members) rows.set(m.level ?? null, [...(rows.get(m.level ?? null) ?? []), m]);
  return [...rows.entries()]
    .sort(([a], [b]) => (a ?? Number.MAX_SAFE_INTEGER) - (b ?? Number.MAX_SAFE_INTEGER))
    .map(([level, rowMembers]) => ({ level, members: rowMembers }));
}

/**
 * Fixed x/y of each member for levelled models: level 1 on top, one row per level, each row centred.
 * Within a row, members sit under the members that support them (mean x of linked nodes above), so
 * arrows cross as little as the simple rule allows; ties go by name.
 */
export function levelledPositions(members: readonly GraphMember[], edges: readonly GraphEdge[]): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  const linked = new Map<string, string[]>();
  for (const e of edges) {
    linked.set(e.fromMemberId, [...(linked.get(e.fromMemberId) ?? []), e.toMemberId]);
    linked.set(e.toMemberId, [...(linked.get(e.toMemberId) ?? []), e.fromMemberId]);
  }
  levelRows(members).forEach((row, rowIndex) => {
    const key = (m: GraphMember): number => {
      const xs = (linked.get(m.id) ?? []).flatMap((id) => {
        const p = positions.get(id);
        return p ? [p.x] : [];
      });
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.MAX_SAFE_INTEGER;
    };
    const ordered = row.members
      .map((m) => ({ m, k: key(m) }))
      .sort((a, b) => a.k - b.k || nodeLabel(a.m).localeCompare(nodeLabel(b.m), 'ru'));
    ordered.forEach(({ m }, i) => positions.set(m.id, { x: (i - (ordered.length - 1) / 2) * COLUMN_GAP, y: rowIndex * ROW_GAP }));
  });
  return positions;
}

/** Members with at least this share of links to the others are drawn in the centre of the ring. */
const HUB_SHARE = 0.6;

/**
 * Fixed x/y for models without levels: a ring, with the best-linked member in the centre when it is a
 * hub (a resource centre with its services); members sit on the ring by role, then name.
 */
export function ringPositions(members: readonly GraphMember[], edges: readonly GraphEdge[]): { positions: Map<string, { x: number; y: number }>; hubId: string | null } {
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.fromMemberId, (degree.get(e.fromMemberId) ?? 0) + 1);
    degree.set(e.toMemberId, (degree.get(e.toMemberId) ?? 0) + 1);
  }
  const best = [...members].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0))[0];
  const bestDegree = best ? (degree.get(best.id) ?? 0) : 0;
  const hubId = best && members.length >= 4 && bestDegree >= 3 && bestDegree >= HUB_SHARE * (members.length - 1) ? best.id : null;

  const roleOrder = (m: GraphMember) => NETWORK_MEMBER_ROLES.indexOf(m.role);
  const ring = members
    .filter((m) => m.id !== hubId)
    .sort((a, b) => roleOrder(a) - roleOrder(b) || nodeLabel(a).localeCompare(nodeLabel(b), 'ru'));
  // Neighbours on the ring are about a column apart; two members face each other left and right.
  const radius = Math.max(ROW_GAP, (ring.length * COLUMN_GAP) / (2 * Math.PI));
  const start = ring.length === 2 ? Math.PI : -Math.PI / 2;
  const positions = new Map<string, { x: number; y: number }>();
  ring.forEach((m, i) => {
    const angle = start + (2 * Math.PI * i) / ring.length;
    positions.set(m.id, { x: Math.round(radius * Math.cos(angle)) || 0, y: Math.round(radius * Math.sin(angle)) || 0 });
  });
  if (hubId) positions.set(hubId, { x: 0, y: 0 });
  return { positions, hubId };
}

/** Labels of a ring point outwards, so the links inside the ring stay clear. */
export function outwardLabel(p: { x: number; y: number }, hub: boolean): 'left' | 'right' | 'top' | 'bottom' {
  if (hub) return 'bottom';
  if (Math.abs(p.x) >= Math.abs(p.y) * 0.5) return p.x < 0 ? 'left' : 'right';
  return p.y < 0 ? 'top' : 'bottom';
}
