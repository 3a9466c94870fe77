import { MigrationInterface, QueryRunner } from 'typeorm';

export class Calendar1796315361624 implements MigrationInterface {
  name = 'Calendar1796315361624';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calendar_subscription" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "account_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "token_hash" character(64) NOT NULL, "network_id" uuid, "municipality_id" uuid, "competence_id" uuid, "kind" "public"."event_kind", "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_calendar_subscription_name" CHECK (length(btrim(name)) > 0), CONSTRAINT "PK_6f7bc98fda02baf865f24820520" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a5d3806dfdc33fca3a3a35a4d6" ON "calendar_subscription"  ("account_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_calendar_subscription_token" ON "calendar_subscription"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "cross_check_school_pair" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "from_organization_id" uuid NOT NULL, "checker_organization_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_cross_check_school_pair" UNIQUE ("event_id", "from_organization_id", "checker_organization_id"), CONSTRAINT "ck_cross_check_school_pair_distinct" CHECK (from_organization_id <> checker_organization_id), CONSTRAINT "PK_1ee2a3bee9c04bc64389272f107" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f51d00489d4d3ded7c829908d7" ON "cross_check_school_pair"  ("event_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e7305cc96bd078c82c2d753533" ON "cross_check_school_pair"  ("from_organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c717e52d5c1c0e835c0c8eb902" ON "cross_check_school_pair"  ("checker_organization_id") `);
    await queryRunner.query(`CREATE TABLE "cross_check_expert_pair" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "first_person_id" uuid NOT NULL, "second_person_id" uuid NOT NULL, "subject" character varying(200) NOT NULL DEFAULT '', "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_cross_check_expert_pair" UNIQUE ("event_id", "first_person_id", "second_person_id", "subject"), CONSTRAINT "ck_cross_check_expert_pair_distinct" CHECK (first_person_id <> second_person_id), CONSTRAINT "PK_6a193717937c8094577cc4ebd90" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7eafcdd158fc0ea7cac0e3baa5" ON "cross_check_expert_pair"  ("event_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_30477fcab5aa2efac3ced96e50" ON "cross_check_expert_pair"  ("first_person_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c1f2bfe85353fca87980c26283" ON "cross_check_expert_pair"  ("second_person_id") `);
    await queryRunner.query(`CREATE TABLE "cross_check_protocol_row" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "subject" character varying(200) NOT NULL, "grade" smallint NOT NULL, "paper_count" integer NOT NULL, "discrepancy_count" integer NOT NULL, "comment" text NOT NULL DEFAULT '', "illustrative" boolean NOT NULL DEFAULT false, "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_cross_check_protocol_row" UNIQUE ("event_id", "subject", "grade"), CONSTRAINT "ck_cross_check_protocol_counts" CHECK (paper_count >= 0 AND discrepancy_count >= 0 AND discrepancy_count <= paper_count), CONSTRAINT "ck_cross_check_protocol_grade" CHECK (grade BETWEEN 1 AND 11), CONSTRAINT "ck_cross_check_protocol_subject" CHECK (length(btrim(subject)) > 0), CONSTRAINT "PK_7aa0b2ddec9c2dc907050b451f4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6967f246eb64013b8695a4b4b1" ON "cross_check_protocol_row"  ("event_id") `);
    await queryRunner.query(`ALTER TABLE "calendar_subscription" ADD CONSTRAINT "FK_a5d3806dfdc33fca3a3a35a4d60" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "calendar_subscription" ADD CONSTRAINT "FK_d49cc3ea26d1bd58d3cb7e2f149" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "calendar_subscription" ADD CONSTRAINT "FK_4b6c18373cef5ad092737e2cf11" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "calendar_subscription" ADD CONSTRAINT "FK_e31fbc5235ec93e474c0fb80ba0" FOREIGN KEY ("competence_id") REFERENCES "competence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cross_check_school_pair" ADD CONSTRAINT "FK_f51d00489d4d3ded7c829908d79" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cross_check_school_pair" ADD CONSTRAINT "FK_e7305cc96bd078c82c2d7535339" FOREIGN KEY ("from_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cross_check_school_pair" ADD CONSTRAINT "FK_c717e52d5c1c0e835c0c8eb902e" FOREIGN KEY ("checker_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cross_check_expert_pair" ADD CONSTRAINT "FK_7eafcdd158fc0ea7cac0e3baa5d" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cross_check_expert_pair" ADD CONSTRAINT "FK_30477fcab5aa2efac3ced96e50a" FOREIGN KEY ("first_person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cross_check_expert_pair" ADD CONSTRAINT "FK_c1f2bfe85353fca87980c262833" FOREIGN KEY ("second_person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cross_check_protocol_row" ADD CONSTRAINT "FK_6967f246eb64013b8695a4b4b11" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cross_check_protocol_row" DROP CONSTRAINT "FK_6967f246eb64013b8695a4b4b11"`);
    await queryRunner.query(`ALTER TABLE "cross_check_expert_pair" DROP CONSTRAINT "FK_c1f2bfe85353fca87980c262833"`);
    await queryRunner.query(`ALTER TABLE "cross_check_expert_pair" DROP CONSTRAINT "FK_30477fcab5aa2efac3ced96e50a"`);
    await queryRunner.query(`ALTER TABLE "cross_check_expert_pair" DROP CONSTRAINT "FK_7eafcdd158fc0ea7cac0e3baa5d"`);
    await queryRunner.query(`ALTER TABLE "cross_check_school_pair" DROP CONSTRAINT "FK_c717e52d5c1c0e835c0c8eb902e"`);
    await queryRunner.query(`ALTER TABLE "cross_check_school_pair" DROP CONSTRAINT "FK_e7305cc96bd078c82c2d7535339"`);
    await queryRunner.query(`ALTER TABLE "cross_check_school_pair" DROP CONSTRAINT "FK_f51d00489d4d3ded7c829908d79"`);
    await queryRunner.query(`ALTER TABLE "calendar_subscription" DROP CONSTRAINT "FK_e31fbc5235ec93e474c0fb80ba0"`);
    await queryRunner.query(`ALTER TABLE "calendar_subscription" DROP CONSTRAINT "FK_4b6c18373cef5ad092737e2cf11"`);
    await queryRunner.query(`ALTER TABLE "calendar_subscription" DROP CONSTRAINT "FK_d49cc3ea26d1bd58d3cb7e2f149"`);
    await queryRunner.query(`ALTER TABLE "calendar_subscription" DROP CONSTRAINT "FK_a5d3806dfdc33fca3a3a35a4d60"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6967f246eb64013b8695a4b4b1"`);
    await queryRunner.query(`DROP TABLE "cross_check_protocol_row"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c1f2bfe85353fca87980c26283"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_30477fcab5aa2efac3ced96e50"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7eafcdd158fc0ea7cac0e3baa5"`);
    await queryRunner.query(`DROP TABLE "cross_check_expert_pair"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c717e52d5c1c0e835c0c8eb902"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e7305cc96bd078c82c2d753533"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f51d00489d4d3ded7c829908d7"`);
    await queryRunner.query(`DROP TABLE "cross_check_school_pair"`);
    await queryRunner.query(`DROP INDEX "public"."uq_calendar_subscription_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a5d3806dfdc33fca3a3a35a4d6"`);
    await queryRunner.query(`DROP TABLE "calendar_subscription"`);
  }
}
