import { AssociationKind, AssociationRole, MeetingFormat } from '@metodset/shared';

/** Demo associations; people, organisations and networks are referred to by their demo keys. */
export interface DemoAssociation {
  key: string; // "demo:association:<slug>"
  kind: AssociationKind;
  name: string;
  subject?: string;
  description: string;
  /** Exactly one host. */
  host: { organizationKey: string } | { municipality: string } | { networkKey: string };
  members: { personKey: string; role: AssociationRole }[];
  meetings: { heldOn: string; format: MeetingFormat; agenda: string; decisions: string; attendeeKeys: string[] }[];
}
