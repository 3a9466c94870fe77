import { plainRequest } from '@/graphql/plain-request';
import { MeQuery } from './auth.graphql';
import type { SessionStore } from './session.store';

/**
 * Asks the API who is signed in (the HttpOnly cookie decides) and remembers the answer. A plain request: it runs
 * before urql is loaded (the sign-in page does without it).
 */
export async function loadSession(session: SessionStore): Promise<void> {
  const result = await plainRequest(MeQuery);
  // A failed request leaves the user signed out; the guard then shows the sign-in page.
  session.setMe(result.data?.me ?? null);
}
