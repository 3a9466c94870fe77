import type { Client } from '@urql/vue';
import { MeQuery } from './auth.graphql';
import type { SessionStore } from './session.store';

/** Asks the API who is signed in (the HttpOnly cookie decides) and remembers the answer. */
export async function loadSession(client: Client, session: SessionStore): Promise<void> {
  const result = await client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  // A failed request leaves the user signed out; the guard then shows the sign-in page.
  session.setMe(result.data?.me ?? null);
}
