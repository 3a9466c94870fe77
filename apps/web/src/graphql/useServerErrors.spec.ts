import { CombinedError } from '@urql/vue';
import { describe, expect, it } from 'vitest';
import { mapServerErrors, normalizeFieldPath, useServerErrors } from './useServerErrors';

const badInput = (fields: { field: string; message: string }[], message = 'Проверьте заполнение полей') =>
  new CombinedError({ graphQLErrors: [{ message, extensions: { code: 'BAD_USER_INPUT', fields } }] });

describe('mapServerErrors', () => {
  it('returns nothing for no error', () => {
    expect(mapServerErrors(null)).toEqual({ fields: {}, general: null });
    expect(mapServerErrors(undefined)).toEqual({ fields: {}, general: null });
  });

  it('puts each field message under its dotted path', () => {
    const error = badInput([
      { field: 'inn', message: 'Неверная контрольная цифра ИНН' },
      { field: 'statuses.0.year', message: 'Год — не раньше 2000' },
    ]);
    expect(mapServerErrors(error)).toEqual({
      fields: { inn: 'Неверная контрольная цифра ИНН', 'statuses.0.year': 'Год — не раньше 2000' },
      general: null,
    });
  });

  it('keeps the first message of a field', () => {
    const error = badInput([
      { field: 'name', message: 'Введите полное наименование' },
      { field: 'name', message: 'Наименование — не длиннее 500 символов' },
    ]);
    expect(mapServerErrors(error).fields).toEqual({ name: 'Введите полное наименование' });
  });

  it('tolerates an `input.` prefix and bracket indexes', () => {
    expect(normalizeFieldPath('input.statuses[1].kind')).toBe('statuses.1.kind');
    expect(mapServerErrors(badInput([{ field: 'input.inn', message: 'x' }])).fields).toEqual({ inn: 'x' });
  });

  it('sends messages of fields the form does not show to the general message', () => {
    const error = badInput([
      { field: 'inn', message: 'Неверная контрольная цифра ИНН' },
      { field: 'secret', message: 'Поле недоступно' },
    ]);
    expect(mapServerErrors(error, { isField: (f) => f === 'inn' })).toEqual({
      fields: { inn: 'Неверная контрольная цифра ИНН' },
      general: 'Поле недоступно',
    });
  });

  it('maps a CONFLICT with fields like BAD_USER_INPUT', () => {
    const error = new CombinedError({
      graphQLErrors: [
        {
          message: 'Организация с таким ИНН уже есть',
          extensions: { code: 'CONFLICT', fields: [{ field: 'inn', message: 'ИНН уже занят' }] },
        },
      ],
    });
    expect(mapServerErrors(error)).toEqual({ fields: { inn: 'ИНН уже занят' }, general: null });
  });

  it('uses the message of errors without fields as the general message, once each', () => {
    const error = new CombinedError({
      graphQLErrors: [
        { message: 'Недостаточно прав для этого действия', extensions: { code: 'FORBIDDEN' } },
        { message: 'Недостаточно прав для этого действия', extensions: { code: 'FORBIDDEN' } },
        { message: 'Запись не найдена', extensions: { code: 'NOT_FOUND' } },
      ],
    });
    expect(mapServerErrors(error)).toEqual({ fields: {}, general: 'Недостаточно прав для этого действия\nЗапись не найдена' });
  });

  it('ignores malformed `fields` entries', () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: 'Проверьте заполнение полей', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 1 }, 'inn'] } }],
    });
    expect(mapServerErrors(error)).toEqual({ fields: {}, general: 'Проверьте заполнение полей' });
  });

  it('turns a network failure into the network message', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(mapServerErrors(error, { networkMessage: 'Нет связи' })).toEqual({ fields: {}, general: 'Нет связи' });
  });
});

describe('useServerErrors', () => {
  it('applies, clears one field and resets', () => {
    const errors = useServerErrors();
    errors.apply(badInput([
      { field: 'inn', message: 'a' },
      { field: 'name', message: 'b' },
    ]));
    expect(errors.fields.value).toEqual({ inn: 'a', name: 'b' });
    errors.clearField('inn');
    expect(errors.fields.value).toEqual({ name: 'b' });
    errors.reset();
    expect(errors.fields.value).toEqual({});
    expect(errors.general.value).toBeNull();
  });

  it('clears the messages of a list’s items with the list', () => {
    const errors = useServerErrors();
    errors.apply(badInput([
      { field: 'attendeeIds.1', message: 'a' },
      { field: 'attendeeIdsExtra', message: 'b' },
    ]));
    errors.clearField('attendeeIds');
    expect(errors.fields.value).toEqual({ attendeeIdsExtra: 'b' });
  });
});
