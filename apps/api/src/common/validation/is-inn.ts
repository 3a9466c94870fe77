import { innError, innMessage } from '@metodset/shared';
import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

/** An organisation's ИНН: 10 digits with a valid check digit (null/undefined pass: use @IsOptional). */
export function IsInn(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isInn',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && innError(value) === null,
        defaultMessage: (args?: ValidationArguments) => (typeof args?.value === 'string' ? (innError(args.value) ?? innMessage('format')) : innMessage('format')),
      },
    });
}
