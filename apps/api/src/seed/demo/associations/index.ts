import { DemoAssociation } from '../associations.types';
import { DEMO_REGISTRY } from '../registry';
import { FRIENDS_ASSOCIATIONS } from './friends.data';
import { PODPOROZHYE_ASSOCIATIONS } from './podporozhye.data';
import { TIMASHEVSK_ASSOCIATIONS } from './timashevsk.data';
import { VORKUTA_ASSOCIATIONS } from './vorkuta.data';
import { YAROSLAVL_ASSOCIATIONS } from './yaroslavl.data';

/**
 * The associations of the five programmes in docs/seeds/ (ШМО, РМО, ПОС, groups, a council);
 * people, organisations and networks are referred to by their demo keys, municipalities by name.
 */
const ALL: DemoAssociation[] = [
  ...FRIENDS_ASSOCIATIONS,
  ...YAROSLAVL_ASSOCIATIONS,
  ...PODPOROZHYE_ASSOCIATIONS,
  ...VORKUTA_ASSOCIATIONS,
  ...TIMASHEVSK_ASSOCIATIONS,
];

/** People a programme names (by initials): they are members as the programme says, but never invented attendees. */
const NAMED = new Set(DEMO_REGISTRY.flatMap((r) => r.municipalities.flatMap((mu) => mu.organizations.flatMap((o) => o.people.filter((p) => p.namedInSeed).map((p) => p.key)))));

/**
 * The programmes list no meeting's attendees, so the minutes (illustrative) record only invented people as attending;
 * the people a programme names stay members of their groups but are not said to have attended any meeting.
 */
export const DEMO_ASSOCIATIONS: DemoAssociation[] = ALL.map((a) => ({
  ...a,
  meetings: a.meetings.map((m) => ({ ...m, attendeeKeys: m.attendeeKeys.filter((k) => !NAMED.has(k)) })),
}));
