import { EntityManager } from 'typeorm';
import { DEMO_FREE_TEXT, demoOption, FRAMEWORK_CODE, FRIENDS_SELF_DIAGNOSES, PODPOROZHYE_CAMPAIGN, PODPOROZHYE_PROFILES } from './demo/deficits';
import { scoreAnswers, ScoringItem, ScoringRule } from './demo/deficits/scoring';
import { DEMO_REGISTRY } from './demo/registry';

export interface DeficitsTotals {
  participants: number;
  results: number;
  selfDiagnoses: number;
  entries: number;
}

const one = async <T>(m: EntityManager, sql: string, params: unknown[]): Promise<T> => {
  const row = ((await m.query(sql, params)) as T[])[0];
  if (!row) throw new Error(`Demo deficits: nothing for ${sql.slice(0, 80)} ${JSON.stringify(params)}`);
  return row;
};

/** Invented (illustrative) people of a demo organisation, in registry order: a person a programme names gets no invented answers. */
function peopleOf(organizationKey: string): string[] {
  for (const r of DEMO_REGISTRY) for (const mu of r.municipalities) for (const o of mu.organizations) if (o.key === organizationKey) return o.people.filter((p) => !p.namedInSeed).map((p) => p.key);
  throw new Error(`Demo organisation ${organizationKey} missing`);
}

/**
 * The Podporozhye deficits monitoring (a closed SELF campaign on PROF-DEFICITS with submitted answers and the
 * results they score to) and the self-diagnostics of the «Будем дружить школами» schools. Keyed by the campaign's
 * external id, participant (campaign × person), response (participant × role), result (campaign × person ×
 * competence) and diagnosis (organisation × framework × date): a second run changes nothing.
 */
