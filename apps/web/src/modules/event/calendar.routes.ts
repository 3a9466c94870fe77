import type { RouteRecordRaw } from 'vue-router';

/** The calendar of network events (month, week, list; filters and the date in the URL). */
export const calendarRoutes: RouteRecordRaw[] = [{ path: 'calendar', name: 'calendar', component: () => import('./CalendarPage.vue'), meta: { permission: 'EVENT_READ' } }];
