import { useMutation, useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useInlineForm } from '@/common/useInlineForm';
import { useLeaveGuard } from '@/common/useLeaveGuard';
import { useNotices } from '@/common/useNotices';
import type { MySurveyTasksQuery as TasksResult } from '@/gql/graphql';
import { errorText } from '@/graphql/errors';
import { emptyAnswerForm, isAnswerFormField, toAnswerInput, validateAnswerForm } from './survey-form';
import { AnswerSurveyMutation, MySurveyTasksQuery } from './survey.graphql';

export type SurveyTaskRow = TasksResult['mySurveyTasks'][number];

/** The questionnaires waiting for the signed-in participant (an answered one leaves the list). */
export function useSurveyTasks() {
  const { t } = useI18n();
  const query = useQuery({ query: MySurveyTasksQuery, requestPolicy: 'cache-and-network', context: { additionalTypenames: ['Survey'] } });
  return {
    tasks: computed(() => query.data.value?.mySurveyTasks ?? []),
    fetching: computed(() => query.fetching.value && !query.data.value),
    error: computed(() => errorText(query.error.value, t('common.networkError'))),
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}

/** The answer form of one task: a rating for each SCALE question, texts for the others. */
export function useSurveyAnswer(task: MaybeRefOrGetter<SurveyTaskRow>, onAnswered: () => void) {
  const { t } = useI18n();
  const notices = useNotices();
  const answer = useMutation(AnswerSurveyMutation);
  const questions = () => toValue(task).survey.questions;
  const form = useInlineForm({
    empty: () => emptyAnswerForm(questions()),
    validate: (f) => validateAnswerForm(questions(), f, { rate: t('survey.rate') }),
    isField: isAnswerFormField,
    linkedFields: true,
    send: async (f) => (await answer.executeMutation({ input: toAnswerInput(toValue(task).survey.id, toValue(task).mentorshipId, questions(), f) })).error,
  });
  // Answers typed but not sent are not lost to a menu click.
  useLeaveGuard(() => form.dirty.value);
  return {
    form,
    async submit(): Promise<void> {
      if (!(await form.submit())) return;
      notices.done(t('survey.answeredToast'));
      onAnswered();
    },
  };
}
