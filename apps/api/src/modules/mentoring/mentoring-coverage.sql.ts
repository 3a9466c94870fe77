/**
 * The mentoring domain's part of the dashboards: mentorships under way in the period [`fromSql`, `toSql`] (active or
 * completed, started by the period's end and not ended before its start) and the people of the population
 * (`peopleSql`, a subquery of person ids) taking part in them. `programIdSql` narrows to one programme.
 * One row: in_mentoring (people of the population in a mentorship, either side), mentors, mentees,
 * pairs (mentorships with a participant from the population), pairs_active (of them, status ACTIVE now).
 */
export const mentoringCoverageSql = (peopleSql: string, fromSql: string, toSql: string, programIdSql: string | null = null) => `
  SELECT count(DISTINCT mc_p.person_id)::int AS in_mentoring,
         count(DISTINCT mc_p.person_id) FILTER (WHERE mc_p.side = 'MENTOR')::int AS mentors,
         count(DISTINCT mc_p.person_id) FILTER (WHERE mc_p.side = 'MENTEE')::int AS mentees,
         count(DISTINCT mc_m.id)::int AS pairs,
         count(DISTINCT mc_m.id) FILTER (WHERE mc_m.status = 'ACTIVE')::int AS pairs_active
    FROM mentorship mc_m
    JOIN mentoring_program mc_pr ON mc_pr.id = mc_m.program_id AND mc_pr.archived_at IS NULL
    JOIN mentorship_participant mc_p ON mc_p.mentorship_id = mc_m.id
   WHERE mc_m.status IN ('ACTIVE', 'COMPLETED')
     AND mc_m.starts_on <= ${toSql} AND (mc_m.ends_on IS NULL OR mc_m.ends_on >= ${fromSql})
     AND mc_p.person_id IN (${peopleSql})
     ${programIdSql ? `AND mc_m.program_id = ${programIdSql}` : ''}`;

/** People taking part (either side) in mentorships of one programme: the population of a programme's dashboard. Column: person_id. */
export const programmeParticipantsSql = (programIdSql: string) => `
  SELECT DISTINCT pp_mp.person_id FROM mentorship_participant pp_mp JOIN mentorship pp_m ON pp_m.id = pp_mp.mentorship_id
   WHERE pp_m.program_id = ${programIdSql}`;

/**
 * The rows behind `mentoringCoverageSql` (the same conditions): one row per participant of the population in a
 * mentorship under way in the period. Columns: mentorship_id, person_id, side, status — `in_mentoring` is the distinct
 * person_id, `mentors`/`mentees` those of a side, `pairs` the distinct mentorship_id, `pairs_active` those ACTIVE.
 */
export const mentoringCoverageRowsSql = (peopleSql: string, fromSql: string, toSql: string, programIdSql: string | null = null) => `
  SELECT mc_m.id AS mentorship_id, mc_p.person_id, mc_p.side, mc_m.status
    FROM mentorship mc_m
    JOIN mentoring_program mc_pr ON mc_pr.id = mc_m.program_id AND mc_pr.archived_at IS NULL
    JOIN mentorship_participant mc_p ON mc_p.mentorship_id = mc_m.id
   WHERE mc_m.status IN ('ACTIVE', 'COMPLETED')
     AND mc_m.starts_on <= ${toSql} AND (mc_m.ends_on IS NULL OR mc_m.ends_on >= ${fromSql})
     AND mc_p.person_id IN (${peopleSql})
     ${programIdSql ? `AND mc_m.program_id = ${programIdSql}` : ''}`;
