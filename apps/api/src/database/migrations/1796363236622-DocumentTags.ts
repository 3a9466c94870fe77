import { MigrationInterface, QueryRunner } from 'typeorm';

export class DocumentTags1796363236622 implements MigrationInterface {
  name = 'DocumentTags1796363236622';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "document" ADD "tags" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "document" ADD CONSTRAINT "ck_document_tags" CHECK (cardinality(tags) <= 20)`);
    // The tag filter (`tags @> ARRAY[tag]`); declared on the entity with synchronize: false.
    await queryRunner.query(`CREATE INDEX "ix_document_tags" ON "document" USING gin ("tags")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_document_tags"`);
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "ck_document_tags"`);
    await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "tags"`);
  }
}
