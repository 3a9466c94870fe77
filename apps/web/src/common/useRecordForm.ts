import type { CombinedError } from '@urql/vue';
import { useToast } from 'primevue/usetoast';
import { computed, nextTick, reactive, ref, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { useFormErrors } from '@/common/useFormErrors';
import { useLeaveGuard } from '@/common/useLeaveGuard';
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
 * submit → toast → the record's card, cancel, the loading / not-found / error states, and the unsaved-changes
 * guard (leaving a changed form asks first; «Отмена» and a save leave without asking). Pages show it in FormPage.vue.
 */
export function useRecordForm<State extends object, Loaded>(o: RecordFormOptions<State, Loaded>) {
  const { t } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const isEdit = computed(() => !!toValue(o.id));
  // Form states are plain objects (no refs inside), so the reactive proxy has the same shape.
  const form = reactive(o.empty()) as State;
  const filled = ref(false);

  // The unsaved-changes guard compares the form with the state it started from: the empty form, or the loaded record
  // (taken after the domain's own watchers have run on it, so their adjustments do not count as changes).
  const snapshot = () => JSON.stringify(form);
  const baseline = ref(snapshot());
  const rebase = () => nextTick(() => (baseline.value = snapshot()));
  const leaving = ref(false);
  const dirty = computed(() => !leaving.value && (!isEdit.value || filled.value) && snapshot() !== baseline.value);
  useLeaveGuard(() => dirty.value);
  void rebase();

  watch(
    o.loaded.record,
    (record) => {
      if (record && !filled.value) {
        Object.assign(form, o.fromRecord(record));
        filled.value = true;
        void rebase();
      }
    },
    { immediate: true },
  );

  const errors = useFormErrors(() => o.validate(form), o.isField);
  for (const key of Object.keys(form) as (keyof State)[]) {
    if ((o.rowKeys as unknown[]).includes(key)) continue;
    watch(() => form[key], () => errors.clearServerField(String(key)));
  }

  const saving = ref(false);
  async function submit(): Promise<void> {
    if (!errors.check() || saving.value) return;
    const editId = toValue(o.id);
    saving.value = true;
    let result: Awaited<ReturnType<typeof o.save>>;
    try {
      result = await o.save(form, editId);
    } finally {
      saving.value = false;
    }
    if (result.error || !result.id) {
      errors.applyServer(result.error);
      return;
    }
    baseline.value = snapshot();
    toast.add({ severity: 'success', summary: t('common.doneTitle'), detail: t(editId ? 'common.saved' : 'common.created'), life: 3000 });
    await router.push({ name: o.routes.card, params: { id: result.id } });
  }

  /** «Отмена» is the user's own choice to drop the changes: it leaves without asking. */
  async function cancel(): Promise<void> {
    leaving.value = true;
    const id = toValue(o.id);
    const failure = await (id ? router.push({ name: o.routes.card, params: { id } }) : router.push({ name: o.routes.list }));
    if (failure) leaving.value = false;
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
    /** The form differs from what was loaded (or from the empty form) and is not saved. */
    dirty,
    saving,
    submit,
    cancel,
  };
}
