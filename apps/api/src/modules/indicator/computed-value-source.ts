import { Injectable } from '@nestjs/common';
import { IndicatorOwnerKind } from '@metodset/shared';

/** The owner of an indicator. */
export interface IndicatorOwnerRef {
  kind: IndicatorOwnerKind;
  id: string;
}

/**
 * The hook COMPUTED implements (`indicator/computed/`): what the indicators' domain needs to know of the computed
 * keys. It registers itself with `ComputedValueHook.register(source)` (e.g. in `onModuleInit`). The values of COMPUTED
 * indicators are not asked here: the recalculation (`computed/recalculation.service.ts`) stores them as actuals with
 * the source «Расчёт», and the reader shows what it stored, as of when.
 */
export interface ComputedValueSource {
  /** The formula in words of a key (shown on the indicator page); null for a key it does not know. */
  formula(computedKey: string): string | null;
  /** The keys it knows (the indicator form offers them). */
  keys(): readonly string[];
}

/** Where the computed-indicator source plugs in (one per application). */
@Injectable()
export class ComputedValueHook {
  private source: ComputedValueSource | null = null;

  register(source: ComputedValueSource): void {
    this.source = source;
  }

  get current(): ComputedValueSource | null {
    return this.source;
  }
}
