import { MigrationInterface, QueryRunner } from 'typeorm';

export class Documents1796331626291 implements MigrationInterface {
  name = 'Documents1796331626291';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."document_level" AS ENUM('FEDERAL', 'REGIONAL', 'MUNICIPAL', 'ORGANIZATION')`);
    await queryRunner.query(`CREATE TYPE "public"."document_kind" AS ENUM('CONSTITUTION', 'LAW', 'DECREE', 'RESOLUTION', 'DIRECTIVE', 'ORDER', 'REGULATION', 'LETTER', 'PROGRAMME', 'PROJECT', 'CONCEPT', 'AGREEMENT', 'STANDARD', 'PLAN', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "document" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "level" "public"."document_level" NOT NULL, "kind" "public"."document_kind" NOT NULL, "number" character varying(100) NOT NULL DEFAULT '', "issued_on" date, "title" text NOT NULL, "issuer" character varying(500) NOT NULL DEFAULT '', "region_id" uuid, "municipality_id" uuid, "organization_id" uuid, "valid_from" date, "valid_until" date, "replaced_by_id" uuid, "url" character varying(2000), "file_name" character varying(255), "file_type" character varying(100), "file_size" integer, "source_note" text NOT NULL DEFAULT '', "illustrative" boolean NOT NULL DEFAULT false, "external_id" character varying(100), "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_document_url" CHECK (url IS NULL OR url ~ '^https?://'), CONSTRAINT "ck_document_file" CHECK ((file_name IS NULL) = (file_type IS NULL) AND (file_name IS NULL) = (file_size IS NULL)), CONSTRAINT "ck_document_not_replaced_by_itself" CHECK (replaced_by_id IS NULL OR replaced_by_id <> id), CONSTRAINT "ck_document_validity" CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from), CONSTRAINT "ck_document_level_owner" CHECK ((level = 'FEDERAL' AND num_nonnulls(region_id, municipality_id, organization_id) = 0)
   OR (level = 'REGIONAL' AND region_id IS NOT NULL AND municipality_id IS NULL AND organization_id IS NULL)
   OR (level = 'MUNICIPAL' AND municipality_id IS NOT NULL AND region_id IS NULL AND organization_id IS NULL)
   OR (level = 'ORGANIZATION' AND organization_id IS NOT NULL AND region_id IS NULL AND municipality_id IS NULL)), CONSTRAINT "ck_document_title" CHECK (length(btrim(title)) > 0), CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_caa93bbe8078316ced6fb9f940" ON "document"  ("level") `);
    await queryRunner.query(`CREATE INDEX "IDX_b12f1e5fbc990ae11e4c2ceb73" ON "document"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_f92ab096878d89309d57b13a26" ON "document"  ("issued_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_de9094f7d96e3934ba1e5cef65" ON "document"  ("region_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a329a6b5861f62a7cc5d6ca083" ON "document"  ("municipality_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1407fa9ccce42ac1417c4620db" ON "document"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ce0da09a021d73a27527469020" ON "document"  ("replaced_by_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_document_external_id" ON "document"  ("external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_0db9a90af199bbb05e35b6c531" ON "document"  ("archived_at") `);
    // Full-text search of the bank (Russian morphology: «положение» finds «положения»); not declarable in TypeORM.
    await queryRunner.query(`CREATE INDEX "ix_document_search" ON "document" USING gin (to_tsvector('russian'::regconfig, "number" || ' ' || "title"))`);
    await queryRunner.query(`CREATE TABLE "document_file" ("document_id" uuid NOT NULL, "content" bytea NOT NULL, CONSTRAINT "PK_451c4ffa00abea5f7e548c91038" PRIMARY KEY ("document_id"))`);
    await queryRunner.query(`CREATE TYPE "public"."document_task_status" AS ENUM('PLANNED', 'DONE')`);
    await queryRunner.query(`CREATE TABLE "document_task" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "document_id" uuid NOT NULL, "position" integer NOT NULL, "number" character varying(20) NOT NULL DEFAULT '', "text" text NOT NULL, "due_on" date, "responsible_text" text NOT NULL DEFAULT '', "status" "public"."document_task_status" NOT NULL DEFAULT 'PLANNED', "done_on" date, "result" text NOT NULL DEFAULT '', "illustrative" boolean NOT NULL DEFAULT false, "external_id" character varying(100), "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_document_task_done" CHECK ((status = 'DONE') = (done_on IS NOT NULL)), CONSTRAINT "ck_document_task_position" CHECK (position >= 1), CONSTRAINT "ck_document_task_text" CHECK (length(btrim(text)) > 0), CONSTRAINT "PK_25402c68b59958801386edb11b4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_03801b7bd997e13d143a659737" ON "document_task"  ("document_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e2ccceb0dc917dab0791602158" ON "document_task"  ("due_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_0515d7df984737fb66d59bb698" ON "document_task"  ("status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_document_task_external_id" ON "document_task"  ("external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_5640222f5109f3c9655c5712ba" ON "document_task"  ("archived_at") `);
    await queryRunner.query(`CREATE TABLE "document_task_responsible" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "task_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '1', "person_id" uuid NOT NULL, CONSTRAINT "uq_document_task_responsible" UNIQUE ("task_id", "person_id"), CONSTRAINT "PK_27e0692f6f675ad442c9409ec41" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_acfc78f40a929ae4619598105e" ON "document_task_responsible"  ("task_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6d95972f1542e528d57aee45f8" ON "document_task_responsible"  ("person_id") `);
    await queryRunner.query(`ALTER TABLE "document" ADD CONSTRAINT "FK_de9094f7d96e3934ba1e5cef65e" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "document" ADD CONSTRAINT "FK_a329a6b5861f62a7cc5d6ca0833" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "document" ADD CONSTRAINT "FK_1407fa9ccce42ac1417c4620db8" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "document" ADD CONSTRAINT "FK_ce0da09a021d73a275274690202" FOREIGN KEY ("replaced_by_id") REFERENCES "document"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "document_file" ADD CONSTRAINT "FK_451c4ffa00abea5f7e548c91038" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "document_task" ADD CONSTRAINT "FK_03801b7bd997e13d143a6597377" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "document_task_responsible" ADD CONSTRAINT "FK_acfc78f40a929ae4619598105ef" FOREIGN KEY ("task_id") REFERENCES "document_task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "document_task_responsible" ADD CONSTRAINT "FK_6d95972f1542e528d57aee45f8f" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "document_task_responsible" DROP CONSTRAINT "FK_6d95972f1542e528d57aee45f8f"`);
    await queryRunner.query(`ALTER TABLE "document_task_responsible" DROP CONSTRAINT "FK_acfc78f40a929ae4619598105ef"`);
    await queryRunner.query(`ALTER TABLE "document_task" DROP CONSTRAINT "FK_03801b7bd997e13d143a6597377"`);
    await queryRunner.query(`ALTER TABLE "document_file" DROP CONSTRAINT "FK_451c4ffa00abea5f7e548c91038"`);
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "FK_ce0da09a021d73a275274690202"`);
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "FK_1407fa9ccce42ac1417c4620db8"`);
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "FK_a329a6b5861f62a7cc5d6ca0833"`);
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "FK_de9094f7d96e3934ba1e5cef65e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6d95972f1542e528d57aee45f8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_acfc78f40a929ae4619598105e"`);
    await queryRunner.query(`DROP TABLE "document_task_responsible"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5640222f5109f3c9655c5712ba"`);
    await queryRunner.query(`DROP INDEX "public"."uq_document_task_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0515d7df984737fb66d59bb698"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e2ccceb0dc917dab0791602158"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_03801b7bd997e13d143a659737"`);
    await queryRunner.query(`DROP TABLE "document_task"`);
    await queryRunner.query(`DROP TYPE "public"."document_task_status"`);
    await queryRunner.query(`DROP TABLE "document_file"`);
    await queryRunner.query(`DROP INDEX "public"."ix_document_search"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0db9a90af199bbb05e35b6c531"`);
    await queryRunner.query(`DROP INDEX "public"."uq_document_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ce0da09a021d73a27527469020"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1407fa9ccce42ac1417c4620db"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a329a6b5861f62a7cc5d6ca083"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_de9094f7d96e3934ba1e5cef65"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f92ab096878d89309d57b13a26"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b12f1e5fbc990ae11e4c2ceb73"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_caa93bbe8078316ced6fb9f940"`);
    await queryRunner.query(`DROP TABLE "document"`);
    await queryRunner.query(`DROP TYPE "public"."document_kind"`);
    await queryRunner.query(`DROP TYPE "public"."document_level"`);
  }
}
