import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useArchiveActions } from '@/common/useArchiveActions';
import { useRecordStates } from '@/common/useRecordStates';
import { useRouteTab } from '@/common/useRouteTab';
import type { AssociationQuery } from '@/gql/graphql';
import { ArchiveAssociationMutation, AssociationQuery as AssociationDocument, RestoreAssociationMutation } from './association.graphql';

export type AssociationDetails = AssociationQuery['association'];
export type AssociationMemberRow = AssociationDetails['members'][number];
export type AssociationMeetingRow = AssociationDetails['meetings'][number];

/** Every kind keeps a «Дневник» (for a ПОС it is the «Дневник ПОС»). */
export const ASSOCIATION_TABS = ['members', 'meetings', 'diary'] as const;

/** The association page: members and meetings; the tab in the URL; archive with undo. */
export function useAssociationPage(id: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const query = useQuery({
    query: AssociationDocument,
    variables: computed(() => ({ id: toValue(id) })),
    context: { additionalTypenames: ['AssociationMember', 'AssociationMeeting'] },
  });
  const association = computed(() => query.data.value?.association ?? null);
  const actions = useArchiveActions(ArchiveAssociationMutation, RestoreAssociationMutation);
  const texts = () => ({
    confirmHeader: t('association.archiveConfirm.header'),
    confirmMessage: t('association.archiveConfirm.message', { name: association.value?.name ?? '' }),
    archived: t('association.archivedToast'),
    restored: t('association.restoredToast'),
  });

  return {
    association,
    ...useRecordStates(query, association),
    tab: useRouteTab(ASSOCIATION_TABS),
    /** Members and meetings change only while the association is active and the caller may edit it. */
    editable: computed(() => !!association.value?.canEdit && !association.value.archivedAt),
    archive: () => actions.archive(toValue(id), texts()),
    restore: () => actions.restore(toValue(id), texts()),
    busy: computed(() => actions.busy()),
  };
}
