import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table whose rows a dashboard's counts or heatmap read (directly or through the owners' fragments). */
export const DASHBOARD_FACT_TABLES = [
  'region',
  'municipality',
  'organization',
  'person',
  'position',
  'network',
  'network_member',
  'mentoring_program',
  'mentorship',
  'mentorship_participant',
  'event',
  'event_attendance',
  'internship_cohort',
  'internship_application',
  'internship_completion',
  'competency_framework',
  'competence_area',
  'competence',
  'diagnostic_campaign',
  'diagnostic_participant',
  'competence_result',
  'competence_result_current',
] as const;

/**
 * The dashboards' cache with exact invalidation (modules/dashboard/dashboard-cache.repository.ts): a statement
 * trigger on every fact table notes the writing transaction in `dashboard_fact_change` (once per transaction); a
 * cached part is served only when no noted transaction is visible now that was not visible in the snapshot it was
 * computed under.
 */
export class DashboardCache1796410000000 implements MigrationInterface {
  name = 'DashboardCache1796410000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "dashboard_cache" ("key" character varying(64) NOT NULL, "snapshot" text NOT NULL, "payload" jsonb NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dashboard_cache" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE TABLE "dashboard_fact_change" ("xid" bigint NOT NULL, CONSTRAINT "PK_dashboard_fact_change" PRIMARY KEY ("xid"))`);
    await queryRunner.query(
      `CREATE FUNCTION "note_dashboard_fact_change"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO dashboard_fact_change (xid) VALUES (CAST(CAST(pg_current_xact_id() AS text) AS bigint)) ON CONFLICT DO NOTHING;
         RETURN NULL;
       END $$`,
    );
    for (const t of DASHBOARD_FACT_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "tr_dashboard_fact_${t}" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${t}" FOR EACH STATEMENT EXECUTE FUNCTION "note_dashboard_fact_change"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of [...DASHBOARD_FACT_TABLES].reverse()) await queryRunner.query(`DROP TRIGGER "tr_dashboard_fact_${t}" ON "${t}"`);
    await queryRunner.query(`DROP FUNCTION "note_dashboard_fact_change"()`);
    await queryRunner.query(`DROP TABLE "dashboard_fact_change"`);
    await queryRunner.query(`DROP TABLE "dashboard_cache"`);
  }
}
