import { Inject, Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { AppConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
import { AuthService, LoginResult } from './auth.service';
import { OidcRepository } from './oidc.repository';

/** What the browser keeps between the redirect to the provider and its return (an HttpOnly cookie, 10 minutes). */
export interface OidcFlow {
  state: string;
  nonce: string;
  verifier: string;
}

/** A sign-in the linking rule refused: a Russian sentence for the refusal page, and why (audited). */
export class OidcRefusal extends Error {
  constructor(
    readonly text: string,
    readonly reason: string,
  ) {
    super(text);
  }
}

export const FLOW_TTL_SECONDS = 600;

/**
 * Sign-in through the region's OpenID Connect provider (authorization code + PKCE, state and nonce; openid-client 6).
 * On the first sign-in the account is linked by the stated rule: the configured claim (СНИЛС or e-mail) matches
 * exactly one person, who has exactly one live account. Nothing is created: no match, several, or a person without an
 * account is refused with a Russian page. Later sign-ins find the account by the provider's issuer and subject.
 */
@Injectable()
export class OidcService {
  private discovered?: Promise<client.Configuration>;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly repo: OidcRepository,
    private readonly auth: AuthService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  get enabled(): boolean {
    return this.config.oidcEnabled;
  }

  get label(): string {
    return this.config.OIDC_LABEL;
  }

  private get linkClaim(): string {
    return this.config.OIDC_LINK_CLAIM ?? this.config.OIDC_LINK_BY;
  }

  /** The provider's metadata (discovery), fetched once; a failed discovery is tried again next time. */
  private configuration(): Promise<client.Configuration> {
    if (!this.discovered) {
      const c = this.config;
      // http:// issuers only outside production (loadConfig refuses them there): a provider on this machine in tests.
      const insecure = c.OIDC_ISSUER!.startsWith('http:') ? { execute: [client.allowInsecureRequests] } : undefined;
      this.discovered = client.discovery(new URL(c.OIDC_ISSUER!), c.OIDC_CLIENT_ID!, { redirect_uris: [c.OIDC_REDIRECT_URI!] }, client.ClientSecretPost(c.OIDC_CLIENT_SECRET!), insecure);
      this.discovered.catch(() => (this.discovered = undefined));
    }
    return this.discovered;
  }

  /** Where to send the browser, and what it must bring back. */
  async start(): Promise<{ url: string; flow: OidcFlow }> {
    const conf = await this.configuration();
    const flow: OidcFlow = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier() };
    const scopes = new Set(['openid', ...this.config.OIDC_SCOPE.split(/\s+/).filter(Boolean)]);
    const url = client.buildAuthorizationUrl(conf, {
      redirect_uri: this.config.OIDC_REDIRECT_URI!,
      scope: [...scopes].join(' '),
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, flow };
  }

  /** The provider's return: verify code, state, nonce and PKCE; find or link the account; open a session. */
  async finish(currentUrl: URL, flow: OidcFlow | null, meta: { ip: string; userAgent: string | null }): Promise<LoginResult> {
    if (!flow) throw new OidcRefusal('Вход не завершён: начните его заново со страницы входа.', 'no-flow');
    if (currentUrl.searchParams.get('error')) throw new OidcRefusal('Поставщик входа отказал во входе. Попробуйте ещё раз.', `provider:${currentUrl.searchParams.get('error')}`);
    const conf = await this.configuration();
    let claims: Record<string, unknown>;
    let subject: string;
    try {
      const tokens = await client.authorizationCodeGrant(conf, currentUrl, { pkceCodeVerifier: flow.verifier, expectedState: flow.state, expectedNonce: flow.nonce, idTokenExpected: true });
      const idClaims = tokens.claims();
      if (!idClaims) throw new Error('no ID token');
      subject = idClaims.sub;
      claims = { ...idClaims };
      if (claims[this.linkClaim] === undefined) claims = { ...claims, ...(await client.fetchUserInfo(conf, tokens.access_token, subject)) };
    } catch (err) {
      throw new OidcRefusal('Не удалось подтвердить вход у поставщика. Начните вход заново.', `verify:${(err as Error).message}`.slice(0, 200));
    }
    const issuer = conf.serverMetadata().issuer;
    const known = await this.repo.linkedAccount(this.uow.reader, issuer, subject);
    if (known) {
      return this.auth.openSession(known, meta, (m) => this.repo.touch(m, issuer, subject), { via: 'oidc', issuer });
    }
    const accountId = await this.linkable(claims);
    return this.auth.openSession(
      accountId,
      meta,
      async (m) => {
        if (await this.repo.otherSubject(m, issuer, accountId)) throw new OidcRefusal('Эта учётная запись уже связана с другим пользователем поставщика входа. Обратитесь к администратору.', 'linked-elsewhere');
        const id = await this.repo.link(m, { accountId, issuer, subject, linkedBy: this.config.OIDC_LINK_BY });
        await this.audit.record(m, { accountId, action: 'link-identity', entityType: 'account', entityId: accountId, after: { identityId: id, issuer, linkedBy: this.config.OIDC_LINK_BY } });
      },
      { via: 'oidc', issuer, firstSignIn: true },
    );
  }

  /** The linking rule: the claim matches exactly one person, who has exactly one live account. */
  private async linkable(claims: Record<string, unknown>): Promise<string> {
    const by = this.config.OIDC_LINK_BY;
    const raw = claims[this.linkClaim];
    const what = by === 'snils' ? 'СНИЛС' : 'адрес электронной почты';
    if (typeof raw !== 'string' || !raw.trim()) throw new OidcRefusal(`Поставщик входа не передал ${what}: связать вход с учётной записью нельзя.`, 'no-claim');
    const value = by === 'snils' ? raw.replace(/\D/g, '') : raw.trim();
    if (by === 'snils' && value.length !== 11) throw new OidcRefusal('Поставщик входа передал СНИЛС в неверном виде.', 'bad-claim');
    if (by === 'email' && claims['email_verified'] === false) throw new OidcRefusal('Адрес электронной почты у поставщика входа не подтверждён.', 'email-unverified');
    const found = await this.repo.candidates(this.uow.reader, by, value);
    const people = new Set(found.map((c) => c.personId));
    const accounts = [...new Set(found.map((c) => c.accountId).filter((a): a is string => !!a))];
    if (!people.size) throw new OidcRefusal(`В системе нет педагога с таким ${by === 'snils' ? 'СНИЛС' : 'адресом электронной почты'}. Обратитесь к методисту или администратору, чтобы вас внесли в реестр.`, 'no-person');
    if (people.size > 1) throw new OidcRefusal(`${by === 'snils' ? 'Этот СНИЛС' : 'Этот адрес'} указан у нескольких людей: связать вход нельзя. Обратитесь к администратору.`, 'several-people');
    if (!accounts.length) throw new OidcRefusal('У вас ещё нет учётной записи в системе: её создаёт администратор. Обратитесь к нему, затем войдите снова.', 'no-account');
    if (accounts.length > 1) throw new OidcRefusal('У вас несколько учётных записей: связать вход нельзя. Обратитесь к администратору.', 'several-accounts');
    return accounts[0];
  }

  /** A refused sign-in, audited without an account (the reason, never the claim's value). */
  async recordRefusal(reason: string): Promise<void> {
    await this.uow.run((m) => this.audit.record(m, { accountId: null, action: 'login-refused', entityType: 'session', entityId: null, after: { via: 'oidc', reason } }));
  }
}
