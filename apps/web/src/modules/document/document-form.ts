import type { CreateDocumentInput, DocumentKind, DocumentLevel, DocumentPageQuery, UpdateDocumentInput } from '@/gql/graphql';
import { DOCUMENT_MAX_TAGS } from '@metodset/shared';
import { blankToNull } from '@/common/format';
import { parseTags } from '@/modules/practice/practice-list-state';

export interface DocumentFormState {
  level: DocumentLevel;
  kind: DocumentKind | null;
  number: string;
  issuedOn: string;
  title: string;
  issuer: string;
  regionId: string | null;
  municipalityId: string | null;
  organizationId: string | null;
  validFrom: string;
  validUntil: string;
  url: string;
  sourceNote: string;
  /** Tags as typed: comma-separated. */
  tags: string;
}

type Doc = NonNullable<DocumentPageQuery['document']>;

export const DOCUMENT_FORM_FIELDS = ['level', 'kind', 'number', 'issuedOn', 'title', 'issuer', 'regionId', 'municipalityId', 'organizationId', 'validFrom', 'validUntil', 'url', 'sourceNote', 'tags', 'replacedById'] as const;
export const isDocumentFormField = (field: string): boolean => (DOCUMENT_FORM_FIELDS as readonly string[]).includes(field);

/** The owner field a level needs (federal documents have none). */
export const OWNER_FIELD: Record<DocumentLevel, 'regionId' | 'municipalityId' | 'organizationId' | null> = {
  FEDERAL: null,
  REGIONAL: 'regionId',
  MUNICIPAL: 'municipalityId',
  ORGANIZATION: 'organizationId',
};

export function emptyDocumentForm(): DocumentFormState {
  return { level: 'ORGANIZATION', kind: null, number: '', issuedOn: '', title: '', issuer: '', regionId: null, municipalityId: null, organizationId: null, validFrom: '', validUntil: '', url: '', sourceNote: '', tags: '' };
}

export function documentFormFrom(d: Doc): DocumentFormState {
  return {
    level: d.level,
    kind: d.kind,
    number: d.number,
    issuedOn: d.issuedOn ?? '',
    title: d.title,
    issuer: d.issuer,
    regionId: d.regionId ?? null,
    municipalityId: d.municipalityId ?? null,
    organizationId: d.organizationId ?? null,
    validFrom: d.validFrom ?? '',
    validUntil: d.validUntil ?? '',
    url: d.url ?? '',
    sourceNote: d.sourceNote,
    tags: d.tags.join(', '),
  };
}

/** Client checks: a title, a kind, the owner its level needs (new documents), validity in order, a web address. */
export function validateDocumentForm(form: DocumentFormState, editing: boolean, m: { required: string; validity: string; url: string; tooManyTags: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.title.trim()) errors['title'] = m.required;
  if (!form.kind) errors['kind'] = m.required;
  const owner = OWNER_FIELD[form.level];
  if (!editing && owner && !form[owner]) errors[owner] = m.required;
  if (form.validFrom && form.validUntil && form.validUntil < form.validFrom) errors['validUntil'] = m.validity;
  if (form.url.trim() && !/^https?:\/\/\S+$/i.test(form.url.trim())) errors['url'] = m.url;
  if (parseTags(form.tags).length > DOCUMENT_MAX_TAGS) errors['tags'] = m.tooManyTags;
  return errors;
}

export function toUpdateDocumentInput(form: DocumentFormState): UpdateDocumentInput & { title: string; kind: DocumentKind } {
  return {
    kind: form.kind ?? 'OTHER',
    number: form.number.trim(),
    issuedOn: blankToNull(form.issuedOn),
    title: form.title.trim(),
    issuer: form.issuer.trim(),
    validFrom: blankToNull(form.validFrom),
    validUntil: blankToNull(form.validUntil),
    url: blankToNull(form.url.trim()),
    sourceNote: form.sourceNote.trim(),
    tags: parseTags(form.tags),
  };
}

export function toCreateDocumentInput(form: DocumentFormState): CreateDocumentInput {
  const owner = OWNER_FIELD[form.level];
  return { ...toUpdateDocumentInput(form), level: form.level, ...(owner ? { [owner]: form[owner] } : {}) };
}
