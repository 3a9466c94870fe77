import { useMutation, useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRecordForm } from '@/common/useRecordForm';
import { StagingCompetenceOptionsQuery } from '@/modules/staging/staging.graphql';
import type { PersonOption } from '@/modules/person/person-options';
import { CreateEventMutation, EventQuery, UpdateEventMutation } from './event.graphql';
import { emptyEventForm, eventFormFrom, isEventFormField, toCreateEventInput, toEventInput, validateEventForm } from './event-form';

/** Create (no id) or edit an event; the host is chosen once, at creation. */
export function useEventForm(id: MaybeRefOrGetter<string | undefined>) {
  const { t } = useI18n();
  const query = useQuery({ query: EventQuery, variables: computed(() => ({ id: toValue(id) ?? '' })), pause: computed(() => !toValue(id)) });
  const record = computed(() => query.data.value?.event);
  const competences = useQuery({ query: StagingCompetenceOptionsQuery });
  const create = useMutation(CreateEventMutation);
  const update = useMutation(UpdateEventMutation);
  const f = useRecordForm({
    id,
    empty: emptyEventForm,
    loaded: { record, fetching: query.fetching, error: query.error },
    fromRecord: eventFormFrom,
    validate: (form) =>
      validateEventForm(form, !!toValue(id), { required: t('common.required'), endsBeforeStart: t('event.form.endsBeforeStart'), countOrUntil: t('event.form.countOrUntil') }),
    isField: isEventFormField,
    rowKeys: [],
    save: async (form, editId) => {
      if (editId) {
        const r = await update.executeMutation({ id: editId, input: toEventInput(form) });
        return { id: r.data?.updateEvent.id ?? null, error: r.error };
      }
      const r = await create.executeMutation({ input: toCreateEventInput(form) });
      return { id: r.data?.createEvent.id ?? null, error: r.error };
    },
    routes: { card: 'event', list: 'events' },
  });
  return {
    ...f,
    fieldErrors: f.errors.fields,
    record,
    /** Labels of the organisers and responsible people chosen before. */
    knownOrganizers: computed(() => record.value?.organizers ?? []),
    knownPeople: computed<PersonOption[]>(() =>
      (record.value?.responsible ?? []).map((r) => ({ value: r.personId, label: r.person.fullName, place: r.person.organizationName ?? null })),
    ),
    competenceOptions: computed(() => (competences.data.value?.routeCompetenceOptions ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.name}` }))),
  };
}
