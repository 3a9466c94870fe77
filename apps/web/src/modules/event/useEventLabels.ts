import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { formatDate, formatDateTime } from '@/common/format';
import type { Option } from '@/common/useEnumLabels';
import type { EventKind, EventStatus } from '@/gql/graphql';
import { EVENT_KINDS, EVENT_STATUSES, eventWhen } from './event-list-state';

/** Labels of the event enums (vue-i18n `event.*`) and the «when» of an event. */
export function useEventLabels() {
  const { t } = useI18n();
  return {
    kind: (k: string) => t(`event.kind.${k}`),
    status: (s: string) => t(`event.status.${s}`),
    kindOptions: computed<Option<EventKind>[]>(() => EVENT_KINDS.map((value) => ({ value, label: t(`event.kind.${value}`) }))),
    statusOptions: computed<Option<EventStatus>[]>(() => EVENT_STATUSES.map((value) => ({ value, label: t(`event.status.${value}`) }))),
    when: (e: Parameters<typeof eventWhen>[0]) => eventWhen(e, { date: formatDate, dateTime: formatDateTime }),
  };
}
