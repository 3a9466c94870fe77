import { PLAN_ITEM_STATUS_LABELS, PLAN_KIND_LABELS, PLAN_STAGE_KIND_LABELS, PLAN_STATUS_LABELS } from '@metodset/shared';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Option } from '@/common/useEnumLabels';
import type { PlanItemStatus, PlanKind, PlanLinkKind, PlanStageKind, PlanStatus } from '@/gql/graphql';

export const PLAN_KINDS = Object.keys(PLAN_KIND_LABELS) as PlanKind[];
export const PLAN_STATUSES = Object.keys(PLAN_STATUS_LABELS) as PlanStatus[];
export const PLAN_STAGE_KINDS = Object.keys(PLAN_STAGE_KIND_LABELS) as PlanStageKind[];
export const PLAN_ITEM_STATUSES = Object.keys(PLAN_ITEM_STATUS_LABELS) as PlanItemStatus[];

/** Labels of the plan enums (from @metodset/shared, through i18n) and select options built from them. */
export function usePlanLabels() {
  const { t } = useI18n();
  const kind = (k: PlanKind) => t(`plan.kind.${k}`);
  const status = (s: PlanStatus) => t(`plan.status.${s}`);
  const stageKind = (k: PlanStageKind) => t(`plan.stageKind.${k}`);
  const itemStatus = (s: PlanItemStatus) => t(`plan.itemStatus.${s}`);
  const source = (kinds: readonly PlanLinkKind[]) => kinds.map((k) => t(`plan.source.${k}`)).join(', ');
  const options = <T extends string>(values: readonly T[], label: (v: T) => string) => computed<Option<T>[]>(() => values.map((value) => ({ value, label: label(value) })));
  return {
    kind,
    status,
    stageKind,
    itemStatus,
    source,
    kindOptions: options(PLAN_KINDS, kind),
    statusOptions: options(PLAN_STATUSES, status),
    stageKindOptions: options(PLAN_STAGE_KINDS, stageKind),
    itemStatusOptions: options(PLAN_ITEM_STATUSES, itemStatus),
  };
}
