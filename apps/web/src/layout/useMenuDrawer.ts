import { computed, nextTick, onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue';
import { useRoute } from 'vue-router';

/** Below this width the side menu is a drawer behind a menu button (phones, narrow windows). */
export const COMPACT_QUERY = '(max-width: 767.98px)';

/** The first focusable element inside `root` (a menu link). */
function firstFocusable(root: HTMLElement | null): HTMLElement | null {
  return root?.querySelector<HTMLElement>('a[href], button:not([disabled])') ?? null;
}

/**
 * The side menu on a narrow screen: closed by default, opened by the menu button. Opening moves the focus into the
 * menu; Escape, a click outside (the backdrop) or the button close it and give the focus back to the button; following
 * a link closes it and moves the focus to the page. On a wide screen the menu is always shown and never "open".
 * `drawn`: whether the menu's links are to be drawn — on a narrow screen only once the menu has been opened (closed,
 * it is hidden and inert: a phone's first page does not pay for a menu nobody sees).
 */
export function useMenuDrawer(menu: Ref<HTMLElement | null>, toggleButton: Ref<HTMLElement | null>, content: Ref<HTMLElement | null>, query = COMPACT_QUERY) {
  const route = useRoute();
  // Read at once (not only when mounted): the first render already knows whether the menu is a closed drawer.
  const compact = ref(typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches);
  const open = ref(false);
  const opened = ref(false);
  const drawn = computed(() => !compact.value || opened.value);
  let media: MediaQueryList | null = null;
  const onMedia = (e: MediaQueryListEvent | MediaQueryList) => {
    compact.value = e.matches;
    if (!e.matches) open.value = false;
  };

  async function show(): Promise<void> {
    open.value = true;
    opened.value = true;
    await nextTick();
    firstFocusable(menu.value)?.focus();
  }
  function hide(returnFocus = true): void {
    if (!open.value) return;
    open.value = false;
    if (returnFocus) toggleButton.value?.focus();
  }
  function toggle(): Promise<void> | void {
    return open.value ? hide() : show();
  }
  /**
   * A click on a link of the menu closes it, even the link of the page already open (no navigation then); the focus
   * goes to the page, not left on a link that is no longer shown.
   */
  function onMenuClick(e: MouseEvent): void {
    if (!open.value || !(e.target instanceof Element) || !e.target.closest('a')) return;
    hide(false);
    content.value?.focus({ preventScroll: true });
  }
  function onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && open.value) {
      e.stopPropagation();
      hide();
    }
  }

  watch(
    () => route.fullPath,
    () => hide(false),
  );
  onMounted(() => {
    media = window.matchMedia(query);
    onMedia(media);
    media.addEventListener('change', onMedia);
    document.addEventListener('keydown', onKeydown);
  });
  onBeforeUnmount(() => {
    media?.removeEventListener('change', onMedia);
    document.removeEventListener('keydown', onKeydown);
  });

  return { compact, open, drawn, show, hide, toggle, onMenuClick };
}
