import { EntityManager } from 'typeorm';
import { issueSecret } from '../modules/api-client/api-client-secret';

/** The one demo API client: invented, on the fictional municipality of seed 000, kept by the platform admin. */
export const DEMO_API_CLIENT = {
  name: 'Региональная электронная школа (иллюстративная)',
  description: 'Иллюстративные данные: такой системы нет. Показывает, как регион подключает свою систему: зона — демонстрационный район, чтение реестра и синхронизация.',
  municipality: 'Демонстрационный муниципальный район (иллюстративный)',
  owner: 'admin',
  /** `.invalid` never resolves: nothing is ever sent anywhere. */
  webhookUrl: 'https://eschool.demo.invalid/hooks/metodset',
};

/**
 * An illustrative API client with a live secret nobody knows (issued and dropped: an admin rotates it to use the
 * client), read access to the registry and sync, one webhook subscription and an illustrative delivery log (one
 * delivered, one retrying after HTTP 503, one given up). Keyed by the name: a second run changes nothing.
 */
export async function seedDemoApiClient(m: EntityManager): Promise<{ clients: number; deliveries: number }> {
  const d = DEMO_API_CLIENT;
  if (((await m.query(`SELECT 1 FROM api_client WHERE name = $1`, [d.name])) as unknown[]).length) return { clients: 0, deliveries: 0 };
  const [owner] = (await m.query(`SELECT id FROM account WHERE login = $1`, [d.owner])) as { id: string }[];
  const [mun] = (await m.query(`SELECT id FROM municipality WHERE name = $1`, [d.municipality])) as { id: string }[];
  if (!owner || !mun) throw new Error('Demo API client: its owner or municipality is missing');
  const [account] = (await m.query(
    `INSERT INTO account (login, display_name, password_hash, disabled_at) VALUES ('api-client:' || gen_random_uuid(), $1, '!', now()) RETURNING id`,
    [`API-клиент «${d.name}»`],
  )) as { id: string }[];
  const [client] = (await m.query(
    `INSERT INTO api_client (name, description, owner_account_id, account_id, scope_kind, municipality_id) VALUES ($1, $2, $3, $4, 'MUNICIPALITY', $5) RETURNING id`,
    [d.name, d.description, owner.id, account!.id, mun.id],
  )) as { id: string }[];
  await m.query(`INSERT INTO api_client_permission (client_id, domain, access) VALUES ($1, 'REGISTRY', 'READ'), ($1, 'SYNC', 'WRITE')`, [client!.id]);
  const s = issueSecret();
  await m.query(`INSERT INTO api_client_secret (client_id, prefix, secret_hash) VALUES ($1, $2, $3)`, [client!.id, s.prefix, s.hash]);
  const [sub] = (await m.query(
    `INSERT INTO webhook_subscription (owner_account_id, url, secret, events, scope_municipality_ids) VALUES ($1, $2, $3, '{ROUTE_APPROVED,INTERNSHIP_COMPLETED}', ARRAY[$4]::uuid[]) RETURNING id`,
    [account!.id, d.webhookUrl, issueSecret().secret.slice(0, 60), mun.id],
  )) as { id: string }[];
  const payload = JSON.stringify({ illustrative: true, note: 'Иллюстративная доставка: такого события не было' });
  const deliveries = (await m.query(
    `INSERT INTO webhook_delivery (subscription_id, event, payload, state, attempts, last_status, last_error, last_attempt_at, delivered_at, created_at) VALUES
       ($1, 'ROUTE_APPROVED', $2::jsonb, 'DELIVERED', 1, 200, NULL, now() - interval '2 days', now() - interval '2 days', now() - interval '2 days'),
       ($1, 'INTERNSHIP_COMPLETED', $2::jsonb, 'PENDING', 3, 503, 'Ответ HTTP 503', now() - interval '10 seconds', NULL, now() - interval '20 minutes'),
       ($1, 'ROUTE_APPROVED', $2::jsonb, 'FAILED', 8, NULL, 'Не удалось доставить: адрес не найден', now() - interval '1 day', NULL, now() - interval '3 days')
     RETURNING id`,
    [sub!.id, payload],
  )) as unknown[];
  return { clients: 1, deliveries: deliveries.length };
}
