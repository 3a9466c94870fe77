import { EVENT_KIND_LABELS } from '@metodset/shared';
import { computed } from 'vue';
import type { Option } from '@/common/useEnumLabels';

/** Event kinds as filter options, in the order the shared enum lists them. */
export function useCalendarKinds() {
  return computed<Option<string>[]>(() => Object.entries(EVENT_KIND_LABELS).map(([value, label]) => ({ value, label })));
}
