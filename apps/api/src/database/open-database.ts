import { join } from 'node:path';
import { AppConfig } from '../config/config';
import { EMBEDDED_APP_ROLE, provisionAppRole, roleOf } from './app-role';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';

export interface OpenDatabase {
  /** The owner's connection: migrations, seeding, the CLI. */
  url: string;
  embedded: boolean;
  /**
   * The connection the app serves with: a role without UPDATE/DELETE on the audit log (given by
   * `provideAppRole`). The owner's URL when no app role is configured (external database outside production).
   */
  appUrl: string;
  /** Grants the app role its rights (run after the migrations, as the owner). */
  provideAppRole(): Promise<void>;
  close(): Promise<void>;
}

/** DATABASE_URL when given; otherwise a real embedded PostgreSQL with its data under DATA_DIR/pg. */
export async function openDatabase(
  config: AppConfig,
  log: (line: string) => void = () => undefined,
  opts: { ownSignals?: boolean } = {},
): Promise<OpenDatabase> {
  if (config.DATABASE_URL) {
    const owner = config.DATABASE_URL;
    const app = config.DATABASE_APP_URL;
    return {
      url: owner,
      embedded: false,
      appUrl: app ?? owner,
      provideAppRole: async () => {
        if (app) await provisionAppRole(owner, roleOf(app));
      },
      close: async () => undefined,
    };
  }
  const server = await startEmbeddedPostgres({ dataDir: join(config.DATA_DIR, 'pg'), port: config.EMBEDDED_PG_PORT, log, ownSignals: opts.ownSignals });
  await ensureDatabase(server.serverUrl, 'metodset');
  const appRole = { user: EMBEDDED_APP_ROLE, password: server.credentials.appPassword };
  return {
    url: server.urlFor('metodset'),
    embedded: true,
    appUrl: server.urlFor('metodset', appRole),
    provideAppRole: () => provisionAppRole(server.urlFor('metodset'), appRole, { setPassword: true }),
    close: () => server.stop(),
  };
}
