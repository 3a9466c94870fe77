import { parse, print, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '@/gql/graphql';
import { operationName, printDocument } from './print';

const documents = Object.entries(generated).filter((e): e is [string, DocumentNode] => (e[1] as { kind?: string } | null)?.kind === 'Document');

describe('printDocument', () => {
  it('prints every generated document as the same document (graphql-js parses it back to what it prints itself)', () => {
    expect(documents.length).toBeGreaterThan(300);
    for (const [key, document] of documents) {
      const text = printDocument(document);
      expect(print(parse(text)), key).toBe(print(document));
    }
  });

  it('prints values, defaults, directives and inline fragments', () => {
    const source = `query Q($a: [Int!]! = [1, 2], $b: In = {x: "кавычка \\" и \\\\", y: null, z: ENUM, w: 1.5, v: false}) @dir(x: 1) {
      alias: field(a: $a, b: $b) @include(if: true) { ... on T { id } ...F }
    }
    fragment F on T { name }`;
    const document = parse(source, { noLocation: true });
    expect(print(parse(printDocument(document)))).toBe(print(document));
  });

  it('names the operation', () => {
    expect(operationName(generated.LoginDocument)).toBe('Login');
  });
});
