import { EntityManager } from 'typeorm';
import { DEMO_CROSS_CHECKS } from './demo/cross-check.data';

const idMap = async (m: EntityManager, sql: string): Promise<Map<string, string>> =>
  new Map(((await m.query(sql)) as { id: string; k: string }[]).map((r) => [r.k, r.id]));

/** The cross-checks of diagnostic papers (Vorkuta as seed 003 states them; one illustrative protocol). Idempotent. */
export async function seedDemoCrossChecks(m: EntityManager): Promise<{ events: number; protocolRows: number }> {
  const orgs = await idMap(m, `SELECT id, external_id AS k FROM organization WHERE external_id LIKE 'demo:%'`);
  const people = await idMap(m, `SELECT id, external_id AS k FROM person WHERE external_id LIKE 'demo:%'`);
  const networks = await idMap(m, `SELECT id, external_id AS k FROM network WHERE external_id LIKE 'demo:%'`);
  const get = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo row ${key} missing`);
    return id;
  };
  let protocolRows = 0;
  for (const c of DEMO_CROSS_CHECKS) {
    const [row] = (await m.query(
      `INSERT INTO event (title, kind, organization_id, network_id, timing, starts_on, ends_on, span_ends_on, audience, responsible_note, planned_result,
                          status, source, illustrative, external_id)
       VALUES ($1, 'PAPER_CROSS_CHECK', $2, $3, 'DATE', $4, $5, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
         title = EXCLUDED.title, starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on, span_ends_on = EXCLUDED.span_ends_on,
         audience = EXCLUDED.audience, responsible_note = EXCLUDED.responsible_note, planned_result = EXCLUDED.planned_result, source = EXCLUDED.source
       RETURNING id`,
      [
        c.title,
        'organizationKey' in c.host ? get(orgs, c.host.organizationKey) : null,
        'networkKey' in c.host ? get(networks, c.host.networkKey) : null,
        c.startsOn,
        c.endsOn,
        c.audience,
        c.responsibleNote,
        c.plannedResult,
        c.endsOn < new Date().toISOString().slice(0, 10) ? 'HELD' : 'PLANNED',
        c.source,
        c.illustrative,
        c.key,
      ],
    )) as { id: string }[];
    for (const [position, key] of c.organizerKeys.entries()) {
      await m.query(`INSERT INTO event_organizer (event_id, organization_id, position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [row.id, get(orgs, key), position]);
    }
    for (const table of ['cross_check_school_pair', 'cross_check_expert_pair', 'cross_check_protocol_row']) await m.query(`DELETE FROM ${table} WHERE event_id = $1`, [row.id]);
    for (const [position, [from, checker]] of c.schoolPairs.entries()) {
      await m.query(`INSERT INTO cross_check_school_pair (event_id, from_organization_id, checker_organization_id, position) VALUES ($1, $2, $3, $4)`, [row.id, get(orgs, from), get(orgs, checker), position]);
    }
    for (const [position, p] of c.expertPairs.entries()) {
      await m.query(`INSERT INTO cross_check_expert_pair (event_id, first_person_id, second_person_id, subject, position) VALUES ($1, $2, $3, $4, $5)`, [
        row.id,
        get(people, p.first),
        get(people, p.second),
        p.subject,
        position,
      ]);
    }
    for (const [position, r] of c.protocol.entries()) {
      await m.query(
        `INSERT INTO cross_check_protocol_row (event_id, subject, grade, paper_count, discrepancy_count, comment, illustrative, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [row.id, r.subject, r.grade, r.paperCount, r.discrepancyCount, r.comment, c.illustrative, position],
      );
      protocolRows += 1;
    }
  }
  return { events: DEMO_CROSS_CHECKS.length, protocolRows };
}
