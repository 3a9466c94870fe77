import type { MenuEntry } from '@/layout/useMenu';

/** «Мой маршрут» for accounts that are a person; «Диалог в сети» (teachers sharing their routes) for everyone. */
export function routePages(personId: string | null, t: (key: string) => string): MenuEntry[] {
  const dialog: MenuEntry = { key: 'route-dialog', label: t('route.menu.dialog'), icon: 'pi pi-star', to: { name: 'route-dialog' } };
  if (!personId) return [dialog];
  return [{ key: 'my-routes', label: t('route.menu.myRoute'), icon: 'pi pi-compass', to: { name: 'my-routes' } }, dialog];
}
