import { ref } from 'vue';
import type { EventMaterialKind } from '@/gql/graphql';
import type { EventPageApi } from './useEventPage';

/** The «add material» form of an event page: a kind, a title and a link or a file. */
export function useMaterialForm(page: EventPageApi) {
  const kind = ref<EventMaterialKind>('SCENARIO');
  const title = ref('');
  const url = ref('');
  const file = ref<File | null>(null);
  return {
    kind,
    title,
    url,
    file,
    pickFile(event: Event): void {
      file.value = (event.target as HTMLInputElement | null)?.files?.[0] ?? null;
    },
    async add(): Promise<void> {
      const r = await page.addMaterial({ kind: kind.value, title: title.value.trim(), url: url.value.trim() || null, file: file.value });
      if (!r.error) {
        title.value = '';
        url.value = '';
        file.value = null;
      }
    },
  };
}
