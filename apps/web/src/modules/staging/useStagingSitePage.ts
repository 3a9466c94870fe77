import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useArchiveActions } from '@/common/useArchiveActions';
import { errorText, hasErrorCode } from '@/graphql/errors';
import { ArchiveStagingSiteMutation, RestoreStagingSiteMutation, StagingSiteQuery } from './staging.graphql';

/** One site with its people, competences and programmes; archive (with undo) and restore. */
export function useStagingSitePage(id: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const query = useQuery({ query: StagingSiteQuery, variables: computed(() => ({ id: toValue(id) })) });
  const site = computed(() => query.data.value?.stagingSite ?? null);
  const actions = useArchiveActions(ArchiveStagingSiteMutation, RestoreStagingSiteMutation);
  const texts = () => ({
    confirmHeader: t('staging.archiveConfirm.header'),
    confirmMessage: t('staging.archiveConfirm.message', { theme: site.value?.theme ?? '' }),
    archived: t('staging.archivedToast'),
    restored: t('staging.restoredToast'),
  });
  return {
    site,
    fetching: computed(() => query.fetching.value && !site.value),
    error: computed(() => (hasErrorCode(query.error.value, 'NOT_FOUND') ? null : errorText(query.error.value, t('common.networkError')))),
    notFound: computed(() => hasErrorCode(query.error.value, 'NOT_FOUND') || (!query.fetching.value && !query.error.value && !site.value)),
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
    archive: () => actions.archive(toValue(id), texts()),
    restore: (restoreId: string = toValue(id)) => actions.restore(restoreId, texts()),
    busy: computed(() => actions.busy()),
  };
}
