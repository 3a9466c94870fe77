import { onBeforeUnmount, ref, watch, type Ref, type ShallowRef } from 'vue';

/**
 * Whether `target` has come near the screen (within `margin`): true from then on. Lets a page put off a costly
 * part below the fold (a chart and its library) until the user scrolls towards it. Without IntersectionObserver
 * (jsdom), true at once.
 */
export function useNearViewport(target: Readonly<ShallowRef<HTMLElement | null>>, margin = '400px'): Ref<boolean> {
  const near = ref(typeof IntersectionObserver === 'undefined');
  let observer: IntersectionObserver | null = null;
  const stop = watch(
    target,
    (el) => {
      observer?.disconnect();
      if (near.value || !el) return;
      observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          near.value = true;
          observer?.disconnect();
          stop();
        },
        { rootMargin: margin },
      );
      observer.observe(el);
    },
    { immediate: true, flush: 'post' },
  );
  onBeforeUnmount(() => {
    stop();
    observer?.disconnect();
  });
  return near;
}
