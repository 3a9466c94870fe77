import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { buildWorkbook, download, exportFileName } from '@/common/list/list-export';
import { errorText, hasErrorCode } from '@/graphql/errors';
import { PersonProfessionalHoursQuery } from './growth.graphql';
import { exportRows, hoursColumns } from './hours-export';

/** A person's professional-development hours per school year, and their XLSX export. */
export function useProfessionalHours(personId: MaybeRefOrGetter<string>) {
  const { t } = useI18n();
  const query = useQuery({ query: PersonProfessionalHoursQuery, variables: computed(() => ({ id: toValue(personId) })) });
  const years = computed(() => query.data.value?.person?.professionalHours ?? null);
  const kindLabel = (kind: string) => t(`growth.kind.${kind}`);
  return {
    years,
    fullName: computed(() => query.data.value?.person?.fullName ?? ''),
    fetching: computed(() => query.fetching.value && !query.data.value),
    /** The person is out of reach: the card says nothing rather than an error. */
    hidden: computed(() => hasErrorCode(query.error.value, 'NOT_FOUND') || (!!query.data.value && years.value === null)),
    error: computed(() => (query.error.value && !hasErrorCode(query.error.value, 'NOT_FOUND') ? errorText(query.error.value, t('growth.hours.loadError')) : null)),
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
    kindLabel,
    async exportXlsx(): Promise<void> {
      const rows = exportRows(years.value ?? []);
      const title = t('growth.hours.fileTitle');
      const blob = await buildWorkbook(title, hoursColumns(t, kindLabel, t('growth.hours.hiddenEvent')), rows);
      download(blob, exportFileName(`${title} ${query.data.value?.person?.fullName ?? ''}`.trim()));
    },
  };
}
