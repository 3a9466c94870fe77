import type { CombinedError } from '@urql/vue';
import type { Ref } from 'vue';

/**
 * Which blocks of a page failed: the whole request (network, or no data at all) fails every block; a GraphQL error
 * fails the block its path names (`myAgenda.meetings` → `meetings`), the others keep their data.
 */
export function blockFailed(error: CombinedError | undefined, hasData: boolean, block: string): boolean {
  if (!error) return false;
  if (error.networkError || !hasData) return true;
  return error.graphQLErrors.some((e) => !e.path || e.path.length < 2 || e.path[1] === block);
}

export const failedIn = (error: Ref<CombinedError | undefined>, hasData: () => boolean) => (block: string) => blockFailed(error.value, hasData(), block);
