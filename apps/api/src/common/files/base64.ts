/**
 * Whether a string is base64 text (the alphabet, whitespace anywhere, at most two `=` of padding, then only
 * whitespace). A loop over the characters, not a regular expression: a pattern whose loop and tail both accept
 * whitespace backtracks once per character and overflows the stack on a file of a few megabytes.
 */
export function isBase64Text(s: string): boolean {
  let i = 0;
  const n = s.length;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const alphabet = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
    if (!alphabet && !isSpace(c)) break;
  }
  let pad = 0;
  while (i < n && s.charCodeAt(i) === 61 && pad < 2) {
    i++;
    pad++;
  }
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  return i === n;
}

/** The characters of `\s` that can appear around base64 text. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029;
}
