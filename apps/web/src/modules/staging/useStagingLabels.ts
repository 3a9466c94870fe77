import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { InternshipTrackKind, ModuleFormat, StagingSiteKind, StagingSiteLevel, StagingSiteState } from '@/gql/graphql';
import { formatDate } from '@/common/format';
import { STAGING_SITE_KINDS, STAGING_SITE_LEVELS, STAGING_SITE_STATES } from './staging-list-state';

export const MODULE_FORMATS: ModuleFormat[] = ['IN_PERSON', 'ONLINE', 'MIXED'];
export const TRACK_KINDS: InternshipTrackKind[] = ['INDIVIDUAL', 'GROUP'];

/** Labels and select options of the staging enums; the period and duration as shown. */
export function useStagingLabels() {
  const { t } = useI18n();
  const kind = (k: StagingSiteKind) => t(`staging.kind.${k}`);
  const level = (k: StagingSiteLevel) => t(`staging.level.${k}`);
  const state = (k: StagingSiteState) => t(`staging.state.${k}`);
  const format = (k: ModuleFormat) => t(`staging.format.${k}`);
  const trackKind = (k: InternshipTrackKind) => t(`staging.trackKind.${k}`);
  return {
    kind,
    level,
    state,
    format,
    trackKind,
    period: (startsOn: string, endsOn: string) => `${formatDate(startsOn)} – ${formatDate(endsOn)}`,
    months: (min: number, max: number) => (min === max ? t('staging.program.monthsOne', { min }) : t('staging.program.months', { min, max })),
    stateSeverity: (k: StagingSiteState) => (k === 'ACTIVE' ? 'success' : k === 'EXPIRED' ? 'secondary' : 'info'),
    kindOptions: computed(() => STAGING_SITE_KINDS.map((value) => ({ value, label: kind(value) }))),
    levelOptions: computed(() => STAGING_SITE_LEVELS.map((value) => ({ value, label: level(value) }))),
    stateOptions: computed(() => STAGING_SITE_STATES.map((value) => ({ value, label: state(value) }))),
    formatOptions: computed(() => MODULE_FORMATS.map((value) => ({ value, label: format(value) }))),
    trackKindOptions: computed(() => TRACK_KINDS.map((value) => ({ value, label: trackKind(value) }))),
  };
}
