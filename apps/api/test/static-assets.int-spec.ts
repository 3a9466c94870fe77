import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApp, TestApp } from './support/test-app';

const IMMUTABLE = 'public, max-age=31536000, immutable';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request whose body is NOT decoded (fetch would decode it and hide what was on the wire). */
function raw(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const vary = (r: Raw): string => String(r.headers['vary'] ?? '').toLowerCase();

describe('the built SPA: precompressed assets, caching', () => {
  let t: TestApp;
  let dist: string;
  const js = `export const rows = ${JSON.stringify(Array.from({ length: 3000 }, (_, i) => `строка ${i}`))};\n`;
  const css = `.row{color:#123456}\n`.repeat(500);
  const plain = `export const other = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `запись ${i}`))};\n`;
  const indexHtml = '<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body></body></html>';

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'metodset-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), indexHtml);
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(dist, 'assets/index-Ab12Cd34.js'), js);
    writeFileSync(join(dist, 'assets/index-Ab12Cd34.js.br'), brotliCompressSync(js));
    writeFileSync(join(dist, 'assets/index-Ab12Cd34.js.gz'), gzipSync(js));
    writeFileSync(join(dist, 'assets/index-Ef56Gh78.css'), css);
    writeFileSync(join(dist, 'assets/index-Ef56Gh78.css.gz'), gzipSync(css));
    // No precompressed sibling: compressed on the fly.
    writeFileSync(join(dist, 'assets/other-Zz99Yy88.js'), plain);
    t = await startTestApp({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends the brotli file to a browser that accepts br, whatever the order of Accept-Encoding', async () => {
    for (const ae of ['br', 'gzip, deflate, br, zstd', 'br;q=1.0, gzip;q=0.8']) {
      const r = await raw(`${t.url}/assets/index-Ab12Cd34.js`, { 'accept-encoding': ae });
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding']).toBe('br');
      expect(r.headers['content-type']).toMatch(/^(text|application)\/javascript; charset=utf-8$/);
      expect(vary(r)).toContain('accept-encoding');
      expect(r.headers['cache-control']).toBe(IMMUTABLE);
      expect(r.body.length).toBeLessThan(Buffer.byteLength(js) / 3);
      expect(brotliDecompressSync(r.body).toString()).toBe(js);
    }
  });

  it('sends the gzip file when brotli is not accepted, and the file itself when nothing is', async () => {
    const gz = await raw(`${t.url}/assets/index-Ab12Cd34.js`, { 'accept-encoding': 'gzip, deflate' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(vary(gz)).toContain('accept-encoding');
    expect(gz.headers['cache-control']).toBe(IMMUTABLE);
    expect(gunzipSync(gz.body).toString()).toBe(js);

    const noBr = await raw(`${t.url}/assets/index-Ab12Cd34.js`, { 'accept-encoding': 'br;q=0, gzip' });
    expect(noBr.headers['content-encoding']).toBe('gzip');

    const css = await raw(`${t.url}/assets/index-Ef56Gh78.css`, { 'accept-encoding': 'br, gzip' });
    expect(css.headers['content-encoding']).toBe('gzip'); // no .br beside it
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(gunzipSync(css.body).toString()).toContain('.row{color:#123456}');

    for (const headers of [{ 'accept-encoding': 'identity' }, {}] as Record<string, string>[]) {
      const none = await raw(`${t.url}/assets/index-Ab12Cd34.js`, headers);
      expect(none.headers['content-encoding']).toBeUndefined();
      expect(vary(none)).toContain('accept-encoding');
      expect(none.headers['cache-control']).toBe(IMMUTABLE);
      expect(none.body.toString()).toBe(js);
    }
  });

  it('answers HEAD and conditional requests for a precompressed file', async () => {
    const head = await raw(`${t.url}/assets/index-Ab12Cd34.js`, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.length).toBe(0);
    const etag = String(head.headers['etag']);
    expect(etag).toBeTruthy();
    const again = await raw(`${t.url}/assets/index-Ab12Cd34.js`, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
  });

  it('compresses an asset without a precompressed sibling on the fly, still immutable', async () => {
    const r = await raw(`${t.url}/assets/other-Zz99Yy88.js`, { 'accept-encoding': 'gzip' });
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers['cache-control']).toBe(IMMUTABLE);
    expect(gunzipSync(r.body).toString()).toBe(plain);
  });

  it('revalidates index.html on every load, also for client-side routes; other files for an hour', async () => {
    for (const path of ['/', '/login', '/registry/organizations', '/index.html']) {
      const r = await raw(`${t.url}${path}`, { 'accept-encoding': 'gzip' });
      expect(r.status).toBe(200);
      expect(r.headers['cache-control']).toBe('no-cache');
      expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
      const body = r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body;
      expect(body.toString()).toBe(indexHtml);
    }
    const icon = await raw(`${t.url}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('answers a missing asset with 404, not with index.html, and never serves a file outside dist', async () => {
    const missing = await raw(`${t.url}/assets/gone-00000000.js`, { 'accept-encoding': 'br' });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-encoding']).toBeUndefined();
    expect(missing.body.toString()).not.toContain('<!doctype html>');
    for (const path of ['/assets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2F..%2F..%2F..%2Fetc%2Fpasswd', '/assets/%E0%A4%A']) {
      const r = await raw(`${t.url}${path}`, { 'accept-encoding': 'br' });
      expect(r.headers['content-encoding']).toBeUndefined();
      expect(r.body.toString()).not.toContain('root:');
      // Either refused or the SPA's index.html (a path that is no asset after decoding), never the file.
      if (r.status < 400) expect(r.body.toString()).toBe(indexHtml);
    }
  });
});
