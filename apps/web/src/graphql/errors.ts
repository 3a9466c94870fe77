import type { CombinedError } from '@urql/vue';

/** Codes the API puts into `extensions.code`. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

/** One offending input field as the API reports it in `extensions.fields`. */
export interface ApiFieldError {
  field: string;
  message: string;
}

export function errorCodes(error: CombinedError | null | undefined): string[] {
  return (error?.graphQLErrors ?? []).map((e) => String(e.extensions?.['code'] ?? ''));
}

export function hasErrorCode(error: CombinedError | null | undefined, code: ApiErrorCode): boolean {
  return errorCodes(error).includes(code);
}

/** `extensions.fields` of a GraphQL error, ignoring anything malformed. */
export function apiFieldErrors(extensions: Record<string, unknown> | undefined): ApiFieldError[] {
  const raw = extensions?.['fields'];
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (f): f is ApiFieldError =>
      typeof f === 'object' && f !== null && typeof (f as ApiFieldError).field === 'string' && typeof (f as ApiFieldError).message === 'string',
  );
}

/** The messages of a failed operation as one line (the API's messages are Russian already). */
export function errorText(error: CombinedError | null | undefined, networkMessage: string): string | null {
  if (!error) return null;
  if (error.networkError) return networkMessage;
  const messages = [...new Set(error.graphQLErrors.map((e) => e.message).filter(Boolean))];
  return messages.length ? messages.join('\n') : networkMessage;
}
