import { useMutation, useQuery } from '@urql/vue';
import { computed, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useNotices } from '@/common/useNotices';
import { CalendarSubscriptionsQuery, CreateCalendarSubscriptionMutation, RevokeCalendarSubscriptionMutation } from './calendar.graphql';
import type { CalendarFilters } from './calendar-url';

/** The caller's iCal subscriptions: make one for the current filters (its URL is shown once), revoke one. */
export function useCalendarSubscriptions(filters: Ref<CalendarFilters>, active: Ref<boolean>) {
  const { t } = useI18n();
  const notices = useNotices();
  const list = useQuery({ query: CalendarSubscriptionsQuery, pause: computed(() => !active.value) });
  const creating = useMutation(CreateCalendarSubscriptionMutation);
  const revoking = useMutation(RevokeCalendarSubscriptionMutation);
  const name = ref(t('calendar.subscribe.defaultName'));
  const url = ref<string | null>(null);
  const nameError = ref<string | null>(null);

  async function create(): Promise<void> {
    nameError.value = null;
    const filter = Object.fromEntries(Object.entries(filters.value).filter(([, v]) => v !== null));
    const r = await creating.executeMutation({ input: { name: name.value, filter } });
    const field = r.error?.graphQLErrors.flatMap((e) => (e.extensions?.['fields'] as { field: string; message: string }[] | undefined) ?? []).find((f) => f.field === 'name');
    if (field) nameError.value = field.message;
    else if (r.error) notices.fail(r.error);
    else if (r.data) {
      url.value = new URL(r.data.createCalendarSubscription.path, window.location.origin).toString();
      list.executeQuery({ requestPolicy: 'network-only' });
    }
  }

  function revoke(id: string, subscriptionName: string): void {
    notices.confirmRemoval(t('calendar.subscribe.revoke'), t('calendar.subscribe.revokeConfirm', { name: subscriptionName }), () => {
      void revoking.executeMutation({ id }).then((r) => {
        if (r.error) notices.fail(r.error);
        else {
          notices.done(t('calendar.subscribe.revoked'));
          list.executeQuery({ requestPolicy: 'network-only' });
        }
      });
    });
  }

  async function copy(): Promise<void> {
    if (!url.value) return;
    try {
      await navigator.clipboard.writeText(url.value);
      notices.done(t('calendar.subscribe.copied'));
    } catch {
      // No clipboard (an insecure origin, a refused permission): the field stays selected for a manual copy.
    }
  }

  return {
    subscriptions: computed(() => list.data.value?.calendarSubscriptions ?? []),
    loading: computed(() => list.fetching.value),
    name,
    nameError,
    url,
    creating: computed(() => creating.fetching.value),
    create,
    revoke,
    copy,
    reset: () => {
      url.value = null;
      nameError.value = null;
    },
  };
}
