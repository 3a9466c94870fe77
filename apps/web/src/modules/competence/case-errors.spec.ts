import { CombinedError } from '@urql/vue';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { caseErrors } from './useFrameworkCase';

const failed = (fields: { field: string; message: string }[], message = 'Пакет CASE не загружен') =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', fields } })] });

describe('caseErrors', () => {
  it('puts the form’s fields under them and lists the problems of the package with their place in it', () => {
    const e = caseErrors(
      failed([
        { field: 'code', message: 'Рамка с таким кодом уже есть: выберите другой код' },
        { field: 'json.CFItems.0.humanCodingScheme', message: 'Нет кода области (humanCodingScheme)' },
      ]),
    );
    expect(e.fields).toEqual({ code: 'Рамка с таким кодом уже есть: выберите другой код' });
    expect(e.problems).toEqual(['CFItems.0.humanCodingScheme: Нет кода области (humanCodingScheme)']);
    expect(e.general).toBeNull();
  });

  it('shows an unreadable file under the file field, and an error without fields as a general one', () => {
    expect(caseErrors(failed([{ field: 'json', message: 'Файл не читается как JSON' }])).fields).toEqual({ json: 'Файл не читается как JSON' });
    expect(caseErrors(failed([], 'Недостаточно прав для этого действия')).general).toBe('Недостаточно прав для этого действия');
  });
});
