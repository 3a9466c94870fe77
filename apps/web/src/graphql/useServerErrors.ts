import { computed, ref } from 'vue';
import { apiFieldErrors, type ApiError } from './errors';

/** What a form shows after the API refused an operation. */
export interface ServerErrors {
  /** Message per dotted input path (`inn`, `statuses.0.year`). */
  fields: Record<string, string>;
  /** Everything that has no field on the form, or null. */
  general: string | null;
}

export interface ServerErrorOptions {
  /** Whether the form shows this field; other field messages go to `general`. Default: every field. */
  isField?: (field: string) => boolean;
  /** Text for a failure without a GraphQL answer (no connection, 5xx). */
  networkMessage?: string;
}

const DEFAULT_NETWORK_MESSAGE = 'Нет связи с сервером';

/** Paths are relative to the operation's input; tolerate a leading `input.` argument name. */
export function normalizeFieldPath(field: string): string {
  return field.replace(/^input\./, '').replace(/\[(\d+)\]/g, '.$1');
}

/** Maps a failed operation (urql's CombinedError or a plain request's error) to field messages (first message per field wins) and a general message. */
export function mapServerErrors(error: ApiError | null | undefined, options: ServerErrorOptions = {}): ServerErrors {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  if (!error) return { fields, general: null };
  const isField = options.isField ?? (() => true);

  if (error.networkError && error.graphQLErrors.length === 0) {
    return { fields, general: options.networkMessage ?? DEFAULT_NETWORK_MESSAGE };
  }
  for (const gqlError of error.graphQLErrors) {
    const fieldErrors = apiFieldErrors(gqlError.extensions);
    if (fieldErrors.length === 0) {
      general.push(gqlError.message);
      continue;
    }
    for (const { field, message } of fieldErrors) {
      const path = normalizeFieldPath(field);
      if (isField(path)) fields[path] ??= message;
      else general.push(message);
    }
  }
  const unique = [...new Set(general.filter(Boolean))];
  return { fields, general: unique.length ? unique.join('\n') : null };
}

/** Reactive server errors of one form. */
export function useServerErrors(options: ServerErrorOptions = {}) {
  const state = ref<ServerErrors>({ fields: {}, general: null });

  function apply(error: ApiError | null | undefined): ServerErrors {
    state.value = mapServerErrors(error, options);
    return state.value;
  }

  function reset(): void {
    state.value = { fields: {}, general: null };
  }

  /** Drops the message of one field (and of its list items, `attendeeIds.2`) once the user edits it. */
  function clearField(field: string): void {
    const stale = Object.keys(state.value.fields).filter((f) => f === field || f.startsWith(`${field}.`));
    if (!stale.length) return;
    const rest = { ...state.value.fields };
    for (const f of stale) delete rest[f];
    state.value = { ...state.value, fields: rest };
  }

  return {
    fields: computed(() => state.value.fields),
    general: computed(() => state.value.general),
    apply,
    reset,
    clearField,
  };
}
