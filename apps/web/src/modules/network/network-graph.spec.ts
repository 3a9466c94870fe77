import type { GraphSeriesOption } from 'echarts/charts';
import { describe, expect, it } from 'vitest';
import { buildNetworkGraphOption, COLUMN_GAP, EDGE_STYLES, graphHeight, levelRows, ROW_GAP, type GraphEdge, type GraphLabels, type GraphMember } from './network-graph';

const labels: GraphLabels = {
  role: (r) => `role:${r}`,
  edgeKind: (k) => (k === 'SUPPORT' ? 'Поддерживает' : 'Консультируется'),
  level: (n) => `Уровень ${n}`,
  noLevel: 'Без уровня',
};

const member = (id: string, level: number | null, role: GraphMember['role'] = 'SUPPORTED_SCHOOL', shortName: string | null = id): GraphMember => ({
  id,
  level,
  role,
  organization: { name: `МБОУ «${id}»`, shortName, municipalityName: 'Подпорожский район', regionName: 'Ленинградская область' },
});
const edge = (id: string, from: string, to: string, kind: GraphEdge['kind'] = 'SUPPORT'): GraphEdge => ({ id, fromMemberId: from, toMemberId: to, kind });

// The demo hierarchy in small: one level-1 school, two level-2 mentors, three level-3 schools, a coordinator without a level.
const members = [
  member('ims', null, 'COORDINATOR'),
  member('s3', 1, 'RESOURCE_CENTER'),
  member('s4', 2, 'MENTOR_SCHOOL'),
  member('vz', 2, 'MENTOR_SCHOOL'),
  member('s1', 3),
  member('s8', 3),
  member('vn', 3),
];
const edges = [
  edge('e1', 's3', 's4'),
  edge('e2', 's3', 'vz'),
  edge('e3', 's4', 's8'),
  edge('e4', 'vz', 's1'),
  edge('e5', 's3', 'vn'),
  edge('e6', 's1', 's3', 'CONSULT'),
];

const mainSeries = (option: ReturnType<typeof buildNetworkGraphOption>) => (option.series as GraphSeriesOption[])[0] as GraphSeriesOption;
type Node = { id: string; name: string; x?: number; y?: number; category?: number };
const nodesOf = (series: GraphSeriesOption) => (series.data as Node[]).filter((n) => !n.id.startsWith('row:'));

