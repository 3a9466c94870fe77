import { useMutation, useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import { useRecordForm } from '@/common/useRecordForm';
import type { ApiClientQuery as Loaded } from '@/gql/graphql';
import { ApiClientListQuery, ApiClientQuery, CreateApiClientMutation, UpdateApiClientMutation } from './api-client.graphql';
import { apiClientListCodec, emptyApiClientForm, isApiClientFormField, permissionsOf, toApiClientFilter, toPermissionInputs, validateApiClientForm, type ApiClientFormState } from './api-client-state';
import { holdIssuedSecret } from './issued-secret';

/** The API client list: URL filters, order and page → the lazy GraphQL page. */
export function useApiClientList() {
  const s = useListState(apiClientListCodec);
  const list = useListQuery({ document: ApiClientListQuery, variables: () => ({ filter: toApiClientFilter(s.state.value) }), view: s.view, pick: (d) => d?.apiClients, typename: 'ApiClient' }, s);
  return { ...s, list };
}

const fromRecord = (c: NonNullable<Loaded['apiClient']>): ApiClientFormState => ({
  name: c.name,
  description: c.description ?? '',
  scopeKind: c.scopeKind,
  scopeId: c.scopeId,
  permissions: permissionsOf(c.permissions),
  expiresOn: c.expiresOn ?? '',
});

/** Create (no id; the secret issued is held for the client's page to show once) or edit an API client. */
export function useApiClientForm(id: MaybeRefOrGetter<string | undefined>) {
  const { t } = useI18n();
  const query = useQuery({ query: ApiClientQuery, variables: computed(() => ({ id: toValue(id) ?? '' })), pause: computed(() => !toValue(id)), requestPolicy: 'cache-and-network' });
  const record = computed(() => query.data.value?.apiClient);
  const create = useMutation(CreateApiClientMutation);
  const update = useMutation(UpdateApiClientMutation);
  const f = useRecordForm({
    id,
    empty: emptyApiClientForm,
    loaded: { record, fetching: query.fetching, error: query.error },
    fromRecord,
    validate: (form) => validateApiClientForm(form, !!toValue(id), { required: t('common.required'), permissions: t('apiClient.form.permissionsRequired'), date: t('apiClient.form.expiresHint') }),
    isField: isApiClientFormField,
    rowKeys: ['permissions'],
    save: async (form, editId) => {
      const common = { name: form.name.trim(), description: form.description.trim() || null, permissions: toPermissionInputs(form.permissions), expiresOn: form.expiresOn || null };
      if (editId) {
        const r = await update.executeMutation({ id: editId, input: common });
        return { id: r.data?.updateApiClient.id ?? null, error: r.error };
      }
      const r = await create.executeMutation({ input: { ...common, scopeKind: form.scopeKind, scopeId: form.scopeId! } });
      const issued = r.data?.createApiClient;
      if (issued) holdIssuedSecret(issued.client.id, issued.secret);
      return { id: issued?.client.id ?? null, error: r.error };
    },
    routes: { card: 'api-client', list: 'api-clients' },
  });
  return { ...f, fieldErrors: f.errors.fields, record, refetch: () => query.executeQuery({ requestPolicy: 'network-only' }) };
}
