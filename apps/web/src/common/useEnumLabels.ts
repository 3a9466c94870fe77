import {
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_STATUS_LABELS,
  POSITION_KIND_LABELS,
  QUALIFICATION_CATEGORY_LABELS,
} from '@metodset/shared';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { OrganizationKind, OrganizationStatusKind, PositionKind, QualificationCategory, RoleKind } from '@/gql/graphql';

export const ORGANIZATION_KINDS = Object.keys(ORGANIZATION_KIND_LABELS) as OrganizationKind[];
export const ORGANIZATION_STATUS_KINDS = Object.keys(ORGANIZATION_STATUS_LABELS) as OrganizationStatusKind[];
export const POSITION_KINDS = Object.keys(POSITION_KIND_LABELS) as PositionKind[];
export const QUALIFICATION_CATEGORIES = Object.keys(QUALIFICATION_CATEGORY_LABELS) as QualificationCategory[];

export interface Option<T> {
  label: string;
  value: T;
}

/** Labels of domain enums (from @metodset/shared, through i18n) and select options built from them. */
export function useEnumLabels() {
  const { t } = useI18n();
  const organizationKind = (k: OrganizationKind) => t(`enums.organizationKind.${k}`);
  const statusLabel = (k: OrganizationStatusKind) => t(`enums.organizationStatus.${k}`);
  const statusShort = (k: OrganizationStatusKind) => t(`enums.organizationStatusShort.${k}`);
  const positionKind = (k: PositionKind) => t(`enums.positionKind.${k}`);
  const qualification = (k: QualificationCategory) => t(`enums.qualificationCategory.${k}`);
  const role = (k: RoleKind) => t(`enums.role.${k}`);

  const options = <T extends string>(values: readonly T[], label: (v: T) => string) =>
    computed<Option<T>[]>(() => values.map((value) => ({ value, label: label(value) })));

  return {
    organizationKind,
    statusLabel,
    statusShort,
    positionKind,
    qualification,
    role,
    organizationKindOptions: options(ORGANIZATION_KINDS, organizationKind),
    statusOptions: options(ORGANIZATION_STATUS_KINDS, statusLabel),
    positionKindOptions: options(POSITION_KINDS, positionKind),
    qualificationOptions: options(QUALIFICATION_CATEGORIES, qualification),
  };
}
