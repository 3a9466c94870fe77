import { DataSource } from 'typeorm';
import { idOf } from './test-app';

export interface RouteDiagnostics {
  filippov: string;
  zhdanova: string;
  org12: string;
  /** SHADRIKOV v1 competences SH2.1, SH3.3, SH4.2. */
  sh21: string;
  sh33: string;
  sh42: string;
  /** Baseline campaign (measured 95 days ago) and the re-diagnostics (its results are dated by the tests). */
  before: string;
  after: string;
}

let seq = 0;
/** A date `offsetDays` from today (YYYY-MM-DD, UTC). */
export const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/**
 * Diagnostics fixtures the routes need (the diagnostics domain is built elsewhere): an instrument on SHADRIKOV v1,
 * two campaigns; Филиппов has deficits in SH2.1 and SH3.3 (norm in SH4.2) in the first, Жданова (in the mentor base)
 * a proficit in SH2.1. The second campaign's results are added by the tests that need them.
 */
export async function routeDiagnostics(db: DataSource): Promise<RouteDiagnostics> {
  const one = async (sql: string, params: unknown[] = []) => ((await db.query(sql, params)) as { id: string }[])[0].id;
  const n = `${Date.now().toString(36)}${(seq++).toString(36)}`;
  const framework = await one(`SELECT id FROM competency_framework WHERE code = 'SHADRIKOV' AND version = 1`);
  const comp = (code: string) => one('SELECT id FROM competence WHERE framework_id = $1 AND code = $2', [framework, code]);
  const instrument = await one(
    `INSERT INTO diagnostic_instrument (code, version, name, framework_id, status) VALUES ($1, 1, 'Оценка базовых компетенций', $2, 'PUBLISHED') RETURNING id`,
    [`RT-${n}`, framework],
  );
  const campaign = (name: string, opens: string, closes: string) =>
    one(
      `INSERT INTO diagnostic_campaign (name, instrument_id, mode, scope_kind, opens_on, closes_on, status)
       VALUES ($1, $2, 'SELF', 'ORGANIZATIONS', $3, $4, 'CLOSED') RETURNING id`,
      [name, instrument, opens, closes],
    );
  const f: RouteDiagnostics = {
    filippov: await idOf(db, 'person', 'demo:person:11-vorkuta-sosh12-young-math'),
    zhdanova: await idOf(db, 'person', 'demo:person:11-vorkuta-sosh35-math'),
    org12: await idOf(db, 'organization', 'demo:org:11-vorkuta-sosh-12'),
    sh21: await comp('SH2.1'),
    sh33: await comp('SH3.3'),
    sh42: await comp('SH4.2'),
    before: await campaign(`Входная диагностика ${n}`, isoDay(-100), isoDay(-90)),
    after: await campaign(`Повторная диагностика ${n}`, isoDay(-15), isoDay(-5)),
  };
  // The Vorkuta demo campaigns give these people (and the other №35 mentors) results of their own; this database
  // keeps only the ones stated here, so proposals and effectiveness depend on the fixture alone.
  await db.query(`DELETE FROM competence_result WHERE campaign_id IN (SELECT id FROM diagnostic_campaign WHERE external_id LIKE 'demo:campaign:vorkuta-%')`);
  await result(db, f.before, f.filippov, f.sh21, 30, 'DEFICIT', isoDay(-95));
  await result(db, f.before, f.filippov, f.sh33, 40, 'DEFICIT', isoDay(-95));
  await result(db, f.before, f.filippov, f.sh42, 60, 'NORM', isoDay(-95));
  await result(db, f.before, f.zhdanova, f.sh21, 92, 'PROFICIT', isoDay(-95));
  await db.query(
    `INSERT INTO mentor_profile (person_id, capacity, available) VALUES ($1, 3, true) ON CONFLICT (person_id) DO UPDATE SET available = true`,
    [f.zhdanova],
  );
  return f;
}

export async function result(db: DataSource, campaign: string, person: string, competence: string, score: number, level: string, on: string): Promise<void> {
  // As a real campaign has it: the person's main workplace is in the campaign and the person took part.
  await db.query(
    `INSERT INTO diagnostic_campaign_organization (campaign_id, organization_id)
     SELECT $1, po.organization_id FROM position po WHERE po.person_id = $2 ORDER BY po.is_main DESC, po.created_at LIMIT 1
     ON CONFLICT DO NOTHING`,
    [campaign, person],
  );
  await db.query(
    `INSERT INTO diagnostic_participant (campaign_id, person_id, organization_id)
     SELECT $1, $2, po.organization_id FROM position po
      WHERE po.person_id = $2 AND NOT EXISTS (SELECT 1 FROM diagnostic_participant x WHERE x.campaign_id = $1 AND x.person_id = $2)
      ORDER BY po.is_main DESC, po.created_at LIMIT 1`,
    [campaign, person],
  );
  await db.query(
    `INSERT INTO competence_result (campaign_id, person_id, competence_id, source, score, level, measured_on) VALUES ($1, $2, $3, 'SELF', $4, $5, $6)
     ON CONFLICT ON CONSTRAINT uq_competence_result DO UPDATE SET score = EXCLUDED.score, level = EXCLUDED.level`,
    [campaign, person, competence, score, level, on],
  );
}
