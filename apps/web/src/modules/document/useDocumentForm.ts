import { DOCUMENT_MAX_TAGS } from '@metodset/shared';
import { useMutation, useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRecordForm } from '@/common/useRecordForm';
import { CreateDocumentMutation, DocumentPageQuery, UpdateDocumentMutation } from './document.graphql';
import { documentFormFrom, emptyDocumentForm, isDocumentFormField, toCreateDocumentInput, toUpdateDocumentInput, validateDocumentForm } from './document-form';

/** Create (no id) or edit a document; its level and owner are chosen once. */
export function useDocumentForm(id: MaybeRefOrGetter<string | undefined>) {
  const { t } = useI18n();
  const query = useQuery({ query: DocumentPageQuery, variables: computed(() => ({ id: toValue(id) ?? '' })), pause: computed(() => !toValue(id)) });
  const record = computed(() => query.data.value?.document);
  const create = useMutation(CreateDocumentMutation);
  const update = useMutation(UpdateDocumentMutation);
  const f = useRecordForm({
    id,
    empty: emptyDocumentForm,
    loaded: { record, fetching: query.fetching, error: query.error },
    fromRecord: documentFormFrom,
    validate: (form) => validateDocumentForm(form, !!toValue(id), { required: t('common.required'), validity: t('document.validityError'), url: t('document.urlError'), tooManyTags: t('document.tooManyTags', { max: DOCUMENT_MAX_TAGS }) }),
    isField: isDocumentFormField,
    rowKeys: [],
    save: async (form, editId) => {
      if (editId) {
        const r = await update.executeMutation({ id: editId, input: toUpdateDocumentInput(form) });
        return { id: r.data?.updateDocument.id ?? null, error: r.error };
      }
      const r = await create.executeMutation({ input: toCreateDocumentInput(form) });
      return { id: r.data?.createDocument.id ?? null, error: r.error };
    },
    routes: { card: 'document', list: 'documents' },
  });
  return { ...f, fieldErrors: f.errors.fields, record };
}
