import { useClientHandle } from '@urql/vue';
import { useRouter } from 'vue-router';
import { LogoutMutation } from './auth.graphql';
import { useSessionStore } from './session.store';

/** Ends the session on the API, forgets it here and shows the sign-in page. */
export function useLogout() {
  const handle = useClientHandle();
  const router = useRouter();
  const session = useSessionStore();

  async function logout(): Promise<void> {
    await handle.client.mutation(LogoutMutation, {}).toPromise();
    session.clear();
    // A full page load drops every record the previous user had in the GraphQL cache.
    window.location.assign(router.resolve({ name: 'login' }).href);
  }

  return { logout };
}
