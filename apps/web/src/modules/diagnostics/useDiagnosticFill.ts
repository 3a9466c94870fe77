import { useMutation, useQuery, type CombinedError } from '@urql/vue';
import { useToast } from 'primevue/usetoast';
import { computed, reactive, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import type { DiagnosticFormFieldsFragment, ResponseRole } from '@/gql/graphql';
import { useAutosave } from '@/common/useAutosave';
import { useLeaveGuard } from '@/common/useLeaveGuard';
import { apiFieldErrors, errorText, hasErrorCode } from '@/graphql/errors';
import { DiagnosticFormQuery, SaveDiagnosticDraftMutation, SubmitDiagnosticResponseMutation } from './diagnostics.graphql';
import { answersFrom, groupByCompetence, itemIdsOf, missingRequired, progress, toAnswerInputs, type AnswersState } from './fill-form';

/** Pause after the last answer before the draft is saved, ms. */
export const AUTOSAVE_DELAY_MS = 1500;

/**
 * Filling one response (self-assessment or an expert's): the items grouped by competence, the saved answers restored,
 * answers saved as a draft shortly after the last change (and by «Сохранить черновик»), leaving with answers not yet
 * saved asks first, and a submission once — refusals (late, already sent, missing answers) shown as the API words
 * them, the missing items marked.
 */
export function useDiagnosticFill(participantId: MaybeRefOrGetter<string>, role: MaybeRefOrGetter<ResponseRole>, options: { autosaveDelay?: number } = {}) {
  const { t } = useI18n();
  const toast = useToast();
  const query = useQuery({
    query: DiagnosticFormQuery,
    variables: computed(() => ({ participantId: toValue(participantId), role: toValue(role) })),
    requestPolicy: 'network-only',
  });
  const saveDraft = useMutation(SaveDiagnosticDraftMutation);
  const submitResponse = useMutation(SubmitDiagnosticResponseMutation);

  /** The latest form as the API answered it (query, draft or submission). */
  const latest = ref<DiagnosticFormFieldsFragment | null>(null);
  watch(
    () => query.data.value?.diagnosticForm,
    (f) => {
      if (f) latest.value = f;
    },
    { immediate: true },
  );
  const form = computed(() => latest.value);
  const answers = reactive<AnswersState>({});
  const items = computed(() => form.value?.items ?? []);
  const readOnly = computed(() => !!form.value?.blockedReason);
  const submitting = ref(false);
  const autosave = useAutosave({
    value: () => toAnswerInputs(items.value, answers),
    save: async (sent) => {
      const r = await saveDraft.executeMutation({ input: { participantId: toValue(participantId), role: toValue(role), answers: sent } });
      if (r.error || !r.data) return false;
      latest.value = r.data.saveDiagnosticDraft;
      return true;
    },
    enabled: () => !!form.value && !readOnly.value && !submitting.value,
    delay: options.autosaveDelay ?? AUTOSAVE_DELAY_MS,
  });
  useLeaveGuard(() => !readOnly.value && autosave.dirty.value);

  const filledFor = ref<string | null>(null);
  watch(
    form,
    (f) => {
      if (!f || filledFor.value === `${f.participantId}|${f.role}`) return;
      Object.assign(answers, answersFrom(f.items, f.answers));
      filledFor.value = `${f.participantId}|${f.role}`;
      autosave.markSaved();
    },
    { immediate: true },
  );

  const missing = ref<string[]>([]);
  const error = ref<string | null>(null);
  const confirming = ref(false);
  // An answered item is no longer marked.
  watch(answers, () => {
    if (missing.value.length) missing.value = missing.value.filter((id) => missingRequired(items.value, answers).includes(id));
  });

  const applyError = (e: CombinedError | undefined) => {
    const fields = (e?.graphQLErrors ?? []).flatMap((g) => apiFieldErrors(g.extensions));
    missing.value = itemIdsOf(fields);
    error.value = errorText(e, t('common.networkError'));
  };
  const input = () => ({ participantId: toValue(participantId), role: toValue(role), answers: toAnswerInputs(items.value, answers) });

  async function save(): Promise<void> {
    error.value = null;
    await autosave.settle();
    const sent = input();
    const r = await saveDraft.executeMutation({ input: sent });
    if (r.error || !r.data) return applyError(r.error);
    latest.value = r.data.saveDiagnosticDraft;
    autosave.markSaved(sent.answers);
    toast.add({ severity: 'success', summary: t('common.doneTitle'), detail: t('diagnostics.fill.draftSaved'), life: 3000 });
  }

  /** Asks for confirmation first; unanswered required items are marked without asking. */
  function askSubmit(): void {
    error.value = null;
    const gaps = missingRequired(items.value, answers);
    if (gaps.length) {
      missing.value = gaps;
      error.value = t('diagnostics.fill.missingCount', gaps.length);
      return;
    }
    confirming.value = true;
  }

  async function submit(): Promise<void> {
    confirming.value = false;
    // A draft save under way finishes first, and no later one overtakes the submission.
    submitting.value = true;
    let r;
    try {
      await autosave.settle();
      r = await submitResponse.executeMutation({ input: input() });
    } finally {
      submitting.value = false;
    }
    if (r.error || !r.data) return applyError(r.error);
    latest.value = r.data.submitDiagnosticResponse;
    autosave.markSaved();
    missing.value = [];
    toast.add({ severity: 'success', summary: t('common.doneTitle'), detail: t('diagnostics.fill.submittedToast'), life: 3000 });
  }

  return {
    form,
    answers,
    groups: computed(() => groupByCompetence(items.value)),
    progress: computed(() => progress(items.value, answers)),
    missing,
    error,
    confirming,
    readOnly,
    /** The draft's autosave: idle, pending, saving, saved or failed (retried). */
    autosaveStatus: autosave.status,
    loading: computed(() => query.fetching.value && !form.value),
    loadError: computed(() => (hasErrorCode(query.error.value, 'NOT_FOUND') ? null : errorText(query.error.value, t('common.networkError')))),
    notFound: computed(() => hasErrorCode(query.error.value, 'NOT_FOUND')),
    saving: saveDraft.fetching,
    submitting,
    save,
    askSubmit,
    submit,
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
