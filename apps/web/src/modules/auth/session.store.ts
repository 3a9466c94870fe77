import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { RoleKind as ROLES } from '@metodset/shared';
import type { MeQuery as MeQueryResult, Permission, RoleKind } from '@/gql/graphql';

export type Me = NonNullable<MeQueryResult['me']>;

/** Roles in the order of their reach (the shared enum's order): the first one held is shown as the user's. */
const ROLE_ORDER = Object.values(ROLES) as RoleKind[];

/**
 * The signed-in account (client state). What the user may do comes from the API (`me.permissions`, and each
 * object's `canEdit`/`canManage`); the roles are only shown, never used to decide.
 */
export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null);
  /** Whether the session was asked of the API at least once. */
  const loaded = ref(false);

  const isAuthenticated = computed(() => me.value !== null);
  const primaryRole = computed<RoleKind | null>(() => {
    const held = new Set((me.value?.grants ?? []).map((g) => g.role));
    return ROLE_ORDER.find((r) => held.has(r)) ?? null;
  });
  const displayName = computed(() => me.value?.displayName ?? '');
  const permissions = computed(() => new Set<Permission>(me.value?.permissions ?? []));

  /** Whether the user holds the permission somewhere (which rows it reaches, the API decides). */
  function can(permission: Permission): boolean {
    return permissions.value.has(permission);
  }

  function setMe(value: Me | null): void {
    me.value = value;
    loaded.value = true;
  }

  function clear(): void {
    setMe(null);
  }

  return { me, loaded, isAuthenticated, primaryRole, displayName, can, setMe, clear };
});

export type SessionStore = ReturnType<typeof useSessionStore>;
