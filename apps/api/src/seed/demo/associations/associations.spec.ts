import { ASSOCIATION_HOST, AssociationRole } from '@metodset/shared';
import { DEMO_NETWORKS } from '../networks';
import { DEMO_REGISTRY } from '../registry';
import { DEMO_ASSOCIATIONS } from '.';

/** The demo associations are seeded with SQL: check here that they obey the rules the API enforces. */
describe('demo associations', () => {
  const orgsOf = new Map<string, string[]>(); // person → organisation keys
  const municipalityOf = new Map<string, string>(); // organisation → municipality
  const named = new Set<string>(); // people a programme names
  for (const r of DEMO_REGISTRY)
    for (const mu of r.municipalities)
      for (const o of mu.organizations) {
        municipalityOf.set(o.key, mu.name);
        for (const p of o.people) {
          orgsOf.set(p.key, [...(orgsOf.get(p.key) ?? []), o.key]);
          if (p.namedInSeed) named.add(p.key);
        }
      }
  const networkMembers = new Map(DEMO_NETWORKS.map((n) => [n.key, new Set(n.members.map((m) => m.organizationKey))]));

  it.each(DEMO_ASSOCIATIONS.map((a) => [a.key, a] as const))('%s obeys the rules', (_key, a) => {
    const host = 'organizationKey' in a.host ? 'organization' : 'municipality' in a.host ? 'municipality' : 'network';
    expect(ASSOCIATION_HOST[a.kind]).toContain(host);
    const worksThere = (personKey: string) =>
      (orgsOf.get(personKey) ?? []).some((o) =>
        'organizationKey' in a.host ? o === a.host.organizationKey : 'municipality' in a.host ? municipalityOf.get(o) === a.host.municipality : networkMembers.get(a.host.networkKey)?.has(o),
      );
    for (const m of a.members) expect([m.personKey, worksThere(m.personKey)]).toEqual([m.personKey, true]);
    expect(new Set(a.members.map((m) => m.personKey)).size).toBe(a.members.length);
    expect(a.members.filter((m) => m.role === AssociationRole.HEAD)).toHaveLength(1);
    const members = new Set(a.members.map((m) => m.personKey));
    for (const meeting of a.meetings) for (const p of meeting.attendeeKeys) expect(members).toContain(p);
  });

  it('puts no person a programme names among the attendees of a meeting: the programmes list no attendees', () => {
    const attending = DEMO_ASSOCIATIONS.flatMap((a) => a.meetings.flatMap((m) => m.attendeeKeys.filter((k) => named.has(k)).map((k) => `${a.key} ${m.heldOn}: ${k}`)));
    expect(attending).toEqual([]);
  });
});
