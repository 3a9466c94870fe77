import { ResponseRole, ScoreAggregation } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import type { AnswerValue } from '../modules/diagnostics/diagnostic-response.entity';
import { participantResults, ScoringItem, ScoringRule } from '../modules/diagnostics/scoring';
import { DEMO_CAMPAIGNS } from './demo/diagnostics';
import { demoAnswers } from './demo/diagnostics/answers';
import { DemoCampaign, DemoParticipant, DemoResponse } from './demo/diagnostics.types';

export interface DiagnosticsTotals {
  campaigns: number;
  participants: number;
  responses: number;
  results: number;
}

type Item = ScoringItem & { competenceCode: string };

const idMap = async (m: EntityManager, sql: string): Promise<Map<string, string>> =>
  new Map(((await m.query(sql)) as { id: string; k: string }[]).map((r) => [r.k, r.id]));

async function instrumentOf(m: EntityManager, code: string): Promise<{ id: string; items: Item[]; rules: ScoringRule[] }> {
  const [ins] = (await m.query(`SELECT id FROM diagnostic_instrument WHERE code = $1 AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1`, [code])) as { id: string }[];
  if (!ins) throw new Error(`Instrument ${code} is not seeded`);
  const items = ((await m.query(
    `SELECT it.id, it.position, it.competence_id AS "competenceId", co.code AS "competenceCode", it.kind, it.scale_min AS "scaleMin", it.scale_max AS "scaleMax", it.options, it.weight::float AS weight
       FROM diagnostic_item it JOIN competence co ON co.id = it.competence_id WHERE it.instrument_id = $1 ORDER BY it.position`,
    [ins.id],
  )) as Item[]).map((i) => ({ ...i, weight: Number(i.weight) }));
  const rules = ((await m.query(
    `SELECT competence_id AS "competenceId", aggregation, deficit_below::float AS "deficitBelow", proficit_from::float AS "proficitFrom" FROM diagnostic_scoring_rule WHERE instrument_id = $1`,
    [ins.id],
  )) as { competenceId: string; aggregation: ScoreAggregation; deficitBelow: number; proficitFrom: number }[]).map((r) => ({ ...r, deficitBelow: Number(r.deficitBelow), proficitFrom: Number(r.proficitFrom) }));
  return { id: ins.id, items, rules };
}

/** The answers of a demo response, keyed by item id. */
export function responseAnswers(items: readonly Item[], c: DemoCampaign, p: DemoParticipant, role: ResponseRole, r: DemoResponse): Record<string, AnswerValue> {
  const byPosition = demoAnswers(items, p.targets ?? c.targets, r.profile, `${c.key}|${p.personKey}|${role}`, r.answeredShare ?? 1);
  return Object.fromEntries(items.filter((i) => byPosition.has(i.position)).map((i) => [i.id, byPosition.get(i.position)!]));
}

/**
 * The demo diagnostic campaigns with their participants, responses (generated answers) and results computed by the
 * API's scoring. Campaigns keyed by external ids, participants by campaign and person, responses by participant and
 * role, results by campaign, person and competence: a second run changes nothing.
 */
