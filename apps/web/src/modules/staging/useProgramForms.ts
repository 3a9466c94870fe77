import { useMutation } from '@urql/vue';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { fieldChecker } from '@/common/form-fields';
import { useInlineForm } from '@/common/useInlineForm';
import {
  AddInternshipModuleMutation,
  CreateInternshipProgramMutation,
  CreateInternshipTrackMutation,
  UpdateInternshipModuleMutation,
  UpdateInternshipProgramMutation,
  UpdateInternshipTrackMutation,
} from './staging.graphql';
import {
  emptyModuleForm,
  emptyProgramForm,
  emptyTrackForm,
  toModuleInput,
  toProgramInput,
  toTrackInput,
  validateModule,
  validateProgram,
  validateTrack,
  type ModuleForm,
  type ProgramForm,
  type TrackForm,
} from './program-forms';

function texts(t: (key: string) => string) {
  return { required: t('staging.errors.required'), hours: t('staging.errors.hours'), months: t('staging.errors.months'), modules: t('staging.errors.modules') };
}

/** A programme in a dialog: created on a site, or changed (`editId`). */
export function useProgramForm(siteId: () => string | null, onSaved: (id: string) => void) {
  const { t } = useI18n();
  const create = useMutation(CreateInternshipProgramMutation);
  const update = useMutation(UpdateInternshipProgramMutation);
  const editId = ref<string | null>(null);
  const visible = ref(false);
  const form = useInlineForm<ProgramForm>({
    empty: emptyProgramForm,
    validate: (f) => validateProgram(f, texts(t)),
    isField: fieldChecker(['title', 'description', 'minMonths', 'maxMonths', 'audience', 'maxExperienceYears']),
    send: async (f) => {
      const r = editId.value
        ? await update.executeMutation({ id: editId.value, input: toProgramInput(f) })
        : await create.executeMutation({ siteId: siteId() ?? '', input: toProgramInput(f) });
      const id = editId.value ?? (r.data && 'createInternshipProgram' in r.data ? r.data.createInternshipProgram.id : null);
      if (!r.error && id) onSaved(id);
      return r.error;
    },
  });
  return {
    form,
    visible,
    editId,
    open(values?: ProgramForm & { id: string }): void {
      editId.value = values?.id ?? null;
      form.reset(values ? { ...values } : emptyProgramForm());
      visible.value = true;
    },
    async save(): Promise<void> {
      if (await form.submit()) visible.value = false;
    },
  };
}

/** A module in a dialog: added to the programme, or changed (`editId`). */
export function useModuleForm(programId: () => string, onSaved: () => void) {
  const { t } = useI18n();
  const add = useMutation(AddInternshipModuleMutation);
  const update = useMutation(UpdateInternshipModuleMutation);
  const editId = ref<string | null>(null);
  const visible = ref(false);
  const form = useInlineForm<ModuleForm>({
    empty: emptyModuleForm,
    validate: (f) => validateModule(f, texts(t)),
    isField: fieldChecker(['title', 'description', 'hours', 'format', 'audience', 'competenceIds']),
    send: async (f) => {
      const r = editId.value ? await update.executeMutation({ id: editId.value, input: toModuleInput(f) }) : await add.executeMutation({ programId: programId(), input: toModuleInput(f) });
      if (!r.error) onSaved();
      return r.error;
    },
  });
  return {
    form,
    visible,
    editId,
    open(values?: ModuleForm & { id: string }): void {
      editId.value = values?.id ?? null;
      form.reset(values ? { ...values, competenceIds: [...values.competenceIds] } : emptyModuleForm());
      visible.value = true;
    },
    async save(): Promise<void> {
      if (await form.submit()) visible.value = false;
    },
  };
}

/** A track in a dialog: an ordered choice of the programme's modules. */
export function useTrackForm(programId: () => string, onSaved: () => void) {
  const { t } = useI18n();
  const create = useMutation(CreateInternshipTrackMutation);
  const update = useMutation(UpdateInternshipTrackMutation);
  const editId = ref<string | null>(null);
  const visible = ref(false);
  const form = useInlineForm<TrackForm>({
    empty: emptyTrackForm,
    validate: (f) => validateTrack(f, texts(t)),
    isField: fieldChecker(['kind', 'name', 'description', 'moduleIds']),
    send: async (f) => {
      const r = editId.value ? await update.executeMutation({ id: editId.value, input: toTrackInput(f) }) : await create.executeMutation({ programId: programId(), input: toTrackInput(f) });
      if (!r.error) onSaved();
      return r.error;
    },
  });
  return {
    form,
    visible,
    editId,
    open(values?: TrackForm & { id: string }): void {
      editId.value = values?.id ?? null;
      form.reset(values ? { ...values, moduleIds: [...values.moduleIds] } : emptyTrackForm());
      visible.value = true;
    },
    async save(): Promise<void> {
      if (await form.submit()) visible.value = false;
    },
  };
}
