import { CAMPAIGN_MODE_LABELS, CAMPAIGN_SCOPE_KIND_LABELS, CAMPAIGN_STATUS_LABELS, COMBINE_RULE_LABELS } from '@metodset/shared';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Option } from '@/common/useEnumLabels';
import type { CampaignMode, CampaignScopeKind, CampaignStatus, CombineRule, CompetenceLevel, ResponseStatus } from '@/gql/graphql';

export const CAMPAIGN_MODES = Object.keys(CAMPAIGN_MODE_LABELS) as CampaignMode[];
export const COMBINE_RULES = Object.keys(COMBINE_RULE_LABELS) as CombineRule[];
export const SCOPE_KINDS = Object.keys(CAMPAIGN_SCOPE_KIND_LABELS) as CampaignScopeKind[];
export const CAMPAIGN_STATUSES = Object.keys(CAMPAIGN_STATUS_LABELS) as CampaignStatus[];

/** Tag colours of levels and states. */
export const LEVEL_SEVERITY: Record<CompetenceLevel, 'danger' | 'secondary' | 'success'> = { DEFICIT: 'danger', NORM: 'secondary', PROFICIT: 'success' };
export const STATUS_SEVERITY: Record<CampaignStatus, 'secondary' | 'info' | 'success'> = { DRAFT: 'secondary', OPEN: 'info', CLOSED: 'success' };

/** Labels of the diagnostics enums (from @metodset/shared, through i18n) and select options. */
export function useDiagnosticsLabels() {
  const { t } = useI18n();
  const mode = (v: CampaignMode) => t(`diagnostics.enums.campaignMode.${v}`);
  const combineRule = (v: CombineRule) => t(`diagnostics.enums.combineRule.${v}`);
  const scopeKind = (v: CampaignScopeKind) => t(`diagnostics.enums.scopeKind.${v}`);
  const status = (v: CampaignStatus) => t(`diagnostics.enums.campaignStatus.${v}`);
  const level = (v: CompetenceLevel) => t(`diagnostics.enums.level.${v}`);
  const responseStatus = (v: ResponseStatus | null | undefined) => (v ? t(`diagnostics.enums.responseStatus.${v}`) : t('diagnostics.participants.notStarted'));
  const options = <T extends string>(values: readonly T[], label: (v: T) => string) => computed<Option<T>[]>(() => values.map((value) => ({ value, label: label(value) })));
  return {
    mode,
    combineRule,
    scopeKind,
    status,
    level,
    responseStatus,
    modeOptions: options(CAMPAIGN_MODES, mode),
    combineRuleOptions: options(COMBINE_RULES, combineRule),
    scopeKindOptions: options(SCOPE_KINDS, scopeKind),
    statusOptions: options(CAMPAIGN_STATUSES, status),
    levelOptions: options(['DEFICIT', 'NORM', 'PROFICIT'] as CompetenceLevel[], level),
  };
}