export async function seedDemoDeficits(m: EntityManager, log: (line: string) => void = () => undefined): Promise<DeficitsTotals> {
  const totals: DeficitsTotals = { participants: 0, results: 0, selfDiagnoses: 0, entries: 0 };
  const c = PODPOROZHYE_CAMPAIGN;
  const instrument = await one<{ id: string }>(m, `SELECT id FROM diagnostic_instrument WHERE code = $1 AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1`, [c.instrumentCode]);
  const municipality = await one<{ id: string }>(m, `SELECT id FROM municipality WHERE name = $1`, [c.municipality]);
  const campaign = await one<{ id: string }>(
    m,
    `INSERT INTO diagnostic_campaign (name, description, instrument_id, mode, scope_kind, municipality_id, opens_on, closes_on, status, external_id)
     VALUES ($1, $2, $3, 'SELF', 'MUNICIPALITY', $4, $5, $6, 'CLOSED', $7)
     ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
       name = EXCLUDED.name, description = EXCLUDED.description, opens_on = EXCLUDED.opens_on, closes_on = EXCLUDED.closes_on, status = EXCLUDED.status
     RETURNING id`,
    [c.name, c.description, instrument.id, municipality.id, c.opensOn, c.closesOn, c.key],
  );
  const items = ((await m.query(
    `SELECT i.id, i.competence_id AS "competenceId", co.code, i.kind, i.scale_min AS "scaleMin", i.scale_max AS "scaleMax", i.options, i.weight::float8 AS weight
       FROM diagnostic_item i JOIN competence co ON co.id = i.competence_id WHERE i.instrument_id = $1 ORDER BY i.position`,
    [instrument.id],
  )) as (ScoringItem & { code: string })[]);
  const rules = (await m.query(
    `SELECT competence_id AS "competenceId", aggregation, deficit_below::float8 AS "deficitBelow", proficit_from::float8 AS "proficitFrom"
       FROM diagnostic_scoring_rule WHERE instrument_id = $1`,
    [instrument.id],
  )) as ScoringRule[];

  let n = 0;
  for (const profile of PODPOROZHYE_PROFILES) {
    const org = await one<{ id: string }>(m, `SELECT id FROM organization WHERE external_id = $1`, [profile.organizationKey]);
    for (const personKey of peopleOf(profile.organizationKey)) {
      const person = await one<{ id: string }>(m, `SELECT id FROM person WHERE external_id = $1`, [personKey]);
      const answers: Record<string, string> = {};
      for (const item of items) {
        if (item.kind === 'SINGLE_CHOICE') {
          const byScore = [...item.options].sort((a, b) => a.score - b.score);
          answers[item.id] = byScore[demoOption(profile, personKey, item.code)].key;
        } else if (item.kind === 'TEXT' && personKey.endsWith('-young')) answers[item.id] = DEMO_FREE_TEXT;
      }
      const submittedOn = `2023-08-${String(4 + (n++ % 20)).padStart(2, '0')}`;
      const participant = await one<{ id: string }>(
        m,
        `INSERT INTO diagnostic_participant (campaign_id, person_id, organization_id) VALUES ($1, $2, $3)
         ON CONFLICT ON CONSTRAINT uq_diagnostic_participant DO UPDATE SET organization_id = EXCLUDED.organization_id RETURNING id`,
        [campaign.id, person.id, org.id],
      );
      await m.query(
        `INSERT INTO diagnostic_response (participant_id, role, answers, status, submitted_at) VALUES ($1, 'SELF', $2, 'SUBMITTED', $3)
         ON CONFLICT ON CONSTRAINT uq_diagnostic_response DO UPDATE SET answers = EXCLUDED.answers, status = EXCLUDED.status, submitted_at = EXCLUDED.submitted_at`,
        [participant.id, JSON.stringify(answers), `${submittedOn}T12:00:00Z`],
      );
      totals.participants += 1;
      for (const r of scoreAnswers(items, rules, answers)) {
        await m.query(
          `INSERT INTO competence_result (campaign_id, person_id, competence_id, source, score, level, measured_on) VALUES ($1, $2, $3, 'SELF', $4, $5, $6)
           ON CONFLICT ON CONSTRAINT uq_competence_result DO UPDATE SET source = EXCLUDED.source, score = EXCLUDED.score, level = EXCLUDED.level, measured_on = EXCLUDED.measured_on`,
          [campaign.id, person.id, r.competenceId, r.score, r.level, submittedOn],
        );
        totals.results += 1;
      }
    }
  }

  const framework = await one<{ id: string }>(m, `SELECT id FROM competency_framework WHERE code = $1 AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1`, [FRAMEWORK_CODE]);
  const competences = new Map(((await m.query(`SELECT code, id FROM competence WHERE framework_id = $1`, [framework.id])) as { code: string; id: string }[]).map((x) => [x.code, x.id]));
  const competence = (code: string) => {
    const id = competences.get(code);
    if (!id) throw new Error(`Competence ${code} is not in ${FRAMEWORK_CODE}`);
    return id;
  };
  for (const d of FRIENDS_SELF_DIAGNOSES) {
    const org = await one<{ id: string }>(m, `SELECT id FROM organization WHERE external_id = $1`, [d.organizationKey]);
    const diagnosis = await one<{ id: string }>(
      m,
      `INSERT INTO organization_self_diagnosis (organization_id, framework_id, conducted_on, source, summary) VALUES ($1, $2, $3, 'ENTERED', $4)
       ON CONFLICT ON CONSTRAINT uq_organization_self_diagnosis DO UPDATE SET summary = EXCLUDED.summary RETURNING id`,
      [org.id, framework.id, d.conductedOn, d.summary],
    );
    totals.selfDiagnoses += 1;
    const entries = [...d.deficits.map((e) => ({ ...e, level: 'DEFICIT' })), ...d.proficits.map((e) => ({ ...e, level: 'PROFICIT' }))];
    for (const e of entries) {
      await m.query(
        `INSERT INTO organization_self_diagnosis_entry (diagnosis_id, competence_id, level, note) VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT uq_organization_self_diagnosis_entry DO UPDATE SET level = EXCLUDED.level, note = EXCLUDED.note`,
        [diagnosis.id, competence(e.code), e.level, e.note],
      );
      totals.entries += 1;
    }
  }
  log(`deficits: ${totals.participants} participants, ${totals.results} results, ${totals.selfDiagnoses} school self-diagnostics, ${totals.entries} entries`);
  return totals;
}
