import ConfirmationEventBus from 'primevue/confirmationeventbus';
import ToastEventBus from 'primevue/toasteventbus';

/**
 * PrimeVue's toast and confirmation services talk to their components (Toast, ConfirmDialog) through event buses,
 * which those components listen to only once mounted. Here they are mounted on first need (layout/AppServices.vue,
 * app-shell.ts), not with the first page: what a page asks of the services before that — a toast, a confirmation —
 * is held from the shell's install (`holdServiceEvents`, whose `onHeld` has the components loaded) and replayed in
 * order once they are mounted (`releaseServiceEvents`), never lost.
 */
type Bus = typeof ToastEventBus;
const BUSES: readonly (readonly [Bus, readonly string[]])[] = [
  [ToastEventBus, ['add', 'remove', 'remove-group', 'remove-all-groups']],
  [ConfirmationEventBus, ['confirm', 'close']],
];
const held: { bus: Bus; event: string; payload: unknown }[] = [];
const listeners: { bus: Bus; event: string; listener: (payload: unknown) => void }[] = [];

/** Holds every event of the two services until `releaseServiceEvents`, calling `onHeld` for each. Once. */
export function holdServiceEvents(onHeld: () => void): void {
  if (listeners.length) return;
  for (const [bus, events] of BUSES) {
    for (const event of events) {
      const listener = (payload: unknown) => {
        held.push({ bus, event, payload });
        onHeld();
      };
      bus.on(event, listener);
      listeners.push({ bus, event, listener });
    }
  }
}

/** Toast and ConfirmDialog are listening: stops holding and replays what was held, in order. */
export function releaseServiceEvents(): void {
  for (const { bus, event, listener } of listeners.splice(0)) bus.off(event, listener);
  for (const { bus, event, payload } of held.splice(0)) bus.emit(event, payload);
}
