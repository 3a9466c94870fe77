import { MigrationInterface, QueryRunner } from 'typeorm';

/** Fact tables with a person_id whose writes now also note the people they touch (as DashboardPartials' tables do). */
export const DASHBOARD_PERSON_FACT_TABLES = ['event_attendance', 'mentorship_participant', 'internship_application', 'internship_completion'] as const;

/**
 * Tables whose writes note people although their rows have no person_id: `person` (the row's id), and the
 * «containers» of person-owned facts, which note the people whose facts they hold — but only when a column that
 * the dashboards' per-person parts read changes (listed here; a fragment that reads another column of these tables
 * must add it). Deleting a container deletes (cascades) or forbids its facts, which then note their people.
 */
export const DASHBOARD_CONTAINER_NOTES: Record<string, { columns: string[]; people: string }> = {
  event: { columns: ['archived_at'], people: 'SELECT dn_a.person_id FROM event_attendance dn_a WHERE dn_a.event_id IN (SELECT id FROM dn_changed)' },
  mentorship: {
    columns: ['program_id', 'status', 'starts_on', 'ends_on'],
    people: 'SELECT dn_p.person_id FROM mentorship_participant dn_p WHERE dn_p.mentorship_id IN (SELECT id FROM dn_changed)',
  },
  mentoring_program: {
    columns: ['archived_at'],
    people: `SELECT dn_p.person_id FROM mentorship_participant dn_p JOIN mentorship dn_m ON dn_m.id = dn_p.mentorship_id
              WHERE dn_m.program_id IN (SELECT id FROM dn_changed)`,
  },
  internship_cohort: {
    columns: ['archived_at', 'starts_on', 'ends_on'],
    people: 'SELECT dn_a.person_id FROM internship_application dn_a WHERE dn_a.cohort_id IN (SELECT id FROM dn_changed)',
  },
};

/** Every fact table whose writes note people in `dashboard_person_change` (DashboardPartials' and these). */
export const DASHBOARD_NOTED_TABLES = [...DASHBOARD_PERSON_FACT_TABLES, 'person', ...Object.keys(DASHBOARD_CONTAINER_NOTES)] as const;

const EVERYONE = `CAST('00000000-0000-0000-0000-000000000000' AS uuid)`;
const XID = 'CAST(CAST(pg_current_xact_id() AS text) AS bigint)';

/**
 * The dashboards' counts from per-person parts (modules/dashboard/dashboard-summary.sql.ts): writes to attendance,
 * mentoring, internships and people note the people they touch in `dashboard_person_change` (DashboardPartials), so
 * that only the parts of the organisations (and events) of those people are recomputed.
 */
