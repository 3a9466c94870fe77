import { AGREEMENT_KIND_LABELS, NETWORK_EDGE_KIND_LABELS, NETWORK_MAX_LEVEL, NETWORK_MEMBER_ROLE_LABELS, NETWORK_MODEL_LABELS } from '@metodset/shared';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Option } from '@/common/useEnumLabels';
import type { AgreementKind, NetworkEdgeKind, NetworkMemberRole, NetworkModel } from '@/gql/graphql';

export const NETWORK_MODELS = Object.keys(NETWORK_MODEL_LABELS) as NetworkModel[];
export const NETWORK_MEMBER_ROLES = Object.keys(NETWORK_MEMBER_ROLE_LABELS) as NetworkMemberRole[];
export const NETWORK_EDGE_KINDS = Object.keys(NETWORK_EDGE_KIND_LABELS) as NetworkEdgeKind[];
export const AGREEMENT_KINDS = Object.keys(AGREEMENT_KIND_LABELS) as AgreementKind[];
export const NETWORK_LEVELS: readonly number[] = Array.from({ length: NETWORK_MAX_LEVEL }, (_, i) => i + 1);

/** Labels of the network enums (from @metodset/shared, through i18n) and select options built from them. */
export function useNetworkLabels() {
  const { t } = useI18n();
  const model = (m: NetworkModel) => t(`enums.networkModel.${m}`);
  const role = (r: NetworkMemberRole) => t(`enums.networkMemberRole.${r}`);
  const edgeKind = (k: NetworkEdgeKind) => t(`enums.networkEdgeKind.${k}`);
  const agreementKind = (k: AgreementKind) => t(`enums.agreementKind.${k}`);
  const level = (n: number | null | undefined) => (n == null ? t('network.member.noLevel') : t('network.member.levelOption', { n }));

  const options = <T extends string | number>(values: readonly T[], label: (v: T) => string) =>
    computed<Option<T>[]>(() => values.map((value) => ({ value, label: label(value) })));

  return {
    model,
    role,
    edgeKind,
    agreementKind,
    level,
    modelOptions: options(NETWORK_MODELS, model),
    roleOptions: options(NETWORK_MEMBER_ROLES, role),
    edgeKindOptions: options(NETWORK_EDGE_KINDS, edgeKind),
    agreementKindOptions: options(AGREEMENT_KINDS, agreementKind),
    levelOptions: options(NETWORK_LEVELS, level),
  };
}

/** Short display name of an organisation. */
export const orgLabel = (o: { name: string; shortName?: string | null }): string => o.shortName || o.name;
