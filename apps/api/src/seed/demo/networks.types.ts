import { AgreementKind, NetworkEdgeKind, NetworkMemberRole, NetworkModel } from '@metodset/shared';

/**
 * Shape of the demo networks. Organisations are referred to by their demo keys
 * (see registry/*.data.ts), so the seed stays idempotent.
 */
export interface DemoNetworkMember {
  organizationKey: string;
  role: NetworkMemberRole;
  /** For levelled models: 1 = the strongest. */
  level?: number;
}

export interface DemoNetworkEdge {
  from: string; // organizationKey
  to: string; // organizationKey
  kind: NetworkEdgeKind;
}

export interface DemoAgreement {
  key: string;
  number: string;
  kind: AgreementKind;
  signedOn: string; // YYYY-MM-DD
  subject: string;
  startsOn: string;
  endsOn?: string;
  partyKeys: string[]; // organizationKeys
}

export interface DemoNetwork {
  key: string; // "demo:network:<slug>"
  name: string;
  model: NetworkModel;
  coordinatorKey: string; // organizationKey
  startsOn: string;
  endsOn?: string;
  goals: string;
  members: DemoNetworkMember[];
  edges: DemoNetworkEdge[];
  agreements: DemoAgreement[];
}