export class DashboardPersonNotes1796506000000 implements MigrationInterface {
  name = 'DashboardPersonNotes1796506000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Parts stored before these notes existed may depend on facts that did not note their people.
    await queryRunner.query(`TRUNCATE "dashboard_cache", "dashboard_org_part"`);
    // Which parts hold a noted person, by index, however many parts and notes there are.
    await queryRunner.query(`CREATE INDEX "IDX_dashboard_org_part_persons" ON "dashboard_org_part" USING gin ("persons")`);
    for (const t of DASHBOARD_PERSON_FACT_TABLES) {
      await queryRunner.query(`CREATE TRIGGER "tr_dashboard_person_ins_${t}" AFTER INSERT ON "${t}" REFERENCING NEW TABLE AS dc_new FOR EACH STATEMENT EXECUTE FUNCTION "note_dashboard_person_change"()`);
      await queryRunner.query(
        `CREATE TRIGGER "tr_dashboard_person_upd_${t}" AFTER UPDATE ON "${t}" REFERENCING OLD TABLE AS dc_old NEW TABLE AS dc_new FOR EACH STATEMENT EXECUTE FUNCTION "note_dashboard_person_change"()`,
      );
      await queryRunner.query(`CREATE TRIGGER "tr_dashboard_person_del_${t}" AFTER DELETE ON "${t}" REFERENCING OLD TABLE AS dc_old FOR EACH STATEMENT EXECUTE FUNCTION "note_dashboard_person_change"()`);
      await queryRunner.query(`CREATE TRIGGER "tr_dashboard_person_trunc_${t}" AFTER TRUNCATE ON "${t}" FOR EACH STATEMENT EXECUTE FUNCTION "note_dashboard_person_change"()`);
    }
    // A person's own row: the id.
    await queryRunner.query(
      `CREATE FUNCTION "note_dashboard_person_row_change"() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE x bigint := ${XID};
       BEGIN
         IF TG_OP = 'TRUNCATE' THEN
           INSERT INTO dashboard_person_change (xid, person_id) VALUES (x, ${EVERYONE}) ON CONFLICT DO NOTHING;
         ELSIF TG_OP = 'INSERT' THEN
           INSERT INTO dashboard_person_change (xid, person_id) SELECT x, n.id FROM dc_new n ON CONFLICT DO NOTHING;
         ELSIF TG_OP = 'UPDATE' THEN
           INSERT INTO dashboard_person_change (xid, person_id) SELECT x, u.id FROM (SELECT n.id FROM dc_new n UNION SELECT o.id FROM dc_old o) u ON CONFLICT DO NOTHING;
         ELSE
           INSERT INTO dashboard_person_change (xid, person_id) SELECT x, o.id FROM dc_old o ON CONFLICT DO NOTHING;
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(`CREATE TRIGGER "tr_dashboard_person_ins_person" AFTER INSERT ON "person" REFERENCING NEW TABLE AS dc_new FOR EACH STATEMENT EXECUTE FUNCTION "note_dashboard_person_row_change"()`);
    await queryRunner.query(
      `CREATE TRIGGER "tr_dashboard_person_upd_person" AFTER UPDATE ON "person" REFERENCING OLD TABLE AS dc_old NEW TABLE AS dc_new FOR EACH STATEMENT EXECUTE FUNCTION "note_dashboard_person_row_change"()`,
    );
    await queryRunner.query(`CREATE TRIGGER "tr_dashboard_person_del_person" AFTER DELETE ON "person" REFERENCING OLD TABLE AS dc_old FOR EACH STATEMENT EXECUTE FUNCTION "note_dashboard_person_row_change"()`);
    await queryRunner.query(`CREATE TRIGGER "tr_dashboard_person_trunc_person" AFTER TRUNCATE ON "person" FOR EACH STATEMENT EXECUTE FUNCTION "note_dashboard_person_row_change"()`);
    // Containers: the people of the rows whose read columns changed.
    for (const [t, c] of Object.entries(DASHBOARD_CONTAINER_NOTES)) {
      const changed = c.columns.map((col) => `o.${col} IS DISTINCT FROM n.${col}`).join(' OR ');
      await queryRunner.query(
        `CREATE FUNCTION "note_dashboard_people_of_${t}"() RETURNS trigger LANGUAGE plpgsql AS $$
         DECLARE x bigint := ${XID};
         BEGIN
           IF TG_OP = 'TRUNCATE' THEN
             INSERT INTO dashboard_person_change (xid, person_id) VALUES (x, ${EVERYONE}) ON CONFLICT DO NOTHING;
           ELSE
             WITH dn_changed AS (SELECT n.id FROM dc_new n JOIN dc_old o ON o.id = n.id WHERE ${changed})
             INSERT INTO dashboard_person_change (xid, person_id) SELECT DISTINCT x, dn_q.person_id FROM (${c.people}) dn_q ON CONFLICT DO NOTHING;
           END IF;
           RETURN NULL;
         END $$`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "tr_dashboard_person_upd_${t}" AFTER UPDATE ON "${t}" REFERENCING OLD TABLE AS dc_old NEW TABLE AS dc_new FOR EACH STATEMENT EXECUTE FUNCTION "note_dashboard_people_of_${t}"()`,
      );
      await queryRunner.query(`CREATE TRIGGER "tr_dashboard_person_trunc_${t}" AFTER TRUNCATE ON "${t}" FOR EACH STATEMENT EXECUTE FUNCTION "note_dashboard_people_of_${t}"()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of Object.keys(DASHBOARD_CONTAINER_NOTES).reverse()) {
      await queryRunner.query(`DROP TRIGGER "tr_dashboard_person_trunc_${t}" ON "${t}"`);
      await queryRunner.query(`DROP TRIGGER "tr_dashboard_person_upd_${t}" ON "${t}"`);
      await queryRunner.query(`DROP FUNCTION "note_dashboard_people_of_${t}"()`);
    }
    for (const k of ['trunc', 'del', 'upd', 'ins']) await queryRunner.query(`DROP TRIGGER "tr_dashboard_person_${k}_person" ON "person"`);
    await queryRunner.query(`DROP FUNCTION "note_dashboard_person_row_change"()`);
    for (const t of [...DASHBOARD_PERSON_FACT_TABLES].reverse()) {
      for (const k of ['trunc', 'del', 'upd', 'ins']) await queryRunner.query(`DROP TRIGGER "tr_dashboard_person_${k}_${t}" ON "${t}"`);
    }
    await queryRunner.query(`DROP INDEX "IDX_dashboard_org_part_persons"`);
    await queryRunner.query(`TRUNCATE "dashboard_cache", "dashboard_org_part"`);
  }
}
