import type { RouteRecordRaw } from 'vue-router';

/** Everyone reads the events of their scope and their own; staff roles create them (the API decides who changes which). */
export const eventRoutes: RouteRecordRaw[] = [
  { path: 'events', name: 'events', component: () => import('./EventListPage.vue') },
  { path: 'events/new', name: 'event-new', component: () => import('./EventFormPage.vue'), meta: { permission: 'EVENT_WRITE' } },
  { path: 'events/:id', name: 'event', component: () => import('./EventPage.vue'), props: true },
  { path: 'events/:id/edit', name: 'event-edit', component: () => import('./EventFormPage.vue'), props: true, meta: { permission: 'EVENT_WRITE' } },
];
