import { ApiClientAccess, ApiClientDomain, ApiClientScopeKind } from '@metodset/shared';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as assert from 'node:assert/strict';
import { createTestClient } from './support/api-client';
import { startTestApp, TestApp } from './support/test-app';

const DOC = readFileSync(join(__dirname, '../../../docs/api.md'), 'utf8');

/** The examples of docs/api.md marked `test` (```js test, ```sh test), in order. */
function examples(): { lang: 'js' | 'sh'; code: string; line: number }[] {
  const out: { lang: 'js' | 'sh'; code: string; line: number }[] = [];
  const re = /^```(js|sh) test\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(DOC); m; m = re.exec(DOC)) out.push({ lang: m[1] as 'js' | 'sh', code: m[2]!, line: DOC.slice(0, m.index).split('\n').length });
  return out;
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<unknown>;

describe('docs/api.md: every example runs against the app', () => {
  let t: TestApp;
  let secret: string;
  beforeAll(async () => {
    t = await startTestApp();
    const [m] = (await t.db.query(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`)) as { id: string }[];
    secret = (await createTestClient(t.db, {
      name: 'Пример из документации',
      scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: m!.id },
      permissions: [
        { domain: ApiClientDomain.REGISTRY, access: ApiClientAccess.READ },
        { domain: ApiClientDomain.SYNC, access: ApiClientAccess.WRITE },
      ],
    })).secret;
  });
  afterAll(() => t.close());

  it('has examples in both languages', () => {
    const langs = examples().map((e) => e.lang);
    expect(langs.filter((l) => l === 'js').length).toBeGreaterThanOrEqual(3);
    expect(langs).toContain('sh');
  });

  it.each(examples().map((e) => [`${e.lang} at line ${e.line}`, e] as const))('%s', async (_label, e) => {
    if (e.lang === 'js') {
      await new AsyncFunction('API_URL', 'SECRET', 'assert', 'fetch', e.code)(t.url, secret, assert, fetch);
      return;
    }
    const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', e.code], { env: { ...process.env, API_URL: t.url, SECRET: secret } });
    const body = JSON.parse(stdout) as { data?: unknown; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeTruthy();
  });
});
