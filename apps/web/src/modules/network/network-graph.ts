import type { GraphSeriesOption } from 'echarts/charts';
import type { LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { NetworkEdgeKind, NetworkMemberRole, NetworkModel } from '@/gql/graphql';
import {
  COLUMN_GAP,
  drawnInRows,
  levelledPositions,
  levelRows,
  nodeLabel,
  outwardLabel,
  ringPositions,
  ROW_GAP,
  type GraphEdge,
  type GraphMember,
} from './network-layout';
import { NETWORK_EDGE_KINDS, NETWORK_MEMBER_ROLES } from './useNetworkLabels';

export { COLUMN_GAP, isLevelled, levelRows, ROW_GAP, type GraphEdge, type GraphMember } from './network-layout';

/** The ECharts option of the network scheme (only the parts the chart registers). */
export type NetworkGraphOption = ComposeOption<GraphSeriesOption | TooltipComponentOption | LegendComponentOption>;

/** Words the chart shows, already translated. */
export interface GraphLabels {
  role: (role: NetworkMemberRole) => string;
  edgeKind: (kind: NetworkEdgeKind) => string;
  /** «Уровень 2» */
  level: (level: number) => string;
  /** Row of members without a level. */
  noLevel: string;
}

/** Readable colours: one per role (nodes), one per edge kind (arrows). */
export const ROLE_COLORS: Readonly<Record<NetworkMemberRole, string>> = {
  COORDINATOR: '#7c3aed',
  RESOURCE_CENTER: '#16a34a',
  MENTOR_SCHOOL: '#2563eb',
  SUPPORTED_SCHOOL: '#f59e0b',
  METHODOLOGICAL_SERVICE: '#db2777',
  PARTNER: '#64748b',
  PARTICIPANT: '#0891b2',
};
export const EDGE_STYLES: Readonly<Record<NetworkEdgeKind, { color: string; type: 'solid' | 'dashed'; width: number; curveness: number }>> = {
  SUPPORT: { color: '#334155', type: 'solid', width: 2, curveness: 0 },
  CONSULT: { color: '#0d9488', type: 'dashed', width: 2, curveness: 0.25 },
};
/** Legend icons drawn as arrows: solid, and dashed for consultations. */
const EDGE_ICONS: Readonly<Record<NetworkEdgeKind, string>> = {
  SUPPORT: 'path://M0,5h22v-3l8,5l-8,5v-3h-22z',
  CONSULT: 'path://M0,5h5v4h-5z M8,5h5v4h-5z M16,5h5v4h-5z M22,2l8,5l-8,5z',
};
const REVERSE_CURVENESS = 0.2;
const NODE_SIZE_BY_LEVEL = [56, 46, 40];
const NODE_SIZE = 42;

const rowId = (row: number | null): string => `row:${row ?? 'none'}`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function memberHint(m: GraphMember, labels: GraphLabels): string {
  const place = [m.organization.municipalityName, m.organization.regionName].filter(Boolean).join(', ');
  const lines = [
    `<b>${escapeHtml(m.organization.name)}</b>`,
    escapeHtml(labels.role(m.role) + (m.level != null ? ` · ${labels.level(m.level)}` : '')),
    place ? escapeHtml(place) : '',
  ];
  return lines.filter(Boolean).join('<br/>');
}

/**
 * The ECharts option drawing a network: members as nodes coloured by role, SUPPORT edges as solid
 * arrows and CONSULT edges as dashed (curved) arrows, a legend of roles and edge kinds.
 * Levelled models get rows by level (with row captions on the left), others a ring around their hub; both
 * are fixed layouts, so the scheme is the same at every visit and fits the chart.
 */
export function buildNetworkGraphOption(
  network: { model: NetworkModel; members: readonly GraphMember[]; edges: readonly GraphEdge[] },
  labels: GraphLabels,
): NetworkGraphOption {
  const levelled = drawnInRows(network.model, network.members);
  const roles = NETWORK_MEMBER_ROLES.filter((r) => network.members.some((m) => m.role === r));
  const ringLayout = levelled ? null : ringPositions(network.members, network.edges);
  const positions = ringLayout?.positions ?? levelledPositions(network.members, network.edges);
  const ids = new Set(network.members.map((m) => m.id));
  const hints = new Map<string, string>();

  const nodes = network.members.map((m) => {
    hints.set(m.id, memberHint(m, labels));
    const size = m.level != null ? (NODE_SIZE_BY_LEVEL[m.level - 1] ?? NODE_SIZE_BY_LEVEL[NODE_SIZE_BY_LEVEL.length - 1]) : NODE_SIZE;
    const p = positions.get(m.id) ?? { x: 0, y: 0 };
    const label = ringLayout ? { label: { position: outwardLabel(p, m.id === ringLayout.hubId) } } : {};
    return { id: m.id, name: nodeLabel(m), category: roles.indexOf(m.role), symbolSize: size, ...p, ...label };
  });

  // Captions of the rows, as label-only nodes left of the widest row.
  const rows = levelRows(network.members);
  const widest = Math.max(0, ...rows.map((r) => r.members.length));
  const captions = levelled
    ? rows.map((row, rowIndex) => ({
          id: rowId(row.level),
          name: row.level != null ? labels.level(row.level) : labels.noLevel,
          x: -((widest - 1) / 2) * COLUMN_GAP - COLUMN_GAP * 0.9,
          y: rowIndex * ROW_GAP,
          symbolSize: 1,
          itemStyle: { color: 'transparent' },
          label: { show: true, position: 'inside' as const, color: '#475569', fontWeight: 'bold' as const, fontSize: 13, backgroundColor: 'transparent' },
          tooltip: { show: false },
          emphasis: { disabled: true },
          cursor: 'default',
        }))
    : [];

  const pairs = new Set(network.edges.map((e) => `${e.fromMemberId}>${e.toMemberId}`));
  const links = network.edges
    .filter((e) => ids.has(e.fromMemberId) && ids.has(e.toMemberId))
    .map((e) => {
      const style = EDGE_STYLES[e.kind];
      // A link back the other way bends both, to opposite sides, so neither hides the other.
      const curveness = style.curveness || (pairs.has(`${e.toMemberId}>${e.fromMemberId}`) ? REVERSE_CURVENESS : 0);
      hints.set(e.id, escapeHtml(`${nodeLabel(byId(network.members, e.fromMemberId))} → ${nodeLabel(byId(network.members, e.toMemberId))}: ${labels.edgeKind(e.kind)}`));
      return {
        id: e.id,
        source: e.fromMemberId,
        target: e.toMemberId,
        lineStyle: { color: style.color, type: style.type, width: style.width, curveness, opacity: 0.9 },
      };
    });

  const edgeKinds = NETWORK_EDGE_KINDS.map((kind) => ({ kind, name: labels.edgeKind(kind) }));
  const main: GraphSeriesOption = {
    type: 'graph',
    id: 'network',
    layout: 'none',
    // Room for the outer labels (above the top of a ring, under the bottom row) and the legend.
    top: 50,
    bottom: 85,
    left: 40,
    right: 90,
    roam: false,
    // Fixed coordinates keep their proportions (round nodes, even rows and rings) whatever the chart's size.
    preserveAspect: 'contain',
    data: [...captions, ...nodes],
    links,
    categories: roles.map((r) => ({ name: labels.role(r), itemStyle: { color: ROLE_COLORS[r] } })),
    edgeSymbol: ['none', 'arrow'],
    edgeSymbolSize: [0, 11],
    itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
    label: {
      show: true,
      position: 'bottom',
      distance: 6,
      fontSize: 12,
      color: '#1f2937',
      width: 160,
      overflow: 'break',
      backgroundColor: 'rgba(255,255,255,0.9)',
      padding: [2, 4],
      borderRadius: 4,
    },
    emphasis: { focus: 'adjacency', lineStyle: { width: 3 } },
  };
  // Empty series named after the edge kinds: they only give the legend its two arrow entries.
  const keys: GraphSeriesOption[] = edgeKinds.map(({ kind, name }) => ({
    type: 'graph',
    id: `legend-${kind}`,
    name,
    data: [],
    links: [],
    silent: true,
    itemStyle: { color: EDGE_STYLES[kind].color },
  }));

  return {
    // Drawn at once: the network page refetches after every change, and a replayed entry animation distracts.
    animation: false,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        const data = p?.data as { id?: string } | undefined;
        return data?.id ? (hints.get(data.id) ?? '') : '';
      },
    },
    legend: {
      bottom: 0,
      selectedMode: false,
      itemWidth: 30,
      itemHeight: 12,
      data: [
        ...edgeKinds.map(({ kind, name }) => ({ name, icon: EDGE_ICONS[kind] })),
        ...roles.map((r) => ({ name: labels.role(r), icon: 'circle' })),
      ],
    },
    series: [main, ...keys],
  };
}

/** Height of the chart in pixels: rows of a hierarchy, or a ring that grows with its members. */
export function graphHeight(model: NetworkModel, members: readonly { level?: number | null }[]): number {
  if (drawnInRows(model, members)) return Math.min(760, Math.max(420, 140 + new Set(members.map((m) => m.level ?? null)).size * 130));
  return Math.min(720, Math.max(420, 380 + members.length * 22));
}

function byId(members: readonly GraphMember[], id: string): GraphMember {
  return members.find((m) => m.id === id) as GraphMember;
}
