// A real OpenID Connect provider (oidc-provider 9, ESM-only) for the sign-in tests, run as a child process.
// Reads its settings as JSON from argv[2]: { port, clients: [...], accounts: { sub: claims } }.
// Prints «READY <issuer>» once it listens. Dev interactions stand for the provider's own login page.
import Provider from 'oidc-provider';

const settings = JSON.parse(process.argv[2]);
const issuer = `http://127.0.0.1:${settings.port}`;
const provider = new Provider(issuer, {
  clients: settings.clients,
  async findAccount(_ctx, sub) {
    const claims = settings.accounts[sub];
    if (!claims) return undefined;
    return { accountId: sub, async claims() { return { sub, ...claims }; } };
  },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], snils: ['snils'] },
  scopes: ['openid', 'email', 'snils'],
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['test-only-cookie-key'] },
  jwks: settings.jwks,
});
provider.on('server_error', (_ctx, err) => console.error('provider error', err));
provider.listen(settings.port, '127.0.0.1', () => console.log(`READY ${issuer}`));