export async function seedDemoDiagnostics(m: EntityManager): Promise<DiagnosticsTotals> {
  const orgs = await idMap(m, `SELECT id, external_id AS k FROM organization WHERE external_id LIKE 'demo:%'`);
  const people = await idMap(m, `SELECT id, external_id AS k FROM person WHERE external_id LIKE 'demo:%'`);
  const networks = await idMap(m, `SELECT id, external_id AS k FROM network WHERE external_id LIKE 'demo:%'`);
  const get = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo row ${key} missing`);
    return id;
  };
  const totals: DiagnosticsTotals = { campaigns: 0, participants: 0, responses: 0, results: 0 };
  for (const c of DEMO_CAMPAIGNS) {
    const ins = await instrumentOf(m, c.instrumentCode);
    const networkId = 'networkKey' in c.scope ? get(networks, c.scope.networkKey) : null;
    const [campaign] = (await m.query(
      `INSERT INTO diagnostic_campaign (name, description, instrument_id, mode, combine_rule, self_weight, scope_kind, network_id, max_experience_years, subjects, opens_on, closes_on, status, external_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
         name = EXCLUDED.name, description = EXCLUDED.description, instrument_id = EXCLUDED.instrument_id, mode = EXCLUDED.mode,
         combine_rule = EXCLUDED.combine_rule, self_weight = EXCLUDED.self_weight, scope_kind = EXCLUDED.scope_kind, network_id = EXCLUDED.network_id,
         max_experience_years = EXCLUDED.max_experience_years, subjects = EXCLUDED.subjects, opens_on = EXCLUDED.opens_on,
         closes_on = EXCLUDED.closes_on, status = EXCLUDED.status
       RETURNING id`,
      [c.name, c.description, ins.id, c.mode, c.combineRule ?? null, c.selfWeight ?? 50, networkId ? 'NETWORK' : 'ORGANIZATIONS', networkId, c.maxExperienceYears ?? null, c.subjects ?? [], c.opensOn, c.closesOn, c.status, c.key],
    )) as { id: string }[];
    totals.campaigns += 1;
    if ('organizationKeys' in c.scope) {
      const ids = c.scope.organizationKeys.map((k) => get(orgs, k));
      await m.query(`DELETE FROM diagnostic_campaign_organization WHERE campaign_id = $1 AND NOT (organization_id = ANY($2::uuid[]))`, [campaign.id, ids]);
      for (const id of ids) await m.query(`INSERT INTO diagnostic_campaign_organization (campaign_id, organization_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [campaign.id, id]);
    }
    for (const p of c.participants) {
      const personId = get(people, p.personKey);
      const [participant] = (await m.query(
        `INSERT INTO diagnostic_participant (campaign_id, person_id, organization_id, created_at) VALUES ($1, $2, $3, LEAST(CAST($4 AS date)::timestamptz, now()))
         ON CONFLICT ON CONSTRAINT uq_diagnostic_participant DO UPDATE SET organization_id = EXCLUDED.organization_id RETURNING id`,
        [campaign.id, personId, get(orgs, p.organizationKey), c.opensOn],
      )) as { id: string }[];
      totals.participants += 1;
      const submitted: { self: Record<string, AnswerValue> | null; expert: Record<string, AnswerValue> | null } = { self: null, expert: null };
      let measuredOn = c.opensOn;
      for (const [role, r] of [
        [ResponseRole.SELF, p.self],
        [ResponseRole.EXPERT, p.expert],
      ] as const) {
        if (!r) continue;
        const answers = responseAnswers(ins.items, c, p, role, r);
        await m.query(
          `INSERT INTO diagnostic_response (participant_id, role, answers, status, submitted_at, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, LEAST(CAST($6 AS date)::timestamptz, now()), LEAST(CAST($6 AS date)::timestamptz, now()))
           ON CONFLICT ON CONSTRAINT uq_diagnostic_response DO UPDATE SET answers = EXCLUDED.answers, status = EXCLUDED.status, submitted_at = EXCLUDED.submitted_at`,
          [participant.id, role, JSON.stringify(answers), r.submittedOn ? 'SUBMITTED' : 'DRAFT', r.submittedOn ? `${r.submittedOn}T10:00:00+03:00` : null, r.submittedOn ?? c.opensOn],
        );
        totals.responses += 1;
        if (r.submittedOn) {
          submitted[role === ResponseRole.SELF ? 'self' : 'expert'] = answers;
          if (r.submittedOn > measuredOn) measuredOn = r.submittedOn;
        }
      }
      const res = participantResults({ mode: c.mode, combineRule: c.combineRule ?? null, selfWeight: c.selfWeight ?? 50 }, ins.items, ins.rules, submitted);
      for (const s of res?.scores ?? []) {
        await m.query(
          `INSERT INTO competence_result (campaign_id, person_id, competence_id, source, score, level, measured_on) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT ON CONSTRAINT uq_competence_result DO UPDATE SET source = EXCLUDED.source, score = EXCLUDED.score, level = EXCLUDED.level, measured_on = EXCLUDED.measured_on`,
          [campaign.id, personId, s.competenceId, res!.source, s.score, s.level, measuredOn],
        );
        totals.results += 1;
      }
    }
  }
  return totals;
}
