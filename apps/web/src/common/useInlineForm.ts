import type { CombinedError } from '@urql/vue';
import { computed, reactive, ref, watch } from 'vue';
import { useFormErrors } from './useFormErrors';

export interface InlineFormOptions<State extends object> {
  empty: () => State;
  validate: (form: State) => Record<string, string>;
  isField: (field: string) => boolean;
  /** Sends the mutation; answers the API's error, if any. */
  send: (form: State) => Promise<CombinedError | undefined>;
  /**
   * The API judges the fields together (a rule about the pair of members of an edge): any change
   * drops all of its old messages. Otherwise a changed field drops only its own.
   */
  linkedFields?: boolean;
}

/**
 * A small form inside a page (add a member, add a link, an agreement in a dialog): client checks
 * merged with the API's field errors, sending state, a reset after success, and `dirty` (changed since the last
 * reset) for a questionnaire that guards its answers with useLeaveGuard.
 */
export function useInlineForm<State extends object>(o: InlineFormOptions<State>) {
  // Form states are plain objects (no refs inside), so the reactive proxy has the same shape.
  const form = reactive(o.empty()) as State;
  const errors = useFormErrors(() => o.validate(form), o.isField);
  const sending = ref(false);

  for (const key of Object.keys(form) as (keyof State)[]) {
    watch(
      () => form[key],
      () => (o.linkedFields ? errors.clearServer() : errors.clearServerField(String(key))),
      { deep: true },
    );
  }

  // What the form held after its last reset (or success): `dirty` compares with it, for the unsaved-changes guard.
  const snapshot = () => JSON.stringify(form);
  const baseline = ref(snapshot());
  const dirty = computed(() => snapshot() !== baseline.value);

  function reset(values: State = o.empty()): void {
    Object.assign(form, values);
    baseline.value = snapshot();
    errors.reset();
  }

  /** True when the API accepted the form (which is then reset). */
  async function submit(): Promise<boolean> {
    if (!errors.check() || sending.value) return false;
    sending.value = true;
    try {
      const error = await o.send(form);
      if (error) {
        errors.applyServer(error);
        return false;
      }
    } finally {
      sending.value = false;
    }
    reset();
    return true;
  }

  // The API names a refused item of a list (`mentorIds.0`): show it under the list's field.
  const keys = new Set(Object.keys(form));
  const fields = computed(() => {
    const out: Record<string, string> = {};
    for (const [field, message] of Object.entries(errors.fields.value)) {
      const list = field.replace(/\.\d+$/, '');
      out[keys.has(list) ? list : field] ??= message;
    }
    return out;
  });

  return { form, fields, general: errors.general, sending, dirty, submit, reset };
}
