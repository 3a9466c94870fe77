import { CampaignMode, CampaignStatus, CombineRule } from '@metodset/shared';

/**
 * Shape of the demo diagnostics. Answers are not typed in: each response names a profile (the range of answers per
 * competence) and the answers are generated from it deterministically (demo/diagnostics/answers.ts); the results are
 * then computed with the API's own scoring (modules/diagnostics/scoring.ts).
 */
export type DemoProfile = Readonly<Record<'target' | 'other', readonly [number, number]>>;

export interface DemoResponse {
  /** Answers per competence: `target` for the campaign's target competences, `other` for the rest (scale values or option indexes). */
  profile: DemoProfile;
  /** Submitted on this day (YYYY-MM-DD); absent: a draft. */
  submittedOn?: string;
  /** A draft answers only the first share of the items (0–1). */
  answeredShare?: number;
}

export interface DemoParticipant {
  personKey: string;
  organizationKey: string;
  /** This person's own target competences (e.g. a mentor's strong points), instead of the campaign's. */
  targets?: readonly string[];
  self?: DemoResponse;
  expert?: DemoResponse;
}

export interface DemoCampaign {
  key: string;
  name: string;
  description: string;
  instrumentCode: string;
  mode: CampaignMode;
  combineRule?: CombineRule;
  selfWeight?: number;
  scope: { networkKey: string } | { organizationKeys: string[] };
  maxExperienceYears?: number;
  subjects?: string[];
  opensOn: string;
  closesOn: string;
  status: CampaignStatus;
  /** Competence codes the story is about (the `target` range of the profiles applies to them). */
  targets: readonly string[];
  participants: DemoParticipant[];
}
