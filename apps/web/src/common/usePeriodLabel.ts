import { useI18n } from 'vue-i18n';
import { formatDate } from './format';

/** «с 01.09.2025» or «01.09.2025 – 31.05.2027» (networks, programmes, mentorships). */
export function usePeriodLabel() {
  const { t } = useI18n();
  return (from: string, to: string | null | undefined): string =>
    to ? t('common.period.range', { from: formatDate(from), to: formatDate(to) }) : t('common.period.open', { from: formatDate(from) });
}
