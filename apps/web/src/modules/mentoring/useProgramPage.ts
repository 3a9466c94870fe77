import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useArchiveActions } from '@/common/useArchiveActions';
import { useRecordStates } from '@/common/useRecordStates';
import { useRouteTab } from '@/common/useRouteTab';
import type { MentoringProgramQuery } from '@/gql/graphql';
import { ArchiveMentoringProgramMutation, MentoringProgramQuery as ProgramDocument, RestoreMentoringProgramMutation } from './mentoring.graphql';

export type ProgramDetails = MentoringProgramQuery['mentoringProgram'];

/** «Пары и группы», «Анкеты» and, for who runs the programme, «Сформировать». */
export const PROGRAM_TABS = ['mentorships', 'surveys', 'form'] as const;
export type ProgramTab = (typeof PROGRAM_TABS)[number];

/** The programme page: its header, the tab in the URL; archive with undo. */
export function useProgramPage(id: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const query = useQuery({
    query: ProgramDocument,
    variables: computed(() => ({ id: toValue(id) })),
    // A new mentorship changes the programme's count.
    context: { additionalTypenames: ['Mentorship'] },
  });
  const program = computed(() => query.data.value?.mentoringProgram ?? null);
  const actions = useArchiveActions(ArchiveMentoringProgramMutation, RestoreMentoringProgramMutation);
  const texts = () => ({
    confirmHeader: t('mentoring.program.archiveConfirm.header'),
    confirmMessage: t('mentoring.program.archiveConfirm.message', { name: program.value?.name ?? '' }),
    archived: t('mentoring.program.archivedToast'),
    restored: t('mentoring.program.restoredToast'),
  });
  const editable = computed(() => !!program.value?.canEdit && !program.value.archivedAt);
  const tab = useRouteTab(PROGRAM_TABS);

  return {
    program,
    ...useRecordStates(query, program),
    editable,
    /** Only who runs the programme sees «Сформировать». */
    tabs: computed<readonly ProgramTab[]>(() => (editable.value ? PROGRAM_TABS : ['mentorships', 'surveys'])),
    tab: computed<ProgramTab>({ get: () => (editable.value || tab.value !== 'form' ? tab.value : 'mentorships'), set: (v) => (tab.value = v) }),
    archive: () => actions.archive(toValue(id), texts()),
    restore: () => actions.restore(toValue(id), texts()),
    busy: computed(() => actions.busy()),
  };
}
