import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useArchiveActions } from '@/common/useArchiveActions';
import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import { listContext } from '@/graphql/client';
import { ArchiveInstrumentMutation, InstrumentListQuery, PublishedFrameworksQuery, RestoreInstrumentMutation } from './instrument.graphql';
import { instrumentListCodec, toInstrumentFilter } from './instrument-list-state';

/** Published frameworks as select options («SHADRIKOV v1 — name»). */
export function usePublishedFrameworks() {
  const query = useQuery({ query: PublishedFrameworksQuery, context: listContext('CompetencyFramework') });
  return computed(() => (query.data.value?.competencyFrameworks.nodes ?? []).map((f) => ({ value: f.id, label: `${f.code} v${f.version} — ${f.name}` })));
}

/** The instrument list: URL filters, order and page → the lazy GraphQL page; archive and restore from a row. */
export function useInstrumentList() {
  const { t } = useI18n();
  const s = useListState(instrumentListCodec);
  const list = useListQuery(
    {
      document: InstrumentListQuery,
      variables: () => ({ filter: toInstrumentFilter(s.state.value) }),
      view: s.view,
      pick: (d) => d?.diagnosticInstruments,
      typename: 'DiagnosticInstrument',
    },
    s,
  );
  const archiving = useArchiveActions(ArchiveInstrumentMutation, RestoreInstrumentMutation);
  const texts = (name: string) => ({
    confirmHeader: t('instrument.archiveConfirm.header'),
    confirmMessage: t('instrument.archiveConfirm.message', { name }),
    archived: t('instrument.archivedToast'),
    restored: t('instrument.restoredToast'),
  });

  return {
    ...s,
    list,
    /** Archive from the list with the undo toast (its detail carries the id). */
    archive: (row: { id: string; name: string }) => archiving.archive(row.id, texts(row.name)),
    restore: (id: string) => archiving.restore(id, texts('')),
  };
}
