import type { RouteRecordRaw } from 'vue-router';

/**
 * Programmes and mentorships are read by everyone in their scope (mentors and teachers see their own);
 * staff roles create programmes and keep the mentor base (the API decides who changes which).
 */
export const mentoringRoutes: RouteRecordRaw[] = [
  { path: 'mentoring', name: 'mentoring-programs', component: () => import('./ProgramListPage.vue') },
  { path: 'mentoring/new', name: 'mentoring-program-new', component: () => import('./ProgramFormPage.vue'), meta: { permission: 'MENTORING_WRITE' } },
  { path: 'mentoring/:id', name: 'mentoring-program', component: () => import('./ProgramPage.vue'), props: true },
  { path: 'mentoring/:id/edit', name: 'mentoring-program-edit', component: () => import('./ProgramFormPage.vue'), props: true, meta: { permission: 'MENTORING_WRITE' } },
  { path: 'mentors', name: 'mentors', component: () => import('./MentorBasePage.vue'), meta: { permission: 'MENTORING_WRITE' } },
  { path: 'mentorships/:id', name: 'mentorship', component: () => import('./MentorshipPage.vue'), props: true },
  { path: 'my/mentorships', name: 'my-mentorships', component: () => import('./MyMentorshipsPage.vue') },
];
