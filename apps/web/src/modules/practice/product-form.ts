import type { CreateProductInput, ProductKind, ProductPageQuery, UpdateProductInput } from '@/gql/graphql';
import { blankToNull } from '@/common/format';

export interface ProductFormState {
  kind: ProductKind | null;
  title: string;
  description: string;
  year: number | null;
  publishedOn: string;
  organizationId: string | null;
  practiceId: string | null;
  url: string;
}

type Product = ProductPageQuery['methodologicalProduct'];

export const PRODUCT_FORM_FIELDS = ['kind', 'title', 'description', 'year', 'publishedOn', 'organizationId', 'practiceId', 'url', 'routeId', 'routeStepId'] as const;
export const isProductFormField = (field: string): boolean => (PRODUCT_FORM_FIELDS as readonly string[]).includes(field);

export function emptyProductForm(practiceId: string | null = null): ProductFormState {
  return { kind: null, title: '', description: '', year: new Date().getFullYear(), publishedOn: '', organizationId: null, practiceId, url: '' };
}

export function productFormFrom(p: Product): ProductFormState {
  return { kind: p.kind, title: p.title, description: p.description, year: p.year, publishedOn: p.publishedOn ?? '', organizationId: p.organizationId, practiceId: p.practiceId ?? null, url: p.url ?? '' };
}

/** Client checks: kind, title, year 1950–2100, the day in that year, a school for a new product. */
export function validateProductForm(form: ProductFormState, editing: boolean, m: { required: string; year: string; publishedOn: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.title.trim()) errors['title'] = m.required;
  if (!form.kind) errors['kind'] = m.required;
  if (form.year === null || form.year < 1950 || form.year > 2100) errors['year'] = m.year;
  else if (form.publishedOn && !form.publishedOn.startsWith(`${form.year}-`)) errors['publishedOn'] = m.publishedOn;
  if (!editing && !form.organizationId) errors['organizationId'] = m.required;
  return errors;
}

export function toUpdateProductInput(form: ProductFormState): UpdateProductInput & { title: string; kind: ProductKind; year: number } {
  return {
    kind: form.kind ?? 'OTHER',
    title: form.title.trim(),
    description: form.description.trim(),
    year: form.year ?? new Date().getFullYear(),
    publishedOn: blankToNull(form.publishedOn),
    practiceId: form.practiceId,
    url: blankToNull(form.url.trim()),
  };
}

export function toCreateProductInput(form: ProductFormState): CreateProductInput {
  return { ...toUpdateProductInput(form), organizationId: form.organizationId ?? '' };
}
