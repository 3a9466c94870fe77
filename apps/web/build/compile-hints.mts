import type { OutputBundle } from 'rolldown';

/** V8's magic comment: compile every function of this script at once (https://v8.dev/blog/explicit-compile-hints). */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Marks the scripts a page runs as it loads (`files`: the entry's, the shell's and every page's own chunks, from the
 * preload table) with V8's explicit compile hint. Without it V8 compiles a function the first time it is called, on
 * the main thread, inside the task that mounts the app; with it the whole script is compiled while it streams in, on
 * a background thread (Chromium 136+; other engines read a comment). Chunks loaded later (exceljs on an export, a
 * dialog when opened) keep lazy compilation: most of their functions never run. The source map moves down one line.
 */
export function addCompileHints(bundle: OutputBundle, files: Iterable<string>): number {
  let marked = 0;
  for (const file of new Set(files)) {
    const chunk = bundle[file];
    if (chunk?.type !== 'chunk' || chunk.code.startsWith(COMPILE_HINT)) continue;
    chunk.code = COMPILE_HINT + chunk.code;
    // The source map, where there is one: on the chunk, or already its own file (`<file>.map`) in the bundle.
    if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
    const map = bundle[`${file}.map`];
    if (map?.type === 'asset' && typeof map.source === 'string') {
      const json = JSON.parse(map.source) as { mappings: string };
      json.mappings = `;${json.mappings}`;
      map.source = JSON.stringify(json);
    }
    marked++;
  }
  return marked;
}
