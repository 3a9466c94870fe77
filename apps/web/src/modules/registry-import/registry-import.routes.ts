import type { RouteRecordRaw } from 'vue-router';

export const registryImportRoutes: RouteRecordRaw[] = [
  { path: 'import', name: 'import', component: () => import('./ImportPage.vue'), meta: { permission: 'REGISTRY_IMPORT' } },
];
