import { onBeforeUnmount, ref, watch, type Ref } from 'vue';

/**
 * False until what `ready` waits for (the page's data) has been rendered and the browser has had a frame to paint
 * it, then true from then on. A page renders what is seen first in one task and the rest (a long table below, a
 * timeline, closed dialogs) in the next: the first paint (and the largest, when it is above the fold) no longer waits
 * for the rest. A hidden tab paints no frame, and jsdom may have none: a timer stands in (`fallbackMs`).
 */
export function useAfterPaint(ready: () => boolean = () => true, fallbackMs = 100): Ref<boolean> {
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
    stop();
  };
  const stop = watch(
    ready,
    (isReady) => {
      if (!isReady || painted.value || timers.length) return;
      // After the frame that paints the first part: a task queued from requestAnimationFrame runs once it is painted.
      if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(() => timers.push(setTimeout(done, 0)));
      timers.push(setTimeout(done, fallbackMs));
    },
    { immediate: true, flush: 'post' },
  );
  onBeforeUnmount(() => {
    stop();
    cancel();
  });
  return painted;
}
