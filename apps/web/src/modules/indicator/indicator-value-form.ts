import type { IndicatorUnit, IndicatorValueInput, IndicatorValueSource } from '@/gql/graphql';

export interface IndicatorValueFormState {
  periodStart: string;
  periodEnd: string;
  organizationId: string | null;
  value: number | null;
  source: IndicatorValueSource;
  sourceText: string;
}

export function emptyValueForm(): IndicatorValueFormState {
  return { periodStart: '', periodEnd: '', organizationId: null, value: null, source: 'OTHER', sourceText: '' };
}

/** Client checks (the API repeats them): both dates, the end not before the start, a number, a percentage within 0–100. */
export function validateValueForm(
  f: IndicatorValueFormState,
  unit: IndicatorUnit,
  measuresChange: boolean,
  m: { required: string; period: string; percent: string },
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!f.periodStart) errors['periodStart'] = m.required;
  if (!f.periodEnd) errors['periodEnd'] = m.required;
  if (f.periodStart && f.periodEnd && f.periodEnd < f.periodStart) errors['periodEnd'] = m.period;
  if (f.value === null || Number.isNaN(f.value)) errors['value'] = m.required;
  else if (unit === 'PERCENT' && !measuresChange && (f.value < 0 || f.value > 100)) errors['value'] = m.percent;
  return errors;
}

export function toValueInput(f: IndicatorValueFormState): IndicatorValueInput {
  return { periodStart: f.periodStart, periodEnd: f.periodEnd, organizationId: f.organizationId, value: f.value ?? 0, source: f.source, sourceText: f.sourceText.trim() };
}
