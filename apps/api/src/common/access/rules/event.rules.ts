import { Permission } from '../../auth/permissions';
import { eventCondition } from '../../../modules/event/event.sql';
import { AccessRule } from '../access-rule';
import { hostManaged, idsWhere } from './sql';

/** Network events: who sees them, who keeps them, who marks attendance. */
export const EVENT_RULES = {
  /** See an event: its host or an organiser lies in the read scope (a network: an accepted member does), or the caller takes part. */
  'event.read': {
    permission: Permission.EVENT_READ,
    select: (scope) => idsWhere('event', 'e', eventCondition(scope, 'e')),
  },
  /** Keep an event (fields, series, materials, registrations): its host organisation or municipality lies in the write scope, or the caller coordinates its network. */
  'event.manage': {
    permission: Permission.EVENT_WRITE,
    staff: true,
    select: (scope) => idsWhere('event', 'e', hostManaged(scope, 'e')),
  },
  /** The caller is one of the event's responsible people (they mark attendance with its managers). */
  'event.responsible': {
    permission: Permission.EVENT_ATTENDANCE,
    select: () => ({
      sql: `SELECT e.id FROM event e WHERE e.id = ANY(CAST(:ids AS uuid[]))
              AND EXISTS (SELECT 1 FROM event_responsible er WHERE er.event_id = e.id AND er.person_id = CAST(:callerPersonId AS uuid))`,
      params: {},
    }),
  },
} satisfies Record<string, AccessRule>;
