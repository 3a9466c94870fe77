import { AGREEMENT_FILE_MAX_BYTES, AGREEMENT_FILE_TYPES } from '@metodset/shared';
import type { AgreementKind, CreateAgreementInput, NetworkQuery } from '@/gql/graphql';
import { blankToNull, formatNumber } from '@/common/format';
import { today } from './network-form';

export type NetworkAgreement = NetworkQuery['network']['agreements'][number];

export interface AgreementFormState {
  number: string;
  kind: AgreementKind | null;
  signedOn: string;
  startsOn: string;
  endsOn: string;
  subject: string;
  partyOrganizationIds: string[];
}

export const AGREEMENT_FORM_FIELDS = ['number', 'kind', 'signedOn', 'startsOn', 'endsOn', 'subject', 'partyOrganizationIds'] as const;

/** `partyOrganizationIds.2` (one party refused) is shown under the parties box. */
export const agreementFieldOf = (field: string): string => (/^partyOrganizationIds\.\d+$/.test(field) ? 'partyOrganizationIds' : field);
export const isAgreementFormField = (field: string): boolean => (AGREEMENT_FORM_FIELDS as readonly string[]).includes(agreementFieldOf(field));

/** A new agreement: signed and started today, the coordinator already among the parties. */
export function emptyAgreementForm(coordinatorOrganizationId: string | null = null): AgreementFormState {
  const now = today();
  return {
    number: '',
    kind: 'NETWORK_INTERACTION',
    signedOn: now,
    startsOn: now,
    endsOn: '',
    subject: '',
    partyOrganizationIds: coordinatorOrganizationId ? [coordinatorOrganizationId] : [],
  };
}

export function agreementFormFrom(a: NetworkAgreement): AgreementFormState {
  return {
    number: a.number,
    kind: a.kind,
    signedOn: a.signedOn,
    startsOn: a.startsOn,
    endsOn: a.endsOn ?? '',
    subject: a.subject,
    partyOrganizationIds: a.parties.map((p) => p.id),
  };
}

export interface AgreementFormMessages {
  required: string;
  partiesMin: string;
  startsBeforeSigned: string;
  endBeforeStart: string;
}

/** The same checks as the API (required fields, two parties, signed ≤ start ≤ end), before sending. */
export function validateAgreementForm(form: AgreementFormState, m: AgreementFormMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.number.trim()) errors['number'] = m.required;
  if (!form.kind) errors['kind'] = m.required;
  if (!form.signedOn) errors['signedOn'] = m.required;
  if (!form.startsOn) errors['startsOn'] = m.required;
  else if (form.signedOn && form.startsOn < form.signedOn) errors['startsOn'] = m.startsBeforeSigned;
  if (form.endsOn && form.startsOn && form.endsOn < form.startsOn) errors['endsOn'] = m.endBeforeStart;
  if (!form.subject.trim()) errors['subject'] = m.required;
  if (new Set(form.partyOrganizationIds).size < 2) errors['partyOrganizationIds'] = m.partiesMin;
  return errors;
}

export function toAgreementInput(form: AgreementFormState): CreateAgreementInput {
  return {
    number: form.number.trim(),
    kind: form.kind ?? 'NETWORK_INTERACTION',
    signedOn: form.signedOn,
    startsOn: form.startsOn,
    endsOn: blankToNull(form.endsOn),
    subject: form.subject.trim(),
    partyOrganizationIds: [...new Set(form.partyOrganizationIds)],
  };
}

export const AGREEMENT_FILE_ACCEPT = Object.keys(AGREEMENT_FILE_TYPES)
  .map((ext) => `.${ext}`)
  .join(',');

/** Why a chosen file may not be attached (checked again by the API, by content too); null when it may. */
export function agreementFileProblem(file: { name: string; size: number }): 'wrongType' | 'tooLarge' | 'emptyFile' | null {
  const ext = file.name.includes('.') ? (file.name.toLowerCase().split('.').pop() ?? '') : '';
  if (!(ext in AGREEMENT_FILE_TYPES)) return 'wrongType';
  if (file.size === 0) return 'emptyFile';
  if (file.size > AGREEMENT_FILE_MAX_BYTES) return 'tooLarge';
  return null;
}

export const AGREEMENT_FILE_MAX_MB = AGREEMENT_FILE_MAX_BYTES / 1024 / 1024;

/** «1,2 МБ», «340 КБ» with the units the caller translates. */
export function formatFileSize(bytes: number | null | undefined, units: { kb: (n: string) => string; mb: (n: string) => string }): string {
  if (bytes == null) return '';
  if (bytes < 1024 * 1024) return units.kb(String(Math.max(1, Math.round(bytes / 1024))));
  return units.mb(formatNumber(bytes / 1024 / 1024));
}
