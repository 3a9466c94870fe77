import { useMutation, useQuery } from '@urql/vue';
import { useConfirm } from 'primevue/useconfirm';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { useArchiveActions } from '@/common/useArchiveActions';
import { useNotices } from '@/common/useNotices';
import { useRecordStates } from '@/common/useRecordStates';
import { versionActions } from '@/modules/competence/framework-list-state';
import {
  ArchiveInstrumentMutation,
  FrameworkCompetencesQuery,
  InstrumentQuery,
  NewInstrumentVersionMutation,
  PublishInstrumentMutation,
  RestoreInstrumentMutation,
} from './instrument.graphql';
import { missingRules, ruleRows } from './rule-form';

/** The instrument page: items, rules, publish, «Новая версия» (opens the new draft), archive with undo. */
export function useInstrumentPage(id: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const router = useRouter();
  const notices = useNotices();
  const confirm = useConfirm();
  const query = useQuery({ query: InstrumentQuery, variables: computed(() => ({ id: toValue(id) })) });
  const instrument = computed(() => query.data.value?.diagnosticInstrument ?? null);
  const competencesQuery = useQuery({
    query: FrameworkCompetencesQuery,
    variables: computed(() => ({ id: instrument.value?.frameworkId ?? '' })),
    pause: computed(() => !instrument.value),
  });
  const competences = computed(() =>
    (competencesQuery.data.value?.competencyFramework.areas ?? []).flatMap((a) => a.competences.map((c) => ({ value: c.id, label: `${c.code} — ${c.name}`, group: a.name }))),
  );
  const publishing = useMutation(PublishInstrumentMutation);
  const versioning = useMutation(NewInstrumentVersionMutation);
  const archiving = useArchiveActions(ArchiveInstrumentMutation, RestoreInstrumentMutation);
  const texts = () => ({
    confirmHeader: t('instrument.archiveConfirm.header'),
    confirmMessage: t('instrument.archiveConfirm.message', { name: instrument.value?.name ?? '' }),
    archived: t('instrument.archivedToast'),
    restored: t('instrument.restoredToast'),
  });
  const rules = computed(() => (instrument.value ? ruleRows(instrument.value) : []));

  function publish(): void {
    confirm.require({
      header: t('instrument.publishConfirm.header'),
      message: t('instrument.publishConfirm.message', { name: instrument.value?.name ?? '' }),
      icon: 'pi pi-send',
      rejectProps: { label: t('common.cancel'), severity: 'secondary', outlined: true },
      acceptProps: { label: t('instrument.publishConfirm.accept') },
      accept: () =>
        void (async () => {
          const r = await publishing.executeMutation({ id: toValue(id) });
          if (r.error) notices.fail(r.error);
          else notices.done(t('instrument.published'));
        })(),
    });
  }

  async function newVersion(): Promise<void> {
    const r = await versioning.executeMutation({ id: toValue(id) });
    const created = r.data?.createDiagnosticInstrumentVersion;
    if (r.error || !created) return notices.fail(r.error);
    notices.done(t('instrument.versionCreated', { version: created.version }));
    await router.push({ name: 'instrument', params: { id: created.id } });
  }

  return {
    instrument,
    competences,
    rules,
    missing: computed(() => missingRules(rules.value)),
    ...useRecordStates(query, instrument),
    actions: computed(() => (instrument.value ? versionActions(instrument.value) : null)),
    publish,
    newVersion,
    archive: () => archiving.archive(toValue(id), texts()),
    restore: () => archiving.restore(toValue(id), texts()),
    busy: computed(() => archiving.busy() || publishing.fetching.value || versioning.fetching.value),
  };
}
