import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const br = promisify(brotliCompress);
const gz = promisify(gzip);
/** Text-like files worth compressing (fonts in woff/woff2 and images are compressed already). */
const COMPRESSIBLE = /\.(js|mjs|css|svg|json|html|txt|map|ttf|eot|otf|xml|wasm)$/;
const MIN_BYTES = 1024;
/** Brotli's best quality costs about a second per megabyte: the large chunks (lazy: exceljs, echarts) get 9. */
const BEST_UP_TO = 256 * 1024;

/**
 * After a production build, writes `<file>.br` (brotli, best quality up to 256 KB, 9 above) and `<file>.gz` (gzip -9) beside every
 * compressible file of `assets/` that they make smaller. The API sends them as they are (common/http/spa-static.ts)
 * instead of compressing on every request at a lower level.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'metodset:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle() {
      const dir = join(outDir, 'assets');
      const files = readdirSync(dir).filter((f) => COMPRESSIBLE.test(f));
      let raw = 0;
      let brotli = 0;
      await Promise.all(
        files.map(async (f) => {
          const data = readFileSync(join(dir, f));
          if (data.length < MIN_BYTES) return;
          const size = data.length;
          const [b, g] = await Promise.all([
            br(data, { params: { [constants.BROTLI_PARAM_QUALITY]: size <= BEST_UP_TO ? constants.BROTLI_MAX_QUALITY : 9, [constants.BROTLI_PARAM_SIZE_HINT]: size } }),
            gz(data, { level: 9 }),
          ]);
          if (b.length < size * 0.9) writeFileSync(join(dir, `${f}.br`), b);
          if (g.length < size * 0.9) writeFileSync(join(dir, `${f}.gz`), g);
          raw += size;
          brotli += Math.min(size, b.length);
        }),
      );
      this.info(`precompressed ${files.length} files: ${Math.round(raw / 1024)} KB → ${Math.round(brotli / 1024)} KB brotli`);
    },
  };
}
