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

/**
 * A pending invitation (networks by consent): an organisation outside the coordinator's reach, invited and not
 * yet answered. It takes part in nothing until its own side accepts. Illustrative: invented for the demo.
 */
export interface DemoNetworkInvitation {
  organizationKey: string;
  role: NetworkMemberRole;
  /** Demo login of whoever invited (the coordinator's side). */
  invitedByLogin: string;
  invitedAt: string; // ISO timestamp
  illustrative: true;
}

export interface DemoNetworkEdge {
  from: string; // organizationKey
  to: string; // organizationKey
  kind: NetworkEdgeKind;
}

export interface DemoAgreement {
  key: string;
  /** true when its number, dates or term are invented (the programme gives none). */
  illustrative: boolean;
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
  /** Accepted members (the agreements exist). */
  members: DemoNetworkMember[];
  invitations?: DemoNetworkInvitation[];
  edges: DemoNetworkEdge[];
  agreements: DemoAgreement[];
}
