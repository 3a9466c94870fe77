import { decodeCursor, encodeCursor } from './cursor';

describe('cursor', () => {
  it('round-trips', () => {
    const c = { value: 'СОШ №1', id: '00000000-0000-0000-0000-000000000001' };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor(encodeCursor({ value: 5, id: 'x' }))).toEqual({ value: 5, id: 'x' });
  });
  it('rejects garbage with a field error', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow('Неверный курсор страницы');
  });
});
