import { useMutation, useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useInlineForm } from '@/common/useInlineForm';
import { useNotices } from '@/common/useNotices';
import type { SurveysQuery as SurveysResult } from '@/gql/graphql';
import { errorText } from '@/graphql/errors';
import { emptyQuestion, emptySurveyForm, isSurveyFormField, toCreateSurveyInput, validateSurveyForm } from './survey-form';
import { CloseSurveyMutation, CreateSurveyMutation, ReopenSurveyMutation, SurveysQuery } from './survey.graphql';

export type SurveyRow = SurveysResult['surveys'][number];

/** «Анкеты» of a programme: the list; for its coordinators the form, closing and reopening, the results. */
export function useProgramSurveys(programId: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const notices = useNotices();
  const query = useQuery({
    query: SurveysQuery,
    variables: computed(() => ({ programId: toValue(programId) })),
    requestPolicy: 'cache-and-network',
    context: { additionalTypenames: ['Survey'] },
  });
  const create = useMutation(CreateSurveyMutation);
  const close = useMutation(CloseSurveyMutation);
  const reopen = useMutation(ReopenSurveyMutation);
  const creating = ref(false);
  /** The survey whose results are open. */
  const resultsOf = ref<string | null>(null);

  const form = useInlineForm({
    empty: emptySurveyForm,
    validate: (f) => validateSurveyForm(f, { required: t('common.required'), questionsMin: t('survey.questionsMin') }),
    isField: isSurveyFormField,
    send: async (f) => (await create.executeMutation({ programId: toValue(programId), input: toCreateSurveyInput(f) })).error,
  });

  async function toggle(survey: SurveyRow): Promise<void> {
    const result = survey.closedAt ? await reopen.executeMutation({ id: survey.id }) : await close.executeMutation({ id: survey.id });
    if (result.error) notices.fail(result.error);
    else notices.done(t(survey.closedAt ? 'survey.reopened' : 'survey.closed'));
  }

  return {
    surveys: computed(() => query.data.value?.surveys ?? []),
    fetching: computed(() => query.fetching.value && !query.data.value),
    error: computed(() => errorText(query.error.value, t('common.networkError'))),
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
    creating,
    form,
    addQuestion: () => form.form.questions.push(emptyQuestion()),
    removeQuestion: (i: number) => form.form.questions.splice(i, 1),
    startCreating(): void {
      form.reset();
      creating.value = true;
    },
    cancelCreating: () => void (creating.value = false),
    async submit(): Promise<void> {
      if (!(await form.submit())) return;
      creating.value = false;
      notices.done(t('survey.created'));
    },
    toggle,
    toggling: computed(() => close.fetching.value || reopen.fetching.value),
    resultsOf,
    showResults: (id: string) => (resultsOf.value = resultsOf.value === id ? null : id),
  };
}
