import { MigrationInterface, QueryRunner } from 'typeorm';

export class SignInThrottle1796297321295 implements MigrationInterface {
  name = 'SignInThrottle1796297321295';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_throttle" ("kind" character varying(10) NOT NULL, "key" character varying(200) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "locked_until" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_login_throttle_failures" CHECK (failures >= 0), CONSTRAINT "ck_login_throttle_kind" CHECK (kind IN ('ACCOUNT', 'ADDRESS')), CONSTRAINT "PK_8f1b080bf498e6d516bae10628f" PRIMARY KEY ("kind", "key"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_throttle"`);
  }
}
