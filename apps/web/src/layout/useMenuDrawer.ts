import { nextTick, onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue';
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
 */
export function useMenuDrawer(menu: Ref<HTMLElement | null>, toggleButton: Ref<HTMLElement | null>, content: Ref<HTMLElement | null>, query = COMPACT_QUERY) {
  const route = useRoute();
  const compact = ref(false);
  const open = ref(false);
  let media: MediaQueryList | null = null;
  const onMedia = (e: MediaQueryListEvent | MediaQueryList) => {
    compact.value = e.matches;
    if (!e.matches) open.value = false;
  };

  async function show(): Promise<void> {
    open.value = true;
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

  return { compact, open, show, hide, toggle, onMenuClick };
}
