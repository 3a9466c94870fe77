import type { RouteRecordRaw } from 'vue-router';

/** The bank of diagnostic methods: everyone signed in reads; the API's `canEdit`/`canManage` decide the editing controls. */
export const instrumentRoutes: RouteRecordRaw[] = [
  { path: 'instruments', name: 'instruments', component: () => import('./InstrumentListPage.vue') },
  { path: 'instruments/:id', name: 'instrument', component: () => import('./InstrumentPage.vue'), props: true },
];
