import { useMutation, useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRecordForm } from '@/common/useRecordForm';
import { CreatePersonMutation, PersonQuery, UpdatePersonMutation } from './person.graphql';
import {
  emptyPersonForm,
  isPersonFormField,
  newPositionRow,
  newQualificationRow,
  personFieldOf,
  personFormFrom,
  toPersonInput,
  validatePersonForm,
  type PersonFormState,
} from './person-form';

/** Create (no id) or edit a person with their positions. */
export function usePersonForm(id: MaybeRefOrGetter<string | undefined>) {
  const { t } = useI18n();
  const query = useQuery({ query: PersonQuery, variables: computed(() => ({ id: toValue(id) ?? '' })), pause: computed(() => !toValue(id)) });
  const create = useMutation(CreatePersonMutation);
  const update = useMutation(UpdatePersonMutation);

  const f = useRecordForm({
    id,
    empty: emptyPersonForm,
    loaded: { record: computed(() => query.data.value?.person), fetching: query.fetching, error: query.error },
    fromRecord: (person): PersonFormState => personFormFrom(person, t('person.position.hiddenOrganization')),
    validate: (form) =>
      validatePersonForm(form, {
        required: t('common.required'),
        year: (min, max) => t('common.invalidYear', { min, max }),
        email: t('common.invalidEmail'),
        experience: t('person.invalidExperience'),
        dateOrder: t('personHistory.dateOrder'),
      }),
    isField: isPersonFormField,
    rowKeys: ['positions', 'qualificationHistory'],
    save: async (form, editId) => {
      const input = toPersonInput(form);
      if (editId) {
        const r = await update.executeMutation({ id: editId, input });
        return { id: r.data?.updatePerson.id ?? null, error: r.error };
      }
      const r = await create.executeMutation({ input });
      return { id: r.data?.createPerson.id ?? null, error: r.error };
    },
    routes: { card: 'person', list: 'people' },
  });

  // Errors on a position's sub-field show on that row's field.
  const fieldErrors = computed(() => {
    const out: Record<string, string> = {};
    for (const [field, message] of Object.entries(f.errors.fields.value)) out[personFieldOf(field)] ??= message;
    return out;
  });

  return {
    ...f,
    fieldErrors,
    addPosition: () => f.form.positions.push(newPositionRow(f.form.positions.length === 0)),
    removePosition: (index: number) => f.form.positions.splice(index, 1),
    addQualification: () => f.form.qualificationHistory.push(newQualificationRow()),
    removeQualification: (index: number) => f.form.qualificationHistory.splice(index, 1),
  };
}
