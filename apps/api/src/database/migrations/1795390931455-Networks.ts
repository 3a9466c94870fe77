import { MigrationInterface, QueryRunner } from 'typeorm';

export class Networks1795390931455 implements MigrationInterface {
  name = 'Networks1795390931455';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."network_model" AS ENUM('SCHOOL_TO_SCHOOL_HIERARCHY', 'CONCENTRIC', 'DISTRIBUTED', 'MIXED', 'RESOURCE_CENTER_SERVICES', 'BILATERAL_PARTNERSHIP', 'INTER_REGIONAL')`);
    await queryRunner.query(`CREATE TABLE "network" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "name" character varying(500) NOT NULL, "model" "public"."network_model" NOT NULL, "coordinator_organization_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "goals" text NOT NULL DEFAULT '', "external_id" character varying(100), "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_network_period" CHECK (ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT "ck_network_name" CHECK (length(btrim(name)) > 0), CONSTRAINT "PK_8f8264c2d37cbbd8282ee9a3c97" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e6348c41ae9e277b48ac715cc2" ON "network"  ("coordinator_organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_network_external_id" ON "network"  ("external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_762518361dafa25feeb39a73e0" ON "network"  ("archived_at") `);
    await queryRunner.query(`CREATE TYPE "public"."agreement_kind" AS ENUM('PARTNERSHIP', 'NETWORK_INTERACTION', 'COOPERATION')`);
    await queryRunner.query(`CREATE TABLE "agreement" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "network_id" uuid NOT NULL, "number" character varying(100) NOT NULL, "kind" "public"."agreement_kind" NOT NULL, "signed_on" date NOT NULL, "subject" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "external_id" character varying(100), "file_name" character varying(255), "file_type" character varying(100), "file_size" integer, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_agreement_dates" CHECK (signed_on <= starts_on AND (ends_on IS NULL OR ends_on >= starts_on)), CONSTRAINT "ck_agreement_number" CHECK (length(btrim(number)) > 0), CONSTRAINT "PK_e7537188219eeef56233a609753" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d98ebd7d4e15f1f5185fe7327b" ON "agreement"  ("network_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_35d877aa695ffe62a8c4b3e22d" ON "agreement"  ("ends_on") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_agreement_external_id" ON "agreement"  ("external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_8819d5cabcc19f54d0d71ee07d" ON "agreement"  ("archived_at") `);
    await queryRunner.query(`CREATE TABLE "agreement_file" ("agreement_id" uuid NOT NULL, "content" bytea NOT NULL, CONSTRAINT "PK_af4e2ca8cc5301990ba616abc14" PRIMARY KEY ("agreement_id"))`);
    await queryRunner.query(`CREATE TABLE "agreement_party" ("agreement_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_4200063110b02feea767148d52d" PRIMARY KEY ("agreement_id", "organization_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e1b2c3aa918ae1bc54ea48aa00" ON "agreement_party"  ("organization_id") `);
    await queryRunner.query(`CREATE TYPE "public"."network_member_role" AS ENUM('COORDINATOR', 'RESOURCE_CENTER', 'MENTOR_SCHOOL', 'SUPPORTED_SCHOOL', 'METHODOLOGICAL_SERVICE', 'PARTNER', 'PARTICIPANT')`);
    await queryRunner.query(`CREATE TABLE "network_member" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "network_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" "public"."network_member_role" NOT NULL, "level" integer, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_network_member" UNIQUE ("network_id", "organization_id"), CONSTRAINT "ck_network_member_level" CHECK (level IS NULL OR level BETWEEN 1 AND 5), CONSTRAINT "PK_ea950406ee62d4ba1a75a103a67" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c734596c8b5c2b5b687c13f8cf" ON "network_member"  ("network_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7331fd4d556d86eb21d3e8b167" ON "network_member"  ("organization_id") `);
    await queryRunner.query(`CREATE TYPE "public"."network_edge_kind" AS ENUM('SUPPORT', 'CONSULT')`);
    await queryRunner.query(`CREATE TABLE "network_edge" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "network_id" uuid NOT NULL, "from_member_id" uuid NOT NULL, "to_member_id" uuid NOT NULL, "kind" "public"."network_edge_kind" NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_network_edge" UNIQUE ("network_id", "from_member_id", "to_member_id", "kind"), CONSTRAINT "ck_network_edge_not_self" CHECK (from_member_id <> to_member_id), CONSTRAINT "PK_838e3a408e578a0fa06219bd8b5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3ce02efc58401a137c5c943ff5" ON "network_edge"  ("network_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6206d4c112f8ce337db96c93aa" ON "network_edge"  ("to_member_id") `);
    await queryRunner.query(`ALTER TABLE "network" ADD CONSTRAINT "FK_e6348c41ae9e277b48ac715cc2b" FOREIGN KEY ("coordinator_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agreement" ADD CONSTRAINT "FK_d98ebd7d4e15f1f5185fe7327b4" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agreement_file" ADD CONSTRAINT "FK_af4e2ca8cc5301990ba616abc14" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agreement_party" ADD CONSTRAINT "FK_d55c8fcdb8371f73eba5b07ce1e" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agreement_party" ADD CONSTRAINT "FK_e1b2c3aa918ae1bc54ea48aa009" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_member" ADD CONSTRAINT "FK_c734596c8b5c2b5b687c13f8cf6" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_member" ADD CONSTRAINT "FK_7331fd4d556d86eb21d3e8b167e" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_edge" ADD CONSTRAINT "FK_3ce02efc58401a137c5c943ff53" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_edge" ADD CONSTRAINT "FK_8279ab916321f94cd0dea121a35" FOREIGN KEY ("from_member_id") REFERENCES "network_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_edge" ADD CONSTRAINT "FK_6206d4c112f8ce337db96c93aab" FOREIGN KEY ("to_member_id") REFERENCES "network_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "network_edge" DROP CONSTRAINT "FK_6206d4c112f8ce337db96c93aab"`);
    await queryRunner.query(`ALTER TABLE "network_edge" DROP CONSTRAINT "FK_8279ab916321f94cd0dea121a35"`);
    await queryRunner.query(`ALTER TABLE "network_edge" DROP CONSTRAINT "FK_3ce02efc58401a137c5c943ff53"`);
    await queryRunner.query(`ALTER TABLE "network_member" DROP CONSTRAINT "FK_7331fd4d556d86eb21d3e8b167e"`);
    await queryRunner.query(`ALTER TABLE "network_member" DROP CONSTRAINT "FK_c734596c8b5c2b5b687c13f8cf6"`);
    await queryRunner.query(`ALTER TABLE "agreement_party" DROP CONSTRAINT "FK_e1b2c3aa918ae1bc54ea48aa009"`);
    await queryRunner.query(`ALTER TABLE "agreement_party" DROP CONSTRAINT "FK_d55c8fcdb8371f73eba5b07ce1e"`);
    await queryRunner.query(`ALTER TABLE "agreement_file" DROP CONSTRAINT "FK_af4e2ca8cc5301990ba616abc14"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "FK_d98ebd7d4e15f1f5185fe7327b4"`);
    await queryRunner.query(`ALTER TABLE "network" DROP CONSTRAINT "FK_e6348c41ae9e277b48ac715cc2b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6206d4c112f8ce337db96c93aa"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ce02efc58401a137c5c943ff5"`);
    await queryRunner.query(`DROP TABLE "network_edge"`);
    await queryRunner.query(`DROP TYPE "public"."network_edge_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7331fd4d556d86eb21d3e8b167"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c734596c8b5c2b5b687c13f8cf"`);
    await queryRunner.query(`DROP TABLE "network_member"`);
    await queryRunner.query(`DROP TYPE "public"."network_member_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e1b2c3aa918ae1bc54ea48aa00"`);
    await queryRunner.query(`DROP TABLE "agreement_party"`);
    await queryRunner.query(`DROP TABLE "agreement_file"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8819d5cabcc19f54d0d71ee07d"`);
    await queryRunner.query(`DROP INDEX "public"."uq_agreement_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_35d877aa695ffe62a8c4b3e22d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d98ebd7d4e15f1f5185fe7327b"`);
    await queryRunner.query(`DROP TABLE "agreement"`);
    await queryRunner.query(`DROP TYPE "public"."agreement_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_762518361dafa25feeb39a73e0"`);
    await queryRunner.query(`DROP INDEX "public"."uq_network_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e6348c41ae9e277b48ac715cc2"`);
    await queryRunner.query(`DROP TABLE "network"`);
    await queryRunner.query(`DROP TYPE "public"."network_model"`);
  }
}
