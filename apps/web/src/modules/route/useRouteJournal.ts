import { useMutation } from '@urql/vue';
import { toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { fieldChecker, today } from '@/common/form-fields';
import { useInlineForm } from '@/common/useInlineForm';
import { useNotices } from '@/common/useNotices';
import { AddRouteJournalEntryMutation } from './route.graphql';

/** A dated note in the growth journal of a route. */
export function useRouteJournal(routeId: MaybeRefOrGetter<string>, onAdded: () => void) {
  const { t } = useI18n();
  const notices = useNotices();
  const add = useMutation(AddRouteJournalEntryMutation);
  const form = useInlineForm({
    empty: () => ({ occurredOn: today(), text: '' }),
    validate: (f): Record<string, string> => (f.text.trim() ? {} : { text: t('route.journal.textRequired') }),
    isField: fieldChecker(['occurredOn', 'text']),
    send: async (f) => (await add.executeMutation({ routeId: toValue(routeId), input: { occurredOn: f.occurredOn, text: f.text.trim() } })).error,
  });
  return {
    ...form,
    async addNote(): Promise<void> {
      if (!(await form.submit())) return;
      notices.done(t('route.journal.added'));
      onAdded();
    },
  };
}
