import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from './errors';

/**
 * Expected errors (bad input, not found, forbidden…) go to the client as they are. Without this
 * filter Nest's default handler logs each of them as an ERROR with a stack trace; unexpected
 * errors still reach that handler and are logged.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(exception: AppError): AppError {
    return exception;
  }
}
