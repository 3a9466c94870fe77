import { INestApplicationContext } from '@nestjs/common';
import { RecalculationService } from '../modules/indicator/computed/recalculation.service';

/**
 * The last step of the demo data, once the application runs on it: every computed indicator (Vorkuta's target
 * indicators and the others) recalculated by the application's own recalculation — the nightly run — so the demo
 * shows their stored values «по состоянию на» the moment of seeding, counted from the demo facts, never invented.
 */
export async function recalculateDemoIndicators(app: INestApplicationContext, log: (line: string) => void = () => undefined): Promise<number> {
  const n = await app.get(RecalculationService, { strict: false }).recalculateAll();
  log(`Computed indicators recalculated: ${n}`);
  return n;
}
