import { isBase64Text } from './base64';

const OLD = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

describe('isBase64Text', () => {
  it.each(['', 'QUJD', 'QUI=', 'QQ==', 'QU JD\nRA==\n', '  QUJD  ', 'a+/9'])('accepts %j', (s) => {
    expect(isBase64Text(s)).toBe(true);
    expect(OLD.test(s)).toBe(true);
  });

  it.each(['%PDF не base64 !!', 'QQ===', 'QQ==QQ', 'QU-_', 'QQ== x', 'QUJD\u0000'])('refuses %j', (s) => {
    expect(isBase64Text(s)).toBe(false);
    expect(OLD.test(s)).toBe(false);
  });

  it('reads a base64 file of many megabytes without running out of stack', () => {
    const big = Buffer.alloc(8 * 1024 * 1024, 0x20).toString('base64');
    expect(isBase64Text(big)).toBe(true);
    expect(isBase64Text(`${big}!`)).toBe(false);
  });
});
