import { DataSource } from 'typeorm';

/** Builders for the deficits specs: campaigns on an instrument, people placed at organisations, results. */
let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

export const first = async <T>(db: DataSource, sql: string, params: unknown[] = []): Promise<T> => {
  const rows = (await db.query(sql, params)) as T[];
  if (!rows[0]) throw new Error(`fixture: nothing for ${sql}`);
  return rows[0];
};

export const frameworkId = async (db: DataSource, code: string, version = 1) =>
  (await first<{ id: string }>(db, 'SELECT id FROM competency_framework WHERE code = $1 AND version = $2', [code, version])).id;

export const instrumentId = async (db: DataSource, code: string, version = 1) =>
  (await first<{ id: string }>(db, 'SELECT id FROM diagnostic_instrument WHERE code = $1 AND version = $2', [code, version])).id;

export const competenceIds = async (db: DataSource, frameworkIdValue: string): Promise<Record<string, string>> =>
  Object.fromEntries(((await db.query('SELECT code, id FROM competence WHERE framework_id = $1', [frameworkIdValue])) as { code: string; id: string }[]).map((r) => [r.code, r.id]));

export async function campaign(db: DataSource, v: { instrumentId: string; municipalityId: string; closesOn: string; name?: string }): Promise<string> {
  return (
    await first<{ id: string }>(
      db,
      `INSERT INTO diagnostic_campaign (name, instrument_id, mode, scope_kind, municipality_id, opens_on, closes_on, status)
       VALUES ($1, $2, 'SELF', 'MUNICIPALITY', $3, $4::date - 30, $4, 'CLOSED') RETURNING id`,
      [v.name ?? `Кампания ${unique()}`, v.instrumentId, v.municipalityId, v.closesOn],
    )
  ).id;
}

/** A new person working at the organisation. */
export async function person(db: DataSource, organizationId: string, lastName = `Тестова-${unique()}`): Promise<string> {
  const p = await first<{ id: string }>(db, `INSERT INTO person (last_name, first_name) VALUES ($1, 'Анна') RETURNING id`, [lastName]);
  await db.query(`INSERT INTO position (person_id, organization_id, kind, is_main) VALUES ($1, $2, 'TEACHER', true)`, [p.id, organizationId]);
  return p.id;
}

const levelOf = (score: number) => (score < 50 ? 'DEFICIT' : score >= 80 ? 'PROFICIT' : 'NORM');

/** A participant (for the organisation) and their results: competence id → score, level by the 50/80 thresholds. */
export async function results(db: DataSource, campaignId: string, personId: string, organizationId: string, scores: Record<string, number>, measuredOn: string): Promise<void> {
  await db.query(
    `INSERT INTO diagnostic_participant (campaign_id, person_id, organization_id) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT uq_diagnostic_participant DO NOTHING`,
    [campaignId, personId, organizationId],
  );
  const entries = Object.entries(scores);
  await db.query(
    `INSERT INTO competence_result (campaign_id, person_id, competence_id, source, score, level, measured_on)
     SELECT $1, $2, c, 'SELF', s, l::competence_level, $6 FROM unnest($3::uuid[], $4::numeric[], $5::text[]) AS x(c, s, l)`,
    [campaignId, personId, entries.map((e) => e[0]), entries.map((e) => e[1]), entries.map((e) => levelOf(e[1])), measuredOn],
  );
}

/** Version 2 of a framework with the same areas and competence codes, and an instrument on it. */
export async function nextVersion(db: DataSource, code: string): Promise<{ frameworkId: string; instrumentId: string }> {
  const v1 = await frameworkId(db, code);
  const fw = await first<{ id: string }>(
    db,
    `INSERT INTO competency_framework (code, version, name, status, previous_version_id, published_at)
     SELECT code, 2, name || ' (ред. 2)', 'PUBLISHED', id, now() FROM competency_framework WHERE id = $1 RETURNING id`,
    [v1],
  );
  await db.query(
    `INSERT INTO competence_area (framework_id, code, name, position) SELECT $2, code, name, position FROM competence_area WHERE framework_id = $1`,
    [v1, fw.id],
  );
  await db.query(
    `INSERT INTO competence (framework_id, area_id, code, name, position)
     SELECT $2, a2.id, c.code, c.name || ' (ред. 2)', c.position FROM competence c
       JOIN competence_area a ON a.id = c.area_id JOIN competence_area a2 ON a2.framework_id = $2 AND a2.code = a.code
      WHERE c.framework_id = $1`,
    [v1, fw.id],
  );
  const ins = await first<{ id: string }>(
    db,
    `INSERT INTO diagnostic_instrument (code, version, name, framework_id, status, published_at) VALUES ($1, 1, 'Анкета по ред. 2', $2, 'PUBLISHED', now()) RETURNING id`,
    [`TEST-${unique()}`, fw.id],
  );
  return { frameworkId: fw.id, instrumentId: ins.id };
}
