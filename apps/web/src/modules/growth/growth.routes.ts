import type { RouteRecordRaw } from 'vue-router';

/** The teacher's own professional-development hours (the person card shows anyone's the caller may read). */
export const growthRoutes: RouteRecordRaw[] = [{ path: 'my/hours', name: 'my-hours', component: () => import('./MyHoursPage.vue') }];
