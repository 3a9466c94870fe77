import { computed, onScopeDispose, ref, watch } from 'vue';

/** `idle`: nothing changed since the last save; `pending`: changed, waiting for a pause; then `saving`, `saved`, `failed`. */
export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export interface AutosaveOptions<T> {
  /** What is saved, as plain data: a change is a different JSON text. */
  value: () => T;
  /** Sends `value`; true when it is stored. */
  save: (value: T) => Promise<boolean>;
  /** False while saving makes no sense (not loaded yet, read-only, being submitted). */
  enabled: () => boolean;
  /** Pause after the last change before saving, ms. */
  delay?: number;
  /** Pause before trying a failed save again, ms (doubled each time, up to a minute). */
  retryDelay?: number;
}

const MAX_RETRY_MS = 60_000;

/**
 * Saves a draft shortly after the user stops typing or choosing: changes are debounced, one save runs at a time
 * (a change made while saving is saved right after), a failed save is retried with a growing pause. `dirty` is true
 * while something is not stored yet — the unsaved-changes guard asks then. `markSaved` takes a value stored by other
 * means (the loaded answers, a manual save, a submission) as the new baseline.
 */
export function useAutosave<T>(o: AutosaveOptions<T>) {
  const delay = o.delay ?? 1500;
  const retryDelay = o.retryDelay ?? 5000;
  const status = ref<AutosaveStatus>('idle');
  const stored = ref<string | null>(null);
  const current = computed(() => JSON.stringify(o.value()));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let failures = 0;

  const dirty = computed(() => stored.value !== null && current.value !== stored.value);

  function schedule(ms: number): void {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), ms);
  }

  /** Saves now if anything is unsaved (waits for a save under way first). */
  async function flush(): Promise<void> {
    clearTimeout(timer);
    while (running) await running;
    if (!dirty.value || !o.enabled()) {
      if (!dirty.value && status.value !== 'idle') status.value = 'saved';
      return;
    }
    const text = current.value;
    status.value = 'saving';
    running = (async () => {
      let ok = false;
      try {
        ok = await o.save(JSON.parse(text) as T);
      } catch {
        ok = false;
      }
      if (ok) {
        failures = 0;
        stored.value = text;
        status.value = dirty.value ? 'pending' : 'saved';
        if (dirty.value) schedule(delay);
      } else {
        failures += 1;
        status.value = 'failed';
        schedule(Math.min(retryDelay * 2 ** (failures - 1), MAX_RETRY_MS));
      }
    })();
    try {
      await running;
    } finally {
      running = null;
    }
  }

  watch(current, () => {
    if (stored.value === null || !o.enabled()) return;
    if (!dirty.value) {
      clearTimeout(timer);
      if (status.value === 'pending') status.value = 'saved';
      return;
    }
    // After a failure the retry timer stays; a new change only restarts the pause when no retry is waiting.
    if (status.value !== 'failed') status.value = 'pending';
    if (status.value !== 'failed' || failures === 0) schedule(delay);
  });

  /** Stops the pending save (before a submission) and waits for one under way. */
  async function settle(): Promise<void> {
    clearTimeout(timer);
    while (running) await running;
  }

  onScopeDispose(() => clearTimeout(timer));

  return {
    status,
    dirty,
    flush,
    settle,
    markSaved: (value: T = o.value()) => {
      stored.value = JSON.stringify(value);
      if (!dirty.value) {
        clearTimeout(timer);
        failures = 0;
        // The first baseline (the loaded answers) says nothing; a later one is a save.
        if (status.value !== 'idle') status.value = 'saved';
      }
    },
  };
}
