import { useClientHandle, useMutation, useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useArchiveActions } from '@/common/useArchiveActions';
import { useInlineForm } from '@/common/useInlineForm';
import { useNotices } from '@/common/useNotices';
import { useRecordStates } from '@/common/useRecordStates';
import type { RouteQuery } from '@/gql/graphql';
import { saveBase64File } from '@/modules/registry-import/useImportTemplate';
import {
  ApproveRouteMutation,
  ArchiveRouteMutation,
  CompleteRouteMutation,
  RestoreRouteMutation,
  ReturnRouteMutation,
  RouteEvidenceFileQuery,
  RouteQuery as RouteDocument,
  SetRouteSharingMutation,
  StartRouteMutation,
  SubmitRouteMutation,
} from './route.graphql';
import { routeActions, type RouteAction } from './route-logic';

export type RouteDetails = RouteQuery['learningRoute'];
export type RouteStepRow = RouteDetails['steps'][number];

/**
 * The route page: the header with the legal moves of the flow (returning asks for comments), sharing in the
 * network, archiving, the growth journal's new notes and evidence downloads. Steps have their own composable.
 */
export function useRoutePage(id: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const notices = useNotices();
  const handle = useClientHandle();
  const query = useQuery({ query: RouteDocument, variables: computed(() => ({ id: toValue(id) })), requestPolicy: 'cache-and-network' });
  const route = computed(() => query.data.value?.learningRoute ?? null);
  const refetch = () => query.executeQuery({ requestPolicy: 'network-only' });

  const submitMutation = useMutation(SubmitRouteMutation);
  const approveMutation = useMutation(ApproveRouteMutation);
  const startMutation = useMutation(StartRouteMutation);
  const completeMutation = useMutation(CompleteRouteMutation);
  const send = (action: Exclude<RouteAction, 'return'>, vars: { id: string }) => {
    switch (action) {
      case 'submit':
        return submitMutation.executeMutation(vars);
      case 'approve':
        return approveMutation.executeMutation(vars);
      case 'start':
        return startMutation.executeMutation(vars);
      case 'complete':
        return completeMutation.executeMutation(vars);
    }
  };
  const returnMutation = useMutation(ReturnRouteMutation);
  const sharing = useMutation(SetRouteSharingMutation);
  const changing = ref(false);

  const returnVisible = ref(false);
  const returnForm = useInlineForm({
    empty: () => ({ comment: '' }),
    validate: (form): Record<string, string> => (form.comment.trim() ? {} : { comment: t('route.page.commentRequired') }),
    isField: (field) => field === 'comment',
    send: async (form) => (await returnMutation.executeMutation({ id: toValue(id), comment: form.comment.trim() })).error,
  });

  async function act(action: RouteAction): Promise<void> {
    if (action === 'return') {
      returnForm.reset();
      returnVisible.value = true;
      return;
    }
    changing.value = true;
    try {
      const result = await send(action, { id: toValue(id) });
      if (result.error) notices.fail(result.error);
      else {
        notices.done(t(`route.page.done.${action}`));
        refetch();
      }
    } finally {
      changing.value = false;
    }
  }

  const archiving = useArchiveActions(ArchiveRouteMutation, RestoreRouteMutation);
  const archiveTexts = () => ({
    confirmHeader: t('route.page.archive'),
    confirmMessage: route.value?.title ?? '',
    archived: t('route.page.archived'),
    restored: t('common.saved'),
  });

  return {
    route,
    ...useRecordStates(query, route),
    refetch,
    actions: computed(() => (route.value && !route.value.archivedAt ? routeActions(route.value) : [])),
    changing: computed(() => changing.value || returnMutation.fetching.value),
    act: (action: RouteAction) => void act(action),
    returnVisible,
    returnForm,
    async submitReturn(): Promise<void> {
      if (!(await returnForm.submit())) return;
      returnVisible.value = false;
      notices.done(t('route.page.done.return'));
      refetch();
    },
    /** True when the API accepted it (a refused switch snaps back). */
    async setShared(shared: boolean): Promise<boolean> {
      const result = await sharing.executeMutation({ routeId: toValue(id), shared });
      if (result.error) notices.fail(result.error);
      else notices.done(t(shared ? 'route.page.shared' : 'route.page.unshared'));
      return !result.error;
    },
    archive: () => archiving.archive(toValue(id), archiveTexts()),
    restore: () => void archiving.restore(toValue(id), archiveTexts()),
    async download(stepId: string): Promise<void> {
      const result = await handle.client.query(RouteEvidenceFileQuery, { stepId }, { requestPolicy: 'network-only' }).toPromise();
      const file = result.data?.routeStepEvidenceFile;
      if (file) saveBase64File(file.fileName, file.contentBase64, file.fileType);
      else notices.fail(result.error);
    },
  };
}

/** What the route page hands its parts (RouteBody, RouteActions, RouteReturnDialog). */
export type RoutePageState = ReturnType<typeof useRoutePage>;