describe('buildNetworkGraphOption', () => {
  it('puts levelled members in rows by level, level 1 on top and members without a level last', () => {
    const series = mainSeries(buildNetworkGraphOption({ model: 'SCHOOL_TO_SCHOOL_HIERARCHY', members, edges }, labels));
    expect(series.layout).toBe('none');
    const y = Object.fromEntries(nodesOf(series).map((n) => [n.id, n.y]));
    expect(y).toEqual({ ims: 3 * ROW_GAP, s3: 0, s4: ROW_GAP, vz: ROW_GAP, s1: 2 * ROW_GAP, s8: 2 * ROW_GAP, vn: 2 * ROW_GAP });
  });

  it('centres each row and places members under those who support them', () => {
    const series = mainSeries(buildNetworkGraphOption({ model: 'CONCENTRIC', members, edges }, labels));
    const x = Object.fromEntries(nodesOf(series).map((n) => [n.id, n.x]));
    expect(x['s3']).toBe(0);
    expect([x['s4'], x['vz']].sort()).toEqual([-COLUMN_GAP / 2, COLUMN_GAP / 2]);
    // s1 hangs under vz, s8 under s4, vn under s3 (the centre).
    expect(Math.sign(x['s1'] ?? 0)).toBe(Math.sign(x['vz'] ?? 0));
    expect(Math.sign(x['s8'] ?? 0)).toBe(Math.sign(x['s4'] ?? 0));
    expect(x['vn']).toBe(0);
  });

  it('captions each row on the left', () => {
    const series = mainSeries(buildNetworkGraphOption({ model: 'SCHOOL_TO_SCHOOL_HIERARCHY', members, edges }, labels));
    const captions = (series.data as Node[]).filter((n) => n.id.startsWith('row:'));
    expect(captions.map((c) => [c.name, c.y])).toEqual([
      ['Уровень 1', 0],
      ['Уровень 2', ROW_GAP],
      ['Уровень 3', 2 * ROW_GAP],
      ['Без уровня', 3 * ROW_GAP],
    ]);
    const leftmost = Math.min(...nodesOf(series).map((n) => n.x ?? 0));
    for (const c of captions) expect(c.x).toBeLessThan(leftmost);
  });

  it('draws SUPPORT as solid arrows and CONSULT as dashed curved arrows', () => {
    const series = mainSeries(buildNetworkGraphOption({ model: 'SCHOOL_TO_SCHOOL_HIERARCHY', members, edges }, labels));
    expect(series.edgeSymbol).toEqual(['none', 'arrow']);
    const links = series.links as { id: string; source: string; target: string; lineStyle: { type: string; color: string; curveness: number } }[];
    const support = links.find((l) => l.id === 'e1');
    const consult = links.find((l) => l.id === 'e6');
    expect(support).toMatchObject({ source: 's3', target: 's4', lineStyle: { type: 'solid', color: EDGE_STYLES.SUPPORT.color, curveness: 0 } });
    expect(consult).toMatchObject({ source: 's1', target: 's3', lineStyle: { type: 'dashed', color: EDGE_STYLES.CONSULT.color } });
    expect(consult?.lineStyle.curveness).toBeGreaterThan(0);
    expect(EDGE_STYLES.SUPPORT.color).not.toBe(EDGE_STYLES.CONSULT.color);
  });

  it('labels nodes with the short name, else the full name', () => {
    const option = buildNetworkGraphOption({ model: 'DISTRIBUTED', members: [member('a', null, 'PARTNER', 'Школа А'), member('b', null, 'PARTNER', null)], edges: [] }, labels);
    expect(nodesOf(mainSeries(option)).map((n) => n.name)).toEqual(['Школа А', 'МБОУ «b»']);
  });

  it('puts the members of other models on a ring around their hub, labels outwards, no row captions', () => {
    const rc = [member('rc', null, 'RESOURCE_CENTER'), ...['a', 'b', 'c', 'd', 'e'].map((id) => member(id, null, 'METHODOLOGICAL_SERVICE'))];
    const spokes = ['a', 'b', 'c', 'd', 'e'].map((id) => edge(`e-${id}`, 'rc', id));
    const series = mainSeries(buildNetworkGraphOption({ model: 'RESOURCE_CENTER_SERVICES', members: rc, edges: spokes }, labels));
    expect(series.layout).toBe('none');
    const data = series.data as (Node & { label?: { position: string } })[];
    expect(data).toHaveLength(rc.length);
    const hub = data.find((n) => n.id === 'rc');
    expect([hub?.x, hub?.y]).toEqual([0, 0]);
    const radii = data.filter((n) => n.id !== 'rc').map((n) => Math.hypot(n.x ?? 0, n.y ?? 0));
    expect(Math.max(...radii) - Math.min(...radii)).toBeLessThan(1);
    expect(Math.min(...radii)).toBeGreaterThanOrEqual(ROW_GAP - 1);
    // The first member of the ring sits on top, its label above it; the others point away from the centre.
    const top = data.find((n) => n.id === 'a');
    expect(top).toMatchObject({ x: 0, label: { position: 'top' } });
    for (const n of data.filter((d) => d.id !== 'rc' && Math.abs(d.x ?? 0) > Math.abs(d.y ?? 0))) {
      expect(n.label?.position).toBe((n.x ?? 0) < 0 ? 'left' : 'right');
    }
  });

  it('keeps everyone on the ring when no member is a hub, and puts a pair side by side', () => {
    const series = mainSeries(buildNetworkGraphOption({ model: 'DISTRIBUTED', members: members.slice(0, 4), edges: [edge('x', 's3', 's4')] }, labels));
    const radii = (series.data as Node[]).map((n) => Math.hypot(n.x ?? 0, n.y ?? 0));
    expect(Math.max(...radii) - Math.min(...radii)).toBeLessThan(1);
    const pair = mainSeries(buildNetworkGraphOption({ model: 'BILATERAL_PARTNERSHIP', members: members.slice(1, 3), edges: [] }, labels));
    const [a, b] = pair.data as Node[];
    expect(a?.y).toBe(b?.y);
    expect((a?.x ?? 0) * (b?.x ?? 0)).toBeLessThan(0);
  });

  it('bends links that go both ways so neither hides the other', () => {
    const series = mainSeries(
      buildNetworkGraphOption({ model: 'DISTRIBUTED', members: members.slice(1, 3), edges: [edge('ab', 's3', 's4'), edge('ba', 's4', 's3')] }, labels),
    );
    const links = series.links as { lineStyle: { curveness: number } }[];
    expect(links.map((l) => l.lineStyle.curveness)).toEqual([0.2, 0.2]);
  });

  it('sizes the chart by rows or by the ring', () => {
    expect(graphHeight('SCHOOL_TO_SCHOOL_HIERARCHY', members)).toBe(140 + 4 * 130);
    expect(graphHeight('DISTRIBUTED', members.slice(0, 1))).toBe(420);
    expect(graphHeight('MIXED', Array.from({ length: 40 }, () => ({ level: null })))).toBe(720);
    // A mixed network (Подпорожье, «смешанная модель») with levels is drawn in rows, like a hierarchy.
    expect(graphHeight('MIXED', members)).toBe(140 + 4 * 130);
  });

  it('gives the legend both edge kinds and the roles present, coloured by role', () => {
    const option = buildNetworkGraphOption({ model: 'SCHOOL_TO_SCHOOL_HIERARCHY', members, edges }, labels);
    const legend = option.legend as { data: { name: string }[]; selectedMode: boolean };
    expect(legend.data.map((d) => d.name)).toEqual([
      'Поддерживает',
      'Консультируется',
      'role:COORDINATOR',
      'role:RESOURCE_CENTER',
      'role:MENTOR_SCHOOL',
      'role:SUPPORTED_SCHOOL',
    ]);
    const series = option.series as GraphSeriesOption[];
    expect(series.slice(1).map((s) => s.name)).toEqual(['Поддерживает', 'Консультируется']);
    const categories = mainSeries(option).categories ?? [];
    const s3 = nodesOf(mainSeries(option)).find((n) => n.id === 's3');
    expect(categories[s3?.category ?? -1]?.name).toBe('role:RESOURCE_CENTER');
  });

  it('skips edges to members it does not know', () => {
    const series = mainSeries(buildNetworkGraphOption({ model: 'MIXED', members, edges: [...edges, edge('x', 's3', 'gone')] }, labels));
    expect((series.links as unknown[]).length).toBe(edges.length);
  });

  it('escapes names in tooltips', () => {
    const option = buildNetworkGraphOption({ model: 'MIXED', members: [member('<b>', null, 'PARTNER')], edges: [] }, labels);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ data: { id: '<b>' } })).toContain('МБОУ «&#60;b&#62;»');
    expect(formatter({ data: {} })).toBe('');
  });
});

describe('levelRows', () => {
  it('sorts by level and keeps members without a level last', () => {
    expect(levelRows([member('a', 2), member('b', null), member('c', 1), member('d', 2)]).map((r) => [r.level, r.members.map((m) => m.id)])).toEqual([
      [1, ['c']],
      [2, ['a', 'd']],
      [null, ['b']],
    ]);
  });
});
