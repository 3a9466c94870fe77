import type { MenuEntry } from '@/layout/useMenu';

/** «Приглашения в сети» under «Сети» for staff: they answer for their organisations (the API lists only theirs). */
export function networkPages(canWrite: boolean, t: (key: string) => string): MenuEntry[] | undefined {
  if (!canWrite) return undefined;
  return [{ key: 'network-invitations', label: t('network.consent.menu'), icon: 'pi pi-envelope', to: { name: 'network-invitations' } }];
}
