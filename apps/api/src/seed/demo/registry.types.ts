import {
  MunicipalityKind,
  OrganizationKind,
  OrganizationStatusKind,
  PositionKind,
  QualificationCategory,
} from '@metodset/shared';

/**
 * Shape of the demo registry: the territories, organisations and people named in the five
 * programmes in docs/seeds/. Keys are stable external ids, so re-running the seed updates
 * rows instead of duplicating them.
 */
export interface DemoStatus {
  kind: OrganizationStatusKind;
  year: number;
  /** Where the status comes from, as the programme says (list, order, project). */
  source: string;
}

export interface DemoPerson {
  /** Stable external id, e.g. "demo:person:podp-sosh1-director". */
  key: string;
  lastName: string;
  /** A person the programme names only by initials keeps them: firstName «М.», middleName «Ю.». */
  firstName: string;
  middleName?: string;
  position: PositionKind;
  /** Position as written in the programme, e.g. «учитель математики». */
  title?: string;
  subjects?: string[];
  experienceYears?: number;
  qualificationCategory?: QualificationCategory;
  isMasterTeacher?: boolean;
  /**
   * true when the programme names this person; false when made up for the demo (stored as illustrative).
   * A named person carries only what the programme states: no invented experience or category.
   */
  namedInSeed: boolean;
}

export interface DemoOrganization {
  /** Stable external id, e.g. "demo:org:podp-sosh-1". */
  key: string;
  name: string;
  shortName?: string;
  kind: OrganizationKind;
  /** true when the organisation is made up for the demo (no such organisation in the programmes). */
  illustrative?: boolean;
  /** A made-up 10-digit ИНН, only on an illustrative organisation: the programmes give no ИНН of a real one. */
  inn?: string;
  address?: string;
  statuses: DemoStatus[];
  people: DemoPerson[];
}

export interface DemoMunicipality {
  name: string;
  kind: MunicipalityKind;
  organizations: DemoOrganization[];
}

export interface DemoRegion {
  /** Code of the subject of the Russian Federation, e.g. "47". */
  code: string;
  name: string;
  municipalities: DemoMunicipality[];
}
