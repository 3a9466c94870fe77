/**
 * The icon font (primeicons, 36 KB) out of the first page's way. A browser fetches a web font as soon as an element
 * naming it is laid out, so the font used to be requested with the first paint, in front of the page's rows on a slow
 * line (issue 12). Until the gate is open, icons keep their 1em box but name no font and draw a blank (styles.css,
 * `html:not(.icons-ready)`); opening it (the class on <html>) draws them, the font fetched then.
 *
 * It opens once the first page has drawn its data and that frame is painted (no query in flight: graphql/client.ts
 * reports them), at the user's first pointer or key event (before it can matter), and at the latest `CAP_MS` after
 * the app is mounted, so icons never stay hidden. The sign-in page does not wait. (In the entry with main.ts, not in `app-common`: main.ts starts it.)
 */
export const ICONS_READY = 'icons-ready';
const CAP_MS = 2500;

const inFlight = new Set<string>();
let started = false;
let opened = false;
let cleanups: (() => void)[] = [];

function open(): void {
  if (opened) return;
  opened = true;
  document.documentElement.classList.add(ICONS_READY);
  cleanups.forEach((c) => c());
  cleanups = [];
}

/**
 * Once the frame that draws what the current task drew is on the screen: a task queued from requestAnimationFrame runs
 * after that frame is painted; one frame more, so that the font's request is not made before the frame is presented
 * (the time the browser gives the largest paint).
 */
function openAfterPaint(): void {
  const afterFrame = (then: () => void) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(then, 0)) : setTimeout(then, 0));
  // A query sent meanwhile (the page's next one, started by the answer just drawn) is waited for too.
  afterFrame(() => afterFrame(() => !inFlight.size && open()));
}

/** A query went out (`true`), or has its final answer or was torn down (`false`): the first page's data is drawn when none is left. */
export function iconFontQuery(key: string | number, busy: boolean): void {
  if (opened) return;
  if (busy) inFlight.add(String(key));
  else if (inFlight.delete(String(key)) && started && !inFlight.size) openAfterPaint();
}

/**
 * Called once the app is mounted (main.ts): the first page's own queries have been sent by then. A first page with no
 * data to wait for (the sign-in page: its first paint is its largest) opens the gate at once, before that paint, as
 * it always was.
 */
export function startIconFontGate(waitForData = true): void {
  if (started || opened) return;
  if (!waitForData) return open();
  started = true;
  const onInput = () => open();
  window.addEventListener('pointerdown', onInput, true);
  window.addEventListener('keydown', onInput, true);
  const cap = setTimeout(open, CAP_MS);
  cleanups.push(() => {
    window.removeEventListener('pointerdown', onInput, true);
    window.removeEventListener('keydown', onInput, true);
    clearTimeout(cap);
  });
  if (!inFlight.size) openAfterPaint();
}

/** For tests: the gate as the app starts. */
export function resetIconFontGate(): void {
  cleanups.forEach((c) => c());
  cleanups = [];
  inFlight.clear();
  started = false;
  opened = false;
  document.documentElement.classList.remove(ICONS_READY);
}
