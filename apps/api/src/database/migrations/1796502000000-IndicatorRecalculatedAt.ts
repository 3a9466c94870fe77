import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a computed indicator was last recalculated (its stored values are «по состоянию на» this moment); null: never.
 * Additive: existing computed indicators with stored values get the latest time one of them was written.
 */
export class IndicatorRecalculatedAt1796502000000 implements MigrationInterface {
  name = 'IndicatorRecalculatedAt1796502000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "indicator" ADD "recalculated_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(
      `UPDATE indicator i SET recalculated_at = v.at
         FROM (SELECT indicator_id, max(entered_at) AS at FROM indicator_value WHERE source = 'CALCULATION' GROUP BY indicator_id) v
        WHERE v.indicator_id = i.id AND i.kind = 'COMPUTED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "indicator" DROP COLUMN "recalculated_at"`);
  }
}
