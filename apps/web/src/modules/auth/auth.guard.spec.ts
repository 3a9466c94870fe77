import { describe, expect, it } from 'vitest';
import { loginLocation, safeRedirect } from './auth.guard';

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
});
