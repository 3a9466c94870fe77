import { DataSource } from 'typeorm';
import type { Region } from './cross-scope-fixtures';

/** The sync rows of a cross-scope region: a webhook subscription of the region's methodist (owner-only). */
export interface SyncRegionIds {
  webhookSubscription: string;
}

export const emptySyncIds = (): SyncRegionIds => ({ webhookSubscription: '' });

export async function addSyncRows(db: DataSource, r: Region, word: string): Promise<void> {
  const [row] = (await db.query(
    `INSERT INTO webhook_subscription (owner_account_id, url, secret, events)
     SELECT id, $2, 'секрет-перекрёстной-проверки', '{ROUTE_APPROVED}' FROM account WHERE login = $1 RETURNING id`,
    [r.logins.methodist, `https://hooks.example.ru/${encodeURIComponent(word)}`],
  )) as { id: string }[];
  r.ids.webhookSubscription = row!.id;
}
