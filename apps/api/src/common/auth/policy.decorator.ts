import { SetMetadata } from '@nestjs/common';
import { Permission } from './permissions';

export const POLICY_KEY = 'metodset:policy';
export type PolicyMeta = { kind: 'public' } | { kind: 'permission'; permission: Permission };

/** The operation needs this permission; the caller's scope for it is computed by the gate. */
export const Policy = (permission: Permission) => SetMetadata(POLICY_KEY, { kind: 'permission', permission } satisfies PolicyMeta);

/** The operation is open to anonymous callers (sign-in, health). */
export const Public = () => SetMetadata(POLICY_KEY, { kind: 'public' } satisfies PolicyMeta);
