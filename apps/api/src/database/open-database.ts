import { join } from 'node:path';
import { AppConfig } from '../config/config';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** DATABASE_URL when given; otherwise a real embedded PostgreSQL with its data under DATA_DIR/pg. */
export async function openDatabase(config: AppConfig, log: (line: string) => void = () => undefined): Promise<OpenDatabase> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: false, close: async () => undefined };
  const server = await startEmbeddedPostgres({ dataDir: join(config.DATA_DIR, 'pg'), port: config.EMBEDDED_PG_PORT, log });
  await ensureDatabase(server.serverUrl, 'metodset');
  return { url: server.urlFor('metodset'), embedded: true, close: () => server.stop() };
}
