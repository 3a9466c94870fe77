import { EntityManager } from 'typeorm';
import { DEMO_DOCUMENTS, demoDocumentTags } from './demo/documents/documents.data';

const idMap = async (m: EntityManager, sql: string): Promise<Map<string, string>> => new Map(((await m.query(sql)) as { id: string; k: string }[]).map((r) => [r.k, r.id]));

/** The documents the seeds cite and the points of order №527. Keyed by external ids: a second run changes nothing. */
export async function seedDemoDocuments(m: EntityManager): Promise<{ documents: number; tasks: number }> {
  const orgs = await idMap(m, `SELECT id, external_id AS k FROM organization WHERE external_id LIKE 'demo:%'`);
  const people = await idMap(m, `SELECT id, external_id AS k FROM person WHERE external_id LIKE 'demo:%'`);
  const municipalities = await idMap(m, `SELECT id, name AS k FROM municipality`);
  const regions = await idMap(m, `SELECT id, code AS k FROM region`);
  const get = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo row ${key} missing`);
    return id;
  };
  const totals = { documents: 0, tasks: 0 };
  for (const d of DEMO_DOCUMENTS) {
    const o = d.owner;
    const owner = {
      region: o && 'regionCode' in o ? get(regions, o.regionCode) : null,
      municipality: o && 'municipality' in o ? get(municipalities, o.municipality) : null,
      organization: o && 'organizationKey' in o ? get(orgs, o.organizationKey) : null,
    };
    const [doc] = (await m.query(
      `INSERT INTO document (level, kind, number, issued_on, title, issuer, region_id, municipality_id, organization_id, source_note, illustrative, external_id, tags)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, false, $11, $12)
       ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
         level = EXCLUDED.level, kind = EXCLUDED.kind, number = EXCLUDED.number, issued_on = EXCLUDED.issued_on, title = EXCLUDED.title,
         issuer = EXCLUDED.issuer, region_id = EXCLUDED.region_id, municipality_id = EXCLUDED.municipality_id,
         organization_id = EXCLUDED.organization_id, source_note = EXCLUDED.source_note, tags = EXCLUDED.tags
       RETURNING id`,
      [d.level, d.kind, d.number, d.issuedOn, d.title, d.issuer, owner.region, owner.municipality, owner.organization, d.sourceNote, d.key, demoDocumentTags(d)],
    )) as { id: string }[];
    totals.documents += 1;
    for (const [i, t] of (d.tasks ?? []).entries()) {
      const [task] = (await m.query(
        `INSERT INTO document_task (document_id, position, number, text, due_on, responsible_text, illustrative, external_id)
         VALUES ($1, $2, $3, $4, $5, $6, false, $7)
         ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
           position = EXCLUDED.position, number = EXCLUDED.number, text = EXCLUDED.text, due_on = EXCLUDED.due_on, responsible_text = EXCLUDED.responsible_text
         RETURNING id`,
        [doc.id, i + 1, t.number, t.text, t.dueOn, t.responsibleText, t.key],
      )) as { id: string }[];
      await m.query(`DELETE FROM document_task_responsible WHERE task_id = $1`, [task.id]);
      for (const [pi, key] of t.responsibleKeys.entries()) {
        await m.query(`INSERT INTO document_task_responsible (task_id, person_id, position) VALUES ($1, $2, $3)`, [task.id, get(people, key), pi + 1]);
      }
      totals.tasks += 1;
    }
  }
  return totals;
}
