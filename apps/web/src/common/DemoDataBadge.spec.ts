import { describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test/mount-app';
import DemoDataBadge from './DemoDataBadge.vue';

describe('DemoDataBadge', () => {
  it('marks an illustrative record «демонстрационные данные», with the explanation as its accessible description', async () => {
    const { wrapper } = await mountWithApp(DemoDataBadge, { props: { illustrative: true } });
    const tag = wrapper.get('[data-testid="demo-data-badge"]');
    expect(tag.text()).toBe('демонстрационные данные');
    expect(tag.attributes('aria-label')).toMatch(/^демонстрационные данные\. Этой записи нет в исходных программах/);
    expect(tag.attributes('tabindex')).toBe('0');
  });

  it.each([false, null, undefined])('shows nothing for a record from the programmes (%s)', async (illustrative) => {
    const { wrapper } = await mountWithApp(DemoDataBadge, { props: { illustrative } });
    expect(wrapper.find('[data-testid="demo-data-badge"]').exists()).toBe(false);
  });
});
