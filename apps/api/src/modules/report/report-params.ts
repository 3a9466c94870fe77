import { ReportFormat, ReportKind } from '@metodset/shared';
import { Connection } from '../../common/pagination/connection';
import { PageRequest } from '../../common/pagination/order';

/** What a monitoring report job keeps (checked when ordered). */
export interface ReportParams {
  [key: string]: unknown;
  kind: ReportKind;
  format: ReportFormat;
  municipalityId: string | null;
  /** As shown in the header: the municipality, or the scope in words. */
  territory: string;
  regionId: string | null;
  from: string;
  to: string;
}

/** Every row of a list service, 100 a page (the same gate-side scope as the list itself). */
export async function allPages<T>(fetch: (page: PageRequest) => Promise<Connection<T>>, limit = 10_000): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; offset < limit; offset += 100) {
    const page = await fetch({ first: 100, offset });
    out.push(...page.nodes);
    if (page.nodes.length < 100 || out.length >= page.totalCount) break;
  }
  return out;
}

/** Whether [startsOn, endsOn] meets the period. */
export function overlaps(startsOn: string, endsOn: string | null, from: string, to: string): boolean {
  return startsOn <= to && (endsOn === null || endsOn >= from);
}

const ru = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
export const periodText = (from: string, to: string) => `${ru(from)} – ${ru(to)}`;
