import { useMutation, useQuery } from '@urql/vue';
import { useToast } from 'primevue/usetoast';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { errorText, hasErrorCode } from '@/graphql/errors';
import { movedPosition } from './program-forms';
import { ArchiveInternshipModuleMutation, ArchiveInternshipTrackMutation, InternshipProgramQuery, MoveInternshipModuleMutation, StagingCompetenceOptionsQuery } from './staging.graphql';

/** A programme with its modules and tracks; moving and archiving modules and tracks. */
export function useInternshipProgramPage(id: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const toast = useToast();
  const query = useQuery({ query: InternshipProgramQuery, variables: computed(() => ({ id: toValue(id) })) });
  const program = computed(() => query.data.value?.internshipProgram ?? null);
  const competences = useQuery({ query: StagingCompetenceOptionsQuery, pause: computed(() => !program.value?.canEdit) });
  const move = useMutation(MoveInternshipModuleMutation);
  const archiveModule = useMutation(ArchiveInternshipModuleMutation);
  const archiveTrack = useMutation(ArchiveInternshipTrackMutation);
  const busy = ref(false);
  const refetch = () => query.executeQuery({ requestPolicy: 'network-only' });

  async function run(send: () => Promise<{ error?: Parameters<typeof errorText>[0] }>): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    try {
      const r = await send();
      if (r.error) toast.add({ severity: 'error', summary: t('common.errorTitle'), detail: errorText(r.error, t('common.networkError')) ?? '', life: 6000 });
      else refetch();
    } finally {
      busy.value = false;
    }
  }

  return {
    program,
    fetching: computed(() => query.fetching.value && !program.value),
    error: computed(() => (hasErrorCode(query.error.value, 'NOT_FOUND') ? null : errorText(query.error.value, t('common.networkError')))),
    notFound: computed(() => hasErrorCode(query.error.value, 'NOT_FOUND') || (!query.fetching.value && !query.error.value && !program.value)),
    refetch,
    busy,
    competenceOptions: computed(() => (competences.data.value?.routeCompetenceOptions ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.name}` }))),
    moduleOptions: computed(() => (program.value?.modules ?? []).map((m) => ({ value: m.id, label: `${m.position}. ${m.title}` }))),
    moveModule: (index: number, step: -1 | 1) => {
      const modules = program.value?.modules ?? [];
      const position = movedPosition(modules.length, index, step);
      if (position == null) return Promise.resolve();
      return run(() => move.executeMutation({ id: modules[index].id, position }));
    },
    archiveModule: (moduleId: string) => run(() => archiveModule.executeMutation({ id: moduleId })),
    archiveTrack: (trackId: string) => run(() => archiveTrack.executeMutation({ id: trackId })),
  };
}
