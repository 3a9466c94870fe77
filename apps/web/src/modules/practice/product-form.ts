import type { CreateProductInput, ProductKind, ProductPageQuery, UpdateProductInput } from '@/gql/graphql';
import { blankToNull } from '@/common/format';
import type { PersonOption } from '@/modules/person/person-options';

export interface ProductFormState {
  kind: ProductKind | null;
  title: string;
  description: string;
  year: number | null;
  publishedOn: string;
  organizationId: string | null;
  practiceId: string | null;
  url: string;
  /** Authors (people of the registry), in order. */
  authorPersonIds: string[];
  /** The route (ИОМ) the product was made on, and its step. */
  routeId: string | null;
  routeStepId: string | null;
}

type Product = ProductPageQuery['methodologicalProduct'];

export const PRODUCT_FORM_FIELDS = ['kind', 'title', 'description', 'year', 'publishedOn', 'organizationId', 'practiceId', 'url', 'authorPersonIds', 'routeId', 'routeStepId'] as const;
export const isProductFormField = (field: string): boolean => (PRODUCT_FORM_FIELDS as readonly string[]).includes(field);

export function emptyProductForm(practiceId: string | null = null): ProductFormState {
  return { kind: null, title: '', description: '', year: new Date().getFullYear(), publishedOn: '', organizationId: null, practiceId, url: '', authorPersonIds: [], routeId: null, routeStepId: null };
}

export function productFormFrom(p: Product): ProductFormState {
  return {
    kind: p.kind,
    title: p.title,
    description: p.description,
    year: p.year,
    publishedOn: p.publishedOn ?? '',
    organizationId: p.organizationId,
    practiceId: p.practiceId ?? null,
    url: p.url ?? '',
    authorPersonIds: p.authors.map((a) => a.personId),
    routeId: p.routeId ?? null,
    routeStepId: p.routeStepId ?? null,
  };
}

/** Labels of the authors chosen before (from the record). */
export const knownProductAuthors = (p: Product | null | undefined): PersonOption[] => (p?.authors ?? []).map((a) => ({ value: a.personId, label: a.person?.fullName ?? '', place: null }));

/** The route and step chosen before (labels for the pickers before any search). */
export const knownProductRoute = (p: Product | null | undefined) => ({
  route: p?.route ? { value: p.route.id, label: p.route.title } : null,
  step: p?.routeStep ? { value: p.routeStep.id, label: p.routeStep.title } : null,
});

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

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The input of a save. Authors and the route go only when they differ from `saved` (the record as loaded; none for a
 * new product): the API checks each link it is given against the caller's reach, and an editor may keep links he
 * does not read himself.
 */
export function toUpdateProductInput(form: ProductFormState, saved?: ProductFormState): UpdateProductInput & { title: string; kind: ProductKind; year: number } {
  const authorsChanged = !saved || !sameList(saved.authorPersonIds, form.authorPersonIds);
  const routeChanged = !saved || saved.routeId !== form.routeId || saved.routeStepId !== form.routeStepId;
  return {
    kind: form.kind ?? 'OTHER',
    title: form.title.trim(),
    description: form.description.trim(),
    year: form.year ?? new Date().getFullYear(),
    publishedOn: blankToNull(form.publishedOn),
    practiceId: form.practiceId,
    url: blankToNull(form.url.trim()),
    ...(authorsChanged ? { authorPersonIds: form.authorPersonIds } : {}),
    ...(routeChanged ? { routeId: form.routeId, routeStepId: form.routeId ? form.routeStepId : null } : {}),
  };
}

export function toCreateProductInput(form: ProductFormState): CreateProductInput {
  return { ...toUpdateProductInput(form), organizationId: form.organizationId ?? '' };
}
