import { NetworkEdgeKind } from '@metodset/shared';
import { edgeProblem, RuleEdge, RuleMember } from '../../../modules/network/network-rules';
import { DEMO_REGISTRY } from '../registry';
import { DEMO_NETWORKS } from '.';

/** The demo networks are seeded with SQL: check here that they obey the rules the API enforces. */
describe('demo networks', () => {
  const orgKeys = new Set(DEMO_REGISTRY.flatMap((r) => r.municipalities.flatMap((m) => m.organizations.map((o) => o.key))));

  it.each(DEMO_NETWORKS.map((n) => [n.key, n] as const))('%s obeys the model’s rules', (_key, n) => {
    const members = new Map<string, RuleMember>(n.members.map((m) => [m.organizationKey, { id: m.organizationKey, level: m.level ?? null }]));
    expect(members.size).toBe(n.members.length);
    for (const m of n.members) expect(orgKeys).toContain(m.organizationKey);
    expect(members.has(n.coordinatorKey)).toBe(true);
    const kept: RuleEdge[] = [];
    for (const e of n.edges) {
      const edge = { fromMemberId: e.from, toMemberId: e.to, kind: e.kind };
      expect([e.from, e.to, edgeProblem(n.model, members, kept, edge)]).toEqual([e.from, e.to, null]);
      kept.push(edge);
    }
    for (const a of n.agreements) {
      expect(a.partyKeys.length).toBeGreaterThanOrEqual(2);
      for (const p of a.partyKeys) expect(members.has(p)).toBe(true);
      expect(a.signedOn <= a.startsOn && (!a.endsOn || a.startsOn <= a.endsOn)).toBe(true);
    }
  });

  it('reproduces Podporozhye’s three levels with a level-3 school consulting level 1', () => {
    const p = DEMO_NETWORKS.find((n) => n.key.includes('podporozhye'))!;
    expect(new Set(p.members.map((m) => m.level).filter(Boolean))).toEqual(new Set([1, 2, 3]));
    const level = new Map(p.members.map((m) => [m.organizationKey, m.level]));
    expect(p.edges.some((e) => e.kind === NetworkEdgeKind.CONSULT && level.get(e.from) === 3 && level.get(e.to) === 1)).toBe(true);
  });

  it('holds one pending invitation, of an organisation outside the network and outside the coordinator’s region', () => {
    const invitations = DEMO_NETWORKS.flatMap((n) => (n.invitations ?? []).map((i) => ({ n, i })));
    expect(invitations).toHaveLength(1);
    const [{ n, i }] = invitations;
    expect(orgKeys).toContain(i.organizationKey);
    expect(n.members.map((m) => m.organizationKey)).not.toContain(i.organizationKey);
    expect(i.organizationKey.split(':')[2].slice(0, 2)).not.toBe(n.coordinatorKey.split(':')[2].slice(0, 2));
  });

  it('holds the Vorkuta agreement of 10.01.2022', () => {
    const v = DEMO_NETWORKS.find((n) => n.key.includes('vorkuta'))!;
    expect(v.agreements.map((a) => a.signedOn)).toContain('2022-01-10');
  });
});
