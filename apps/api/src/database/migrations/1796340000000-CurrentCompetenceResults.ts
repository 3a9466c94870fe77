import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The maintained read model «a person's current result per competence code» (diagnostics): the table, the function
 * that recomputes it for a set of (person, code) keys with the one rule (archived campaigns do not count; the latest by
 * measurement day, then by when written, then by id), the triggers that call it in the same transaction as every
 * change it depends on, and the backfill.
 */
export class CurrentCompetenceResults1796340000000 implements MigrationInterface {
  name = 'CurrentCompetenceResults1796340000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "competence_result_current" ("person_id" uuid NOT NULL, "code" character varying(50) NOT NULL, "result_id" uuid NOT NULL, "competence_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "source" "public"."result_source" NOT NULL, "score" numeric(5,2) NOT NULL, "level" "public"."competence_level" NOT NULL, "measured_on" date NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_46d84f8e78952d415bd9e3195a4" PRIMARY KEY ("person_id", "code"))`);
    await queryRunner.query(`CREATE INDEX "ix_competence_result_current_code" ON "competence_result_current"  ("code") `);
    await queryRunner.query(`ALTER TABLE "competence_result_current" ADD CONSTRAINT "FK_4be8d3855845adc541baff16b98" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    // The rule, for the keys given as two parallel arrays. DELETE then INSERT … ON CONFLICT: a concurrent transaction
    // that refreshed the same key first is waited for (row lock) and then overwritten with a result that sees both.
    await queryRunner.query(`CREATE FUNCTION competence_result_current_refresh(p_person uuid[], p_code varchar[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM competence_result_current c USING unnest(p_person, p_code) AS k(person_id, code)
   WHERE c.person_id = k.person_id AND c.code = k.code;
  INSERT INTO competence_result_current (person_id, code, result_id, competence_id, campaign_id, source, score, level, measured_on, created_at)
  SELECT DISTINCT ON (r.person_id, cc.code) r.person_id, cc.code, r.id, r.competence_id, r.campaign_id, r.source, r.score, r.level, r.measured_on, r.created_at
    FROM (SELECT DISTINCT k.person_id, k.code FROM unnest(p_person, p_code) AS k(person_id, code)) k
    JOIN competence cc ON cc.code = k.code
    JOIN competence_result r ON r.person_id = k.person_id AND r.competence_id = cc.id
    JOIN diagnostic_campaign dc ON dc.id = r.campaign_id AND dc.archived_at IS NULL
   ORDER BY r.person_id, cc.code, r.measured_on DESC, r.created_at DESC, r.id DESC
  ON CONFLICT (person_id, code) DO UPDATE SET result_id = EXCLUDED.result_id, competence_id = EXCLUDED.competence_id,
     campaign_id = EXCLUDED.campaign_id, source = EXCLUDED.source, score = EXCLUDED.score, level = EXCLUDED.level,
     measured_on = EXCLUDED.measured_on, created_at = EXCLUDED.created_at;
END $$`);
    // Every write of results (submissions, imports, expert assessments, combined results, seeds, deletions by cascade).
    await queryRunner.query(`CREATE FUNCTION competence_result_current_rows_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM competence_result_current_refresh(array_agg(x.person_id), array_agg(c.code)) FROM new_rows x JOIN competence c ON c.id = x.competence_id;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM competence_result_current_refresh(array_agg(x.person_id), array_agg(c.code))
       FROM (SELECT person_id, competence_id FROM old_rows UNION SELECT person_id, competence_id FROM new_rows) x JOIN competence c ON c.id = x.competence_id;
  ELSE
    PERFORM competence_result_current_refresh(array_agg(x.person_id), array_agg(c.code)) FROM old_rows x JOIN competence c ON c.id = x.competence_id;
  END IF;
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER competence_result_current_ins AFTER INSERT ON "competence_result" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION competence_result_current_rows_fn()`);
    await queryRunner.query(`CREATE TRIGGER competence_result_current_upd AFTER UPDATE ON "competence_result" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION competence_result_current_rows_fn()`);
    await queryRunner.query(`CREATE TRIGGER competence_result_current_del AFTER DELETE ON "competence_result" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION competence_result_current_rows_fn()`);
    // A campaign archived or restored: its results stop or start counting.
    await queryRunner.query(`CREATE FUNCTION competence_result_current_campaign_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM competence_result_current_refresh(array_agg(r.person_id), array_agg(c.code))
     FROM competence_result r JOIN competence c ON c.id = r.competence_id WHERE r.campaign_id = NEW.id;
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER competence_result_current_campaign AFTER UPDATE OF archived_at ON "diagnostic_campaign" FOR EACH ROW WHEN ((OLD.archived_at IS NULL) <> (NEW.archived_at IS NULL)) EXECUTE FUNCTION competence_result_current_campaign_fn()`);
    // A competence's code changed (drafts only): its results move from the old code to the new one.
    await queryRunner.query(`CREATE FUNCTION competence_result_current_code_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM competence_result_current_refresh(array_agg(r.person_id), array_agg(k.code))
     FROM competence_result r CROSS JOIN (VALUES (OLD.code), (NEW.code)) k(code) WHERE r.competence_id = NEW.id;
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER competence_result_current_code AFTER UPDATE OF code ON "competence" FOR EACH ROW WHEN (OLD.code IS DISTINCT FROM NEW.code) EXECUTE FUNCTION competence_result_current_code_fn()`);
    // Backfill with the same rule.
    await queryRunner.query(`INSERT INTO competence_result_current (person_id, code, result_id, competence_id, campaign_id, source, score, level, measured_on, created_at)
      SELECT DISTINCT ON (r.person_id, cc.code) r.person_id, cc.code, r.id, r.competence_id, r.campaign_id, r.source, r.score, r.level, r.measured_on, r.created_at
        FROM competence_result r JOIN competence cc ON cc.id = r.competence_id
        JOIN diagnostic_campaign dc ON dc.id = r.campaign_id AND dc.archived_at IS NULL
       ORDER BY r.person_id, cc.code, r.measured_on DESC, r.created_at DESC, r.id DESC`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER competence_result_current_code ON "competence"`);
    await queryRunner.query(`DROP TRIGGER competence_result_current_campaign ON "diagnostic_campaign"`);
    await queryRunner.query(`DROP TRIGGER competence_result_current_del ON "competence_result"`);
    await queryRunner.query(`DROP TRIGGER competence_result_current_upd ON "competence_result"`);
    await queryRunner.query(`DROP TRIGGER competence_result_current_ins ON "competence_result"`);
    await queryRunner.query(`DROP FUNCTION competence_result_current_code_fn()`);
    await queryRunner.query(`DROP FUNCTION competence_result_current_campaign_fn()`);
    await queryRunner.query(`DROP FUNCTION competence_result_current_rows_fn()`);
    await queryRunner.query(`DROP FUNCTION competence_result_current_refresh(uuid[], varchar[])`);
    await queryRunner.query(`ALTER TABLE "competence_result_current" DROP CONSTRAINT "FK_4be8d3855845adc541baff16b98"`);
    await queryRunner.query(`DROP INDEX "public"."ix_competence_result_current_code"`);
    await queryRunner.query(`DROP TABLE "competence_result_current"`);
  }
}
