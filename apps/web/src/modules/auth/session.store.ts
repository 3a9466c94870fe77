import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { MeQuery as MeQueryResult, RoleKind } from '@/gql/graphql';
import { IMPORT_ROLES, ROLE_ORDER, WRITE_ROLES } from './roles';

export type Me = NonNullable<MeQueryResult['me']>;

/** The signed-in account (client state); the API stays the judge of every permission. */
export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null);
  /** Whether the session was asked of the API at least once. */
  const loaded = ref(false);

  const isAuthenticated = computed(() => me.value !== null);
  const roles = computed<RoleKind[]>(() => {
    const held = new Set((me.value?.grants ?? []).map((g) => g.role));
    return ROLE_ORDER.filter((r) => held.has(r));
  });
  const primaryRole = computed<RoleKind | null>(() => roles.value[0] ?? null);
  const displayName = computed(() => me.value?.displayName ?? '');

  function hasAnyRole(wanted: readonly RoleKind[]): boolean {
    return roles.value.some((r) => wanted.includes(r));
  }
  const canImport = computed(() => hasAnyRole(IMPORT_ROLES));
  const canWrite = computed(() => hasAnyRole(WRITE_ROLES));

  function setMe(value: Me | null): void {
    me.value = value;
    loaded.value = true;
  }

  function clear(): void {
    setMe(null);
  }

  return { me, loaded, isAuthenticated, roles, primaryRole, displayName, canImport, canWrite, hasAnyRole, setMe, clear };
});

export type SessionStore = ReturnType<typeof useSessionStore>;
