import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

/**
 * False until the component has been mounted and the browser has had a frame to paint what the same task drew, then
 * true. A page draws what is seen first in one task and the rest (a table below, a timeline, a pager) in the next:
 * the first paint, and the largest when it is above the fold, no longer waits for the rest. A hidden tab paints no
 * frame, and jsdom may have none: a timer stands in (`fallbackMs`).
 */
export function useAfterPaint(fallbackMs = 100): Ref<boolean> {
  const painted = ref(false);
  let frame: number | undefined;
  const timers: ReturnType<typeof setTimeout>[] = [];
  const cancel = () => {
    if (frame !== undefined && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
    timers.forEach(clearTimeout);
  };
  const done = () => {
    cancel();
    painted.value = true;
  };
  onMounted(() => {
    // A task queued from requestAnimationFrame runs after that frame is painted.
    if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(() => timers.push(setTimeout(done, 0)));
    timers.push(setTimeout(done, fallbackMs));
  });
  onBeforeUnmount(cancel);
  return painted;
}
