import { MigrationInterface, QueryRunner } from 'typeorm';

export class Practices1796331664645 implements MigrationInterface {
  name = 'Practices1796331664645';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."practice_state" AS ENUM('DRAFT', 'ON_REVIEW', 'RETURNED', 'PUBLISHED')`);
    await queryRunner.query(`CREATE TABLE "practice" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "organization_id" uuid NOT NULL, "network_id" uuid, "title" character varying(500) NOT NULL, "problem" text NOT NULL DEFAULT '', "solutions" text NOT NULL DEFAULT '', "mechanisms" text NOT NULL DEFAULT '', "products" text NOT NULL DEFAULT '', "result" text NOT NULL DEFAULT '', "tags" text array NOT NULL DEFAULT '{}', "state" "public"."practice_state" NOT NULL DEFAULT 'DRAFT', "return_reason" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "reviewed_by_account_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "search_vector" tsvector, "illustrative" boolean NOT NULL DEFAULT false, "external_id" character varying(100), "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_practice_tags" CHECK (cardinality(tags) <= 20), CONSTRAINT "ck_practice_network" CHECK (state IN ('DRAFT', 'RETURNED') OR network_id IS NOT NULL), CONSTRAINT "ck_practice_returned" CHECK ((state = 'RETURNED') = (return_reason IS NOT NULL)), CONSTRAINT "ck_practice_title" CHECK (length(btrim(title)) > 0), CONSTRAINT "PK_4d094a10eae690da34cc5b8ea32" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ee4ea6e357e6f14cbfa460a7ec" ON "practice"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_06680b62fc31d77e06431bea2e" ON "practice"  ("network_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6619dcfd6de11a50cd89fb4eb7" ON "practice"  ("state") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_practice_external_id" ON "practice"  ("external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_d3bc2e496c8b64208779ced15f" ON "practice"  ("archived_at") `);
    await queryRunner.query(`CREATE TABLE "practice_author" ("practice_id" uuid NOT NULL, "person_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_45b3dcb36a374c5093f3636e6e2" PRIMARY KEY ("practice_id", "person_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_12af542b97d4b8fd6960e6ca59" ON "practice_author"  ("person_id") `);
    await queryRunner.query(`CREATE TABLE "practice_competence" ("practice_id" uuid NOT NULL, "competence_id" uuid NOT NULL, CONSTRAINT "PK_b252585ab9de0e7cc470753ccc5" PRIMARY KEY ("practice_id", "competence_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3544afe524c29eca0f306b225a" ON "practice_competence"  ("competence_id") `);
    await queryRunner.query(`CREATE TABLE "practice_attachment" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "practice_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "url" character varying(1000), "file_name" character varying(255), "file_type" character varying(100), "file_size" integer, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_practice_attachment_url" CHECK (url IS NULL OR url ~* '^https?://'), CONSTRAINT "ck_practice_attachment_file" CHECK ((file_name IS NULL) = (file_size IS NULL) AND (file_name IS NULL) = (file_type IS NULL)), CONSTRAINT "ck_practice_attachment_source" CHECK ((url IS NULL) <> (file_name IS NULL)), CONSTRAINT "ck_practice_attachment_title" CHECK (length(btrim(title)) > 0), CONSTRAINT "PK_e0e8c145a3fbbd78d0e8ad9aa3d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0850cc2fdaf6bfaa576efaa2ce" ON "practice_attachment"  ("practice_id") `);
    await queryRunner.query(`CREATE TABLE "practice_attachment_file" ("attachment_id" uuid NOT NULL, "content" bytea NOT NULL, CONSTRAINT "PK_b141e54956575212fc679728a62" PRIMARY KEY ("attachment_id"))`);
    await queryRunner.query(`CREATE TYPE "public"."product_kind" AS ENUM('COLLECTION', 'MANUAL', 'PROGRAMME', 'ARTICLE', 'RECOMMENDATIONS', 'NORMATIVE_PACKAGE', 'DIARY', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "methodological_product" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "kind" "public"."product_kind" NOT NULL, "title" character varying(500) NOT NULL, "description" text NOT NULL DEFAULT '', "year" integer NOT NULL, "published_on" date, "organization_id" uuid NOT NULL, "practice_id" uuid, "route_id" uuid, "route_step_id" uuid, "url" character varying(1000), "file_name" character varying(255), "file_type" character varying(100), "file_size" integer, "illustrative" boolean NOT NULL DEFAULT false, "external_id" character varying(100), "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_methodological_product_url" CHECK (url IS NULL OR url ~* '^https?://'), CONSTRAINT "ck_methodological_product_file" CHECK ((file_name IS NULL) = (file_size IS NULL) AND (file_name IS NULL) = (file_type IS NULL)), CONSTRAINT "ck_methodological_product_step" CHECK (route_step_id IS NULL OR route_id IS NOT NULL), CONSTRAINT "ck_methodological_product_published_on" CHECK (published_on IS NULL OR extract(year FROM published_on) = year), CONSTRAINT "ck_methodological_product_year" CHECK (year BETWEEN 1950 AND 2100), CONSTRAINT "ck_methodological_product_title" CHECK (length(btrim(title)) > 0), CONSTRAINT "PK_a4b61dc83341fe5fb7f22ccbdd0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ab1e8ba7fc13b8582b90c6e3fd" ON "methodological_product"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_368d79380131d0305471d4d39a" ON "methodological_product"  ("year") `);
    await queryRunner.query(`CREATE INDEX "IDX_cbca2e64704caa691eaee4fd59" ON "methodological_product"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0e4ef9517b8dd346631cc169f6" ON "methodological_product"  ("practice_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ec10f6b2b7e31ebce6a04052d3" ON "methodological_product"  ("route_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_742739e32e955fa9a5479dcd14" ON "methodological_product"  ("route_step_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_methodological_product_external_id" ON "methodological_product"  ("external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_f9c7942ecad1a1dc1b184f8c16" ON "methodological_product"  ("archived_at") `);
    await queryRunner.query(`CREATE TABLE "methodological_product_author" ("product_id" uuid NOT NULL, "person_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_c1e3a8974b57dbb1218e10761fd" PRIMARY KEY ("product_id", "person_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_74555628e144d73e0d616bb80c" ON "methodological_product_author"  ("person_id") `);
    await queryRunner.query(`CREATE TABLE "methodological_product_file" ("product_id" uuid NOT NULL, "content" bytea NOT NULL, CONSTRAINT "PK_d27e4ce518bbc20c680744cd43e" PRIMARY KEY ("product_id"))`);
    await queryRunner.query(`ALTER TABLE "practice" ADD CONSTRAINT "FK_ee4ea6e357e6f14cbfa460a7ec6" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice" ADD CONSTRAINT "FK_06680b62fc31d77e06431bea2e4" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice" ADD CONSTRAINT "FK_143b845cb3a540b348bfa4a7864" FOREIGN KEY ("reviewed_by_account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_author" ADD CONSTRAINT "FK_894ebdde08e85b6c500fd596f39" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_author" ADD CONSTRAINT "FK_12af542b97d4b8fd6960e6ca596" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_competence" ADD CONSTRAINT "FK_c0bdea002096d253ffd5e628886" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_competence" ADD CONSTRAINT "FK_3544afe524c29eca0f306b225a1" FOREIGN KEY ("competence_id") REFERENCES "competence"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_attachment" ADD CONSTRAINT "FK_0850cc2fdaf6bfaa576efaa2cec" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_attachment_file" ADD CONSTRAINT "FK_b141e54956575212fc679728a62" FOREIGN KEY ("attachment_id") REFERENCES "practice_attachment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "methodological_product" ADD CONSTRAINT "FK_cbca2e64704caa691eaee4fd59c" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "methodological_product" ADD CONSTRAINT "FK_0e4ef9517b8dd346631cc169f67" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "methodological_product" ADD CONSTRAINT "FK_ec10f6b2b7e31ebce6a04052d35" FOREIGN KEY ("route_id") REFERENCES "learning_route"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "methodological_product" ADD CONSTRAINT "FK_742739e32e955fa9a5479dcd149" FOREIGN KEY ("route_step_id") REFERENCES "learning_route_step"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "methodological_product_author" ADD CONSTRAINT "FK_b4542898435d2fca76d9cea9f39" FOREIGN KEY ("product_id") REFERENCES "methodological_product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "methodological_product_author" ADD CONSTRAINT "FK_74555628e144d73e0d616bb80c5" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "methodological_product_file" ADD CONSTRAINT "FK_d27e4ce518bbc20c680744cd43e" FOREIGN KEY ("product_id") REFERENCES "methodological_product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Russian full text: the trigger keeps practice.search_vector (PRACTICE_SEARCH_EXPRESSION in practice.entity.ts), GIN index for @@.
    await queryRunner.query(`CREATE FUNCTION practice_search_vector_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.search_vector := setweight(to_tsvector('russian'::regconfig, coalesce(NEW.title, '') || ' ' || array_to_string(NEW.tags, ' ')), 'A') || setweight(to_tsvector('russian'::regconfig, coalesce(NEW.problem, '') || ' ' || coalesce(NEW.result, '')), 'B') || setweight(to_tsvector('russian'::regconfig, coalesce(NEW.solutions, '') || ' ' || coalesce(NEW.mechanisms, '') || ' ' || coalesce(NEW.products, '')), 'C'); RETURN NEW; END $$`);
    await queryRunner.query(`CREATE TRIGGER practice_search_vector_tg BEFORE INSERT OR UPDATE OF title, tags, problem, result, solutions, mechanisms, products ON "practice" FOR EACH ROW EXECUTE FUNCTION practice_search_vector_fn()`);
    await queryRunner.query(`CREATE INDEX "ix_practice_search" ON "practice" USING gin ("search_vector")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_practice_search"`);
    await queryRunner.query(`DROP TRIGGER practice_search_vector_tg ON "practice"`);
    await queryRunner.query(`DROP FUNCTION practice_search_vector_fn()`);
    await queryRunner.query(`ALTER TABLE "methodological_product_file" DROP CONSTRAINT "FK_d27e4ce518bbc20c680744cd43e"`);
    await queryRunner.query(`ALTER TABLE "methodological_product_author" DROP CONSTRAINT "FK_74555628e144d73e0d616bb80c5"`);
    await queryRunner.query(`ALTER TABLE "methodological_product_author" DROP CONSTRAINT "FK_b4542898435d2fca76d9cea9f39"`);
    await queryRunner.query(`ALTER TABLE "methodological_product" DROP CONSTRAINT "FK_742739e32e955fa9a5479dcd149"`);
    await queryRunner.query(`ALTER TABLE "methodological_product" DROP CONSTRAINT "FK_ec10f6b2b7e31ebce6a04052d35"`);
    await queryRunner.query(`ALTER TABLE "methodological_product" DROP CONSTRAINT "FK_0e4ef9517b8dd346631cc169f67"`);
    await queryRunner.query(`ALTER TABLE "methodological_product" DROP CONSTRAINT "FK_cbca2e64704caa691eaee4fd59c"`);
    await queryRunner.query(`ALTER TABLE "practice_attachment_file" DROP CONSTRAINT "FK_b141e54956575212fc679728a62"`);
    await queryRunner.query(`ALTER TABLE "practice_attachment" DROP CONSTRAINT "FK_0850cc2fdaf6bfaa576efaa2cec"`);
    await queryRunner.query(`ALTER TABLE "practice_competence" DROP CONSTRAINT "FK_3544afe524c29eca0f306b225a1"`);
    await queryRunner.query(`ALTER TABLE "practice_competence" DROP CONSTRAINT "FK_c0bdea002096d253ffd5e628886"`);
    await queryRunner.query(`ALTER TABLE "practice_author" DROP CONSTRAINT "FK_12af542b97d4b8fd6960e6ca596"`);
    await queryRunner.query(`ALTER TABLE "practice_author" DROP CONSTRAINT "FK_894ebdde08e85b6c500fd596f39"`);
    await queryRunner.query(`ALTER TABLE "practice" DROP CONSTRAINT "FK_143b845cb3a540b348bfa4a7864"`);
    await queryRunner.query(`ALTER TABLE "practice" DROP CONSTRAINT "FK_06680b62fc31d77e06431bea2e4"`);
    await queryRunner.query(`ALTER TABLE "practice" DROP CONSTRAINT "FK_ee4ea6e357e6f14cbfa460a7ec6"`);
    await queryRunner.query(`DROP TABLE "methodological_product_file"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_74555628e144d73e0d616bb80c"`);
    await queryRunner.query(`DROP TABLE "methodological_product_author"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f9c7942ecad1a1dc1b184f8c16"`);
    await queryRunner.query(`DROP INDEX "public"."uq_methodological_product_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_742739e32e955fa9a5479dcd14"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ec10f6b2b7e31ebce6a04052d3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0e4ef9517b8dd346631cc169f6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cbca2e64704caa691eaee4fd59"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_368d79380131d0305471d4d39a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ab1e8ba7fc13b8582b90c6e3fd"`);
    await queryRunner.query(`DROP TABLE "methodological_product"`);
    await queryRunner.query(`DROP TYPE "public"."product_kind"`);
    await queryRunner.query(`DROP TABLE "practice_attachment_file"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0850cc2fdaf6bfaa576efaa2ce"`);
    await queryRunner.query(`DROP TABLE "practice_attachment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3544afe524c29eca0f306b225a"`);
    await queryRunner.query(`DROP TABLE "practice_competence"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_12af542b97d4b8fd6960e6ca59"`);
    await queryRunner.query(`DROP TABLE "practice_author"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d3bc2e496c8b64208779ced15f"`);
    await queryRunner.query(`DROP INDEX "public"."uq_practice_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6619dcfd6de11a50cd89fb4eb7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_06680b62fc31d77e06431bea2e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ee4ea6e357e6f14cbfa460a7ec"`);
    await queryRunner.query(`DROP TABLE "practice"`);
    await queryRunner.query(`DROP TYPE "public"."practice_state"`);
  }
}
