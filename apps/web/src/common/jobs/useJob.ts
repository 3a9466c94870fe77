import { useClientHandle } from '@urql/vue';
import { computed, onBeforeUnmount, ref, watch, type Ref } from 'vue';
import type { JobQuery as JobQueryResult } from '@/gql/graphql';
import { JobQuery } from './jobs.graphql';

export type JobView = NonNullable<JobQueryResult['job']>;

/** A job is settled when it is done or failed: polling stops. */
export const isSettled = (job: Pick<JobView, 'state'> | null | undefined) => job?.state === 'DONE' || job?.state === 'FAILED';

/**
 * Follows one background job: asks `job(id)` every `intervalMs` (the API's answer, never a guess) until it is done
 * or failed; `seed` shows the job as the mutation answered it before the first poll. Stops when the component goes.
 */
export function useJob(id: Ref<string | null>, options: { intervalMs?: number; seed?: Ref<JobView | null> } = {}) {
  const handle = useClientHandle();
  const job = ref<JobView | null>(options.seed?.value ?? null);
  const error = ref<string | null>(null);
  const interval = options.intervalMs ?? 1000;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let generation = 0;

  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    generation++;
  };

  async function poll(mine: number, jobId: string): Promise<void> {
    const r = await handle.client.query(JobQuery, { id: jobId }, { requestPolicy: 'network-only' }).toPromise();
    if (mine !== generation) return;
    if (r.error || !r.data?.job) {
      error.value = r.error?.graphQLErrors[0]?.message ?? r.error?.message ?? null;
      return;
    }
    error.value = null;
    job.value = r.data.job;
    if (!isSettled(job.value)) timer = setTimeout(() => void poll(mine, jobId), interval);
  }

  watch(
    id,
    (jobId) => {
      stop();
      if (options.seed?.value?.id === jobId) job.value = options.seed.value;
      else if (job.value?.id !== jobId) job.value = null;
      if (jobId) void poll(generation, jobId);
    },
    { immediate: true },
  );
  onBeforeUnmount(stop);

  return {
    job,
    error,
    settled: computed(() => isSettled(job.value)),
    done: computed(() => job.value?.state === 'DONE'),
    failed: computed(() => job.value?.state === 'FAILED'),
    progress: computed(() => job.value?.progress ?? 0),
  };
}
