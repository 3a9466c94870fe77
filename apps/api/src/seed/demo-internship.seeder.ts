import { formatCertificateNumber } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { completionRuleText, DEFAULT_COMPLETION_RULE } from '../modules/internship/internship-rules';

/**
 * Illustrative cohorts of young teachers (≤ 3 years) at the Timashevsk staging site of МБОУ СОШ № 2 (programme
 * «Формирование методических компетенций педагогов»). The seed 004 names no interns, sessions or attendance: the
 * cohorts, their sessions, the marks, the products and the certificates are all invented and marked illustrative;
 * the interns and the master are the registry's invented (illustrative) people of the district's schools.
 */
const PROGRAM = 'demo:internship:timashevsk-methodical';
const SITE = 'demo:staging:timashevsk-2020-sosh-2';
const MASTER = 'demo:person:23-tim-sosh2-master';
const INTERNS = [1, 2, 4, 5, 11, 13].map((n) => `demo:person:23-tim-sosh${n}-intern`);
/** Sessions attended of the past cohort's five, per intern; whether the final product was accepted. */
const PAST = [
  { attended: [true, true, true, true, true], product: true },
  { attended: [true, true, false, true, true], product: true },
  { attended: [true, false, true, false, true], product: true },
  { attended: [true, true, true, true, false], product: false },
];

