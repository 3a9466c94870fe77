import type { RouteRecordRaw } from 'vue-router';
import { IMPORT_ROLES } from '@/modules/auth/roles';

export const registryImportRoutes: RouteRecordRaw[] = [
  { path: 'import', name: 'import', component: () => import('./ImportPage.vue'), meta: { roles: IMPORT_ROLES } },
];
