import type { RouteRecordRaw } from 'vue-router';

/** Competency frameworks: everyone signed in reads; the API's `canEdit`/`canManage` decide the editing controls. */
export const competenceRoutes: RouteRecordRaw[] = [
  { path: 'competences', name: 'competence-frameworks', component: () => import('./FrameworkListPage.vue') },
  { path: 'competences/:id', name: 'competence-framework', component: () => import('./FrameworkPage.vue'), props: true },
];
