import { enableAutoUnmount, mount } from '@vue/test-utils';
import PrimeVue from 'primevue/config';
import Button from 'primevue/button';
import Message from 'primevue/message';
import ProgressBar from 'primevue/progressbar';
import ProgressSpinner from 'primevue/progressspinner';
import Tag from 'primevue/tag';
import { afterEach, describe, expect, it } from 'vitest';
import { h, type Component } from 'vue';
import LightButton from './LightButton.vue';
import LightMessage from './LightMessage.vue';
import LightProgressBar from './LightProgressBar.vue';
import LightSpinner from './LightSpinner.vue';
import LightTag from './LightTag.vue';

enableAutoUnmount(afterEach);

/** PrimeVue's own bookkeeping attributes, which no style reads (its themes select by class). */
const bookkeeping = /^(data-pc-|data-p(-|$)|data-v-|pc\d*$|id$)/;

/** An element as a tree of tag names, sorted classes, the other attributes and its own text. */
interface Shape {
  tag: string;
  classes: string[];
  attrs: Record<string, string>;
  text: string;
  children: Shape[];
}
function shape(el: Element): Shape {
  const attrs: Record<string, string> = {};
  for (const a of Array.from(el.attributes)) {
    if (a.name === 'class' || bookkeeping.test(a.name)) continue;
    // PrimeVue's spinner sets `strokeMiterlimit` (no such SVG attribute); the light one the real `stroke-miterlimit`.
    // A circle has no corners for a miter, so neither changes what is drawn.
    const name = a.name === 'strokeMiterlimit' ? 'stroke-miterlimit' : a.name;
    attrs[name] = a.name === 'style' ? a.value.replace(/\s+/g, '').replace(/;$/, '') : a.value;
  }
  const text = Array.from(el.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent ?? '')
    .join('')
    .trim();
  // Message's entrance transition's classes (`p-message-enter-from`…) last a few frames; the light one has no entrance.
  const classes = Array.from(el.classList).filter((c) => !/-(enter|leave)-(from|active|to)$/.test(c));
  return { tag: el.tagName.toLowerCase(), classes: classes.sort(), attrs, text, children: Array.from(el.children).map(shape) };
}

/** What PrimeVue's component draws (the app's configuration: no theme written at run time) and what the light one draws. */
function both(primevue: Component, light: Component, props: Record<string, unknown>, slot?: string, attrs: Record<string, string> = {}, primevueProps: Record<string, unknown> = {}) {
  const render = (c: Component, own: Record<string, unknown>, plugins: unknown[]) => {
    const w = mount(
      { render: () => h(c, { ...props, ...own, ...attrs }, slot ? { default: () => slot } : undefined) },
      // Real transitions (Message's entrance), not test-utils' stubs, so that the elements are what a browser gets.
      { global: { plugins: plugins as never[], stubs: { transition: false } } },
    );
    return shape(w.element as Element);
  };
  return { primevue: render(primevue, primevueProps, [[PrimeVue, { theme: 'none' }]]), light: render(light, {}, []) };
}

describe('the light controls draw what PrimeVue’s components draw', () => {
  it('LightTag is Tag with a value, for every severity and none', () => {
    for (const severity of [undefined, 'info', 'success', 'warn', 'danger', 'secondary', 'contrast'] as const) {
      const { primevue, light } = both(Tag, LightTag, { value: 'Утверждён', severity }, undefined, { 'data-testid': 'route-status' });
      expect(light).toEqual(primevue);
      expect(light.attrs['data-testid']).toBe('route-status');
    }
  });

  it('LightMessage is Message with a text, for every severity', () => {
    for (const severity of ['success', 'info', 'warn', 'error', 'secondary', 'contrast'] as const) {
      const { primevue, light } = both(Message, LightMessage, { severity }, 'Маршрут возвращён на доработку', { 'data-testid': 'page-error' });
      expect(light).toEqual(primevue);
      expect(light.attrs).toMatchObject({ role: 'alert', 'data-testid': 'page-error' });
    }
  });

  it('LightSpinner is ProgressSpinner, with its default and a given stroke width', () => {
    for (const strokeWidth of [undefined, '4']) {
      const props = strokeWidth ? { strokeWidth } : {};
      const { primevue, light } = both(ProgressSpinner, LightSpinner, props, undefined, { 'aria-label': 'Загрузка…', style: 'width: 3rem; height: 3rem' });
      expect(light).toEqual(primevue);
      expect(light.children[0]?.children[0]?.attrs['stroke-width']).toBe(strokeWidth ?? '2');
    }
  });

  it('LightProgressBar is a determinate ProgressBar without its label', () => {
    for (const value of [0, 37, 100]) {
      // `showValue` is ProgressBar's own prop: the light bar never draws the value.
      const { primevue, light } = both(ProgressBar, LightProgressBar, { value }, undefined, { 'aria-label': 'Прогресс' }, { showValue: false });
      expect(light).toEqual(primevue);
      expect(light.attrs['aria-valuenow']).toBe(String(value));
      expect(light.children[0]?.attrs['style']).toBe(`width:${value}%;display:flex`);
    }
  });

  it('LightButton is Button: with a label or an icon alone, every severity and variant, small, disabled, a submit', () => {
    const variants: Record<string, unknown>[] = [
      { label: 'На согласование', icon: 'pi pi-send' },
      { label: 'Добавить шаг', icon: 'pi pi-plus', size: 'small' },
      { label: 'В архив', icon: 'pi pi-inbox', severity: 'secondary', outlined: true },
      { label: 'Назад', icon: 'pi pi-arrow-up', text: true, size: 'small' },
      { label: 'Повторить' },
      { label: 'Вернуть', icon: 'pi pi-replay', severity: 'warn', type: 'submit' },
      ...(['secondary', 'success', 'info', 'warn', 'help', 'danger', 'contrast'] as const).map((severity) => ({ label: 'Утвердить', severity })),
    ];
    for (const props of variants) {
      const { primevue, light } = both(Button, LightButton, props, undefined, { 'data-testid': 'route-action' });
      expect(light, JSON.stringify(props)).toEqual(primevue);
      expect(light.attrs['aria-label']).toBe(props['label']);
    }
    const iconOnly = { icon: 'pi pi-trash', text: true, rounded: true, size: 'small', severity: 'danger' };
    const { primevue, light } = both(Button, LightButton, iconOnly, undefined, { 'aria-label': 'Удалить шаг' });
    expect(light).toEqual(primevue);
    expect(light.classes).toContain('p-button-icon-only');
    expect(light.attrs['aria-label']).toBe('Удалить шаг');
    const disabled = both(Button, LightButton, { icon: 'pi pi-arrow-up', text: true, rounded: true }, undefined, { 'aria-label': 'Выше', disabled: '' });
    expect(disabled.light).toEqual(disabled.primevue);
    expect(disabled.light.attrs['disabled']).toBe('');
  });
});
