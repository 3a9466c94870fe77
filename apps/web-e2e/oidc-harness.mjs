// The region's identity provider for the browser tests (issue 13): a real OpenID Connect provider (oidc-provider 9,
// apps/api/test/support/oidc-provider.mjs, the one the API's sign-in tests use) and a second API process configured
// as an installation that signs in only through it (PASSWORD_LOGIN=off). The second process serves the same built
// app on the same scratch database as the first (it connects to the first one's embedded PostgreSQL with the
// credentials kept in its data directory), so the tests prepare people through the first, password-on server.
// Started by scripts/e2e.mjs only when an oidc*.test.mjs file runs.
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The installation's client at the provider. */
const CLIENT_ID = 'metodset-e2e';
const CLIENT_SECRET = 'metodset-e2e-client-secret-0123456789';

/**
 * The provider's people (subject → claims). The linking rule of the e2e installation is the e-mail: the tests record
 * FILIPPOV_EMAIL on teacher.filippov's card first (СНИЛС has no form in the product; the API tests cover it).
 */
export const OIDC_ACCOUNTS = {
  'esia-filippov': { email: 'filippov.oidc-e2e@school.example.ru', email_verified: true },
  'esia-stranger': { email: 'nobody.oidc-e2e@example.ru', email_verified: true },
};
export const FILIPPOV_EMAIL = OIDC_ACCOUNTS['esia-filippov'].email;
/** The words of the sign-in button: «Войти через …». */
export const OIDC_LABEL = 'Госуслуги (ЕСИА)';

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** Resolves with what `test` finds in the child's output; rejects when the child ends first (with its output). */
function waitForOutput(child, test, what) {
  return new Promise((resolve, reject) => {
    let out = '';
    const seen = (d) => {
      out += d;
      const found = test(out);
      if (found) resolve(found);
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`${what} ended (${code}) before it was ready:\n${out.slice(-4000)}`)));
  });
}

async function waitForHealth(url, exited) {
  while (!exited()) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the OpenID Connect installation at ${url} ended before it became healthy`);
}

/**
 * Starts the provider and the password-off installation beside the first server (`dataDir`, `pgPort`: its embedded
 * PostgreSQL). Returns its URL, a log of both processes for failures, and `stop()`.
 */
export async function startOidcInstallation({ root, serverEnv, dataDir, pgPort }) {
  const credentials = JSON.parse(readFileSync(join(dataDir, 'pg', 'metodset-credentials.json'), 'utf8'));
  const [providerPort, appPort] = [await freePort(), await freePort()];
  const base = `http://127.0.0.1:${appPort}`;
  const redirect = `${base}/api/auth/oidc/callback`;
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const settings = {
    port: providerPort,
    jwks: { keys: [{ ...key, kid: 'e2e', use: 'sig', alg: 'RS256' }] },
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [redirect], token_endpoint_auth_method: 'client_secret_post' }],
    accounts: OIDC_ACCOUNTS,
  };
  let log = '';
  const provider = spawn(process.execPath, [join(root, 'apps/api/test/support/oidc-provider.mjs'), JSON.stringify(settings)], { stdio: ['ignore', 'pipe', 'pipe'] });
  provider.stderr.on('data', (d) => (log += `[provider] ${d}`));
  const issuer = await waitForOutput(provider, (out) => /READY (\S+)/.exec(out)?.[1], 'the OpenID Connect provider');

  const url = (user, password) => `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/metodset`;
  const app = spawn(process.execPath, [join(root, 'dist/api/apps/api/src/main.js')], {
    cwd: root,
    env: {
      ...serverEnv,
      PORT: String(appPort),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      NODE_ENV: 'test',
      DATABASE_URL: url('postgres', credentials.superuserPassword),
      DATABASE_APP_URL: url('metodset_app', credentials.appPassword),
      WEB_DIST_DIR: join(root, 'dist/web'),
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_REDIRECT_URI: redirect,
      OIDC_LINK_BY: 'email',
      OIDC_SCOPE: 'openid email',
      OIDC_LABEL,
      PASSWORD_LOGIN: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let appExited = false;
  app.on('exit', () => (appExited = true));
  app.stdout.on('data', (d) => (log += `[oidc app] ${d}`));
  app.stderr.on('data', (d) => (log += `[oidc app] ${d}`));
  const stopChild = (child, exited) =>
    exited() ? Promise.resolve() : new Promise((resolve) => {
      child.on('exit', resolve);
      child.kill('SIGTERM');
    });
  let providerExited = false;
  provider.on('exit', () => (providerExited = true));
  const stop = async () => {
    await stopChild(app, () => appExited);
    await stopChild(provider, () => providerExited);
  };
  try {
    await waitForHealth(base, () => appExited);
  } catch (err) {
    await stop();
    throw new Error(`${err.message}\n${log.slice(-4000)}`);
  }
  return { base, issuer, log: () => log, stop };
}
