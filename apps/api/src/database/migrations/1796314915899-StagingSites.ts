import { MigrationInterface, QueryRunner } from 'typeorm';

export class StagingSites1796314915899 implements MigrationInterface {
  name = 'StagingSites1796314915899';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."staging_site_kind" AS ENUM('STAGING_SITE', 'SUPPORT_SITE', 'INNOVATION_SITE')`);
    await queryRunner.query(`CREATE TYPE "public"."staging_site_level" AS ENUM('MUNICIPAL', 'REGIONAL')`);
    await queryRunner.query(`CREATE TABLE "staging_site" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "kind" "public"."staging_site_kind" NOT NULL, "level" "public"."staging_site_level" NOT NULL, "organization_id" uuid NOT NULL, "theme" character varying(500) NOT NULL, "description" text NOT NULL DEFAULT '', "head_person_id" uuid, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "order_number" character varying(100), "order_date" character varying(100), "illustrative" boolean NOT NULL DEFAULT false, "external_id" character varying(100), "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_staging_site_period" CHECK (ends_on >= starts_on), CONSTRAINT "ck_staging_site_theme" CHECK (length(btrim(theme)) > 0), CONSTRAINT "PK_99a0441e1da84274fd09c415457" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_31f707fe65d4aabdc12731244c" ON "staging_site"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_25372663fcb21ab517cb9bdc16" ON "staging_site"  ("head_person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_staging_site_external_id" ON "staging_site"  ("external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_ed5b7e1921619289ba801565a5" ON "staging_site"  ("archived_at") `);
    await queryRunner.query(`CREATE TABLE "internship_program" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "site_id" uuid NOT NULL, "title" character varying(500) NOT NULL, "description" text NOT NULL DEFAULT '', "min_months" integer NOT NULL, "max_months" integer NOT NULL, "audience" character varying(500) NOT NULL DEFAULT '', "max_experience_years" integer, "illustrative" boolean NOT NULL DEFAULT false, "external_id" character varying(100), "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_internship_program_experience" CHECK (max_experience_years IS NULL OR max_experience_years BETWEEN 0 AND 60), CONSTRAINT "ck_internship_program_months" CHECK (min_months >= 1 AND max_months <= 60 AND min_months <= max_months), CONSTRAINT "ck_internship_program_title" CHECK (length(btrim(title)) > 0), CONSTRAINT "PK_c83189b5a94afd9d5de33e148bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1a9773eb940854e58777229b7d" ON "internship_program"  ("site_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_internship_program_external_id" ON "internship_program"  ("external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_009ef0d2883a38bbdde020cc61" ON "internship_program"  ("archived_at") `);
    await queryRunner.query(`CREATE TYPE "public"."internship_module_format" AS ENUM('IN_PERSON', 'ONLINE', 'MIXED')`);
    await queryRunner.query(`CREATE TABLE "internship_module" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "program_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(500) NOT NULL, "description" text NOT NULL DEFAULT '', "hours" integer NOT NULL, "format" "public"."internship_module_format" NOT NULL, "audience" character varying(500) NOT NULL DEFAULT '', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_internship_module_position" CHECK (position >= 1), CONSTRAINT "ck_internship_module_hours" CHECK (hours > 0 AND hours <= 500), CONSTRAINT "ck_internship_module_title" CHECK (length(btrim(title)) > 0), CONSTRAINT "PK_31f85a553fee32a6bfedc211896" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1a127b53ad3c8469a49d092586" ON "internship_module"  ("program_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_71dee959e2003c5f30b282e839" ON "internship_module"  ("archived_at") `);
    await queryRunner.query(`CREATE TABLE "internship_module_competence" ("module_id" uuid NOT NULL, "competence_id" uuid NOT NULL, CONSTRAINT "PK_1f2bd0c704f20d5ebdfb38bedce" PRIMARY KEY ("module_id", "competence_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c0eceec9f4f9774a73c32a8637" ON "internship_module_competence"  ("competence_id") `);
    await queryRunner.query(`CREATE TYPE "public"."internship_track_kind" AS ENUM('INDIVIDUAL', 'GROUP')`);
    await queryRunner.query(`CREATE TABLE "internship_track" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "program_id" uuid NOT NULL, "kind" "public"."internship_track_kind" NOT NULL, "name" character varying(500) NOT NULL, "description" text NOT NULL DEFAULT '', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_internship_track_name" CHECK (length(btrim(name)) > 0), CONSTRAINT "PK_55658c04b674a89578dae0197fd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_80e9e5ef5e1e8272837a40d509" ON "internship_track"  ("program_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b7a7de963307005b1c3defa212" ON "internship_track"  ("archived_at") `);
    await queryRunner.query(`CREATE TABLE "internship_track_module" ("track_id" uuid NOT NULL, "module_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "uq_internship_track_module_position" UNIQUE ("track_id", "position"), CONSTRAINT "ck_internship_track_module_position" CHECK (position >= 1), CONSTRAINT "PK_2a601a5ef1875e6779b1455e105" PRIMARY KEY ("track_id", "module_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_07db1792dfb8d7ad6f02154d3a" ON "internship_track_module"  ("module_id") `);
    await queryRunner.query(`CREATE TABLE "staging_site_competence" ("site_id" uuid NOT NULL, "competence_id" uuid NOT NULL, CONSTRAINT "PK_18f98dfe307ba3e37d307f04ab8" PRIMARY KEY ("site_id", "competence_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_2757cd6b909d7c225bdfeb526c" ON "staging_site_competence"  ("competence_id") `);
    await queryRunner.query(`CREATE TABLE "staging_site_master" ("site_id" uuid NOT NULL, "person_id" uuid NOT NULL, CONSTRAINT "PK_fc63611dc14d46755ad136d4c3a" PRIMARY KEY ("site_id", "person_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_44b028b1373b01fe4a9a92e737" ON "staging_site_master"  ("person_id") `);
    // Statuses «стажировочная/опорная площадка» entered by hand become sites (one per organisation and kind, over the
    // years they cover, theme from their sources); from now on the status is derived from the sites only.
    await queryRunner.query(`INSERT INTO staging_site (kind, level, organization_id, theme, description, starts_on, ends_on)
      SELECT s.kind::text::staging_site_kind, 'MUNICIPAL', s.organization_id,
             left(COALESCE(string_agg(DISTINCT s.source, '; '), CASE WHEN s.kind = 'STAGING_SITE' THEN 'Стажировочная площадка' ELSE 'Опорная площадка' END), 500),
             'Перенесено из статусов организации (' || string_agg(s.year::text, ', ' ORDER BY s.year) || ')',
             make_date(min(s.year), 1, 1), make_date(max(s.year), 12, 31)
        FROM organization_status s WHERE s.kind IN ('STAGING_SITE', 'SUPPORT_SITE')
       GROUP BY s.organization_id, s.kind`);
    await queryRunner.query(`DELETE FROM organization_status WHERE kind IN ('STAGING_SITE', 'SUPPORT_SITE')`);
    await queryRunner.query(`ALTER TABLE "organization_status" ADD CONSTRAINT "ck_organization_status_not_derived" CHECK (kind NOT IN ('STAGING_SITE', 'SUPPORT_SITE'))`);
    await queryRunner.query(`ALTER TABLE "staging_site" ADD CONSTRAINT "FK_31f707fe65d4aabdc12731244cd" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staging_site" ADD CONSTRAINT "FK_25372663fcb21ab517cb9bdc160" FOREIGN KEY ("head_person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "internship_program" ADD CONSTRAINT "FK_1a9773eb940854e58777229b7d5" FOREIGN KEY ("site_id") REFERENCES "staging_site"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "internship_module" ADD CONSTRAINT "FK_1a127b53ad3c8469a49d0925868" FOREIGN KEY ("program_id") REFERENCES "internship_program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "internship_module_competence" ADD CONSTRAINT "FK_bf634daabd7558a13d08364aabb" FOREIGN KEY ("module_id") REFERENCES "internship_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "internship_module_competence" ADD CONSTRAINT "FK_c0eceec9f4f9774a73c32a8637d" FOREIGN KEY ("competence_id") REFERENCES "competence"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "internship_track" ADD CONSTRAINT "FK_80e9e5ef5e1e8272837a40d5094" FOREIGN KEY ("program_id") REFERENCES "internship_program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "internship_track_module" ADD CONSTRAINT "FK_65bf13fb47c8eb1a305f6df6320" FOREIGN KEY ("track_id") REFERENCES "internship_track"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "internship_track_module" ADD CONSTRAINT "FK_07db1792dfb8d7ad6f02154d3ad" FOREIGN KEY ("module_id") REFERENCES "internship_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staging_site_competence" ADD CONSTRAINT "FK_eba9663064475a3c20e71c300d3" FOREIGN KEY ("site_id") REFERENCES "staging_site"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staging_site_competence" ADD CONSTRAINT "FK_2757cd6b909d7c225bdfeb526c9" FOREIGN KEY ("competence_id") REFERENCES "competence"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staging_site_master" ADD CONSTRAINT "FK_f3b9c78af571a052ec0f1defad1" FOREIGN KEY ("site_id") REFERENCES "staging_site"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staging_site_master" ADD CONSTRAINT "FK_44b028b1373b01fe4a9a92e7377" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staging_site_master" DROP CONSTRAINT "FK_44b028b1373b01fe4a9a92e7377"`);
    await queryRunner.query(`ALTER TABLE "staging_site_master" DROP CONSTRAINT "FK_f3b9c78af571a052ec0f1defad1"`);
    await queryRunner.query(`ALTER TABLE "staging_site_competence" DROP CONSTRAINT "FK_2757cd6b909d7c225bdfeb526c9"`);
    await queryRunner.query(`ALTER TABLE "staging_site_competence" DROP CONSTRAINT "FK_eba9663064475a3c20e71c300d3"`);
    await queryRunner.query(`ALTER TABLE "internship_track_module" DROP CONSTRAINT "FK_07db1792dfb8d7ad6f02154d3ad"`);
    await queryRunner.query(`ALTER TABLE "internship_track_module" DROP CONSTRAINT "FK_65bf13fb47c8eb1a305f6df6320"`);
    await queryRunner.query(`ALTER TABLE "internship_track" DROP CONSTRAINT "FK_80e9e5ef5e1e8272837a40d5094"`);
    await queryRunner.query(`ALTER TABLE "internship_module_competence" DROP CONSTRAINT "FK_c0eceec9f4f9774a73c32a8637d"`);
    await queryRunner.query(`ALTER TABLE "internship_module_competence" DROP CONSTRAINT "FK_bf634daabd7558a13d08364aabb"`);
    await queryRunner.query(`ALTER TABLE "internship_module" DROP CONSTRAINT "FK_1a127b53ad3c8469a49d0925868"`);
    await queryRunner.query(`ALTER TABLE "internship_program" DROP CONSTRAINT "FK_1a9773eb940854e58777229b7d5"`);
    await queryRunner.query(`ALTER TABLE "staging_site" DROP CONSTRAINT "FK_25372663fcb21ab517cb9bdc160"`);
    await queryRunner.query(`ALTER TABLE "staging_site" DROP CONSTRAINT "FK_31f707fe65d4aabdc12731244cd"`);
    await queryRunner.query(`ALTER TABLE "organization_status" DROP CONSTRAINT "ck_organization_status_not_derived"`);
    // Back to statuses entered by hand: one per year of each live site's period.
    await queryRunner.query(`INSERT INTO organization_status (organization_id, kind, year, source)
      SELECT DISTINCT ON (s.organization_id, s.kind, y) s.organization_id, s.kind::text::organization_status_kind, y, left(s.theme, 500)
        FROM staging_site s CROSS JOIN LATERAL generate_series(extract(year FROM s.starts_on)::int, extract(year FROM s.ends_on)::int) y
       WHERE s.archived_at IS NULL AND s.kind IN ('STAGING_SITE', 'SUPPORT_SITE') AND y BETWEEN 2000 AND 2100
      ON CONFLICT ON CONSTRAINT uq_organization_status DO NOTHING`);
    await queryRunner.query(`DROP INDEX "public"."IDX_44b028b1373b01fe4a9a92e737"`);
    await queryRunner.query(`DROP TABLE "staging_site_master"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2757cd6b909d7c225bdfeb526c"`);
    await queryRunner.query(`DROP TABLE "staging_site_competence"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_07db1792dfb8d7ad6f02154d3a"`);
    await queryRunner.query(`DROP TABLE "internship_track_module"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b7a7de963307005b1c3defa212"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_80e9e5ef5e1e8272837a40d509"`);
    await queryRunner.query(`DROP TABLE "internship_track"`);
    await queryRunner.query(`DROP TYPE "public"."internship_track_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c0eceec9f4f9774a73c32a8637"`);
    await queryRunner.query(`DROP TABLE "internship_module_competence"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_71dee959e2003c5f30b282e839"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1a127b53ad3c8469a49d092586"`);
    await queryRunner.query(`DROP TABLE "internship_module"`);
    await queryRunner.query(`DROP TYPE "public"."internship_module_format"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_009ef0d2883a38bbdde020cc61"`);
    await queryRunner.query(`DROP INDEX "public"."uq_internship_program_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1a9773eb940854e58777229b7d"`);
    await queryRunner.query(`DROP TABLE "internship_program"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ed5b7e1921619289ba801565a5"`);
    await queryRunner.query(`DROP INDEX "public"."uq_staging_site_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_25372663fcb21ab517cb9bdc16"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_31f707fe65d4aabdc12731244c"`);
    await queryRunner.query(`DROP TABLE "staging_site"`);
    await queryRunner.query(`DROP TYPE "public"."staging_site_level"`);
    await queryRunner.query(`DROP TYPE "public"."staging_site_kind"`);
  }
}
