import { describe, expect, it } from 'vitest';
import { primeVueOptions } from '@/theme';

type Tokens = { components: { toast: { colorScheme: { light: Record<string, { color: string }> } } } };

describe('theme', () => {
  it('writes a toast summary in the 700 shade of its severity (the 600 shades read below 4.5:1 on their 50 backgrounds)', () => {
    const light = (primeVueOptions.theme as { preset: Tokens }).preset.components.toast.colorScheme.light;
    expect(Object.fromEntries(['info', 'success', 'warn', 'error'].map((s) => [s, light[s]?.color]))).toEqual({
      info: '{blue.700}',
      success: '{green.700}',
      warn: '{yellow.700}',
      error: '{red.700}',
    });
  });
});
