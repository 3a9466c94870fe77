import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { fieldError } from '../errors/errors';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Date arguments (YYYY-MM-DD) that name a real day; anything else is a field error, not a database error. */
@Injectable()
export class DateStringPipe implements PipeTransform<unknown, unknown> {
  transform(value: unknown, meta: ArgumentMetadata): unknown {
    if (value === undefined || value === null) return value;
    const day = typeof value === 'string' && DAY.test(value) ? new Date(`${value}T00:00:00Z`) : null;
    const ok = !!day && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value as string);
    if (!ok) throw fieldError(meta.data ?? 'date', 'Дата — в виде ГГГГ-ММ-ДД');
    return value;
  }
}
