import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ICONS_READY, iconFontQuery, resetIconFontGate, startIconFontGate } from './icon-font';

const ready = () => document.documentElement.classList.contains(ICONS_READY);

beforeEach(() => {
  vi.useFakeTimers();
  resetIconFontGate();
});
afterEach(() => {
  resetIconFontGate();
  vi.useRealTimers();
});

describe('the icon font gate (icon-font.ts)', () => {
  it('opens once the first page’s queries have their answers and that frame is painted', async () => {
    iconFontQuery('list', true);
    iconFontQuery('options', true);
    startIconFontGate();
    await vi.advanceTimersByTimeAsync(100);
    expect(ready()).toBe(false);
    iconFontQuery('list', false);
    await vi.advanceTimersByTimeAsync(100);
    expect(ready()).toBe(false);
    // A torn-down query (the page was left, its variables changed) counts as done.
    iconFontQuery('options', false);
    expect(ready()).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(ready()).toBe(true);
  });

  it('waits for a query the last answer started (the page’s next one) before opening', async () => {
    startIconFontGate();
    iconFontQuery('options', true);
    iconFontQuery('options', false);
    iconFontQuery('map', true);
    await vi.advanceTimersByTimeAsync(100);
    expect(ready()).toBe(false);
    iconFontQuery('map', false);
    await vi.advanceTimersByTimeAsync(100);
    expect(ready()).toBe(true);
  });

  it('opens when nothing is asked, at once on the sign-in page, on the first key or pointer event, and at the latest after its cap', async () => {
    startIconFontGate();
    await vi.advanceTimersByTimeAsync(100);
    expect(ready()).toBe(true);

    resetIconFontGate();
    iconFontQuery('slow', true);
    startIconFontGate();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    expect(ready()).toBe(true);

    // The sign-in page: at once, before its first paint.
    resetIconFontGate();
    startIconFontGate(false);
    expect(ready()).toBe(true);

    resetIconFontGate();
    iconFontQuery('never', true);
    startIconFontGate();
    await vi.advanceTimersByTimeAsync(2000);
    expect(ready()).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    expect(ready()).toBe(true);
  });
});
