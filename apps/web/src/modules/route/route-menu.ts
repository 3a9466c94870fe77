import type { MenuEntry } from '@/layout/useMenu';

/** «Мой маршрут» and «Диалог в сети» (the caller's own achievements) for accounts that are a person. */
export function routePages(personId: string | null, t: (key: string) => string): MenuEntry[] {
  if (!personId) return [];
  return [
    { key: 'my-routes', label: t('route.menu.myRoute'), icon: 'pi pi-compass', to: { name: 'my-routes' } },
    { key: 'route-dialog', label: t('route.menu.dialog'), icon: 'pi pi-star', to: { name: 'route-achievements', params: { personId } } },
  ];
}
