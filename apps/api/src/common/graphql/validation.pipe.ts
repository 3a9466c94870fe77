import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput, FieldError } from '../errors/errors';
import { cacheValidationMetadata } from '../validation/metadata-cache';
import { badTextFields } from '../validation/text';

cacheValidationMetadata();

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field: path, message }));
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

/** Nest's parameter type of a GraphQL resolver's @Args (GqlParamtype.ARGS); parent, context and info are not input. */
const GRAPHQL_ARGS = 3;
/** GqlParamtype.ROOT, CONTEXT and INFO: the parent object, the request's context and the resolve info. */
const GRAPHQL_NOT_INPUT = new Set<unknown>([0, 1, 2]);

/**
 * class-validator on every input; failures become BAD_USER_INPUT with the offending fields. Before that, every
 * string of every argument of every operation must be valid text: a NUL byte or a lone surrogate is refused with
 * the field's name (PostgreSQL, encodeURIComponent and the XLSX writer would otherwise fail on it deep inside).
 */
class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // A field resolver's parent is what the API itself built, not input: transforming and validating it for every
    // field of every row cost a list of 50 rows a few hundred class-transformer and class-validator passes.
    if (GRAPHQL_NOT_INPUT.has(metadata.type)) return value;
    if ((metadata.type as unknown) === GRAPHQL_ARGS || metadata.type === 'body' || metadata.type === 'query') {
      const bad = badTextFields(value, typeof value === 'object' ? '' : (metadata.data ?? ''));
      if (bad.length) throw badInput(bad, bad[0].message);
    }
    return super.transform(value, metadata);
  }
}

export const validationPipe = new AppValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: true,
  exceptionFactory: (errors) => badInput(flatten(errors)),
});
