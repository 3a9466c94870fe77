import type { RouteRecordRaw } from 'vue-router';

/** The bank of practices and methodological products: everyone reads what is in reach; the API decides changes. */
export const practiceRoutes: RouteRecordRaw[] = [
  { path: 'practices', name: 'practices', component: () => import('./PracticeListPage.vue'), meta: { permission: 'PRACTICE_READ' } },
  { path: 'practices/review', name: 'practice-review', component: () => import('./PracticeListPage.vue'), props: { review: true }, meta: { permission: 'PRACTICE_REVIEW' } },
  { path: 'practices/new', name: 'practice-new', component: () => import('./PracticeFormPage.vue'), meta: { permission: 'PRACTICE_WRITE' } },
  { path: 'practices/:id', name: 'practice', component: () => import('./PracticePage.vue'), props: true, meta: { permission: 'PRACTICE_READ' } },
  { path: 'practices/:id/edit', name: 'practice-edit', component: () => import('./PracticeFormPage.vue'), props: true, meta: { permission: 'PRACTICE_WRITE' } },
  { path: 'products', name: 'products', component: () => import('./ProductListPage.vue'), meta: { permission: 'PRACTICE_READ' } },
  { path: 'products/new', name: 'product-new', component: () => import('./ProductFormPage.vue'), meta: { permission: 'PRACTICE_WRITE' } },
  { path: 'products/:id', name: 'product', component: () => import('./ProductPage.vue'), props: true, meta: { permission: 'PRACTICE_READ' } },
  { path: 'products/:id/edit', name: 'product-edit', component: () => import('./ProductFormPage.vue'), props: true, meta: { permission: 'PRACTICE_WRITE' } },
];
