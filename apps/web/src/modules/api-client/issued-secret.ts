import { ref } from 'vue';

/**
 * The secret just issued, between the form that created the client and its page: kept in memory only (never in the
 * URL, storage or the cache), handed out once — a reload or a second look finds nothing.
 */
const pending = ref<{ clientId: string; secret: string } | null>(null);

export function holdIssuedSecret(clientId: string, secret: string): void {
  pending.value = { clientId, secret };
}

/** The secret issued for this client, if it was not taken yet; taking it forgets it. */
export function takeIssuedSecret(clientId: string): string | null {
  const p = pending.value;
  if (!p || p.clientId !== clientId) return null;
  pending.value = null;
  return p.secret;
}

/** Copies the text to the clipboard; false where there is none (an insecure origin, a refused permission). */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Selects the whole value of the focused field, for a manual copy. */
export function selectAll(event: Event): void {
  (event.target as HTMLInputElement).select();
}
