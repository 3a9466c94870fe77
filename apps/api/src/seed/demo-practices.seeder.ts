import { EntityManager } from 'typeorm';
import { DEMO_PRACTICES, DEMO_PRODUCTS } from './demo/practices/practices.data';

const idMap = async (m: EntityManager, sql: string): Promise<Map<string, string>> =>
  new Map(((await m.query(sql)) as { id: string; k: string }[]).map((r) => [r.k, r.id]));

/** The bank of practices and products of the programmes. Keyed by external ids: a second run changes nothing. */
export async function seedDemoPractices(m: EntityManager): Promise<{ practices: number; products: number }> {
  const orgs = await idMap(m, `SELECT id, external_id AS k FROM organization WHERE external_id LIKE 'demo:%'`);
  const networks = await idMap(m, `SELECT id, external_id AS k FROM network WHERE external_id LIKE 'demo:%'`);
  const get = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo row ${key} missing`);
    return id;
  };
  const practices = new Map<string, string>();
  for (const p of DEMO_PRACTICES) {
    const [row] = (await m.query(
      `INSERT INTO practice (organization_id, network_id, title, problem, solutions, mechanisms, products, result, tags, state, published_at, illustrative, external_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CAST($10 AS practice_state), CASE WHEN CAST($10 AS practice_state) = 'PUBLISHED' THEN now() END, $11, $12)
       ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
         organization_id = EXCLUDED.organization_id, network_id = EXCLUDED.network_id, title = EXCLUDED.title, problem = EXCLUDED.problem,
         solutions = EXCLUDED.solutions, mechanisms = EXCLUDED.mechanisms, products = EXCLUDED.products, result = EXCLUDED.result,
         tags = EXCLUDED.tags, state = EXCLUDED.state, illustrative = EXCLUDED.illustrative
       RETURNING id`,
      [get(orgs, p.organizationKey), p.networkKey ? get(networks, p.networkKey) : null, p.title, p.problem, p.solutions, p.mechanisms, p.products, p.result, p.tags, p.state, p.illustrative, p.key],
    )) as { id: string }[];
    practices.set(p.key, row.id);
  }
  for (const p of DEMO_PRODUCTS) {
    await m.query(
      `INSERT INTO methodological_product (kind, title, description, year, organization_id, practice_id, illustrative, external_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
         kind = EXCLUDED.kind, title = EXCLUDED.title, description = EXCLUDED.description, year = EXCLUDED.year,
         organization_id = EXCLUDED.organization_id, practice_id = EXCLUDED.practice_id, illustrative = EXCLUDED.illustrative`,
      [p.kind, p.title, p.description, p.year, get(orgs, p.organizationKey), p.practiceKey ? get(practices, p.practiceKey) : null, p.illustrative, p.key],
    );
  }
  return { practices: DEMO_PRACTICES.length, products: DEMO_PRODUCTS.length };
}
