import { PlanItemStatus, PlanLinkKind, PlanPartyRole } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { DEMO_PLANS } from './demo/plans';

const idMap = async (m: EntityManager, sql: string): Promise<Map<string, string>> =>
  new Map(((await m.query(sql)) as { id: string; k: string }[]).map((r) => [r.k, r.id]));

/** Kinds the plan data links by key (events are linked after they are seeded: demo-plan-links). */
const LINK_TABLE: Partial<Record<PlanLinkKind, string>> = {
  [PlanLinkKind.MENTORSHIP]: 'mentorship',
  [PlanLinkKind.CAMPAIGN]: 'diagnostic_campaign',
};

/** The demo plans with stages, items, their organisations and links. Keyed by external ids: a second run changes nothing. */
export async function seedDemoPlans(m: EntityManager): Promise<{ plans: number; stages: number; items: number }> {
  const orgs = await idMap(m, `SELECT id, external_id AS k FROM organization WHERE external_id LIKE 'demo:%'`);
  const networks = await idMap(m, `SELECT id, external_id AS k FROM network WHERE external_id LIKE 'demo:%'`);
  const municipalities = await idMap(m, `SELECT id, name AS k FROM municipality`);
  const targets: Partial<Record<PlanLinkKind, Map<string, string>>> = {
    [PlanLinkKind.MENTORSHIP]: await idMap(m, `SELECT id, external_id AS k FROM ${LINK_TABLE.MENTORSHIP} WHERE external_id LIKE 'demo:%'`),
    [PlanLinkKind.CAMPAIGN]: await idMap(m, `SELECT id, external_id AS k FROM ${LINK_TABLE.CAMPAIGN} WHERE external_id LIKE 'demo:%'`),
  };
  const get = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo row ${key} missing`);
    return id;
  };
  const totals = { plans: 0, stages: 0, items: 0 };
  for (const p of DEMO_PLANS) {
    const owner = {
      organization: 'organizationKey' in p.owner ? get(orgs, p.owner.organizationKey) : null,
      municipality: 'municipality' in p.owner ? get(municipalities, p.owner.municipality) : null,
      network: 'networkKey' in p.owner ? get(networks, p.owner.networkKey) : null,
    };
    const [plan] = (await m.query(
      `INSERT INTO plan (kind, title, organization_id, municipality_id, network_id, starts_on, ends_on, period_text, status, source_note, illustrative, external_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
         kind = EXCLUDED.kind, title = EXCLUDED.title, organization_id = EXCLUDED.organization_id, municipality_id = EXCLUDED.municipality_id,
         network_id = EXCLUDED.network_id, starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on, period_text = EXCLUDED.period_text,
         status = EXCLUDED.status, source_note = EXCLUDED.source_note, illustrative = EXCLUDED.illustrative
       RETURNING id`,
      [p.kind, p.title, owner.organization, owner.municipality, owner.network, p.startsOn, p.endsOn, p.period, p.status, p.sourceNote, p.illustrative ?? false, p.key],
    )) as { id: string }[];
    totals.plans += 1;
    for (const [si, s] of p.stages.entries()) {
      // Stages have no external id: (plan, position) is their natural key (a deferrable unique: no ON CONFLICT).
      const values = [s.title, s.kind, s.startsOn, s.endsOn, s.period, s.description ?? ''];
      const [found] = (await m.query(`SELECT id FROM plan_stage WHERE plan_id = $1 AND position = $2`, [plan.id, si + 1])) as { id: string }[];
      const stageId = found
        ? (await m.query(`UPDATE plan_stage SET title = $2, kind = $3, starts_on = $4, ends_on = $5, period_text = $6, description = $7 WHERE id = $1`, [found.id, ...values]), found.id)
        : ((await m.query(
            `INSERT INTO plan_stage (plan_id, position, title, kind, starts_on, ends_on, period_text, description) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
            [plan.id, si + 1, ...values],
          )) as { id: string }[])[0].id;
      totals.stages += 1;
      for (const [ii, it] of s.items.entries()) {
        const [item] = (await m.query(
          `INSERT INTO plan_item (plan_id, stage_id, position, number, title, starts_on, ends_on, period_text, responsible_text, participants_text,
                                  expected_result, actual_result, status, illustrative, external_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
           ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
             stage_id = EXCLUDED.stage_id, position = EXCLUDED.position, number = EXCLUDED.number, title = EXCLUDED.title,
             starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on, period_text = EXCLUDED.period_text,
             responsible_text = EXCLUDED.responsible_text, participants_text = EXCLUDED.participants_text,
             expected_result = EXCLUDED.expected_result, actual_result = EXCLUDED.actual_result, status = EXCLUDED.status,
             illustrative = EXCLUDED.illustrative
           RETURNING id`,
          [
            plan.id,
            stageId,
            ii + 1,
            it.number,
            it.title,
            it.startsOn,
            it.endsOn,
            it.period,
            it.responsible ?? '',
            it.participants ?? '',
            it.expectedResult ?? '',
            it.illustrative?.actualResult ?? '',
            it.illustrative?.status ?? PlanItemStatus.PLANNED,
            !!it.illustrative,
            `${p.key}:${si + 1}.${ii + 1}`,
          ],
        )) as { id: string }[];
        totals.items += 1;
        await m.query(`DELETE FROM plan_item_party WHERE item_id = $1`, [item.id]);
        const parties = [
          ...(it.responsibleOrgKeys ?? []).map((k) => [PlanPartyRole.RESPONSIBLE, k] as const),
          ...(it.participantOrgKeys ?? []).map((k) => [PlanPartyRole.PARTICIPANT, k] as const),
        ];
        for (const [pi, [role, key]] of parties.entries()) {
          await m.query(`INSERT INTO plan_item_party (item_id, role, position, organization_id) VALUES ($1, $2, $3, $4)`, [item.id, role, pi + 1, get(orgs, key)]);
        }
        for (const l of it.links ?? []) {
          await m.query(`INSERT INTO plan_item_link (item_id, kind, target_id) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT uq_plan_item_link DO NOTHING`, [
            item.id,
            l.kind,
            get(targets[l.kind] ?? new Map(), l.key),
          ]);
        }
      }
    }
  }
  return totals;
}
