import { EntityManager } from 'typeorm';
import { DEMO_NETWORKS } from './demo/networks';

type Row = { id: string };

/**
 * The demo networks of the five programmes: members with roles and levels, support and consultation
 * links, agreements with their parties. Keyed by external ids and natural keys: a second run changes nothing.
 */
export async function seedDemoNetworks(m: EntityManager): Promise<{ networks: number; members: number; edges: number; agreements: number }> {
  const orgIds = new Map<string, string>(
    ((await m.query(`SELECT id, external_id FROM organization WHERE external_id LIKE 'demo:%'`)) as { id: string; external_id: string }[]).map((r) => [r.external_id, r.id]),
  );
  const org = (key: string) => {
    const id = orgIds.get(key);
    if (!id) throw new Error(`Demo organisation ${key} missing`);
    return id;
  };
  const totals = { networks: 0, members: 0, edges: 0, agreements: 0 };
  for (const n of DEMO_NETWORKS) {
    const [network] = (await m.query(
      `INSERT INTO network (name, model, coordinator_organization_id, starts_on, ends_on, goals, external_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
         name = EXCLUDED.name, model = EXCLUDED.model, coordinator_organization_id = EXCLUDED.coordinator_organization_id,
         starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on, goals = EXCLUDED.goals
       RETURNING id`,
      [n.name, n.model, org(n.coordinatorKey), n.startsOn, n.endsOn ?? null, n.goals, n.key],
    )) as Row[];
    totals.networks += 1;
    const memberIds = new Map<string, string>();
    for (const member of n.members) {
      const [row] = (await m.query(
        `INSERT INTO network_member (network_id, organization_id, role, level) VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT uq_network_member DO UPDATE SET role = EXCLUDED.role, level = EXCLUDED.level RETURNING id`,
        [network.id, org(member.organizationKey), member.role, member.level ?? null],
      )) as Row[];
      memberIds.set(member.organizationKey, row.id);
      totals.members += 1;
    }
    const memberId = (key: string) => {
      const id = memberIds.get(key);
      if (!id) throw new Error(`${key} is not a member of ${n.key}`);
      return id;
    };
    for (const e of n.edges) {
      await m.query(
        `INSERT INTO network_edge (network_id, from_member_id, to_member_id, kind) VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT uq_network_edge DO NOTHING`,
        [network.id, memberId(e.from), memberId(e.to), e.kind],
      );
      totals.edges += 1;
    }
    for (const a of n.agreements) {
      const [agreement] = (await m.query(
        `INSERT INTO agreement (network_id, number, kind, signed_on, subject, starts_on, ends_on, external_id, illustrative)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
           number = EXCLUDED.number, kind = EXCLUDED.kind, signed_on = EXCLUDED.signed_on, subject = EXCLUDED.subject,
           starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on, illustrative = EXCLUDED.illustrative
         RETURNING id`,
        [network.id, a.number, a.kind, a.signedOn, a.subject, a.startsOn, a.endsOn ?? null, a.key, a.illustrative],
      )) as Row[];
      for (const party of a.partyKeys) {
        memberId(party);
        await m.query(`INSERT INTO agreement_party (agreement_id, organization_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [agreement.id, org(party)]);
      }
      totals.agreements += 1;
    }
  }
  return totals;
}

/**
 * The pending demo invitations (after the accounts, which they name as the inviter). An invitation already
 * answered in the demo stays as answered: a second run changes nothing.
 */
export async function seedDemoInvitations(m: EntityManager): Promise<number> {
  let count = 0;
  for (const n of DEMO_NETWORKS) {
    for (const i of n.invitations ?? []) {
      await m.query(
        `INSERT INTO network_member (network_id, organization_id, role, level, status, invited_by_account_id, invited_at)
         SELECT n.id, o.id, $3, NULL, 'INVITED', (SELECT a.id FROM account a WHERE a.login = $4), $5
           FROM network n, organization o WHERE n.external_id = $1 AND o.external_id = $2
         ON CONFLICT ON CONSTRAINT uq_network_member DO NOTHING`,
        [n.key, i.organizationKey, i.role, i.invitedByLogin, i.invitedAt],
      );
      count += 1;
    }
  }
  return count;
}
