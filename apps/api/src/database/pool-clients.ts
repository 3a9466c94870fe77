/** What `forEachPoolClient` needs of a node-postgres pool. */
export interface PoolWithClients<C> {
  on(event: 'connect', listener: (client: C) => void): unknown;
}

/**
 * Calls `fn` for every client the pool holds now and for each one it connects later (pg-pool's 'connect' event; the
 * clients it already holds are in its private `_clients`, there being no public list).
 */
export function forEachPoolClient<C>(pool: PoolWithClients<C>, fn: (client: C) => void): void {
  pool.on('connect', fn);
  for (const client of (pool as { _clients?: C[] })._clients ?? []) fn(client);
}
