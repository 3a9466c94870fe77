import { DataSource } from 'typeorm';
import { isoDay } from './route-fixtures';
import { idOf } from './test-app';

export interface InternshipFixtures {
  filippov: string;
  zhdanova: string;
  org12: string;
  org35: string;
  /** A staging site at Vorkuta №35 headed by Жданова, its programme with two modules of 18 hours and a track of one. */
  site: string;
  program: string;
  module1: string;
  module2: string;
  track: string;
}

let seq = 0;
const one = async (db: DataSource, sql: string, params: unknown[] = []) => ((await db.query(sql, params)) as { id: string }[])[0]!.id;

/** Written straight to the database (the staging domain is built elsewhere). */
export async function internshipFixtures(db: DataSource): Promise<InternshipFixtures> {
  const org35 = await idOf(db, 'organization', 'demo:org:11-vorkuta-sosh-35');
  const zhdanova = await idOf(db, 'person', 'demo:person:11-vorkuta-sosh35-math');
  const n = `${Date.now().toString(36)}${(seq++).toString(36)}`;
  const site = await one(
    db,
    `INSERT INTO staging_site (kind, level, organization_id, theme, head_person_id, starts_on, ends_on) VALUES ('STAGING_SITE', 'MUNICIPAL', $1, $2, $3, $4, $5) RETURNING id`,
    [org35, `Проектная деятельность на уроке ${n}`, zhdanova, isoDay(-400), isoDay(400)],
  );
  const program = await one(
    db,
    `INSERT INTO internship_program (site_id, title, min_months, max_months, audience, max_experience_years) VALUES ($1, $2, 12, 18, 'молодые педагоги', 3) RETURNING id`,
    [site, `Проектный урок ${n}`],
  );
  const mod = (position: number, title: string) =>
    one(db, `INSERT INTO internship_module (program_id, position, title, hours, format) VALUES ($1, $2, $3, 18, 'IN_PERSON') RETURNING id`, [program, position, title]);
  const module1 = await mod(1, 'Проектирование урока');
  const module2 = await mod(2, 'Оценивание проектов');
  const track = await one(db, `INSERT INTO internship_track (program_id, kind, name) VALUES ($1, 'GROUP', 'Групповой маршрут') RETURNING id`, [program]);
  await db.query(`INSERT INTO internship_track_module (track_id, module_id, position) VALUES ($1, $2, 1)`, [track, module1]);
  return {
    filippov: await idOf(db, 'person', 'demo:person:11-vorkuta-sosh12-young-math'),
    zhdanova,
    org12: await idOf(db, 'organization', 'demo:org:11-vorkuta-sosh-12'),
    org35,
    site,
    program,
    module1,
    module2,
    track,
  };
}

/** `count` teachers working at `orgId` (invented, for capacity tests). */
export async function teachersAt(db: DataSource, orgId: string, count: number, tag = 'Стажёр'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = await one(db, `INSERT INTO person (last_name, first_name, middle_name, experience_years) VALUES ($1, 'Тест', 'Тестович', 1) RETURNING id`, [`${tag}${String(i + 1).padStart(2, '0')}`]);
    await db.query(`INSERT INTO position (person_id, organization_id, kind) VALUES ($1, $2, 'TEACHER')`, [id, orgId]);
    ids.push(id);
  }
  return ids;
}

/** A cohort written straight to the database, with `sessions` past sessions led by `master`. */
export async function cohortWithSessions(
  db: DataSource,
  f: InternshipFixtures,
  o: { capacity?: number; sessions?: number; title?: string; trackId?: string | null; master?: string | null } = {},
): Promise<{ cohort: string; sessions: string[] }> {
  const cohort = await one(
    db,
    `INSERT INTO internship_cohort (program_id, track_id, title, starts_on, ends_on, capacity) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [f.program, o.trackId ?? null, o.title ?? 'Группа молодых педагогов', isoDay(-60), isoDay(120), o.capacity ?? 5],
  );
  const sessions: string[] = [];
  for (let i = 0; i < (o.sessions ?? 0); i++) {
    const starts = new Date(Date.now() - (50 - i * 7) * 86_400_000);
    sessions.push(
      await one(
        db,
        `INSERT INTO internship_session (cohort_id, starts_at, ends_at, topic, place, module_id, master_person_id) VALUES ($1, $2, $3, $4, 'Школа № 35, каб. 12', $5, $6) RETURNING id`,
        [cohort, starts, new Date(starts.getTime() + 2 * 3_600_000), `Занятие ${i + 1}`, f.module1, o.master === undefined ? f.zhdanova : o.master],
      ),
    );
  }
  return { cohort, sessions };
}

/** An application written straight to the database. */
export async function application(db: DataSource, cohort: string, person: string, status = 'APPROVED', seq?: number): Promise<string> {
  return one(
    db,
    `INSERT INTO internship_application (cohort_id, person_id, source, status, waitlist_seq) VALUES ($1, $2, 'SELF', $3, $4) RETURNING id`,
    [cohort, person, status, status === 'WAITLISTED' ? (seq ?? 1) : null],
  );
}
