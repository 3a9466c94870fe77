import type { RouteRecordRaw } from 'vue-router';

/** The public check of a certificate, outside the app's layout: anyone with the number, signed in or not. */
export const internshipPublicRoutes: RouteRecordRaw[] = [
  { path: '/verify/:number?', name: 'certificate-verify', component: () => import('./CertificateVerifyPage.vue'), props: true, meta: { public: true } },
];

/** Cohorts, «Мои стажировки», attendance sheets: signed-in users; the API decides who runs what. */
export const internshipRoutes: RouteRecordRaw[] = [
  { path: 'internships/my', name: 'my-internships', component: () => import('./MyInternshipsPage.vue'), meta: { permission: 'INTERNSHIP_READ' } },
  { path: 'internships/cohorts/:id', name: 'internship-cohort', component: () => import('./CohortPage.vue'), props: true, meta: { permission: 'INTERNSHIP_READ' } },
  { path: 'internships/sessions/:sessionId/attendance', name: 'internship-attendance', component: () => import('./AttendancePage.vue'), props: true, meta: { permission: 'INTERNSHIP_MANAGE' } },
];
