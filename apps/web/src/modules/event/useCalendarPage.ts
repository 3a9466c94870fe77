import { EVENT_KIND_LABELS } from '@metodset/shared';
import { useQuery } from '@urql/vue';
import { computed, onBeforeUnmount, onMounted, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute, useRouter } from 'vue-router';
import { errorText } from '@/graphql/errors';
import { CalendarFilterOptionsQuery, CalendarQuery } from './calendar.graphql';
import { defaultView, parseCalendarQuery, PHONE_QUERY, serializeCalendarQuery, type CalendarFilters, type CalendarUrlState } from './calendar-url';
import type { CalendarItem, CalendarRange } from './CalendarView.vue';

/** A phone-sized window (list view by default); follows the window as it resizes. */
function usePhone() {
  const phone = ref(typeof window !== 'undefined' && !!window.matchMedia?.(PHONE_QUERY).matches);
  let media: MediaQueryList | null = null;
  const on = (e: MediaQueryListEvent) => (phone.value = e.matches);
  onMounted(() => {
    media = window.matchMedia?.(PHONE_QUERY) ?? null;
    media?.addEventListener?.('change', on);
  });
  onBeforeUnmount(() => media?.removeEventListener?.('change', on));
  return phone;
}

/**
 * The calendar page: the view, the date and the filters live in the URL (each change replaces the history entry);
 * the visible range comes from the calendar and is what the API is asked for.
 */
export function useCalendarPage() {
  const route = useRoute();
  const router = useRouter();
  const { t } = useI18n();
  const phone = usePhone();
  const url = computed<CalendarUrlState>(() => parseCalendarQuery(route.query));
  const view = computed(() => url.value.view ?? defaultView(phone.value));
  const filters = computed<CalendarFilters>(() => ({
    networkId: url.value.networkId,
    municipalityId: url.value.municipalityId,
    kind: url.value.kind,
    competenceId: url.value.competenceId,
  }));
  const filtered = computed(() => Object.values(filters.value).some((v) => v !== null));
  const range = ref<{ from: string; to: string } | null>(null);

  function update(patch: Partial<CalendarUrlState>): void {
    const next = { ...url.value, ...patch };
    void router.replace({ query: serializeCalendarQuery(route.query, next) });
  }
  const setFilter = <K extends keyof CalendarFilters>(key: K, value: string | null) => update({ [key]: value } as Partial<CalendarUrlState>);
  const resetFilters = () => update({ networkId: null, municipalityId: null, kind: null, competenceId: null });
  const setView = (v: CalendarUrlState['view']) => update({ view: v });

  /** The calendar moved (arrows, «сегодня», a new view): keep the URL and ask for its range. */
  function onRange(r: CalendarRange): void {
    range.value = { from: r.from, to: r.to };
    const patch: Partial<CalendarUrlState> = {};
    if (r.date !== url.value.date) patch.date = r.date;
    if (r.view !== view.value) patch.view = r.view;
    if (Object.keys(patch).length) update(patch);
  }

  const variables = computed(() => ({
    from: range.value?.from ?? '',
    to: range.value?.to ?? '',
    filter: Object.fromEntries(Object.entries(filters.value).filter(([, v]) => v !== null)),
  }));
  const query = useQuery({ query: CalendarQuery, variables, pause: computed(() => !range.value) });
  const options = useQuery({ query: CalendarFilterOptionsQuery });

  const items = computed<CalendarItem[]>(() =>
    (query.data.value?.calendar ?? []).map((o) => ({
      id: o.id,
      eventId: o.eventId,
      title: o.title,
      kindLabel: EVENT_KIND_LABELS[o.kind],
      start: o.startsAt,
      end: o.endsAt ?? null,
      allDay: o.allDay,
      cancelled: o.cancelled,
    })),
  );
  const loading = computed(() => query.fetching.value);
  const error = computed(() => (query.error.value ? errorText(query.error.value, t('calendar.loadError')) : null));
  const empty = computed(() => !!range.value && !query.fetching.value && !query.error.value && !!query.data.value && items.value.length === 0);

  const optionList = computed(() => options.data.value?.calendarFilterOptions);
  const toOptions = (list: readonly { id: string; name: string }[] | undefined) => (list ?? []).map((x) => ({ value: x.id, label: x.name }));
  const networkOptions = computed(() => toOptions(optionList.value?.networks));
  const municipalityOptions = computed(() => toOptions(optionList.value?.municipalities));
  const competenceOptions = computed(() => toOptions(optionList.value?.competences));

  function open(item: CalendarItem): void {
    // The event page belongs to EVENTS (route `event`).
    if (router.hasRoute('event')) void router.push({ name: 'event', params: { id: item.eventId } });
  }

  return {
    url,
    view,
    phone,
    filters,
    filtered,
    items,
    loading,
    error,
    empty,
    networkOptions,
    municipalityOptions,
    competenceOptions,
    setFilter,
    resetFilters,
    setView,
    onRange,
    open,
    retry: () => void query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
