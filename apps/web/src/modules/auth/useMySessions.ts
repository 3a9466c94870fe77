import { useMutation, useQuery } from '@urql/vue';
import { computed, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useNotices } from '@/common/useNotices';
import type { MySessionsQuery as MySessionsResult } from '@/gql/graphql';
import { EndOtherSessionsMutation, EndSessionMutation, MySessionsQuery } from './auth.graphql';

export type AccountSession = MySessionsResult['mySessions'][number];

/** 31.12.2025, 14:05 from an ISO date-time. */
export { formatDateTime } from '@/common/format';

/** A short name of the browser from its user agent: «Firefox 128 · Windows», or the agent itself when unknown. */
export function browserOf(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = /(Edg|OPR|YaBrowser|Firefox|Chrome|Safari)\/(\d+)/.exec(userAgent);
  const os = /(Windows|Android|iPhone|iPad|Mac OS X|Linux)/.exec(userAgent);
  if (!browser) return userAgent.slice(0, 60);
  const names: Record<string, string> = { Edg: 'Edge', OPR: 'Opera', YaBrowser: 'Яндекс Браузер' };
  const name = `${names[browser[1]] ?? browser[1]} ${browser[2]}`;
  return os ? `${name} · ${os[1] === 'Mac OS X' ? 'macOS' : os[1]}` : name;
}

/** The caller's open sessions, with ending one or all the others. */
export function useMySessions() {
  const { t } = useI18n();
  const notices = useNotices();
  const query = useQuery({ query: MySessionsQuery, requestPolicy: 'network-only' });
  const end = useMutation(EndSessionMutation);
  const endAll = useMutation(EndOtherSessionsMutation);
  // The mutations answer with the sessions still open: shown instead of the query's list once one has run.
  const latest = ref<AccountSession[] | null>(null);
  const sessions = computed<AccountSession[]>(() => latest.value ?? query.data.value?.mySessions ?? []);
  const others = computed(() => sessions.value.filter((s) => !s.current));

  async function endSession(id: string): Promise<void> {
    const r = await end.executeMutation({ id });
    if (r.error || !r.data) return notices.fail(r.error);
    latest.value = r.data.endSession;
    notices.done(t('account.sessions.ended'));
  }

  async function endOthers(): Promise<void> {
    const r = await endAll.executeMutation({});
    if (r.error || !r.data) return notices.fail(r.error);
    latest.value = r.data.endOtherSessions;
    notices.done(t('account.sessions.endedOthers'));
  }

  function reload(): void {
    latest.value = null;
    void query.executeQuery({ requestPolicy: 'network-only' });
  }

  return {
    sessions,
    others,
    loading: computed(() => query.fetching.value && !query.data.value),
    error: computed(() => (query.error.value ? t('account.sessions.loadError') : null)),
    busy: computed(() => end.fetching.value || endAll.fetching.value),
    endSession,
    endOthers,
    reload,
  };
}
