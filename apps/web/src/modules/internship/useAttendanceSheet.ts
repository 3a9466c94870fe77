import { useMutation, useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useNotices } from '@/common/useNotices';
import type { AttendanceRow } from './AttendanceSheet.vue';
import { InternshipAttendanceSheetQuery, MarkInternshipAttendanceMutation } from './internship.graphql';

/** A session's sheet: each tap saves one mark at once; a refused mark snaps back and says why. */
export function useAttendanceSheet(sessionId: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const notices = useNotices();
  const query = useQuery({ query: InternshipAttendanceSheetQuery, variables: computed(() => ({ sessionId: toValue(sessionId) })), requestPolicy: 'network-only' });
  const marking = useMutation(MarkInternshipAttendanceMutation);
  /** Marks set on this page, ahead of the server's answer. */
  const local = ref<Record<string, boolean>>({});
  const saving = ref<string[]>([]);

  const sheet = computed(() => query.data.value?.internshipAttendanceSheet ?? null);
  const rows = computed<AttendanceRow[]>(() =>
    (sheet.value?.rows ?? []).map((r) => ({ applicationId: r.applicationId, name: r.fullName, present: local.value[r.applicationId] ?? r.present ?? null })),
  );

  async function mark(applicationId: string, present: boolean): Promise<void> {
    const before = local.value[applicationId];
    local.value = { ...local.value, [applicationId]: present };
    saving.value = [...saving.value, applicationId];
    try {
      const result = await marking.executeMutation({ input: { sessionId: toValue(sessionId), applicationId, present } }, { additionalTypenames: [] });
      if (result.error) {
        const next = { ...local.value };
        if (before === undefined) delete next[applicationId];
        else next[applicationId] = before;
        local.value = next;
        notices.fail(result.error);
      } else notices.done(t('internship.attendance.saved'));
    } finally {
      saving.value = saving.value.filter((id) => id !== applicationId);
    }
  }

  return {
    sheet,
    rows,
    saving,
    mark,
    fetching: query.fetching,
    error: computed(() => (query.error.value && !query.error.value.graphQLErrors.some((e) => e.extensions?.['code'] === 'NOT_FOUND') ? query.error.value.message : null)),
    notFound: computed(() => !!query.error.value?.graphQLErrors.some((e) => e.extensions?.['code'] === 'NOT_FOUND')),
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
