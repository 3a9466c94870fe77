import type { CreatePracticeInput, PracticePageQuery, UpdatePracticeInput } from '@/gql/graphql';
import type { PersonOption } from '@/modules/person/person-options';
import { parseTags } from './practice-list-state';

/** The card form: the title, its school and network, the five sections, tags, authors. */
export interface PracticeFormState {
  title: string;
  organizationId: string | null;
  networkId: string | null;
  problem: string;
  solutions: string;
  mechanisms: string;
  products: string;
  result: string;
  tags: string;
  authorPersonIds: string[];
}

type Practice = PracticePageQuery['practice'];

export const PRACTICE_FORM_FIELDS = ['title', 'organizationId', 'networkId', 'problem', 'solutions', 'mechanisms', 'products', 'result', 'tags', 'authorPersonIds'] as const;
export const isPracticeFormField = (field: string): boolean => (PRACTICE_FORM_FIELDS as readonly string[]).includes(field.split('.')[0]);

export function emptyPracticeForm(): PracticeFormState {
  return { title: '', organizationId: null, networkId: null, problem: '', solutions: '', mechanisms: '', products: '', result: '', tags: '', authorPersonIds: [] };
}

export function practiceFormFrom(p: Practice): PracticeFormState {
  return {
    title: p.title,
    organizationId: p.organizationId,
    networkId: p.networkId ?? null,
    problem: p.problem,
    solutions: p.solutions,
    mechanisms: p.mechanisms,
    products: p.products,
    result: p.result,
    tags: p.tags.join(', '),
    authorPersonIds: p.authors.map((a) => a.personId),
  };
}

export const knownAuthors = (p: Practice | null | undefined): PersonOption[] =>
  (p?.authors ?? []).map((a) => ({ value: a.personId, label: a.person?.fullName ?? '', place: a.person?.organizationName ?? null }));

/** Client checks: a title, a school for a new card, at most 20 tags. */
export function validatePracticeForm(form: PracticeFormState, editing: boolean, m: { required: string; tooManyTags: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.title.trim()) errors['title'] = m.required;
  if (!editing && !form.organizationId) errors['organizationId'] = m.required;
  if (parseTags(form.tags).length > 20) errors['tags'] = m.tooManyTags;
  return errors;
}

export function toUpdatePracticeInput(form: PracticeFormState): UpdatePracticeInput & { title: string } {
  return {
    title: form.title.trim(),
    networkId: form.networkId,
    problem: form.problem.trim(),
    solutions: form.solutions.trim(),
    mechanisms: form.mechanisms.trim(),
    products: form.products.trim(),
    result: form.result.trim(),
    tags: parseTags(form.tags),
    authorPersonIds: form.authorPersonIds,
  };
}

export function toCreatePracticeInput(form: PracticeFormState): CreatePracticeInput {
  return { ...toUpdatePracticeInput(form), organizationId: form.organizationId ?? '' };
}
