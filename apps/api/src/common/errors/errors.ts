import { GraphQLError } from 'graphql';

/** Error codes the API answers with (extensions.code). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** One offending field: a dotted path inside the operation's input and a Russian message. */
export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (message = 'Требуется вход в систему') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message = 'Недостаточно прав для этого действия') =>
  new AppError(ErrorCode.FORBIDDEN, message);

/** A row that does not exist or lies outside the caller's scope: the two look the same. */
export const notFound = (message = 'Запись не найдена') => new AppError(ErrorCode.NOT_FOUND, message);

export const badInput = (fields: FieldError[], message = 'Проверьте заполнение полей') =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { fields });

export const fieldError = (field: string, message: string) => badInput([{ field, message }], message);

export const conflict = (message: string, fields: FieldError[] = []) =>
  new AppError(ErrorCode.CONFLICT, message, fields.length ? { fields } : {});

export const tooManyRequests = (message = 'Слишком много попыток. Попробуйте позже') =>
  new AppError(ErrorCode.TOO_MANY_REQUESTS, message);
