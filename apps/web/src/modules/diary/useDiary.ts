import { DIARY_PROMPTS } from '@metodset/shared';
import { useMutation, useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useInlineForm } from '@/common/useInlineForm';
import { useNotices } from '@/common/useNotices';
import type { DiaryQuery as DiaryResult, DiaryVisibility } from '@/gql/graphql';
import { errorText, hasErrorCode } from '@/graphql/errors';
import { DiaryQuery, UpdateDiaryEntryMutation, WriteDiaryEntryMutation } from './diary.graphql';
import { diaryFormFrom, emptyDiaryForm, isDiaryFormField, toUpdateInput, toWriteInput, validateDiaryForm, type DiaryOwner } from './diary-form';

export type DiaryEntryRow = DiaryResult['diary']['entries'][number];
export const DIARY_VISIBILITIES: readonly DiaryVisibility[] = ['PARTICIPANTS', 'SHARED'];

/**
 * «Дневник»: the entries the caller may read (newest first, as the API gives them), a form to write
 * one when the caller takes part, and the author's correction of an own entry (the same form).
 */
export function useDiary(owner: MaybeRefOrGetter<DiaryOwner>) {
  const { t } = useI18n();
  const notices = useNotices();
  const query = useQuery({
    query: DiaryQuery,
    variables: computed(() => ({ owner: toValue(owner) })),
    requestPolicy: 'cache-and-network',
    context: { additionalTypenames: ['DiaryEntry'] },
  });
  const write = useMutation(WriteDiaryEntryMutation);
  const update = useMutation(UpdateDiaryEntryMutation);
  const diary = computed(() => query.data.value?.diary ?? null);
  /** The entry being corrected; null while writing a new one. */
  const editing = ref<DiaryEntryRow | null>(null);

  const form = useInlineForm({
    empty: () => emptyDiaryForm(),
    validate: (f) => validateDiaryForm(f, { required: t('common.required'), inFuture: t('diary.inFuture'), tooLong: t('diary.tooLong') }),
    isField: isDiaryFormField,
    send: async (f) => {
      const entry = editing.value;
      const result = entry ? await update.executeMutation({ id: entry.id, input: toUpdateInput(f) }) : await write.executeMutation({ input: toWriteInput(f, toValue(owner)) });
      return result.error;
    },
  });

  return {
    diary,
    fetching: computed(() => query.fetching.value && !diary.value),
    /** Neither a participant nor a coordinator: the API refuses. */
    forbidden: computed(() => hasErrorCode(query.error.value, 'FORBIDDEN')),
    error: computed(() => (hasErrorCode(query.error.value, 'FORBIDDEN') ? null : errorText(query.error.value, t('common.networkError')))),
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
    prompts: DIARY_PROMPTS,
    visibilityOptions: computed(() => DIARY_VISIBILITIES.map((value) => ({ value, label: t(`enums.diaryVisibility.${value}`) }))),
    form,
    editing,
    startEditing(entry: DiaryEntryRow): void {
      editing.value = entry;
      form.reset(diaryFormFrom(entry));
    },
    cancelEditing(): void {
      editing.value = null;
      form.reset();
    },
    async submit(): Promise<void> {
      const wasEditing = !!editing.value;
      if (!(await form.submit())) return;
      editing.value = null;
      notices.done(t(wasEditing ? 'diary.updated' : 'diary.written'));
    },
  };
}
