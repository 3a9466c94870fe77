import { onScopeDispose } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';

/**
 * Leaving a page with unsaved changes asks first: a menu click or «назад» (any navigation to another path) asks with
 * `window.confirm`, and closing or reloading the tab gets the browser's own question (`beforeunload`). Registered
 * for as long as the calling component lives, so it works wherever the form is shown (a page or a dialog in a page).
 */
export function useLeaveGuard(dirty: () => boolean): { ask: () => boolean } {
  const { t } = useI18n();
  const router = useRouter();

  /** True when leaving is fine: nothing unsaved, or the user agrees to lose it. */
  const ask = (): boolean => !dirty() || window.confirm(t('form.leaveConfirm'));

  const removeGuard = router.beforeEach((to, from) => {
    // The same page with another query (a tab, a filter) does not leave the form.
    if (to.path === from.path) return true;
    return ask();
  });
  const onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!dirty()) return;
    event.preventDefault();
    // Older browsers show the question only when returnValue is set.
    event.returnValue = '';
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  onScopeDispose(() => {
    removeGuard();
    window.removeEventListener('beforeunload', onBeforeUnload);
  });
  return { ask };
}
