import { MigrationInterface, QueryRunner } from 'typeorm';
import { DASHBOARD_CONTAINER_NOTES } from './1796506000000-DashboardPersonNotes';

const EVERYONE = `CAST('00000000-0000-0000-0000-000000000000' AS uuid)`;
const XID = 'CAST(CAST(pg_current_xact_id() AS text) AS bigint)';

/**
 * The functions of the people's notes (migrations DashboardPartials, DashboardPersonNotes), with the table that wrote
 * (`withTable`: the column table_name, TG_TABLE_NAME) or as they were before (without).
 */
const noteFunctions = (withTable: boolean): string[] => {
  const cols = withTable ? '(xid, person_id, table_name)' : '(xid, person_id)';
  const t = withTable ? ', TG_TABLE_NAME' : '';
  return [
    `CREATE OR REPLACE FUNCTION "note_dashboard_person_change"() RETURNS trigger LANGUAGE plpgsql AS $$
     DECLARE x bigint := ${XID};
     BEGIN
       IF TG_OP = 'TRUNCATE' THEN
         INSERT INTO dashboard_person_change ${cols} VALUES (x, ${EVERYONE}${t}) ON CONFLICT DO NOTHING;
       ELSIF TG_OP = 'INSERT' THEN
         INSERT INTO dashboard_person_change ${cols} SELECT DISTINCT x, n.person_id${t} FROM dc_new n WHERE n.person_id IS NOT NULL ON CONFLICT DO NOTHING;
       ELSIF TG_OP = 'UPDATE' THEN
         INSERT INTO dashboard_person_change ${cols}
         SELECT x, u.person_id${t} FROM (SELECT n.person_id FROM dc_new n UNION SELECT o.person_id FROM dc_old o) u WHERE u.person_id IS NOT NULL ON CONFLICT DO NOTHING;
       ELSE
         INSERT INTO dashboard_person_change ${cols} SELECT DISTINCT x, o.person_id${t} FROM dc_old o WHERE o.person_id IS NOT NULL ON CONFLICT DO NOTHING;
       END IF;
       RETURN NULL;
     END $$`,
    `CREATE OR REPLACE FUNCTION "note_dashboard_person_row_change"() RETURNS trigger LANGUAGE plpgsql AS $$
     DECLARE x bigint := ${XID};
     BEGIN
       IF TG_OP = 'TRUNCATE' THEN
         INSERT INTO dashboard_person_change ${cols} VALUES (x, ${EVERYONE}${t}) ON CONFLICT DO NOTHING;
       ELSIF TG_OP = 'INSERT' THEN
         INSERT INTO dashboard_person_change ${cols} SELECT x, n.id${t} FROM dc_new n ON CONFLICT DO NOTHING;
       ELSIF TG_OP = 'UPDATE' THEN
         INSERT INTO dashboard_person_change ${cols} SELECT x, u.id${t} FROM (SELECT n.id FROM dc_new n UNION SELECT o.id FROM dc_old o) u ON CONFLICT DO NOTHING;
       ELSE
         INSERT INTO dashboard_person_change ${cols} SELECT x, o.id${t} FROM dc_old o ON CONFLICT DO NOTHING;
       END IF;
       RETURN NULL;
     END $$`,
    ...Object.entries(DASHBOARD_CONTAINER_NOTES).map(([table, c]) => {
      const changed = c.columns.map((col) => `o.${col} IS DISTINCT FROM n.${col}`).join(' OR ');
      return `CREATE OR REPLACE FUNCTION "note_dashboard_people_of_${table}"() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE x bigint := ${XID};
       BEGIN
         IF TG_OP = 'TRUNCATE' THEN
           INSERT INTO dashboard_person_change ${cols} VALUES (x, ${EVERYONE}${t}) ON CONFLICT DO NOTHING;
         ELSE
           WITH dn_changed AS (SELECT n.id FROM dc_new n JOIN dc_old o ON o.id = n.id WHERE ${changed})
           INSERT INTO dashboard_person_change ${cols} SELECT DISTINCT x, dn_q.person_id${t} FROM (${c.people}) dn_q ON CONFLICT DO NOTHING;
         END IF;
         RETURN NULL;
       END $$`;
    }),
  ];
};

/**
 * A person's note says which table wrote it (`dashboard_person_change.table_name`), so a per-organisation part
 * (common/database/dashboard-partials.ts) is recomputed only for notes of the tables its SQL reads: a mentorship's
 * change no longer makes the events' parts of its people stale. And the parts' people index is kept without a
 * pending list (`fastupdate = off`): a small update of the parts no longer flushes it now and then.
 */
export class DashboardNoteTables1796507000000 implements MigrationInterface {
  name = 'DashboardNoteTables1796507000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Parts may need notes taken before the table was kept with them: drop them all with the notes.
    await queryRunner.query(`TRUNCATE "dashboard_cache", "dashboard_org_part", "dashboard_person_change"`);
    await queryRunner.query(`ALTER TABLE "dashboard_person_change" ADD "table_name" character varying(63) NOT NULL`);
    await queryRunner.query(`ALTER TABLE "dashboard_person_change" DROP CONSTRAINT "PK_dashboard_person_change"`);
    await queryRunner.query(`ALTER TABLE "dashboard_person_change" ADD CONSTRAINT "PK_dashboard_person_change" PRIMARY KEY ("xid", "person_id", "table_name")`);
    for (const f of noteFunctions(true)) await queryRunner.query(f);
    await queryRunner.query(`ALTER INDEX "IDX_dashboard_org_part_persons" SET (fastupdate = off)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER INDEX "IDX_dashboard_org_part_persons" RESET (fastupdate)`);
    await queryRunner.query(`TRUNCATE "dashboard_cache", "dashboard_org_part", "dashboard_person_change"`);
    for (const f of noteFunctions(false)) await queryRunner.query(f);
    await queryRunner.query(`ALTER TABLE "dashboard_person_change" DROP CONSTRAINT "PK_dashboard_person_change"`);
    await queryRunner.query(`ALTER TABLE "dashboard_person_change" DROP COLUMN "table_name"`);
    await queryRunner.query(`ALTER TABLE "dashboard_person_change" ADD CONSTRAINT "PK_dashboard_person_change" PRIMARY KEY ("xid", "person_id")`);
  }
}
