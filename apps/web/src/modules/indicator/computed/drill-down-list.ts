import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ListCodec } from '@/common/list/list-query';
import { queryOneOf, queryString } from '@/common/format';
import type { DrillDownOrderField, DrillDownRows } from '@/gql/graphql';

/** The drill-down list keeps its keys under `d_` in the indicator page's URL: the chosen period, which rows, the view. */
export const DRILL_PREFIX = 'd_';
export const DRILL_ROWS: readonly DrillDownRows[] = ['COUNTED', 'DENOMINATOR', 'NOT_COUNTED'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface DrillDownState {
  search?: null;
  periodStart: string | null;
  periodEnd: string | null;
  rows: DrillDownRows;
}

export const drillDownCodec: ListCodec<DrillDownState, DrillDownOrderField> = {
  parse: (q: LocationQuery) => {
    const from = queryString(q['from']);
    const to = queryString(q['to']);
    return {
      periodStart: from && DAY.test(from) ? from : null,
      periodEnd: to && DAY.test(to) ? to : null,
      rows: queryOneOf(DRILL_ROWS, q['rows']) ?? 'COUNTED',
    };
  },
  serialize: (s): LocationQueryRaw => ({
    ...(s.periodStart ? { from: s.periodStart } : {}),
    ...(s.periodEnd ? { to: s.periodEnd } : {}),
    ...(s.rows !== 'COUNTED' ? { rows: s.rows } : {}),
  }),
  sortFields: ['NAME', 'ORGANIZATION', 'COUNTED'],
  defaultSort: { field: 'NAME', direction: 'ASC' },
};

/** «42,9 %» for a share, «12» for a count; «—» without a value. */
export function computedValueText(value: number | null | undefined, isCount: boolean, formatPercent: (v: number) => string): string {
  if (value === null || value === undefined) return '—';
  return isCount ? String(value) : formatPercent(value);
}
