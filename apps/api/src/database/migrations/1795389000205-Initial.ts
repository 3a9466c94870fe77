import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795389000205 implements MigrationInterface {
  name = 'Initial1795389000205';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."qualification_category" AS ENUM('NONE', 'FIRST', 'HIGHEST', 'METHODIST', 'MENTOR')`);
    await queryRunner.query(`CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "last_name" character varying(100) NOT NULL, "first_name" character varying(100) NOT NULL, "middle_name" character varying(100), "birth_date" date, "external_id" character varying(100), "email" character varying(200), "phone" character varying(50), "subjects" text array NOT NULL DEFAULT '{}', "experience_years" integer, "qualification_category" "public"."qualification_category" NOT NULL DEFAULT 'NONE', "is_master_teacher" boolean NOT NULL DEFAULT false, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_person_birth_date" CHECK (birth_date IS NULL OR birth_date BETWEEN DATE '1920-01-01' AND DATE '2015-01-01'), CONSTRAINT "ck_person_names" CHECK (length(btrim(last_name)) > 0 AND length(btrim(first_name)) > 0), CONSTRAINT "ck_person_experience" CHECK (experience_years IS NULL OR experience_years BETWEEN 0 AND 70), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_2ca81951428219072c6fa72eff" ON "person"  ("last_name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_person_external_id" ON "person"  ("external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_person_email" ON "person"  ("email") WHERE email IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_fec97d68c18b1aa6128134b982" ON "person"  ("archived_at") `);
    await queryRunner.query(`CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "login" character varying(200) NOT NULL, "display_name" character varying(300) NOT NULL, "password_hash" character varying(300) NOT NULL, "person_id" uuid, "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_account_login" ON "account"  ("login") `);
    await queryRunner.query(`CREATE INDEX "IDX_73b5a14ecc8f5529ea98a746d5" ON "account"  ("person_id") `);
    await queryRunner.query(`CREATE TABLE "region" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "code" character varying(8) NOT NULL, "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_74f7723fdff738f92929c0056cb" UNIQUE ("code"), CONSTRAINT "UQ_8d766fc1d4d2e72ecd5f6567a02" UNIQUE ("name"), CONSTRAINT "PK_5f48ffc3af96bc486f5f3f3a6da" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."municipality_kind" AS ENUM('DISTRICT', 'URBAN_OKRUG', 'MUNICIPAL_OKRUG', 'CITY')`);
    await queryRunner.query(`CREATE TABLE "municipality" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "region_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "kind" "public"."municipality_kind" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_municipality_region_name" UNIQUE ("region_id", "name"), CONSTRAINT "PK_281ad341f20df7c41b83a182e2a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8332d29fbc47c03df97cde72a3" ON "municipality"  ("region_id") `);
    await queryRunner.query(`CREATE TYPE "public"."organization_kind" AS ENUM('SCHOOL', 'GYMNASIUM', 'LYCEUM', 'EDUCATION_CENTER', 'BOARDING_SCHOOL', 'KINDERGARTEN', 'ADDITIONAL_EDUCATION', 'METHODOLOGICAL_SERVICE', 'EDUCATION_AUTHORITY', 'INSTITUTE', 'UNIVERSITY', 'PARTNER')`);
    await queryRunner.query(`CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "municipality_id" uuid NOT NULL, "name" character varying(500) NOT NULL, "short_name" character varying(200), "kind" "public"."organization_kind" NOT NULL, "inn" character varying(10), "external_id" character varying(100), "address" character varying(500), "email" character varying(200), "website" character varying(200), "founded_year" integer, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_organization_founded" CHECK (founded_year IS NULL OR founded_year BETWEEN 1700 AND 2100), CONSTRAINT "ck_organization_name" CHECK (length(btrim(name)) > 0), CONSTRAINT "ck_organization_inn" CHECK (inn IS NULL OR inn ~ '^[0-9]{10}$'), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f2b7a0202fce39fd19367daca2" ON "organization"  ("municipality_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6adcbca2fe346f3f07750f4a40" ON "organization"  ("kind") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_organization_inn" ON "organization"  ("inn") WHERE inn IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_organization_external_id" ON "organization"  ("external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_0271c44d9102279f38ca75e352" ON "organization"  ("archived_at") `);
    await queryRunner.query(`CREATE TYPE "public"."role_kind" AS ENUM('PLATFORM_ADMIN', 'REGIONAL_COORDINATOR', 'MUNICIPAL_METHODIST', 'ORGANIZATION_ADMIN', 'MENTOR', 'TEACHER')`);
    await queryRunner.query(`CREATE TABLE "role_grant" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "account_id" uuid NOT NULL, "role" "public"."role_kind" NOT NULL, "region_id" uuid, "municipality_id" uuid, "organization_id" uuid, "scope_key" character varying(36) NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_role_grant" UNIQUE ("account_id", "role", "scope_key"), CONSTRAINT "ck_role_grant_scope" CHECK ((role = 'PLATFORM_ADMIN' AND region_id IS NULL AND municipality_id IS NULL AND organization_id IS NULL)
   OR (role = 'REGIONAL_COORDINATOR' AND region_id IS NOT NULL AND municipality_id IS NULL AND organization_id IS NULL)
   OR (role = 'MUNICIPAL_METHODIST' AND region_id IS NULL AND municipality_id IS NOT NULL AND organization_id IS NULL)
   OR (role = 'ORGANIZATION_ADMIN' AND region_id IS NULL AND municipality_id IS NULL AND organization_id IS NOT NULL)
   OR (role IN ('MENTOR', 'TEACHER') AND region_id IS NULL AND municipality_id IS NULL AND organization_id IS NULL)), CONSTRAINT "PK_b9e50aafa723c536731c38529fb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_bc6702f23e76faca48a341fad6" ON "role_grant"  ("account_id") `);
    await queryRunner.query(`CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "token_hash" character varying(64) NOT NULL, "account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip" character varying(100), "user_agent" character varying(300), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_session_token_hash" ON "session"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_fae5a6b4a57f098e9af8520d49" ON "session"  ("account_id") `);
    await queryRunner.query(`CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "account_id" uuid, "action" character varying(40) NOT NULL, "entity_type" character varying(60) NOT NULL, "entity_id" uuid, "before" jsonb, "after" jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ba27cef5b8b2b1a756e06ebcc5" ON "audit_log"  ("at") `);
    await queryRunner.query(`CREATE INDEX "IDX_17720fc3dd22cf62dce6c1bd4c" ON "audit_log"  ("account_id") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_entity" ON "audit_log"  ("entity_type", "entity_id") `);
    await queryRunner.query(`CREATE TYPE "public"."organization_status_kind" AS ENUM('LOW_RESULTS', 'UNFAVOURABLE_CONDITIONS', 'HIGH_RESULTS', 'PROJECT_500', 'MINPROS_SCHOOL_BASIC', 'MINPROS_SCHOOL_MEDIUM', 'MINPROS_SCHOOL_HIGH', 'RESOURCE_CENTER', 'MUNICIPAL_INNOVATION_SITE', 'REGIONAL_INNOVATION_SITE', 'FEDERAL_INNOVATION_SITE', 'STAGING_SITE', 'SUPPORT_SITE', 'GROWTH_POINT')`);
    await queryRunner.query(`CREATE TABLE "organization_status" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "organization_id" uuid NOT NULL, "kind" "public"."organization_status_kind" NOT NULL, "year" integer NOT NULL, "source" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_organization_status" UNIQUE ("organization_id", "kind", "year"), CONSTRAINT "ck_organization_status_year" CHECK (year BETWEEN 2000 AND 2100), CONSTRAINT "PK_d1411a3952b2c8b802b5a7d96c1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e799949ade51d5e67320d4c167" ON "organization_status"  ("organization_id") `);
    await queryRunner.query(`CREATE TYPE "public"."position_kind" AS ENUM('TEACHER', 'DEPUTY_DIRECTOR', 'DIRECTOR', 'METHODIST', 'HEAD_OF_SCHOOL_ASSOCIATION', 'HEAD_OF_DISTRICT_ASSOCIATION', 'PRESCHOOL_TEACHER', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "position" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "person_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "kind" "public"."position_kind" NOT NULL, "title" character varying(300), "is_main" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_position" UNIQUE ("person_id", "organization_id", "kind"), CONSTRAINT "PK_b7f483581562b4dc62ae1a5b7e2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_35a1ef1040bb2fc1a467248fd3" ON "position"  ("person_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4e7ff4b54fba3f71f8d435eec8" ON "position"  ("organization_id") `);
    await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "FK_73b5a14ecc8f5529ea98a746d51" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD CONSTRAINT "FK_8332d29fbc47c03df97cde72a33" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization" ADD CONSTRAINT "FK_f2b7a0202fce39fd19367daca21" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_grant" ADD CONSTRAINT "FK_bc6702f23e76faca48a341fad66" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_grant" ADD CONSTRAINT "FK_2e682808e68fb8f1ce4a9b0ac69" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_grant" ADD CONSTRAINT "FK_b15ab3ffd91cf7f62daa3c08c01" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_grant" ADD CONSTRAINT "FK_2528cbe1e0159c78384433bb74e" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "FK_fae5a6b4a57f098e9af8520d499" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization_status" ADD CONSTRAINT "FK_e799949ade51d5e67320d4c167a" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "position" ADD CONSTRAINT "FK_35a1ef1040bb2fc1a467248fd38" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "position" ADD CONSTRAINT "FK_4e7ff4b54fba3f71f8d435eec80" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "position" DROP CONSTRAINT "FK_4e7ff4b54fba3f71f8d435eec80"`);
    await queryRunner.query(`ALTER TABLE "position" DROP CONSTRAINT "FK_35a1ef1040bb2fc1a467248fd38"`);
    await queryRunner.query(`ALTER TABLE "organization_status" DROP CONSTRAINT "FK_e799949ade51d5e67320d4c167a"`);
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_fae5a6b4a57f098e9af8520d499"`);
    await queryRunner.query(`ALTER TABLE "role_grant" DROP CONSTRAINT "FK_2528cbe1e0159c78384433bb74e"`);
    await queryRunner.query(`ALTER TABLE "role_grant" DROP CONSTRAINT "FK_b15ab3ffd91cf7f62daa3c08c01"`);
    await queryRunner.query(`ALTER TABLE "role_grant" DROP CONSTRAINT "FK_2e682808e68fb8f1ce4a9b0ac69"`);
    await queryRunner.query(`ALTER TABLE "role_grant" DROP CONSTRAINT "FK_bc6702f23e76faca48a341fad66"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "FK_f2b7a0202fce39fd19367daca21"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP CONSTRAINT "FK_8332d29fbc47c03df97cde72a33"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "FK_73b5a14ecc8f5529ea98a746d51"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4e7ff4b54fba3f71f8d435eec8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_35a1ef1040bb2fc1a467248fd3"`);
    await queryRunner.query(`DROP TABLE "position"`);
    await queryRunner.query(`DROP TYPE "public"."position_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e799949ade51d5e67320d4c167"`);
    await queryRunner.query(`DROP TABLE "organization_status"`);
    await queryRunner.query(`DROP TYPE "public"."organization_status_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_entity"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_17720fc3dd22cf62dce6c1bd4c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ba27cef5b8b2b1a756e06ebcc5"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fae5a6b4a57f098e9af8520d49"`);
    await queryRunner.query(`DROP INDEX "public"."uq_session_token_hash"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bc6702f23e76faca48a341fad6"`);
    await queryRunner.query(`DROP TABLE "role_grant"`);
    await queryRunner.query(`DROP TYPE "public"."role_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0271c44d9102279f38ca75e352"`);
    await queryRunner.query(`DROP INDEX "public"."uq_organization_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_organization_inn"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6adcbca2fe346f3f07750f4a40"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f2b7a0202fce39fd19367daca2"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8332d29fbc47c03df97cde72a3"`);
    await queryRunner.query(`DROP TABLE "municipality"`);
    await queryRunner.query(`DROP TYPE "public"."municipality_kind"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73b5a14ecc8f5529ea98a746d5"`);
    await queryRunner.query(`DROP INDEX "public"."uq_account_login"`);
    await queryRunner.query(`DROP TABLE "account"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fec97d68c18b1aa6128134b982"`);
    await queryRunner.query(`DROP INDEX "public"."uq_person_email"`);
    await queryRunner.query(`DROP INDEX "public"."uq_person_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2ca81951428219072c6fa72eff"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP TYPE "public"."qualification_category"`);
  }
}
