import { DataSource } from 'typeorm';

/**
 * The internship rows of one cross-scope region: a staging site at the region's school headed by its mentor, a
 * programme with a module and a track, a cohort with a past session led by the mentor, the teacher's approved
 * application and his certificate. Names carry the region's word, so a leak of B's rows shows.
 */
export async function internshipRegionRows(db: DataSource, r: { org: string; mentor: string; teacher: string; word: string }) {
  const one = async (sql: string, params: unknown[]) => ((await db.query(sql, params)) as { id: string }[])[0]!.id;
  const stagingSite = await one(
    `INSERT INTO staging_site (kind, level, organization_id, theme, head_person_id, starts_on, ends_on) VALUES ('STAGING_SITE', 'MUNICIPAL', $1, $2, $3, '2025-01-01', '2030-12-31') RETURNING id`,
    [r.org, `Площадка ${r.word}`, r.mentor],
  );
  const internshipProgram = await one(`INSERT INTO internship_program (site_id, title, min_months, max_months) VALUES ($1, $2, 12, 18) RETURNING id`, [stagingSite, `Стажировка ${r.word}`]);
  const internshipModule = await one(`INSERT INTO internship_module (program_id, position, title, hours, format) VALUES ($1, 1, $2, 18, 'IN_PERSON') RETURNING id`, [
    internshipProgram,
    `Модуль ${r.word}`,
  ]);
  const internshipTrack = await one(`INSERT INTO internship_track (program_id, kind, name) VALUES ($1, 'GROUP', $2) RETURNING id`, [internshipProgram, `Маршрут стажировки ${r.word}`]);
  await db.query(`INSERT INTO internship_track_module (track_id, module_id, position) VALUES ($1, $2, 1)`, [internshipTrack, internshipModule]);
  const internshipCohort = await one(
    `INSERT INTO internship_cohort (program_id, title, starts_on, ends_on, capacity) VALUES ($1, $2, now()::date - 30, now()::date + 90, 5) RETURNING id`,
    [internshipProgram, `Группа стажёров ${r.word}`],
  );
  const internshipSession = await one(
    `INSERT INTO internship_session (cohort_id, starts_at, ends_at, topic, place, module_id, master_person_id) VALUES ($1, now() - interval '2 days', now() - interval '2 days' + interval '2 hours', $2, 'Школа', $3, $4) RETURNING id`,
    [internshipCohort, `Занятие стажёров ${r.word}`, internshipModule, r.mentor],
  );
  const internshipApplication = await one(
    `INSERT INTO internship_application (cohort_id, person_id, source, status, final_product_status, final_product_title, final_product_url) VALUES ($1, $2, 'SELF', 'APPROVED', 'SUBMITTED', $3, 'https://example.org/p') RETURNING id`,
    [internshipCohort, r.teacher, `Продукт стажёра ${r.word}`],
  );
  const [serial] = (await db.query(`SELECT nextval('internship_certificate_serial') AS n`)) as { n: string }[];
  const internshipCertificate = await one(
    `INSERT INTO internship_certificate (number, application_id, person_id, holder_name, program_id, program_title, site_title, issuer_organization_id, issuer_name, hours, starts_on, ends_on, issued_on, criteria)
     SELECT $1, $2, $3, concat_ws(' ', p.last_name, p.first_name, p.middle_name), $4, $5, $6, $7, $8, 18, now()::date - 30, now()::date, now()::date, 'посещено не менее 80 % занятий' FROM person p WHERE p.id = $3 RETURNING id`,
    [`МС-2025-${String(serial!.n).padStart(6, '0')}`, internshipApplication, r.teacher, internshipProgram, `Стажировка ${r.word}`, `Площадка ${r.word}`, r.org, `Школа ${r.word}`],
  );
  return { stagingSite, internshipProgram, internshipModule, internshipTrack, internshipCohort, internshipSession, internshipApplication, internshipCertificate };
}

export const internshipRegionNames = (word: string) => [`Группа стажёров ${word}`, `Занятие стажёров ${word}`, `Продукт стажёра ${word}`, `Стажировка ${word}`];
