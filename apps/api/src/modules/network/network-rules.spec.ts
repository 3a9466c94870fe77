import { NetworkEdgeKind, NetworkModel } from '@metodset/shared';
import { closesSupportCycle, edgeProblem, levelChangeProblem, modelChangeProblem, RuleEdge, RuleMember } from './network-rules';

const { SUPPORT, CONSULT } = NetworkEdgeKind;
const members = (...levels: [string, number | null][]) => new Map<string, RuleMember>(levels.map(([id, level]) => [id, { id, level }]));
const edge = (fromMemberId: string, toMemberId: string, kind = SUPPORT): RuleEdge => ({ fromMemberId, toMemberId, kind });

describe('network rules', () => {
  // Podporozhye: level 1 resource centre, level 2 mentor schools, level 3 supported schools.
  const m = members(['r1', 1], ['m2', 2], ['s3', 3], ['x', null]);
  const H = NetworkModel.SCHOOL_TO_SCHOOL_HIERARCHY;

  it('lets a stronger level support a weaker one, and a weaker one consult a stronger one', () => {
    expect(edgeProblem(H, m, [], edge('r1', 'm2'))).toBeNull();
    expect(edgeProblem(H, m, [], edge('m2', 's3'))).toBeNull();
    expect(edgeProblem(H, m, [], edge('s3', 'r1', CONSULT))).toBeNull();
  });

  it('refuses a level-1 school supported by a level-3 one', () => {
    expect(edgeProblem(H, m, [], edge('s3', 'r1'))).toMatch(/уровень 3 не может поддерживать уровень 1/);
  });

  it('refuses consulting downwards, self-edges, duplicates and non-members', () => {
    expect(edgeProblem(H, m, [], edge('r1', 's3', CONSULT))).toMatch(/консультироваться/);
    expect(edgeProblem(H, m, [], edge('r1', 'r1'))).toMatch(/сама с собой/);
    expect(edgeProblem(H, m, [edge('r1', 'm2')], edge('r1', 'm2'))).toMatch(/уже есть/);
    expect(edgeProblem(H, m, [], edge('r1', 'nobody'))).toMatch(/участниками этой сети/);
    expect(edgeProblem(H, m, [], edge('r1', 'x'))).toMatch(/с уровнем/);
  });

  it('finds cycles of support', () => {
    const edges = [edge('a', 'b'), edge('b', 'c')];
    expect(closesSupportCycle(edges, 'c', 'a')).toBe(true);
    expect(closesSupportCycle(edges, 'a', 'c')).toBe(false);
    expect(closesSupportCycle([edge('a', 'b', CONSULT)], 'b', 'a')).toBe(false);
  });

  it('refuses a support cycle in a resource-centre network but allows mutual support in a partnership', () => {
    const flat = members(['a', null], ['b', null]);
    expect(edgeProblem(NetworkModel.RESOURCE_CENTER_SERVICES, flat, [edge('a', 'b')], edge('b', 'a'))).toMatch(/круг/);
    expect(edgeProblem(NetworkModel.BILATERAL_PARTNERSHIP, flat, [edge('a', 'b')], edge('b', 'a'))).toBeNull();
  });

  it('checks a level change against the member’s edges', () => {
    const edges = [edge('r1', 'm2'), edge('s3', 'r1', CONSULT)];
    expect(levelChangeProblem(H, m, edges, 'm2', 3)).toBeNull();
    expect(levelChangeProblem(H, m, edges, 'r1', 3)).toMatch(/Уровень не согласуется/);
    expect(levelChangeProblem(NetworkModel.DISTRIBUTED, m, edges, 'r1', 5)).toBeNull();
  });

  it('lets a mixed network link members without levels and keeps the level rules between members with levels', () => {
    const mixed = members(['r1', 1], ['s3', 3], ['x', null]);
    expect(edgeProblem(NetworkModel.MIXED, mixed, [], edge('x', 'r1'))).toBeNull();
    expect(edgeProblem(NetworkModel.MIXED, mixed, [], edge('r1', 'x', CONSULT))).toBeNull();
    expect(edgeProblem(NetworkModel.MIXED, mixed, [], edge('r1', 's3'))).toBeNull();
    expect(edgeProblem(NetworkModel.MIXED, mixed, [], edge('s3', 'r1'))).toMatch(/Поддержка идёт от более сильного уровня/);
    expect(edgeProblem(H, mixed, [], edge('x', 'r1'))).toMatch(/только между участниками с уровнем/);
  });

  it('checks a model change against the existing edges', () => {
    const flat = members(['a', null], ['b', null]);
    expect(modelChangeProblem(H, flat, [edge('a', 'b')])).toMatch(/новой модели/);
    expect(modelChangeProblem(NetworkModel.MIXED, flat, [edge('a', 'b'), edge('b', 'a')])).toBeNull();
  });
});
