import type { RouteRecordRaw } from 'vue-router';

/** Everyone reads the documents of their scope; staff roles keep them (the API decides which). */
export const documentRoutes: RouteRecordRaw[] = [
  { path: 'documents', name: 'documents', component: () => import('./DocumentListPage.vue') },
  { path: 'documents/new', name: 'document-new', component: () => import('./DocumentFormPage.vue'), meta: { permission: 'DOCUMENT_WRITE' } },
  { path: 'documents/tasks', name: 'document-tasks', component: () => import('./DocumentTaskListPage.vue') },
  { path: 'documents/:id', name: 'document', component: () => import('./DocumentPage.vue'), props: true },
  { path: 'documents/:id/edit', name: 'document-edit', component: () => import('./DocumentFormPage.vue'), props: true, meta: { permission: 'DOCUMENT_WRITE' } },
];
