import { EntityManager } from 'typeorm';
import { DEMO_ASSOCIATIONS } from './demo/associations';

const idMap = async (m: EntityManager, sql: string): Promise<Map<string, string>> =>
  new Map(((await m.query(sql)) as { id: string; k: string }[]).map((r) => [r.k, r.id]));

/** The demo associations with their members and meetings. Keyed by external ids: a second run changes nothing. */
export async function seedDemoAssociations(m: EntityManager): Promise<{ associations: number; members: number; meetings: number }> {
  const orgs = await idMap(m, `SELECT id, external_id AS k FROM organization WHERE external_id LIKE 'demo:%'`);
  const people = await idMap(m, `SELECT id, external_id AS k FROM person WHERE external_id LIKE 'demo:%'`);
  const networks = await idMap(m, `SELECT id, external_id AS k FROM network WHERE external_id LIKE 'demo:%'`);
  const municipalities = await idMap(m, `SELECT id, name AS k FROM municipality`);
  const get = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo row ${key} missing`);
    return id;
  };
  const totals = { associations: 0, members: 0, meetings: 0 };
  for (const a of DEMO_ASSOCIATIONS) {
    const host = {
      organization: 'organizationKey' in a.host ? get(orgs, a.host.organizationKey) : null,
      municipality: 'municipality' in a.host ? get(municipalities, a.host.municipality) : null,
      network: 'networkKey' in a.host ? get(networks, a.host.networkKey) : null,
    };
    const [row] = (await m.query(
      `INSERT INTO association (kind, name, subject, description, organization_id, municipality_id, network_id, external_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
         kind = EXCLUDED.kind, name = EXCLUDED.name, subject = EXCLUDED.subject, description = EXCLUDED.description,
         organization_id = EXCLUDED.organization_id, municipality_id = EXCLUDED.municipality_id, network_id = EXCLUDED.network_id
       RETURNING id`,
      [a.kind, a.name, a.subject ?? null, a.description, host.organization, host.municipality, host.network, a.key],
    )) as { id: string }[];
    totals.associations += 1;
    for (const member of a.members) {
      await m.query(
        `INSERT INTO association_member (association_id, person_id, role) VALUES ($1, $2, $3)
         ON CONFLICT ON CONSTRAINT uq_association_member DO UPDATE SET role = EXCLUDED.role`,
        [row.id, get(people, member.personKey), member.role],
      );
      totals.members += 1;
    }
    for (const meeting of a.meetings) {
      // Meetings have no external id: one per association and date is the natural key of the demo.
      const exists: unknown[] = await m.query(`SELECT 1 FROM association_meeting WHERE association_id = $1 AND held_on = $2`, [row.id, meeting.heldOn]);
      if (!exists.length) {
        await m.query(
          `INSERT INTO association_meeting (association_id, held_on, format, agenda, decisions, attendee_ids) VALUES ($1, $2, $3, $4, $5, $6)`,
          [row.id, meeting.heldOn, meeting.format, meeting.agenda, meeting.decisions, meeting.attendeeKeys.map((k) => get(people, k))],
        );
      }
      totals.meetings += 1;
    }
  }
  return totals;
}
