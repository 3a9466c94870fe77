import type { RouteRecordRaw } from 'vue-router';
import { WRITE_ROLES } from '@/modules/auth/roles';

/**
 * Campaigns are read by everyone in their scope (participants see theirs); staff set them up, open and close them,
 * assess as experts and import results (the API decides which). «Мои диагностики» and the filling page serve anyone
 * whose account is a person.
 */
export const diagnosticsRoutes: RouteRecordRaw[] = [
  { path: 'diagnostics', name: 'diagnostic-campaigns', component: () => import('./CampaignListPage.vue'), meta: { roles: WRITE_ROLES } },
  { path: 'diagnostics/new', name: 'diagnostic-campaign-new', component: () => import('./CampaignFormPage.vue'), meta: { roles: WRITE_ROLES } },
  { path: 'diagnostics/:id', name: 'diagnostic-campaign', component: () => import('./CampaignPage.vue'), props: true },
  { path: 'diagnostics/:id/edit', name: 'diagnostic-campaign-edit', component: () => import('./CampaignFormPage.vue'), props: true, meta: { roles: WRITE_ROLES } },
  { path: 'my/diagnostics', name: 'my-diagnostics', component: () => import('./MyDiagnosticsPage.vue') },
  { path: 'diagnostics/fill/:participantId/:role(self|expert)', name: 'diagnostic-fill', component: () => import('./FillPage.vue'), props: true },
];
