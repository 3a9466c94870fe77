import { useMutation, useQuery } from '@urql/vue';
import { useConfirm } from 'primevue/useconfirm';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { useArchiveActions } from '@/common/useArchiveActions';
import { useNotices } from '@/common/useNotices';
import { useRecordStates } from '@/common/useRecordStates';
import { ArchiveFrameworkMutation, FrameworkQuery, NewFrameworkVersionMutation, PublishFrameworkMutation, RestoreFrameworkMutation } from './competence.graphql';
import { versionActions } from './framework-list-state';

/** The framework page: the tree, publish, «Новая версия» (opens the new draft), archive with undo. */
export function useFrameworkPage(id: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const router = useRouter();
  const notices = useNotices();
  const confirm = useConfirm();
  const query = useQuery({ query: FrameworkQuery, variables: computed(() => ({ id: toValue(id) })) });
  const framework = computed(() => query.data.value?.competencyFramework ?? null);
  const publishing = useMutation(PublishFrameworkMutation);
  const versioning = useMutation(NewFrameworkVersionMutation);
  const archiving = useArchiveActions(ArchiveFrameworkMutation, RestoreFrameworkMutation);
  const texts = () => ({
    confirmHeader: t('competence.archiveConfirm.header'),
    confirmMessage: t('competence.archiveConfirm.message', { name: framework.value?.name ?? '' }),
    archived: t('competence.archivedToast'),
    restored: t('competence.restoredToast'),
  });

  function publish(): void {
    confirm.require({
      header: t('competence.publishConfirm.header'),
      message: t('competence.publishConfirm.message', { name: framework.value?.name ?? '' }),
      icon: 'pi pi-send',
      rejectProps: { label: t('common.cancel'), severity: 'secondary', outlined: true },
      acceptProps: { label: t('competence.publishConfirm.accept') },
      accept: () =>
        void (async () => {
          const r = await publishing.executeMutation({ id: toValue(id) });
          if (r.error) notices.fail(r.error);
          else notices.done(t('competence.published'));
        })(),
    });
  }

  async function newVersion(): Promise<void> {
    const r = await versioning.executeMutation({ id: toValue(id) });
    const created = r.data?.createCompetencyFrameworkVersion;
    if (r.error || !created) return notices.fail(r.error);
    notices.done(t('competence.versionCreated', { version: created.version }));
    await router.push({ name: 'competence-framework', params: { id: created.id } });
  }

  return {
    framework,
    ...useRecordStates(query, framework),
    actions: computed(() => (framework.value ? versionActions(framework.value) : null)),
    publish,
    newVersion,
    archive: () => archiving.archive(toValue(id), texts()),
    restore: () => archiving.restore(toValue(id), texts()),
    busy: computed(() => archiving.busy() || publishing.fetching.value || versioning.fetching.value),
  };
}
