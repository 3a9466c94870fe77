import { describe, expect, it } from 'vitest';
import Aura from '@primeuix/themes/aura';
import { metodsetPreset } from '@/theme-preset';

type Light = { colorScheme: { light: Record<string, { color: string; simple?: { color: string } }> } };
type Tokens = { components: { toast: Light; message: Light } };

describe('theme', () => {
  it('writes a message in the 700 shade of its severity, plain, outlined or simple', () => {
    const light = (metodsetPreset(Aura) as unknown as Tokens).components.message.colorScheme.light;
    expect(Object.fromEntries(['info', 'success', 'warn', 'error'].map((s) => [s, [light[s]?.color, light[s]?.simple?.color]]))).toEqual({
      info: ['{blue.700}', '{blue.700}'],
      success: ['{green.700}', '{green.700}'],
      warn: ['{yellow.700}', '{yellow.700}'],
      error: ['{red.700}', '{red.700}'],
    });
  });

  it('writes a toast summary in the 700 shade of its severity (the 600 shades read below 4.5:1 on their 50 backgrounds)', () => {
    const light = (metodsetPreset(Aura) as unknown as Tokens).components.toast.colorScheme.light;
    expect(Object.fromEntries(['info', 'success', 'warn', 'error'].map((s) => [s, light[s]?.color]))).toEqual({
      info: '{blue.700}',
      success: '{green.700}',
      warn: '{yellow.700}',
      error: '{red.700}',
    });
  });
});
