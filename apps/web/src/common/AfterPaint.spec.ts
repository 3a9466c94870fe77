import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h } from 'vue';
import AfterPaint from './AfterPaint.vue';

describe('AfterPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const withSlot = () => mount(AfterPaint, { slots: { default: () => h('p', { 'data-testid': 'later' }, 'ниже') } });

  it('draws its slot in a task after the frame that painted what mounted it', async () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const wrapper = withSlot();
    expect(wrapper.find('[data-testid="later"]').exists()).toBe(false);
    expect(frames).toHaveLength(1);
    frames[0](0); // the frame is painted: the slot comes in the next task
    await vi.advanceTimersByTimeAsync(0);
    expect(wrapper.get('[data-testid="later"]').text()).toBe('ниже');
  });

  it('without a frame (a hidden tab), draws it after its timer', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const wrapper = withSlot();
    await vi.advanceTimersByTimeAsync(99);
    expect(wrapper.find('[data-testid="later"]').exists()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(wrapper.find('[data-testid="later"]').exists()).toBe(true);
  });

  it('unmounted before the paint, does nothing afterwards', async () => {
    vi.useFakeTimers();
    const cancel = vi.fn();
    vi.stubGlobal('requestAnimationFrame', () => 7);
    vi.stubGlobal('cancelAnimationFrame', cancel);
    const wrapper = withSlot();
    wrapper.unmount();
    expect(cancel).toHaveBeenCalledWith(7);
    expect(vi.getTimerCount()).toBe(0);
  });
});
