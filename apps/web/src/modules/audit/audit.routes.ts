import type { RouteRecordRaw } from 'vue-router';

export const auditRoutes: RouteRecordRaw[] = [
  { path: 'audit', name: 'audit-log', component: () => import('./AuditLogPage.vue'), meta: { permission: 'AUDIT_READ' } },
];
