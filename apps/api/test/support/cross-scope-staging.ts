import { DataSource } from 'typeorm';

/** The staging rows of one region of the cross-scope suite: a live site with a master, a programme, a module, a track. */
export interface StagingRegionIds {
  stagingSite: string;
  internshipProgram: string;
  internshipModule: string;
  internshipTrack: string;
}

const one = async (db: DataSource, sql: string, params: unknown[]): Promise<string> => ((await db.query(sql, params)) as { id: string }[])[0].id;

export async function crossScopeStaging(db: DataSource, word: string, organization: string, person: string, competence: string): Promise<{ ids: StagingRegionIds; names: string[] }> {
  const stagingSite = await one(
    db,
    `INSERT INTO staging_site (kind, level, organization_id, theme, starts_on, ends_on, head_person_id, order_number) VALUES ('STAGING_SITE', 'MUNICIPAL', $1, $2, '2025-01-01', '2030-12-31', $3, $4) RETURNING id`,
    [organization, `Площадка ${word}`, person, `Приказ ${word}`],
  );
  await db.query(`INSERT INTO staging_site_master (site_id, person_id) VALUES ($1, $2)`, [stagingSite, person]);
  await db.query(`INSERT INTO staging_site_competence (site_id, competence_id) VALUES ($1, $2)`, [stagingSite, competence]);
  const internshipProgram = await one(db, `INSERT INTO internship_program (site_id, title, min_months, max_months) VALUES ($1, $2, 12, 18) RETURNING id`, [
    stagingSite,
    `Программа стажировки ${word}`,
  ]);
  const internshipModule = await one(db, `INSERT INTO internship_module (program_id, position, title, hours, format) VALUES ($1, 1, $2, 6, 'IN_PERSON') RETURNING id`, [
    internshipProgram,
    `Модуль стажировки ${word}`,
  ]);
  await db.query(`INSERT INTO internship_module_competence (module_id, competence_id) VALUES ($1, $2)`, [internshipModule, competence]);
  const internshipTrack = await one(db, `INSERT INTO internship_track (program_id, kind, name) VALUES ($1, 'GROUP', $2) RETURNING id`, [internshipProgram, `Групповой маршрут ${word}`]);
  await db.query(`INSERT INTO internship_track_module (track_id, module_id, position) VALUES ($1, $2, 1)`, [internshipTrack, internshipModule]);
  return {
    ids: { stagingSite, internshipProgram, internshipModule, internshipTrack },
    names: [`Площадка ${word}`, `Приказ ${word}`, `Программа стажировки ${word}`, `Модуль стажировки ${word}`, `Групповой маршрут ${word}`],
  };
}
