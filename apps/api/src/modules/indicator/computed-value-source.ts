import { Injectable } from '@nestjs/common';
import { IndicatorOwnerKind } from '@metodset/shared';
import { Caller } from '../../common/access/access-rule';

/** The owner of an indicator. */
export interface IndicatorOwnerRef {
  kind: IndicatorOwnerKind;
  id: string;
}

/** One computed indicator the reader asks values for. */
export interface ComputedValueRequest {
  indicatorId: string;
  computedKey: string;
  owner: IndicatorOwnerRef;
  /** Years the indicator cares about (baseline and target years), oldest first: a source may compute one value per year. */
  years: readonly number[];
}

/** A computed actual value for one period (a total of the owner). */
export interface ComputedActual {
  periodStart: string;
  periodEnd: string;
  value: number;
}

/**
 * The hook COMPUTED implements (`indicator/computed/`): actual values of COMPUTED indicators from the data.
 * It registers itself with `ComputedValueHook.register(source)` (e.g. in `onModuleInit`); until a source is
 * registered, computed indicators show no actuals. The source answers inside the caller's scope.
 */
export interface ComputedValueSource {
  /** Actuals per period of these indicators, by indicator id (a missing id: no values). Bounded SQL for any number of requests. */
  valuesFor(caller: Caller, requests: readonly ComputedValueRequest[]): Promise<Map<string, ComputedActual[]>>;
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
