import { currentResultsDiffer } from './support/current-results';
import { startTestApp, TestApp } from './support/test-app';

/**
 * `competence_result_current` (diagnostics' read model «a person's current result per competence», kept by triggers)
 * always equals the rule computed from the results: on the demo data and after every kind of change it depends on.
 * Submissions, imports, expert and combined results through the API are checked at the end of diagnostics.int-spec.
 */
describe('current competence results (maintained read model)', () => {
  let t: TestApp;
  const same = async () => {
    const { table, rule } = await currentResultsDiffer(t.db);
    expect(table.length).toBeGreaterThan(0);
    expect(table).toEqual(rule);
  };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('equals the rule on the demo data', same);

  it('follows inserts, updates and deletions of results, newer and older, in one statement or many', async () => {
    const [r] = await t.db.query(
      `SELECT r.person_id, r.competence_id, r.campaign_id, r.measured_on::text AS measured_on FROM competence_result r
         JOIN diagnostic_campaign dc ON dc.id = r.campaign_id AND dc.archived_at IS NULL ORDER BY r.measured_on, r.id LIMIT 1`,
    );
    // A newer campaign of the same instrument with a result for that person and competence newer than any.
    const [c] = await t.db.query(
      `INSERT INTO diagnostic_campaign (name, instrument_id, mode, combine_rule, self_weight, scope_kind, municipality_id, opens_on, closes_on, status)
       SELECT 'Проверка текущих результатов', instrument_id, mode, combine_rule, self_weight, scope_kind, municipality_id, opens_on, closes_on, status
         FROM diagnostic_campaign WHERE id = $1 RETURNING id`,
      [r.campaign_id],
    );
    const [newer] = await t.db.query(
      `INSERT INTO competence_result (campaign_id, person_id, competence_id, source, score, level, measured_on)
       VALUES ($1, $2, $3, 'SELF', 12, 'DEFICIT', (SELECT max(measured_on) + 1 FROM competence_result)) RETURNING id`,
      [c.id, r.person_id, r.competence_id],
    );
    const current = async () =>
      (await t.db.query(`SELECT result_id, score::float8 AS score FROM competence_result_current cur JOIN competence k ON k.code = cur.code AND k.id = $2 WHERE person_id = $1`, [r.person_id, r.competence_id]))[0];
    expect((await current()).result_id).toBe(newer.id);
    await same();
    await t.db.query(`UPDATE competence_result SET score = 91, level = 'PROFICIT' WHERE id = $1`, [newer.id]);
    expect((await current()).score).toBe(91);
    await same();
    // Older than the current one: nothing changes but the rule still holds.
    await t.db.query(`UPDATE competence_result SET measured_on = measured_on - 4000 WHERE id = $1`, [newer.id]);
    await same();
    await t.db.query(`UPDATE competence_result SET measured_on = measured_on + 4000 WHERE id = $1`, [newer.id]);
    expect((await current()).result_id).toBe(newer.id);
    await t.db.query(`DELETE FROM competence_result WHERE id = $1`, [newer.id]);
    expect((await current()).result_id).not.toBe(newer.id);
    await same();
    // Many rows in one statement (as an import or the seeds write), with ON CONFLICT updates.
    await t.db.query(
      `INSERT INTO competence_result (campaign_id, person_id, competence_id, source, score, level, measured_on)
       SELECT $1, r.person_id, r.competence_id, 'EXPERT', 50, 'NORM', (SELECT max(x.measured_on) + 1 FROM competence_result x) FROM competence_result r WHERE r.campaign_id = $2
       ON CONFLICT ON CONSTRAINT uq_competence_result DO UPDATE SET score = EXCLUDED.score`,
      [c.id, r.campaign_id],
    );
    await same();
    await t.db.query(
      `INSERT INTO competence_result (campaign_id, person_id, competence_id, source, score, level, measured_on)
       SELECT $1, r.person_id, r.competence_id, 'EXPERT', 60, 'NORM', (SELECT max(x.measured_on) + 1 FROM competence_result x) FROM competence_result r WHERE r.campaign_id = $2
       ON CONFLICT ON CONSTRAINT uq_competence_result DO UPDATE SET score = EXCLUDED.score`,
      [c.id, r.campaign_id],
    );
    const ofC = async (extra = '') => Number((await t.db.query(`SELECT count(*) AS n FROM competence_result_current WHERE campaign_id = $1 ${extra}`, [c.id]))[0].n);
    expect(await ofC()).toBeGreaterThan(0);
    expect(await ofC('AND score <> 60')).toBe(0);
    await same();
    // Archived, the campaign stops counting; restored, it counts again; deleted, its results go (by cascade).
    await t.db.query(`UPDATE diagnostic_campaign SET archived_at = now() WHERE id = $1`, [c.id]);
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM competence_result_current WHERE campaign_id = $1`, [c.id]))[0].n)).toBe(0);
    await same();
    await t.db.query(`UPDATE diagnostic_campaign SET archived_at = NULL WHERE id = $1`, [c.id]);
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM competence_result_current WHERE campaign_id = $1`, [c.id]))[0].n)).toBeGreaterThan(0);
    await same();
    await t.db.query(`DELETE FROM diagnostic_campaign WHERE id = $1`, [c.id]);
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM competence_result_current WHERE campaign_id = $1`, [c.id]))[0].n)).toBe(0);
    await same();
  });

  it('follows a competence whose code changes, and the deletion of a person’s results', async () => {
    const [k] = await t.db.query(`SELECT competence_id AS id FROM competence_result_current LIMIT 1`);
    await t.db.query(`UPDATE competence SET code = code || '-X' WHERE id = $1`, [k.id]);
    await same();
    await t.db.query(`UPDATE competence SET code = left(code, length(code) - 2) WHERE id = $1`, [k.id]);
    await same();
    // A person deleted (inside a transaction rolled back, to keep the demo person): their current results go too.
    const qr = t.db.createQueryRunner();
    await qr.startTransaction();
    try {
      const [p] = await qr.query(`SELECT person_id FROM competence_result_current LIMIT 1`);
      await qr.query(`DELETE FROM competence_result WHERE person_id = $1`, [p.person_id]);
      expect(Number((await qr.query(`SELECT count(*) AS n FROM competence_result_current WHERE person_id = $1`, [p.person_id]))[0].n)).toBe(0);
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }
    await same();
  });

  it('stays right when transactions write results of the same people at the same time', async () => {
    const rows: { person_id: string; competence_id: string; campaign_id: string }[] = await t.db.query(
      `SELECT r.person_id, r.competence_id, r.campaign_id FROM competence_result r JOIN diagnostic_campaign dc ON dc.id = r.campaign_id AND dc.archived_at IS NULL LIMIT 20`,
    );
    await Promise.all(
      [10, 20, 30, 40].map((score, i) =>
        t.db.transaction(async (m) => {
          for (const r of rows)
            await m.query(`UPDATE competence_result SET score = $1, measured_on = measured_on + $2::int WHERE person_id = $3 AND competence_id = $4 AND campaign_id = $5`, [
              score,
              i,
              r.person_id,
              r.competence_id,
              r.campaign_id,
            ]);
        }),
      ),
    );
    await same();
  });
});
