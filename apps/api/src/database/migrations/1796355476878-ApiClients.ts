import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiClients1796355476878 implements MigrationInterface {
  name = 'ApiClients1796355476878';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."api_client_scope_kind" AS ENUM('REGION', 'MUNICIPALITY', 'ORGANIZATION')`);
    await queryRunner.query(`CREATE TABLE "api_client" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "name" character varying(200) NOT NULL, "description" character varying(1000), "owner_account_id" uuid NOT NULL, "account_id" uuid NOT NULL, "scope_kind" "public"."api_client_scope_kind" NOT NULL, "region_id" uuid, "municipality_id" uuid, "organization_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_api_client_scope" CHECK ((scope_kind = 'REGION' AND region_id IS NOT NULL AND municipality_id IS NULL AND organization_id IS NULL)
   OR (scope_kind = 'MUNICIPALITY' AND region_id IS NULL AND municipality_id IS NOT NULL AND organization_id IS NULL)
   OR (scope_kind = 'ORGANIZATION' AND region_id IS NULL AND municipality_id IS NULL AND organization_id IS NOT NULL)), CONSTRAINT "ck_api_client_name" CHECK (length(btrim(name)) > 0), CONSTRAINT "PK_82a5ec6981d2be903a9eb1d9b9a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3473970fa3c1a59cf56c9f8c1c" ON "api_client"  ("owner_account_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_api_client_account" ON "api_client"  ("account_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_cddbfaf152109038d3c7c00f81" ON "api_client"  ("region_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c297bac88b66683c83f16d3dd1" ON "api_client"  ("municipality_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ce0671352b9650504695c3bb55" ON "api_client"  ("organization_id") `);
    await queryRunner.query(`CREATE TYPE "public"."api_client_domain" AS ENUM('REGISTRY', 'NETWORKS', 'MENTORING', 'DIAGNOSTICS', 'ROUTES', 'INTERNSHIPS', 'EVENTS', 'PLANS', 'DOCUMENTS', 'PRACTICES', 'SYNC')`);
    await queryRunner.query(`CREATE TYPE "public"."api_client_access" AS ENUM('READ', 'WRITE')`);
    await queryRunner.query(`CREATE TABLE "api_client_permission" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "client_id" uuid NOT NULL, "domain" "public"."api_client_domain" NOT NULL, "access" "public"."api_client_access" NOT NULL, CONSTRAINT "uq_api_client_permission" UNIQUE ("client_id", "domain"), CONSTRAINT "PK_ba313ca44249d9425f8f4b8983d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "api_client_secret" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "client_id" uuid NOT NULL, "prefix" character varying(12) NOT NULL, "secret_hash" character(64) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_api_client_secret_prefix" CHECK (prefix ~ '^[a-z0-9]{12}$'), CONSTRAINT "PK_acd160bb4d606510b40f145ed4d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_add0e651f2be0ef701218c89fa" ON "api_client_secret"  ("client_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_api_client_secret_prefix" ON "api_client_secret"  ("prefix") `);
    await queryRunner.query(`CREATE TABLE "api_rate_budget" ("key" character varying(80) NOT NULL, "window_started_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "spent" integer NOT NULL DEFAULT '0', CONSTRAINT "ck_api_rate_budget_spent" CHECK (spent >= 0), CONSTRAINT "PK_c689103335de95785980e59edf2" PRIMARY KEY ("key"))`);
    await queryRunner.query(`ALTER TABLE "api_client" ADD CONSTRAINT "FK_3473970fa3c1a59cf56c9f8c1c5" FOREIGN KEY ("owner_account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_client" ADD CONSTRAINT "FK_aab624804fdc518eb3c67a1726c" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_client" ADD CONSTRAINT "FK_cddbfaf152109038d3c7c00f817" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_client" ADD CONSTRAINT "FK_c297bac88b66683c83f16d3dd11" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_client" ADD CONSTRAINT "FK_ce0671352b9650504695c3bb550" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_client_permission" ADD CONSTRAINT "FK_bdb717d4e9bce706050d19a5237" FOREIGN KEY ("client_id") REFERENCES "api_client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_client_secret" ADD CONSTRAINT "FK_add0e651f2be0ef701218c89fa8" FOREIGN KEY ("client_id") REFERENCES "api_client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_client_secret" DROP CONSTRAINT "FK_add0e651f2be0ef701218c89fa8"`);
    await queryRunner.query(`ALTER TABLE "api_client_permission" DROP CONSTRAINT "FK_bdb717d4e9bce706050d19a5237"`);
    await queryRunner.query(`ALTER TABLE "api_client" DROP CONSTRAINT "FK_ce0671352b9650504695c3bb550"`);
    await queryRunner.query(`ALTER TABLE "api_client" DROP CONSTRAINT "FK_c297bac88b66683c83f16d3dd11"`);
    await queryRunner.query(`ALTER TABLE "api_client" DROP CONSTRAINT "FK_cddbfaf152109038d3c7c00f817"`);
    await queryRunner.query(`ALTER TABLE "api_client" DROP CONSTRAINT "FK_aab624804fdc518eb3c67a1726c"`);
    await queryRunner.query(`ALTER TABLE "api_client" DROP CONSTRAINT "FK_3473970fa3c1a59cf56c9f8c1c5"`);
    await queryRunner.query(`DROP TABLE "api_rate_budget"`);
    await queryRunner.query(`DROP INDEX "public"."uq_api_client_secret_prefix"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_add0e651f2be0ef701218c89fa"`);
    await queryRunner.query(`DROP TABLE "api_client_secret"`);
    await queryRunner.query(`DROP TABLE "api_client_permission"`);
    await queryRunner.query(`DROP TYPE "public"."api_client_access"`);
    await queryRunner.query(`DROP TYPE "public"."api_client_domain"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ce0671352b9650504695c3bb55"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c297bac88b66683c83f16d3dd1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cddbfaf152109038d3c7c00f81"`);
    await queryRunner.query(`DROP INDEX "public"."uq_api_client_account"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3473970fa3c1a59cf56c9f8c1c"`);
    await queryRunner.query(`DROP TABLE "api_client"`);
    await queryRunner.query(`DROP TYPE "public"."api_client_scope_kind"`);
  }
}
