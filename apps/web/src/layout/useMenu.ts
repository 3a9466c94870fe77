import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { RouteLocationRaw } from 'vue-router';
import { useSessionStore } from '@/modules/auth/session.store';

export interface MenuEntry {
  key: string;
  label: string;
  icon: string;
  to: RouteLocationRaw;
}

/** Side menu entries the signed-in user may open. */
export function useMenu() {
  const { t } = useI18n();
  const session = useSessionStore();
  return computed<MenuEntry[]>(() => {
    const entries: MenuEntry[] = [
      { key: 'organizations', label: t('menu.organizations'), icon: 'pi pi-building', to: { name: 'organizations' } },
      { key: 'people', label: t('menu.people'), icon: 'pi pi-users', to: { name: 'people' } },
      { key: 'networks', label: t('menu.networks'), icon: 'pi pi-share-alt', to: { name: 'networks' } },
    ];
    if (session.canImport) entries.push({ key: 'import', label: t('menu.import'), icon: 'pi pi-upload', to: { name: 'import' } });
    return entries;
  });
}
