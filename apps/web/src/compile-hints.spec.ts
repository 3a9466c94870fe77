// @vitest-environment node
import type { OutputAsset, OutputBundle, OutputChunk } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { addCompileHints, COMPILE_HINT } from '../build/compile-hints.mts';

const chunk = (fileName: string, code: string, mappings?: string): OutputChunk =>
  ({ type: 'chunk', fileName, code, map: mappings === undefined ? null : { mappings } }) as unknown as OutputChunk;

describe('V8 compile hints on the scripts a page runs as it loads (build/compile-hints.mts)', () => {
  it('puts the magic comment first in the named chunks only, once, and moves their source maps down a line', () => {
    const bundle = {
      'assets/index.js': chunk('assets/index.js', 'const __vite__mapDeps=1;export{}', 'AAAA,CAAC'),
      'assets/page.js': chunk('assets/page.js', 'export const a=1', undefined),
      'assets/exceljs.js': chunk('assets/exceljs.js', 'export const b=2', 'AAAA'),
      'assets/page.js.map': { type: 'asset', fileName: 'assets/page.js.map', source: '{"version":3,"mappings":"AAAA"}' } as unknown as OutputAsset,
      'assets/index.css': { type: 'asset', fileName: 'assets/index.css', source: 'a{}' } as unknown as OutputAsset,
    } as unknown as OutputBundle;
    const named = ['assets/index.js', 'assets/page.js', 'assets/index.js', 'assets/index.css', 'assets/missing.js'];
    expect(addCompileHints(bundle, named)).toBe(2);
    const code = (f: string) => (bundle[f] as OutputChunk).code;
    expect(code('assets/index.js')).toBe(`${COMPILE_HINT}const __vite__mapDeps=1;export{}`);
    expect(code('assets/page.js')).toBe(`${COMPILE_HINT}export const a=1`);
    expect(code('assets/exceljs.js')).toBe('export const b=2');
    expect((bundle['assets/index.js'] as OutputChunk).map?.mappings).toBe(';AAAA,CAAC');
    expect((bundle['assets/exceljs.js'] as OutputChunk).map?.mappings).toBe('AAAA');
    expect(JSON.parse(String((bundle['assets/page.js.map'] as OutputAsset).source))).toEqual({ version: 3, mappings: ';AAAA' });
    expect((bundle['assets/index.css'] as OutputAsset).source).toBe('a{}');
    // A second pass changes nothing.
    expect(addCompileHints(bundle, named)).toBe(0);
    expect(code('assets/index.js').indexOf(COMPILE_HINT, 1)).toBe(-1);
  });

  it('is the comment V8 reads: a line of its own at the very start', () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n');
  });
});
