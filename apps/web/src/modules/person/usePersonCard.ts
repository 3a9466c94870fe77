import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useArchiveActions } from '@/common/useArchiveActions';
import { errorText, hasErrorCode } from '@/graphql/errors';
import { ArchivePersonMutation, PersonQuery, RestorePersonMutation } from './person.graphql';

/** One person with their positions; archive (with undo) and restore. */
export function usePersonCard(id: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const query = useQuery({ query: PersonQuery, variables: computed(() => ({ id: toValue(id) })) });
  const person = computed(() => query.data.value?.person ?? null);
  const actions = useArchiveActions(ArchivePersonMutation, RestorePersonMutation);
  const texts = () => ({
    confirmHeader: t('person.archiveConfirm.header'),
    confirmMessage: t('person.archiveConfirm.message', { name: person.value?.fullName ?? '' }),
    archived: t('person.archivedToast'),
    restored: t('person.restoredToast'),
  });

  return {
    person,
    fetching: computed(() => query.fetching.value && !person.value),
    error: computed(() => (hasErrorCode(query.error.value, 'NOT_FOUND') ? null : errorText(query.error.value, t('common.networkError')))),
    notFound: computed(() => hasErrorCode(query.error.value, 'NOT_FOUND') || (!query.fetching.value && !query.error.value && !person.value)),
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
    archive: () => actions.archive(toValue(id), texts()),
    restore: (restoreId: string = toValue(id)) => actions.restore(restoreId, texts()),
    busy: computed(() => actions.busy()),
  };
}
