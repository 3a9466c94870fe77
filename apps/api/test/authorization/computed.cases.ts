import { DataSource } from 'typeorm';
import { OperationCases } from '../support/operation-cases';

/**
 * Computed indicators' drill-down (INDICATOR_READ, everyone signed in): the rows behind a value of a computed
 * indicator the caller may see. Rows: a Podporozhye district indicator — methodist.podporozhye may, methodist.timashevsk
 * gets NOT_FOUND (the indicator is out of reach, existence not told).
 */
export interface ComputedFixtures {
  indicator: string;
}

export async function computedFixtures(db: DataSource): Promise<ComputedFixtures> {
  const [m] = (await db.query(`SELECT id FROM municipality WHERE name ILIKE '%Подпорож%' ORDER BY name LIMIT 1`)) as { id: string }[];
  const [i] = (await db.query(
    `INSERT INTO indicator (municipality_id, name, unit, kind, computed_key) VALUES ($1, 'Доля педагогов с утверждённым ИОМ (тест)', 'PERCENT', 'COMPUTED', 'TEACHERS_WITH_APPROVED_ROUTE_SHARE') RETURNING id`,
    [m!.id],
  )) as { id: string }[];
  return { indicator: i!.id };
}

const DRILL = `query($id: ID!) { indicatorDrillDown(indicatorId: $id, periodStart: "2020-01-01", periodEnd: "2026-12-31", rows: DENOMINATOR, first: 10) {
  totalCount nodes { id kind personId organizationId name organizationName counted } } }`;

const RECALC = `mutation($id: ID!) { recalculateIndicator(indicatorId: $id) { id kind state } }`;

export const COMPUTED_CASES: OperationCases<ComputedFixtures> = {
  indicatorDrillDown: {
    allowed: {
      as: 'methodist.podporozhye',
      query: DRILL,
      vars: (f) => ({ id: f.indicator }),
      check: (d) => expect((d['indicatorDrillDown'] as { totalCount: number }).totalCount).toBeGreaterThan(0),
    },
    outOfScope: { as: 'methodist.timashevsk', query: DRILL, vars: (f) => ({ id: f.indicator }), code: 'NOT_FOUND' },
    anonymous: { query: DRILL, vars: (f) => ({ id: f.indicator }), expect: 'UNAUTHENTICATED' },
  },
  recalculateIndicator: {
    allowed: {
      as: 'methodist.podporozhye',
      query: RECALC,
      vars: (f) => ({ id: f.indicator }),
      check: (d) => expect((d['recalculateIndicator'] as { kind: string }).kind).toBe('indicator.recalculate'),
    },
    outOfScope: { as: 'methodist.timashevsk', query: RECALC, vars: (f) => ({ id: f.indicator }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: RECALC, vars: (f) => ({ id: f.indicator }) },
    anonymous: { query: RECALC, vars: (f) => ({ id: f.indicator }), expect: 'UNAUTHENTICATED' },
  },
};
