import { SingleBar, Presets } from 'cli-progress';

/** A progress bar on a terminal; plain lines elsewhere (CI logs). */
export function progress(label: string, total: number): { tick(n?: number): void; done(): void } {
  if (process.stdout.isTTY) {
    const bar = new SingleBar({ format: `${label} [{bar}] {value}/{total}`, hideCursor: true }, Presets.shades_classic);
    bar.start(total, 0);
    return { tick: (n = 1) => bar.increment(n), done: () => bar.stop() };
  }
  let value = 0;
  let lastShown = -1;
  return {
    tick: (n = 1) => {
      value += n;
      const pct = Math.floor((value / Math.max(total, 1)) * 10);
      if (pct !== lastShown) {
        lastShown = pct;
        console.log(`${label}: ${value}/${total}`);
      }
    },
    done: () => console.log(`${label}: done (${value}/${total})`),
  };
}
