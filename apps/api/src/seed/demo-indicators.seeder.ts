import { EntityManager } from 'typeorm';
import { DEMO_INDICATORS, DemoIndicatorOwner } from './demo/indicators';

const idMap = async (m: EntityManager, sql: string): Promise<Map<string, string>> =>
  new Map(((await m.query(sql)) as { id: string; k: string }[]).map((r) => [r.k, r.id]));

/**
 * The demo indicators of the programmes (000, 002, 003, 004) with their targets and, for the fictional schools of 000
 * only, illustrative values. Keyed by external ids: a second run changes nothing.
 */
export async function seedDemoIndicators(m: EntityManager): Promise<{ indicators: number; targets: number; values: number }> {
  const networks = await idMap(m, `SELECT id, external_id AS k FROM network WHERE external_id LIKE 'demo:%'`);
  const plans = await idMap(m, `SELECT id, external_id AS k FROM plan WHERE external_id LIKE 'demo:%'`);
  const orgs = await idMap(m, `SELECT id, external_id AS k FROM organization WHERE external_id LIKE 'demo:%'`);
  const municipalities = await idMap(m, `SELECT id, name AS k FROM municipality`);
  const get = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo row ${key} missing`);
    return id;
  };
  const ownerOf = (o: DemoIndicatorOwner) => ({
    network: 'networkKey' in o ? get(networks, o.networkKey) : null,
    plan: 'planKey' in o ? get(plans, o.planKey) : null,
    municipality: 'municipality' in o ? get(municipalities, o.municipality) : null,
  });
  const totals = { indicators: 0, targets: 0, values: 0 };
  for (const d of DEMO_INDICATORS) {
    const owner = ownerOf(d.owner);
    const [row] = (await m.query(
      `INSERT INTO indicator (network_id, plan_id, municipality_id, name, section, position, description, unit, direction, kind, computed_key,
                              measures_change, baseline_year, baseline_value, baseline_text, source_note, illustrative, external_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
       ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
         network_id = EXCLUDED.network_id, plan_id = EXCLUDED.plan_id, municipality_id = EXCLUDED.municipality_id, name = EXCLUDED.name,
         section = EXCLUDED.section, position = EXCLUDED.position, description = EXCLUDED.description, unit = EXCLUDED.unit,
         direction = EXCLUDED.direction, kind = EXCLUDED.kind, computed_key = EXCLUDED.computed_key, measures_change = EXCLUDED.measures_change,
         baseline_year = EXCLUDED.baseline_year, baseline_value = EXCLUDED.baseline_value, baseline_text = EXCLUDED.baseline_text,
         source_note = EXCLUDED.source_note, illustrative = EXCLUDED.illustrative
       RETURNING id`,
      [
        owner.network,
        owner.plan,
        owner.municipality,
        d.name,
        d.section,
        d.position,
        d.description ?? '',
        d.unit,
        d.direction,
        d.kind,
        d.computedKey ?? null,
        d.measuresChange ?? false,
        d.baseline?.year ?? null,
        d.baseline?.value ?? null,
        d.baseline?.text ?? '',
        d.sourceNote,
        d.illustrative ?? false,
        d.key,
      ],
    )) as { id: string }[];
    totals.indicators += 1;
    await m.query(`DELETE FROM indicator_target WHERE indicator_id = $1`, [row.id]);
    for (const t of d.targets) {
      await m.query(`INSERT INTO indicator_target (indicator_id, year, value, value_text) VALUES ($1, $2, $3, $4)`, [row.id, t.year, t.value, t.text]);
      totals.targets += 1;
    }
    await m.query(`DELETE FROM indicator_value WHERE indicator_id = $1 AND illustrative`, [row.id]);
    for (const v of d.values ?? []) {
      await m.query(
        `INSERT INTO indicator_value (indicator_id, period_start, period_end, organization_id, value, source, source_text, illustrative)
         VALUES ($1, $2, $3, $4, $5, $6, $7, true)`,
        [row.id, v.periodStart, v.periodEnd, v.organizationKey ? get(orgs, v.organizationKey) : null, v.value, v.source, v.sourceText],
      );
      totals.values += 1;
    }
  }
  return totals;
}
