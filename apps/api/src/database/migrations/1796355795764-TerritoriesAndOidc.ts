import { MigrationInterface, QueryRunner } from 'typeorm';

export class TerritoriesAndOidc1796355795764 implements MigrationInterface {
  name = 'TerritoriesAndOidc1796355795764';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "organization_municipality_history" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "organization_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "moved_to_id" uuid NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_org_mun_history_moved" CHECK (municipality_id <> moved_to_id), CONSTRAINT "ck_org_mun_history_dates" CHECK (valid_until >= valid_from), CONSTRAINT "PK_326dafd492333ec5c3a209f3e36" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b9d62d377a50adb244055fc631" ON "organization_municipality_history"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_8c837e140042c2a70515ae38ff" ON "organization_municipality_history"  ("municipality_id") `);
    await queryRunner.query(`CREATE TABLE "account_identity" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "account_id" uuid NOT NULL, "issuer" character varying(300) NOT NULL, "subject" character varying(300) NOT NULL, "linked_by" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_account_identity_account" UNIQUE ("issuer", "account_id"), CONSTRAINT "uq_account_identity_subject" UNIQUE ("issuer", "subject"), CONSTRAINT "PK_ff3623f6775193bb2a7286c2e81" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1d0d64c64afb2a575c9e6fc2d7" ON "account_identity"  ("account_id") `);
    await queryRunner.query(`ALTER TABLE "person" ADD "snils" character varying(11)`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD "oktmo" character varying(11)`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD "merged_into_id" uuid`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD "merged_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_person_snils" ON "person"  ("snils") WHERE snils IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_municipality_oktmo" ON "municipality"  ("oktmo") WHERE oktmo IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_e12249370c5b5d336eb77dbf17" ON "municipality"  ("merged_into_id") `);
    await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "ck_person_snils" CHECK (snils IS NULL OR snils ~ '^[0-9]{11}$')`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD CONSTRAINT "ck_municipality_merged" CHECK (merged_into_id IS NULL OR (merged_into_id <> id AND archived_at IS NOT NULL))`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD CONSTRAINT "ck_municipality_name" CHECK (length(btrim(name)) > 0)`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD CONSTRAINT "ck_municipality_oktmo" CHECK (oktmo IS NULL OR oktmo ~ '^([0-9]{8}|[0-9]{11})$')`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD CONSTRAINT "FK_e12249370c5b5d336eb77dbf179" FOREIGN KEY ("merged_into_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization_municipality_history" ADD CONSTRAINT "FK_b9d62d377a50adb244055fc6312" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization_municipality_history" ADD CONSTRAINT "FK_8c837e140042c2a70515ae38ffe" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization_municipality_history" ADD CONSTRAINT "FK_f776092b69ae7c593bf03ad827f" FOREIGN KEY ("moved_to_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "account_identity" ADD CONSTRAINT "FK_1d0d64c64afb2a575c9e6fc2d7c" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account_identity" DROP CONSTRAINT "FK_1d0d64c64afb2a575c9e6fc2d7c"`);
    await queryRunner.query(`ALTER TABLE "organization_municipality_history" DROP CONSTRAINT "FK_f776092b69ae7c593bf03ad827f"`);
    await queryRunner.query(`ALTER TABLE "organization_municipality_history" DROP CONSTRAINT "FK_8c837e140042c2a70515ae38ffe"`);
    await queryRunner.query(`ALTER TABLE "organization_municipality_history" DROP CONSTRAINT "FK_b9d62d377a50adb244055fc6312"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP CONSTRAINT "FK_e12249370c5b5d336eb77dbf179"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP CONSTRAINT "ck_municipality_oktmo"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP CONSTRAINT "ck_municipality_name"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP CONSTRAINT "ck_municipality_merged"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "ck_person_snils"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e12249370c5b5d336eb77dbf17"`);
    await queryRunner.query(`DROP INDEX "public"."uq_municipality_oktmo"`);
    await queryRunner.query(`DROP INDEX "public"."uq_person_snils"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "merged_at"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "merged_into_id"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "archived_at"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "oktmo"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "snils"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1d0d64c64afb2a575c9e6fc2d7"`);
    await queryRunner.query(`DROP TABLE "account_identity"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8c837e140042c2a70515ae38ff"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b9d62d377a50adb244055fc631"`);
    await queryRunner.query(`DROP TABLE "organization_municipality_history"`);
  }
}
