import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useArchiveActions } from '@/common/useArchiveActions';
import { errorText, hasErrorCode } from '@/graphql/errors';
import { ArchiveOrganizationMutation, OrganizationQuery, RestoreOrganizationMutation } from './organization.graphql';

/** Groups statuses by year, newest year first. */
export function groupByYear<T extends { year: number }>(items: readonly T[]): { year: number; items: T[] }[] {
  const years = new Map<number, T[]>();
  for (const item of items) years.set(item.year, [...(years.get(item.year) ?? []), item]);
  return [...years.entries()].sort(([a], [b]) => b - a).map(([year, grouped]) => ({ year, items: grouped }));
}

/** One organisation with its statuses and staff; archive (with undo) and restore. */
export function useOrganizationCard(id: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const query = useQuery({ query: OrganizationQuery, variables: computed(() => ({ id: toValue(id) })) });
  const organization = computed(() => query.data.value?.organization ?? null);
  const notFound = computed(() => hasErrorCode(query.error.value, 'NOT_FOUND') || (!query.fetching.value && !query.error.value && !organization.value));
  const error = computed(() => (hasErrorCode(query.error.value, 'NOT_FOUND') ? null : errorText(query.error.value, t('common.networkError'))));
  const statusYears = computed(() => groupByYear(organization.value?.statuses ?? []));
  const actions = useArchiveActions(ArchiveOrganizationMutation, RestoreOrganizationMutation);

  const texts = () => ({
    confirmHeader: t('organization.archiveConfirm.header'),
    confirmMessage: t('organization.archiveConfirm.message', { name: organization.value?.shortName || organization.value?.name || '' }),
    archived: t('organization.archivedToast'),
    restored: t('organization.restoredToast'),
  });

  return {
    organization,
    fetching: computed(() => query.fetching.value && !organization.value),
    error,
    notFound,
    statusYears,
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
    archive: () => actions.archive(toValue(id), texts()),
    restore: (restoreId: string = toValue(id)) => actions.restore(restoreId, texts()),
    busy: computed(() => actions.busy()),
  };
}
