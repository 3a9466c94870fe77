import type { MenuEntry } from '@/layout/useMenu';

/** «Дефициты»: the heatmap and before/after for staff, «Мой профиль компетенций» for anyone who is a person. */
export function deficitsEntry(t: (key: string) => string, staff: boolean, isPerson: boolean): MenuEntry {
  const children: MenuEntry[] = [];
  if (staff) children.push({ key: 'deficits-compare', label: t('deficits.menuCompare'), icon: 'pi pi-chart-bar', to: { name: 'deficits-compare' } });
  if (isPerson) children.push({ key: 'deficits-my', label: t('deficits.menuMyProfile'), icon: 'pi pi-user', to: { name: 'deficits-my' } });
  return { key: 'deficits', label: t('deficits.menu'), icon: 'pi pi-th-large', to: staff ? { name: 'deficits-heatmap' } : { name: 'deficits-my' }, children };
}
