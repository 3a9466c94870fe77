import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;

/** Every setting the API reads from the environment. Validated at start-up. */
export class AppConfig {
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 65535' })
  @Max(65535, { message: 'must be between 1 and 65535' })
  PORT = 3000;

  @IsOptional()
  @IsString()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// connection URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  DATA_DIR = '.data';

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1024, { message: 'must be between 1024 and 65535' })
  @Max(65535, { message: 'must be between 1024 and 65535' })
  EMBEDDED_PG_PORT = 5433;

  @IsOptional()
  @IsIn(['development', 'production', 'test'], { message: 'must be development, production or test' })
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(1, { message: 'must be at least 1' })
  SESSION_IDLE_MINUTES = 30;

  /** Points an API client may spend per hour (docs/api.md «Лимиты»). */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of points' })
  @Min(1, { message: 'must be at least 1' })
  API_CLIENT_POINTS_PER_HOUR = 5000;

  /** Points a signed-in session may spend per hour (the SPA's requests cost the same as a client's). */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of points' })
  @Min(1, { message: 'must be at least 1' })
  SESSION_POINTS_PER_HOUR = 50000;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of hours' })
  @Min(1, { message: 'must be at least 1' })
  SESSION_ABSOLUTE_HOURS = 12;

  /** Unset: demo data on first start outside production, never in production (where `true` is refused). */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'must be true or false' })
  SEED_DEMO_ON_FIRST_START?: 'true' | 'false' = undefined;

  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'must be true or false' })
  LOG_SQL: 'true' | 'false' = 'false';

  /** Whose `X-Forwarded-For` to believe (Express `trust proxy`): false (default: the socket's address), hops, or addresses/subnets. */
  @IsOptional()
  @IsString()
  @Matches(/^(false|true|\d+|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/, { message: 'must be false, a number of proxies, or a comma-separated list of proxy addresses/subnets' })
  TRUST_PROXY = 'false';

  get trustProxy(): boolean | number | string[] {
    const v = this.TRUST_PROXY.trim();
    return v === 'false' ? false : v === 'true' ? true : /^\d+$/.test(v) ? Number(v) : v.split(',').map((x) => x.trim());
  }

  /** The address the HTTP server listens on: loopback unless told otherwise (the Docker image sets 0.0.0.0). */
  @IsOptional()
  @IsString()
  @Matches(/^[0-9a-fA-F.:]+$|^localhost$/, { message: 'must be an IP address (127.0.0.1, 0.0.0.0, ::) or localhost' })
  HOST = '127.0.0.1';

  /** On SIGTERM/SIGINT: how long requests in flight may take to finish before their connections are closed. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of seconds' })
  @Min(0, { message: 'must be between 0 and 600' })
  @Max(600, { message: 'must be between 0 and 600' })
  SHUTDOWN_GRACE_SECONDS = 10;

  /**
   * `off`: this instance registers the nightly schedules (pg-boss cron) but takes none of their ticks; another
   * instance does. The tests' API runs with `off`, so a night's recalculation never writes in the middle of a test
   * (at 02:30 it did, and a suite that checks nothing was written saw it).
   */
  @IsOptional()
  @IsIn(['on', 'off'], { message: 'must be on or off' })
  SCHEDULED_JOBS: 'on' | 'off' = 'on';

  /**
   * With DATABASE_URL: the connection the app serves requests with — a role that may not update or delete audit rows
   * (DATABASE_URL, the owner, runs the migrations and grants that role its rights). Required in production.
   */
  @IsOptional()
  @IsString()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// connection URL' })
  DATABASE_APP_URL?: string;

  /**
   * Sign-in through the region's OpenID Connect provider (its gateway to ЕСИА): the issuer (discovery at
   * `<issuer>/.well-known/openid-configuration`), this installation's client, and the redirect URI registered there
   * (`https://<host>/api/auth/oidc/callback`). Unset: no such sign-in.
   */
  @IsOptional()
  @IsString()
  @Matches(/^https?:\/\/.+/, { message: 'must be an http(s):// URL' })
  OIDC_ISSUER?: string;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_SECRET?: string;

  @IsOptional()
  @IsString()
  @Matches(/^https?:\/\/.+\/api\/auth\/oidc\/callback$/, { message: 'must be the URL of this installation ending in /api/auth/oidc/callback' })
  OIDC_REDIRECT_URI?: string;

  /** What links a person on the first sign-in: СНИЛС (person.snils) or e-mail (person.email). */
  @IsOptional()
  @IsIn(['snils', 'email'], { message: 'must be snils or email' })
  OIDC_LINK_BY: 'snils' | 'email' = 'snils';

  /** The claim (in the ID token or UserInfo) that carries it; by default `snils` or `email`. */
  @IsOptional()
  @IsString()
  @Matches(/^[\w.:-]{1,100}$/, { message: 'must be a claim name' })
  OIDC_LINK_CLAIM?: string;

  /** Scopes asked for; `openid` is always among them. */
  @IsOptional()
  @IsString()
  OIDC_SCOPE = 'openid email';

  /** The button's words: «Войти через <label>». */
  @IsOptional()
  @IsString()
  OIDC_LABEL = 'Госуслуги (ЕСИА)';

  /** `off`: the login/password form and mutation are refused (only the identity provider signs in). */
  @IsOptional()
  @IsIn(['on', 'off'], { message: 'must be on or off' })
  PASSWORD_LOGIN: 'on' | 'off' = 'on';

  /**
   * Webhook URLs never reach loopback, link-local, private or reserved addresses (checked when subscribing and again
   * after DNS resolution at every delivery). Hosts listed here (comma-separated, e.g. `127.0.0.1,hooks.local`) are
   * exempt: tests, or a receiver on the installation's own network by a decision of its administrator.
   */
  @IsOptional()
  @IsString()
  @Matches(/^[\w.:\-[\], ]*$/, { message: 'must be host names separated by commas' })
  WEBHOOK_ALLOWED_HOSTS = '';

  get webhookAllowedHosts(): string[] {
    return this.WEBHOOK_ALLOWED_HOSTS.split(',')
      .map((h) => h.trim().replace(/^\[(.*)\]$/, '$1').toLowerCase())
      .filter(Boolean);
  }

  get oidcEnabled(): boolean {
    return !!this.OIDC_ISSUER;
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** Whether a database with no accounts gets the demo data. Never in production. */
  get seedDemoOnFirstStart(): boolean {
    return this.SEED_DEMO_ON_FIRST_START === undefined ? !this.isProduction : this.SEED_DEMO_ON_FIRST_START === 'true';
  }
}

export class ConfigError extends Error {}

/** Settings that are fine on a developer's machine and unsafe on a production install. */
function productionRefusals(config: AppConfig): string[] {
  if (!config.isProduction) return [];
  const out: string[] = [];
  if (config.SEED_DEMO_ON_FIRST_START === 'true') {
    out.push('SEED_DEMO_ON_FIRST_START="true": demo data (with its published password) is never loaded in production; create the first administrator with `admin create <login>` instead');
  }
  if (config.DATABASE_URL && !config.DATABASE_APP_URL) {
    out.push('DATABASE_APP_URL is required with DATABASE_URL in production: the app serves as a role that cannot update or delete audit rows (see README, «Database roles»)');
  }
  return out;
}

/** OpenID Connect settings go together; password login may be off only when another way in exists. */
function oidcRefusals(config: AppConfig): string[] {
  const out: string[] = [];
  const some = config.OIDC_ISSUER || config.OIDC_CLIENT_ID || config.OIDC_REDIRECT_URI || config.OIDC_CLIENT_SECRET;
  if (some) {
    for (const k of ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'] as const) {
      if (!config[k]) out.push(`${k} is required when sign-in through an OpenID Connect provider is configured`);
    }
  }
  if (config.PASSWORD_LOGIN === 'off' && !config.OIDC_ISSUER) out.push('PASSWORD_LOGIN=off needs OIDC_ISSUER: otherwise nobody could sign in');
  if (config.isProduction && config.OIDC_ISSUER?.startsWith('http:')) out.push('OIDC_ISSUER must be https:// in production');
  return out;
}

/** Reads and validates the environment; throws a ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const picked = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => (known.includes(k) || k === 'DATABASE_URL' || k === 'WEB_DIST_DIR' || k === 'DATABASE_APP_URL' || k === 'SEED_DEMO_ON_FIRST_START' || k.startsWith('OIDC_')) && v !== undefined && v !== ''),
  );
  const config = plainToInstance(AppConfig, picked, { exposeDefaultValues: true });
  const errors = validateSync(config);
  if (errors.length) {
    const lines = errors.map(
      (e) => `  ${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const oidc = oidcRefusals(config);
  if (oidc.length) throw new ConfigError(`Invalid sign-in configuration:\n${oidc.map((r) => `  ${r}`).join('\n')}`);
  const refusals = productionRefusals(config);
  if (refusals.length) throw new ConfigError(`Invalid configuration for production:\n${refusals.map((r) => `  ${r}`).join('\n')}`);
  return config;
}
