import { describe, expect, it } from 'vitest';
import type { RouteLocationNormalized } from 'vue-router';
import type { Permission } from '@/gql/graphql';
import { loginLocation, permissionRedirect, safeRedirect } from './auth.guard';

type Target = Pick<RouteLocationNormalized, 'matched' | 'path'>;
const page = (path: string, ...permissions: (Permission | undefined)[]): Target => ({
  path,
  matched: permissions.map((permission) => ({ meta: permission ? { permission } : {} })) as unknown as Target['matched'],
});
const holding = (...held: Permission[]) => ({ can: (p: Permission) => held.includes(p) });

describe('auth guard helpers', () => {
  it('redirects only inside the SPA', () => {
    expect(safeRedirect('/organizations?q=1')).toBe('/organizations?q=1');
    expect(safeRedirect('//evil.example')).toBe('/');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect(undefined)).toBe('/');
  });

  it('remembers the wanted page', () => {
    expect(loginLocation({ fullPath: '/people/1' })).toEqual({ name: 'login', query: { redirect: '/people/1' } });
    expect(loginLocation({ fullPath: '/' })).toEqual({ name: 'login', query: {} });
  });

  it('lets a page through when no matched route needs a permission', () => {
    expect(permissionRedirect(page('/people', undefined, undefined), holding())).toBe(true);
  });

  it('lets a page through to those who hold its permission, and shows the others the not-found page', () => {
    const importPage = page('/import', undefined, 'REGISTRY_IMPORT');
    expect(permissionRedirect(importPage, holding('REGISTRY_IMPORT'))).toBe(true);
    expect(permissionRedirect(importPage, holding('REGISTRY_WRITE'))).toEqual({ name: 'not-found', params: { pathMatch: ['import'] } });
    expect(permissionRedirect(page('/people/1/edit', undefined, 'REGISTRY_WRITE'), holding())).toEqual({
      name: 'not-found',
      params: { pathMatch: ['people', '1', 'edit'] },
    });
  });
});
