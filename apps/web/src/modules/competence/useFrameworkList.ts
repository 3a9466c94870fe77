import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useArchiveActions } from '@/common/useArchiveActions';
import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import { useSessionStore } from '@/modules/auth/session.store';
import { ArchiveFrameworkMutation, FrameworkListQuery, RestoreFrameworkMutation } from './competence.graphql';
import { frameworkListCodec, toFrameworkFilter } from './framework-list-state';

/** Whether the caller keeps frameworks and the bank of methods (from `me.permissions`; the SPA only shows controls). */
export function useCompetenceRights() {
  const session = useSessionStore();
  return computed(() => ({ frameworks: session.can('COMPETENCE_WRITE'), instruments: session.can('INSTRUMENT_WRITE') }));
}

/** The framework list: URL filters, order and page → the lazy GraphQL page; archive and restore from a row. */
export function useFrameworkList() {
  const { t } = useI18n();
  const s = useListState(frameworkListCodec);
  const list = useListQuery(
    {
      document: FrameworkListQuery,
      variables: () => ({ filter: toFrameworkFilter(s.state.value) }),
      view: s.view,
      pick: (d) => d?.competencyFrameworks,
      typename: 'CompetencyFramework',
    },
    s,
  );
  const archiving = useArchiveActions(ArchiveFrameworkMutation, RestoreFrameworkMutation);
  const texts = (name: string) => ({
    confirmHeader: t('competence.archiveConfirm.header'),
    confirmMessage: t('competence.archiveConfirm.message', { name }),
    archived: t('competence.archivedToast'),
    restored: t('competence.restoredToast'),
  });

  return {
    ...s,
    list,
    /** Archive from the list with the undo toast (its detail carries the id). */
    archive: (row: { id: string; name: string }) => archiving.archive(row.id, texts(row.name)),
    restore: (id: string) => archiving.restore(id, texts('')),
  };
}
