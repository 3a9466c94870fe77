import { EntityManager } from 'typeorm';
import { DEMO_MENTOR_PROFILES, DEMO_MENTORING_PROGRAMS } from './demo/mentoring';

export interface MentoringTotals {
  profiles: number;
  programs: number;
  mentorships: number;
  participants: number;
  sessions: number;
}

const idMap = async (m: EntityManager, sql: string): Promise<Map<string, string>> =>
  new Map(((await m.query(sql)) as { id: string; k: string }[]).map((r) => [r.k, r.id]));

/**
 * The demo mentor base, programmes, mentorships (with their people) and sessions. Programmes and
 * mentorships are keyed by external ids, profiles by person, sessions by mentorship and planned day:
 * a second run changes nothing.
 */
export async function seedDemoMentoring(m: EntityManager): Promise<MentoringTotals> {
  const orgs = await idMap(m, `SELECT id, external_id AS k FROM organization WHERE external_id LIKE 'demo:%'`);
  const people = await idMap(m, `SELECT id, external_id AS k FROM person WHERE external_id LIKE 'demo:%'`);
  const networks = await idMap(m, `SELECT id, external_id AS k FROM network WHERE external_id LIKE 'demo:%'`);
  const get = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo row ${key} missing`);
    return id;
  };
  const totals: MentoringTotals = { profiles: 0, programs: 0, mentorships: 0, participants: 0, sessions: 0 };

  for (const p of DEMO_MENTOR_PROFILES) {
    await m.query(
      `INSERT INTO mentor_profile (person_id, types, directions, subjects, strengths, capacity, available)
       VALUES ($1, $2::mentor_type[], $3::mentor_direction[], $4::text[], $5, $6, $7)
       ON CONFLICT (person_id) DO UPDATE SET
         types = EXCLUDED.types, directions = EXCLUDED.directions, subjects = EXCLUDED.subjects,
         strengths = EXCLUDED.strengths, capacity = EXCLUDED.capacity, available = EXCLUDED.available`,
      [get(people, p.personKey), p.types, p.directions, p.subjects, p.strengths, p.capacity, p.available ?? true],
    );
    totals.profiles += 1;
  }

  for (const pr of DEMO_MENTORING_PROGRAMS) {
    const [program] = (await m.query(
      `INSERT INTO mentoring_program (name, model, forms, organization_id, network_id, coordinator_person_id, starts_on, ends_on, goals, external_id)
       VALUES ($1, $2, $3::mentoring_form[], $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
         name = EXCLUDED.name, model = EXCLUDED.model, forms = EXCLUDED.forms, organization_id = EXCLUDED.organization_id,
         network_id = EXCLUDED.network_id, coordinator_person_id = EXCLUDED.coordinator_person_id,
         starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on, goals = EXCLUDED.goals
       RETURNING id`,
      [
        pr.name,
        pr.model,
        pr.forms,
        'organizationKey' in pr.host ? get(orgs, pr.host.organizationKey) : null,
        'networkKey' in pr.host ? get(networks, pr.host.networkKey) : null,
        pr.coordinatorKey ? get(people, pr.coordinatorKey) : null,
        pr.startsOn,
        pr.endsOn ?? null,
        pr.goals,
        pr.key,
      ],
    )) as { id: string }[];
    totals.programs += 1;

    for (const ms of pr.mentorships) {
      // created_at follows the start (never later than the seeding), so «newest first» lists the demo pairs in a meaningful order.
      const [row] = (await m.query(
        `INSERT INTO mentorship (program_id, form, goals, starts_on, ends_on, status, stop_reason, mentor_organization_id,
                                 mentee_organization_id, outcome, external_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, LEAST(CAST($4 AS date)::timestamptz, now()))
         ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
           program_id = EXCLUDED.program_id, form = EXCLUDED.form, goals = EXCLUDED.goals, starts_on = EXCLUDED.starts_on,
           ends_on = EXCLUDED.ends_on, status = EXCLUDED.status, stop_reason = EXCLUDED.stop_reason,
           mentor_organization_id = EXCLUDED.mentor_organization_id, mentee_organization_id = EXCLUDED.mentee_organization_id,
           outcome = EXCLUDED.outcome
         RETURNING id`,
        [
          program.id,
          ms.form,
          ms.goals,
          ms.startsOn,
          ms.endsOn ?? null,
          ms.status,
          ms.stopReason ?? null,
          ms.mentorOrganizationKey ? get(orgs, ms.mentorOrganizationKey) : null,
          ms.menteeOrganizationKey ? get(orgs, ms.menteeOrganizationKey) : null,
          ms.outcome ?? '',
          ms.key,
        ],
      )) as { id: string }[];
      totals.mentorships += 1;

      const participants = [
        ...ms.mentorKeys.map((k) => ({ personId: get(people, k), side: 'MENTOR' })),
        ...ms.menteeKeys.map((k) => ({ personId: get(people, k), side: 'MENTEE' })),
      ];
      // The demo owns its mentorships: people no longer in the data leave them.
      await m.query(`DELETE FROM mentorship_participant WHERE mentorship_id = $1 AND NOT (person_id = ANY($2::uuid[]))`, [
        row.id,
        participants.map((p) => p.personId),
      ]);
      for (const p of participants) {
        await m.query(
          `INSERT INTO mentorship_participant (mentorship_id, person_id, side) VALUES ($1, $2, $3)
           ON CONFLICT (mentorship_id, person_id) DO UPDATE SET side = EXCLUDED.side`,
          [row.id, p.personId, p.side],
        );
        totals.participants += 1;
      }

      for (const s of ms.sessions) {
        // Sessions have no external id: one per mentorship and planned day is the natural key of the demo.
        const values = [s.format, s.topic, s.held?.on ?? null, s.held?.durationMinutes ?? null, s.held?.notes ?? ''];
        const [existing] = (await m.query(`SELECT id FROM mentorship_session WHERE mentorship_id = $1 AND planned_on = $2 ORDER BY id LIMIT 1`, [
          row.id,
          s.plannedOn,
        ])) as { id: string }[];
        if (existing) {
          await m.query(`UPDATE mentorship_session SET format = $2, topic = $3, held_on = $4, duration_minutes = $5, notes = $6 WHERE id = $1`, [existing.id, ...values]);
        } else {
          await m.query(
            `INSERT INTO mentorship_session (mentorship_id, planned_on, format, topic, held_on, duration_minutes, notes)
             VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [row.id, s.plannedOn, ...values],
          );
        }
        totals.sessions += 1;
      }
    }
  }
  return totals;
}
