import type { CombinedError } from '@urql/vue';
import { useToast } from 'primevue/usetoast';
import { computed, reactive, ref, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { useFormErrors } from '@/common/useFormErrors';
import { errorText, hasErrorCode } from '@/graphql/errors';

export interface RecordFormOptions<State extends object, Loaded> {
  /** The record being edited; undefined when creating. */
  id: MaybeRefOrGetter<string | undefined>;
  empty: () => State;
  /** The loaded record (from the domain's query, paused when creating) and the query's status. */
  loaded: { record: Ref<Loaded | null | undefined>; fetching: Ref<boolean>; error: Ref<CombinedError | undefined> };
  fromRecord: (record: Loaded) => State;
  validate: (form: State) => Record<string, string>;
  isField: (field: string) => boolean;
  /** Keys holding row editors (statuses, positions): their rows clear errors themselves. */
  rowKeys: (keyof State)[];
  /** Sends the create or update mutation; answers the saved id or the API's error. */
  save: (form: State, id: string | undefined) => Promise<{ id: string | null; error?: CombinedError }>;
  /** Route names: the record's card and the list. */
  routes: { card: string; list: string };
}

/**
 * Create (no id) or edit a record: the form state filled from the loaded record once, client checks
 * merged with the API's field errors (a field the user touches drops the API's old complaint),
 * submit → toast → the record's card, cancel, and the loading / not-found / error states.
 */
export function useRecordForm<State extends object, Loaded>(o: RecordFormOptions<State, Loaded>) {
  const { t } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const isEdit = computed(() => !!toValue(o.id));
  // Form states are plain objects (no refs inside), so the reactive proxy has the same shape.
  const form = reactive(o.empty()) as State;
  const filled = ref(false);

  watch(
    o.loaded.record,
    (record) => {
      if (record && !filled.value) {
        Object.assign(form, o.fromRecord(record));
        filled.value = true;
      }
    },
    { immediate: true },
  );

  const errors = useFormErrors(() => o.validate(form), o.isField);
  for (const key of Object.keys(form) as (keyof State)[]) {
    if ((o.rowKeys as unknown[]).includes(key)) continue;
    watch(() => form[key], () => errors.clearServerField(String(key)));
  }

  async function submit(): Promise<void> {
    if (!errors.check()) return;
    const editId = toValue(o.id);
    const result = await o.save(form, editId);
    if (result.error || !result.id) {
      errors.applyServer(result.error);
      return;
    }
    toast.add({ severity: 'success', summary: t('common.doneTitle'), detail: t(editId ? 'common.saved' : 'common.created'), life: 3000 });
    await router.push({ name: o.routes.card, params: { id: result.id } });
  }

  const queryError = o.loaded.error;
  return {
    form,
    isEdit,
    errors,
    loading: computed(() => isEdit.value && !filled.value && o.loaded.fetching.value),
    loadError: computed(() => (hasErrorCode(queryError.value, 'NOT_FOUND') ? null : errorText(queryError.value, t('common.networkError')))),
    notFound: computed(() => isEdit.value && hasErrorCode(queryError.value, 'NOT_FOUND')),
    generalError: errors.general,
    submit,
    cancel: () => (isEdit.value ? router.push({ name: o.routes.card, params: { id: toValue(o.id) } }) : router.push({ name: o.routes.list })),
  };
}
