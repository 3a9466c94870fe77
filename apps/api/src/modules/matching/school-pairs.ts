import { CompetenceLevel } from '@metodset/shared';
import { SupportLink } from './matching-fit';

/**
 * School-to-school: which strong school should support which weak one, from their aggregated deficits and
 * proficits. Pure: the service hands in per-organisation counts of its staff's latest results and the levels of
 * the latest self-diagnostics.
 */

/** Staff of one organisation with a latest result in one competence, and how many of them are at each level. */
export interface StaffLevelRow {
  organizationId: string;
  code: string;
  people: number;
  deficits: number;
  proficits: number;
}

/** A competence level from an organisation's latest self-diagnostics. */
export interface SelfDiagnosisLevel {
  organizationId: string;
  code: string;
  level: CompetenceLevel;
}

export interface CompetenceShare {
  deficit: number;
  proficit: number;
  /** Where the share comes from, for the reasons. */
  people: number;
  selfDiagnosis: CompetenceLevel | null;
}

export type SchoolProfile = Map<string, CompetenceShare>;

/** Per organisation: per competence the share of staff at deficit and at proficit; a self-diagnosed level counts as all. */
export function schoolProfiles(rows: readonly StaffLevelRow[], entries: readonly SelfDiagnosisLevel[]): Map<string, SchoolProfile> {
  const out = new Map<string, SchoolProfile>();
  const at = (org: string, code: string): CompetenceShare => {
    if (!out.has(org)) out.set(org, new Map());
    const p = out.get(org)!;
    if (!p.has(code)) p.set(code, { deficit: 0, proficit: 0, people: 0, selfDiagnosis: null });
    return p.get(code)!;
  };
  for (const r of rows) {
    if (r.people <= 0) continue;
    const s = at(r.organizationId, r.code);
    s.people = r.people;
    s.deficit = r.deficits / r.people;
    s.proficit = r.proficits / r.people;
  }
  for (const e of entries) {
    const s = at(e.organizationId, e.code);
    s.selfDiagnosis = e.level;
    if (e.level === CompetenceLevel.DEFICIT) s.deficit = Math.max(s.deficit, 1);
    if (e.level === CompetenceLevel.PROFICIT) s.proficit = Math.max(s.proficit, 1);
  }
  return out;
}

export interface SchoolPair {
  strongOrganizationId: string;
  weakOrganizationId: string;
  score: number;
  reasons: string[];
}

export interface SchoolPairOptions {
  /** A share below this is not a school's deficit (or proficit). */
  minShare?: number;
  /** Suggestions kept per weak school. */
  perWeak?: number;
}

const NETWORK_BONUS = 10;
const pct = (x: number) => `${Math.round(x * 100)} %`;

const bySelfDiagnosis = (c: CompetenceShare) => !!c.selfDiagnosis && c.people === 0;

function describe(c: CompetenceShare, side: 'deficit' | 'proficit'): string {
  if (bySelfDiagnosis(c)) return 'по самодиагностике';
  return `${side === 'deficit' ? 'дефицит' : 'профицит'} у ${pct(c[side])} педагогов`;
}

/** On what the match of one competence rests, in words: «по самодиагностике обеих школ», «дефицит у 60 % педагогов; …». */
function basis(weak: CompetenceShare, strong: CompetenceShare): string {
  if (bySelfDiagnosis(weak) && bySelfDiagnosis(strong)) return 'по самодиагностике обеих школ';
  return `${describe(weak, 'deficit')}; у школы-наставника ${describe(strong, 'proficit')}`;
}

/** «A, B (basis); C (other basis)»: competences that rest on the same basis are named together, the basis said once. */
function groupedByBasis(items: readonly { name: string; basis: string }[]): string {
  const groups = new Map<string, string[]>();
  for (const i of items) groups.set(i.basis, [...(groups.get(i.basis) ?? []), i.name]);
  return [...groups].map(([b, names]) => `${names.join(', ')} (${b})`).join('; ');
}

/**
 * For each school with deficits, the schools strong where it is weak: score = 100 × Σ min(deficit share of the
 * weak, proficit share of the strong) over the competences where both pass `minShare`, plus a bonus when a
 * network already has the strong school serve the weak one. Best first; ties by ids.
 */
export function schoolPairs(
  profiles: ReadonlyMap<string, SchoolProfile>,
  competenceNames: ReadonlyMap<string, string>,
  links: readonly SupportLink[],
  opts: SchoolPairOptions = {},
): SchoolPair[] {
  const minShare = opts.minShare ?? 0.25;
  const perWeak = opts.perWeak ?? 3;
  const orgs = [...profiles.keys()].sort();
  const linkOf = new Map(links.map((l) => [`${l.fromOrganizationId}>${l.toOrganizationId}`, l.label]));
  const out: SchoolPair[] = [];
  for (const weak of orgs) {
    const wp = profiles.get(weak)!;
    const needs = [...wp.entries()].filter(([, s]) => s.deficit >= minShare);
    if (!needs.length) continue;
    const options: SchoolPair[] = [];
    for (const strong of orgs) {
      if (strong === weak) continue;
      const sp = profiles.get(strong)!;
      const matched = needs
        .map(([code, w]) => ({ code, w, s: sp.get(code) }))
        .filter((x): x is { code: string; w: CompetenceShare; s: CompetenceShare } => !!x.s && x.s.proficit >= minShare)
        .map((x) => ({ ...x, gain: Math.min(x.w.deficit, x.s.proficit) }))
        .sort((a, b) => b.gain - a.gain || (a.code < b.code ? -1 : 1));
      if (!matched.length) continue;
      const link = linkOf.get(`${strong}>${weak}`);
      const score = Math.round(100 * matched.reduce((n, x) => n + x.gain, 0)) + (link ? NETWORK_BONUS : 0);
      const reasons = [
        `закрывает дефициты школы: ${groupedByBasis(matched.slice(0, 4).map((x) => ({ name: competenceNames.get(x.code) ?? x.code, basis: basis(x.w, x.s) })))}${
          matched.length > 4 ? ` и ещё ${matched.length - 4}` : ''
        }`,
      ];
      if (link) reasons.push(`уже ${link}`);
      options.push({ strongOrganizationId: strong, weakOrganizationId: weak, score, reasons });
    }
    options.sort((a, b) => b.score - a.score || (a.strongOrganizationId < b.strongOrganizationId ? -1 : 1));
    out.push(...options.slice(0, perWeak));
  }
  return out.sort((a, b) => b.score - a.score || (a.weakOrganizationId < b.weakOrganizationId ? -1 : a.weakOrganizationId > b.weakOrganizationId ? 1 : 0) || (a.strongOrganizationId < b.strongOrganizationId ? -1 : 1));
}
