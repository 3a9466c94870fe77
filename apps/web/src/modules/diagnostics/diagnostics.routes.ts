import type { RouteRecordRaw } from 'vue-router';

/**
 * Campaigns are read by everyone in their scope (participants see theirs); staff set them up, open and close them,
 * assess as experts and import results (the API decides which). «Мои диагностики» and the filling page serve anyone
 * whose account is a person.
 */
export const diagnosticsRoutes: RouteRecordRaw[] = [
  { path: 'diagnostics', name: 'diagnostic-campaigns', component: () => import('./CampaignListPage.vue'), meta: { permission: 'DIAGNOSTICS_WRITE' } },
  { path: 'diagnostics/new', name: 'diagnostic-campaign-new', component: () => import('./CampaignFormPage.vue'), meta: { permission: 'DIAGNOSTICS_WRITE' } },
  { path: 'diagnostics/:id', name: 'diagnostic-campaign', component: () => import('./CampaignPage.vue'), props: true },
  { path: 'diagnostics/:id/edit', name: 'diagnostic-campaign-edit', component: () => import('./CampaignFormPage.vue'), props: true, meta: { permission: 'DIAGNOSTICS_WRITE' } },
  { path: 'my/diagnostics', name: 'my-diagnostics', component: () => import('./MyDiagnosticsPage.vue') },
  { path: 'diagnostics/fill/:participantId/:role(self|expert)', name: 'diagnostic-fill', component: () => import('./FillPage.vue'), props: true },
];
