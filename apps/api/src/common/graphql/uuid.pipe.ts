import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { fieldError } from '../errors/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** ID arguments must be UUIDs; anything else is a field error, not a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<unknown, unknown> {
  transform(value: unknown, meta: ArgumentMetadata): unknown {
    if (value === undefined || value === null) return value;
    if (typeof value !== 'string' || !UUID.test(value)) throw fieldError(meta.data ?? 'id', 'Неверный идентификатор');
    return value;
  }
}
