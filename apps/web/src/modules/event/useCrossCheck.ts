import { useMutation, useQuery } from '@urql/vue';
import { computed, ref, type Ref } from 'vue';
import { apiFieldErrors } from '@/graphql/errors';
import { useNotices } from '@/common/useNotices';
import { useI18n } from 'vue-i18n';
import { EventCrossCheckQuery, SaveEventCrossCheckMutation } from './cross-check.graphql';

export interface ProtocolDraft {
  subject: string;
  grade: number | null;
  paperCount: number | null;
  discrepancyCount: number | null;
  comment: string;
}

/** Share of discrepancies, «12,5 %»-ready (null without papers). */
export const discrepancyShare = (papers: number, discrepancies: number): number | null => (papers > 0 ? (discrepancies / papers) * 100 : null);

/** The cross-check of an event: the lists as the API gives them; the protocol edited as a draft and saved with the rest unchanged. */
export function useCrossCheck(eventId: Ref<string>) {
  const { t } = useI18n();
  const notices = useNotices();
  const query = useQuery({ query: EventCrossCheckQuery, variables: computed(() => ({ eventId: eventId.value })) });
  const saving = useMutation(SaveEventCrossCheckMutation);
  const record = computed(() => query.data.value?.eventCrossCheck ?? null);
  const editing = ref(false);
  const draft = ref<ProtocolDraft[]>([]);
  const errors = ref<Record<string, string>>({});
  // Pairs with someone the caller may not see cannot be sent back unchanged: the protocol is then read-only here.
  const canEdit = computed(() => !!record.value?.canEdit && record.value.expertPairs.every((p) => p.first && p.second));
  const totals = computed(() => {
    const rows = record.value?.protocol ?? [];
    const papers = rows.reduce((s, r) => s + r.paperCount, 0);
    const discrepancies = rows.reduce((s, r) => s + r.discrepancyCount, 0);
    return { papers, discrepancies, share: discrepancyShare(papers, discrepancies) };
  });

  function edit(): void {
    draft.value = (record.value?.protocol ?? []).map((r) => ({ subject: r.subject, grade: r.grade, paperCount: r.paperCount, discrepancyCount: r.discrepancyCount, comment: r.comment }));
    if (!draft.value.length) addRow();
    errors.value = {};
    editing.value = true;
  }
  function addRow(): void {
    draft.value.push({ subject: '', grade: null, paperCount: null, discrepancyCount: 0, comment: '' });
  }
  function removeRow(i: number): void {
    draft.value.splice(i, 1);
  }

  async function save(): Promise<void> {
    const r = record.value;
    if (!r) return;
    const missing: Record<string, string> = {};
    draft.value.forEach((d, i) => {
      for (const key of ['grade', 'paperCount', 'discrepancyCount'] as const) if (d[key] === null) missing[`protocol.${i}.${key}`] = t('calendar.crossCheck.required');
      if (!d.subject.trim()) missing[`protocol.${i}.subject`] = t('calendar.crossCheck.required');
    });
    errors.value = missing;
    if (Object.keys(missing).length) return;
    const res = await saving.executeMutation({
      eventId: r.eventId,
      input: {
        schoolPairs: r.schoolPairs.map((p) => ({ fromOrganizationId: p.fromOrganizationId, checkerOrganizationId: p.checkerOrganizationId })),
        expertPairs: r.expertPairs.map((p) => ({ firstPersonId: p.first!.personId, secondPersonId: p.second!.personId, subject: p.subject })),
        protocol: draft.value.map((d) => ({ subject: d.subject, grade: d.grade!, paperCount: d.paperCount!, discrepancyCount: d.discrepancyCount!, comment: d.comment })),
      },
    });
    const fields = (res.error?.graphQLErrors ?? []).flatMap((e) => apiFieldErrors(e.extensions));
    if (fields.length) errors.value = Object.fromEntries(fields.map((f) => [f.field, f.message]));
    else if (res.error) notices.fail(res.error);
    else {
      editing.value = false;
      notices.done(t('calendar.crossCheck.saved'));
      query.executeQuery({ requestPolicy: 'network-only' });
    }
  }

  return {
    record,
    fetching: computed(() => query.fetching.value && !record.value),
    error: computed(() => query.error.value ?? null),
    canEdit,
    totals,
    editing,
    draft,
    errors,
    saving: computed(() => saving.fetching.value),
    edit,
    addRow,
    removeRow,
    save,
    cancel: () => (editing.value = false),
  };
}
