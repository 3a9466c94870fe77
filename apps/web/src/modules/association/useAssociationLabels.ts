import { ASSOCIATION_KIND_LABELS, ASSOCIATION_ROLE_LABELS, MEETING_FORMAT_LABELS } from '@metodset/shared';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Option } from '@/common/useEnumLabels';
import type { AssociationKind, AssociationRole, MeetingFormat } from '@/gql/graphql';

export const ASSOCIATION_KINDS = Object.keys(ASSOCIATION_KIND_LABELS) as AssociationKind[];
export const ASSOCIATION_ROLES = Object.keys(ASSOCIATION_ROLE_LABELS) as AssociationRole[];
export const MEETING_FORMATS = Object.keys(MEETING_FORMAT_LABELS) as MeetingFormat[];

/** Labels of the association enums (from @metodset/shared, through i18n) and select options built from them. */
export function useAssociationLabels() {
  const { t } = useI18n();
  const kind = (k: AssociationKind) => t(`enums.associationKind.${k}`);
  const role = (r: AssociationRole) => t(`enums.associationRole.${r}`);
  const format = (f: MeetingFormat) => t(`enums.meetingFormat.${f}`);
  const options = <T extends string>(values: readonly T[], label: (v: T) => string) =>
    computed<Option<T>[]>(() => values.map((value) => ({ value, label: label(value) })));

  return {
    kind,
    role,
    format,
    kindOptions: options(ASSOCIATION_KINDS, kind),
    roleOptions: options(ASSOCIATION_ROLES, role),
    formatOptions: options(MEETING_FORMATS, format),
  };
}