export async function seedDemoInternships(m: EntityManager): Promise<{ cohorts: number; applications: number; certificates: number }> {
  const one = async (sql: string, params: unknown[] = []) => ((await m.query(sql, params)) as { id: string }[])[0]?.id;
  const program = await one(`SELECT id FROM internship_program WHERE external_id = $1`, [PROGRAM]);
  const totals = { cohorts: 0, applications: 0, certificates: 0 };
  if (!program || (await one(`SELECT id FROM internship_cohort WHERE program_id = $1 LIMIT 1`, [program]))) return totals;
  const site = (await m.query(
    `SELECT s.theme, s.organization_id AS org, coalesce(o.short_name, o.name) AS issuer, p.title FROM staging_site s JOIN organization o ON o.id = s.organization_id
       JOIN internship_program p ON p.site_id = s.id WHERE s.external_id = $1 AND p.id = $2`,
    [SITE, program],
  )) as { theme: string; org: string; issuer: string; title: string }[];
  if (!site[0]) return totals;
  const master = await one(`SELECT id FROM person WHERE external_id = $1`, [MASTER]);
  const interns = (await m.query(`SELECT id, external_id AS k, concat_ws(' ', last_name, first_name, middle_name) AS name FROM person WHERE external_id = ANY($1)`, [INTERNS])) as {
    id: string;
    k: string;
    name: string;
  }[];
  const person = (k: string) => interns.find((i) => i.k === k)!;
  const modules = (await m.query(`SELECT id, title, hours FROM internship_module WHERE program_id = $1 AND archived_at IS NULL ORDER BY position`, [program])) as {
    id: string;
    title: string;
    hours: number;
  }[];
  const hours = modules.reduce((s, x) => s + x.hours, 0);

  // The past cohort: five sessions, four interns, attendance and products; certificates by the default rule.
  const past = await one(
    `INSERT INTO internship_cohort (program_id, title, starts_on, ends_on, capacity, illustrative) VALUES ($1, 'Молодые педагоги, 2025/26 учебный год', '2025-10-06', '2026-05-29', 6, true) RETURNING id`,
    [program],
  );
  const sessionDates = ['2025-10-14', '2025-12-09', '2026-02-10', '2026-03-17', '2026-05-19'];
  const sessions: string[] = [];
  for (const [i, d] of sessionDates.entries()) {
    sessions.push(
      (await one(
        `INSERT INTO internship_session (cohort_id, starts_at, ends_at, module_id, topic, place, master_person_id) VALUES ($1, $2, $3, $4, $5, 'МБОУ СОШ № 2, методический кабинет', $6) RETURNING id`,
        [past, `${d}T12:00:00+03:00`, `${d}T14:00:00+03:00`, modules[Math.min(i, modules.length - 1)]?.id ?? null, modules[Math.min(i, modules.length - 1)]?.title ?? `Занятие ${i + 1}`, master],
      ))!,
    );
  }
  totals.cohorts += 1;
  for (const [i, facts] of PAST.entries()) {
    const p = person(INTERNS[i]!);
    const app = (await one(
      `INSERT INTO internship_application (cohort_id, person_id, source, status, decided_at, final_product_title, final_product_url, final_product_status, illustrative)
       VALUES ($1, $2, 'SELF', 'APPROVED', '2025-10-01', 'Технологическая карта урока открытия нового знания', 'https://example.org/demo/product', $3, true) RETURNING id`,
      [past, p.id, facts.product ? 'ACCEPTED' : 'SUBMITTED'],
    ))!;
    totals.applications += 1;
    for (const [j, present] of facts.attended.entries()) {
      await m.query(`INSERT INTO internship_attendance (session_id, application_id, present) VALUES ($1, $2, $3)`, [sessions[j], app, present]);
    }
    const attended = facts.attended.filter(Boolean).length;
    if (!facts.product || attended * 100 < DEFAULT_COMPLETION_RULE.minAttendancePercent * sessions.length) continue;
    for (const x of modules) {
      await m.query(`INSERT INTO internship_completion (application_id, person_id, program_id, module_id, title, hours, completed_on) VALUES ($1, $2, $3, $4, $5, $6, '2026-05-29')`, [
        app,
        p.id,
        program,
        x.id,
        x.title,
        x.hours,
      ]);
    }
    const [serial] = (await m.query(`SELECT nextval('internship_certificate_serial') AS n`)) as { n: string }[];
    await m.query(
      `INSERT INTO internship_certificate (number, application_id, person_id, holder_name, program_id, program_title, site_title, issuer_organization_id, issuer_name, hours, starts_on, ends_on, issued_on, criteria, illustrative)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, '2025-10-06', '2026-05-29', '2026-05-29', $11, true)`,
      [formatCertificateNumber(2026, Number(serial!.n)), app, p.id, p.name, program, site[0].title, site[0].theme, site[0].org, site[0].issuer, hours, completionRuleText(DEFAULT_COMPLETION_RULE)],
    );
    totals.certificates += 1;
  }

  // The next cohort, open for applications: two seats taken, one on the waitlist; sessions ahead.
  const next = await one(
    `INSERT INTO internship_cohort (program_id, title, starts_on, ends_on, capacity, illustrative) VALUES ($1, 'Молодые педагоги, 2026/27 учебный год', '2026-10-05', '2027-05-28', 2, true) RETURNING id`,
    [program],
  );
  for (const [i, d] of ['2026-10-13', '2026-12-08', '2027-02-09', '2027-03-16', '2027-05-18'].entries()) {
    await m.query(
      `INSERT INTO internship_session (cohort_id, starts_at, ends_at, module_id, topic, place, online_url, master_person_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [next, `${d}T12:00:00+03:00`, `${d}T14:00:00+03:00`, modules[Math.min(i, modules.length - 1)]?.id ?? null, modules[Math.min(i, modules.length - 1)]?.title ?? `Занятие ${i + 1}`,
        i === 3 ? null : 'МБОУ СОШ № 2, методический кабинет', i === 3 ? 'https://example.org/demo/webinar' : null, master],
    );
  }
  totals.cohorts += 1;
  const nextApps: [string, string, number | null][] = [
    [INTERNS[4]!, 'APPROVED', null],
    [INTERNS[5]!, 'SUBMITTED', null],
    [INTERNS[3]!, 'WAITLISTED', 1],
  ];
  for (const [k, status, seq] of nextApps) {
    await m.query(`INSERT INTO internship_application (cohort_id, person_id, source, status, waitlist_seq, illustrative) VALUES ($1, $2, 'SELF', $3, $4, true)`, [next, person(k).id, status, seq]);
    totals.applications += 1;
  }
  return totals;
}
