import { InternshipTrackKind, ModuleFormat, StagingSiteKind, StagingSiteLevel } from '@metodset/shared';

/** A competence of the reference framework, by framework code and competence code (the latest version is used). */
export interface DemoCompetenceRef {
  framework: string;
  code: string;
}

export interface DemoInternshipModule {
  title: string;
  description: string;
  hours: number;
  format: ModuleFormat;
  audience: string;
  competences: DemoCompetenceRef[];
}

export interface DemoInternshipTrack {
  kind: InternshipTrackKind;
  name: string;
  description: string;
  /** Positions (1-based) of the programme's modules, in the track's order. */
  modules: number[];
}

export interface DemoInternshipProgram {
  key: string;
  title: string;
  description: string;
  minMonths: number;
  maxMonths: number;
  audience: string;
  maxExperienceYears: number | null;
  /** Where the programme runs (or all of it) is invented. */
  illustrative: boolean;
  modules: DemoInternshipModule[];
  tracks: DemoInternshipTrack[];
}

export interface DemoStagingSite {
  key: string;
  kind: StagingSiteKind;
  level: StagingSiteLevel;
  organizationKey: string;
  theme: string;
  description: string;
  startsOn: string;
  endsOn: string;
  orderNumber?: string;
  orderDate?: string;
  headKey?: string;
  masterKeys: string[];
  competences: DemoCompetenceRef[];
  illustrative: boolean;
  programs: DemoInternshipProgram[];
}
