/**
 * A failed operation as the forms read it: urql's CombinedError has this shape, and so has the answer of a plain
 * request (plain-request.ts) made before urql is loaded.
 */
export interface ApiError {
  /** Set when no GraphQL answer came at all (no connection, 5xx without a body). */
  networkError?: unknown;
  graphQLErrors: ReadonlyArray<{ message: string; extensions?: Readonly<Record<string, unknown>> | null }>;
}

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

export function errorCodes(error: ApiError | null | undefined): string[] {
  return (error?.graphQLErrors ?? []).map((e) => String(e.extensions?.['code'] ?? ''));
}

export function hasErrorCode(error: ApiError | null | undefined, code: ApiErrorCode): boolean {
  return errorCodes(error).includes(code);
}

/** `extensions.fields` of a GraphQL error, ignoring anything malformed. */
export function apiFieldErrors(extensions: Readonly<Record<string, unknown>> | null | undefined): ApiFieldError[] {
  const raw = extensions?.['fields'];
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (f): f is ApiFieldError =>
      typeof f === 'object' && f !== null && typeof (f as ApiFieldError).field === 'string' && typeof (f as ApiFieldError).message === 'string',
  );
}

/** The messages of a failed operation as one line (the API's messages are Russian already). */
export function errorText(error: ApiError | null | undefined, networkMessage: string): string | null {
  if (!error) return null;
  if (error.networkError) return networkMessage;
  const messages = [...new Set(error.graphQLErrors.map((e) => e.message).filter(Boolean))];
  return messages.length ? messages.join('\n') : networkMessage;
}
