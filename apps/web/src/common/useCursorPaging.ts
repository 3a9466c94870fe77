import { computed, ref, watch, type WatchSource } from 'vue';

/**
 * Cursor paging with a stack of the cursors already passed, so "previous" works
 * without offsets. Goes back to the first page whenever `resetOn` changes.
 */
export function useCursorPaging(resetOn: WatchSource) {
  const cursors = ref<(string | null)[]>([null]);
  const page = computed(() => cursors.value.length - 1);
  const after = computed(() => cursors.value[cursors.value.length - 1] ?? null);

  function next(endCursor: string | null | undefined): void {
    if (endCursor) cursors.value = [...cursors.value, endCursor];
  }
  function prev(): void {
    if (cursors.value.length > 1) cursors.value = cursors.value.slice(0, -1);
  }
  function reset(): void {
    if (cursors.value.length > 1) cursors.value = [null];
  }
  watch(resetOn, reset, { deep: true });

  return { page, after, next, prev, reset };
}
