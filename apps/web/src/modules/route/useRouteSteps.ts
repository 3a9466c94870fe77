import { useMutation } from '@urql/vue';
import { computed, inject, ref, toValue, type InjectionKey, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { fieldChecker, today } from '@/common/form-fields';
import { useInlineForm } from '@/common/useInlineForm';
import { useNotices } from '@/common/useNotices';
import type { RouteStepStatus } from '@/gql/graphql';
import { fileToBase64 } from '@/modules/registry-import/file-base64';
import {
  AddRouteStepMutation,
  AttachRouteStepEvidenceMutation,
  MoveRouteStepMutation,
  RemoveRouteStepMutation,
  SetRouteStepReflectionMutation,
  SetRouteStepStatusMutation,
  UpdateRouteStepMutation,
} from './route.graphql';
import { emptyStepForm, eventRef, mentoringRefs, moduleRef, STEP_FIELDS, toStepInput, validateStepForm, type StepForm } from './route-logic';
import type { RouteDetails, RouteStepRow } from './useRoutePage';

/** Steps of a route: the table's edit dialog (add, change), moves and removal; marking status, evidence and reflection. */
export function useRouteSteps(route: MaybeRefOrGetter<RouteDetails | null>, onChange: () => void) {
  const { t } = useI18n();
  const notices = useNotices();
  const add = useMutation(AddRouteStepMutation);
  const update = useMutation(UpdateRouteStepMutation);
  const move = useMutation(MoveRouteStepMutation);
  const remove = useMutation(RemoveRouteStepMutation);
  const setStatus = useMutation(SetRouteStepStatusMutation);
  const attach = useMutation(AttachRouteStepEvidenceMutation);
  const reflect = useMutation(SetRouteStepReflectionMutation);

  // Add or change a step in a dialog.
  const editing = ref<string | null>(null);
  const dialogVisible = ref(false);
  const form = useInlineForm<
    StepForm & {
      mentorPersonId: string | null;
      mentorshipId: string | null;
      eventId: string | null;
      eventOccurrenceDate: string | null;
      internshipModuleId: string | null;
      internshipCohortId: string | null;
    }
  >({
    empty: () => ({ ...emptyStepForm(), mentorPersonId: null, mentorshipId: null, eventId: null, eventOccurrenceDate: null, internshipModuleId: null, internshipCohortId: null }),
    validate: (f) => {
      const r = toValue(route);
      return validateStepForm(f, { startsOn: r?.startsOn ?? '', endsOn: r?.endsOn ?? '9999-12-31' }, {
        kind: t('route.steps.errors.kind'),
        title: t('route.steps.errors.title'),
        outside: t('route.steps.errors.outside'),
        endBeforeStart: t('common.endBeforeStart'),
      });
    },
    isField: fieldChecker(STEP_FIELDS),
    send: async (f) => {
      const input = { ...toStepInput(f), ...mentoringRefs(f), ...eventRef(f), ...moduleRef(f) };
      const result = editing.value
        ? await update.executeMutation({ stepId: editing.value, input })
        : await add.executeMutation({ routeId: toValue(route)!.id, input });
      return result.error;
    },
  });

  // Mark a step: status with the date, evidence (a link or a file), reflection.
  const marking = ref<RouteStepRow | null>(null);
  const mark = useInlineForm({
    empty: () => ({ status: 'PLANNED' as RouteStepStatus, completedOn: today() as string | null, url: '', reflection: '' }),
    validate: (f): Record<string, string> => (f.status === 'DONE' && !f.completedOn ? { completedOn: t('route.steps.errors.completedOn') } : {}),
    isField: fieldChecker(['status', 'completedOn', 'url', 'fileName', 'contentBase64', 'reflection']),
    send: async (f) => (await setStatus.executeMutation({ stepId: marking.value!.id, input: { status: f.status, completedOn: f.status === 'DONE' ? f.completedOn : null } })).error,
  });
  const evidenceFile = ref<File | null>(null);
  const evidenceError = ref<string | null>(null);

  return {
    dialogVisible,
    editing,
    form,
    openNew(): void {
      editing.value = null;
      form.reset();
      dialogVisible.value = true;
    },
    openEdit(step: RouteStepRow): void {
      editing.value = step.id;
      form.reset({
        kind: step.kind,
        title: step.title,
        description: step.description,
        competenceIds: [...step.competenceIds],
        startsOn: step.startsOn ?? null,
        endsOn: step.endsOn ?? null,
        mentorPersonId: step.mentorPersonId ?? null,
        mentorshipId: step.mentorshipId ?? null,
        eventId: step.event?.id ?? null,
        eventOccurrenceDate: step.eventOccurrenceDate ?? null,
        internshipModuleId: step.internshipModule?.id ?? null,
        internshipCohortId: step.internshipModule?.cohortId ?? null,
      });
      dialogVisible.value = true;
    },
    async save(): Promise<void> {
      if (!(await form.submit())) return;
      dialogVisible.value = false;
      notices.done(t('route.steps.saved'));
      onChange();
    },
    async move(step: RouteStepRow, position: number): Promise<void> {
      const r = await move.executeMutation({ stepId: step.id, position });
      if (r.error) notices.fail(r.error);
      else onChange();
    },
    remove(step: RouteStepRow): void {
      notices.confirmRemoval(t('route.steps.remove'), t('route.steps.removeConfirm', { title: step.title }), () => {
        void remove.executeMutation({ stepId: step.id }).then((r) => {
          if (r.error) notices.fail(r.error);
          else {
            notices.done(t('route.steps.removed'));
            onChange();
          }
        });
      });
    },
    marking,
    mark,
    evidenceFile,
    evidenceError,
    pickFile(event: Event): void {
      evidenceFile.value = (event.target as HTMLInputElement | null)?.files?.[0] ?? null;
    },
    markVisible: computed({ get: () => !!marking.value, set: (v: boolean) => (marking.value = v ? marking.value : null) }),
    openMark(step: RouteStepRow): void {
      marking.value = step;
      mark.reset({ status: step.status, completedOn: step.completedOn ?? today(), url: step.evidenceUrl ?? '', reflection: step.reflection });
      evidenceFile.value = null;
      evidenceError.value = null;
    },
    async saveStatus(): Promise<void> {
      if (!(await mark.submit())) return;
      notices.done(t('route.steps.statusSaved'));
      marking.value = null;
      onChange();
    },
    async saveEvidence(): Promise<void> {
      const step = marking.value;
      if (!step) return;
      const url = mark.form.url.trim();
      if (!url && !evidenceFile.value) {
        evidenceError.value = t('route.steps.errors.evidence');
        return;
      }
      evidenceError.value = null;
      const input = evidenceFile.value ? { fileName: evidenceFile.value.name, contentBase64: await fileToBase64(evidenceFile.value) } : { url };
      const r = await attach.executeMutation({ stepId: step.id, input });
      if (r.error) {
        const field = r.error.graphQLErrors[0]?.message;
        evidenceError.value = field ?? null;
        return;
      }
      notices.done(t('route.steps.evidenceSaved'));
      marking.value = null;
      onChange();
    },
    async saveReflection(): Promise<void> {
      const step = marking.value;
      if (!step) return;
      const r = await reflect.executeMutation({ stepId: step.id, reflection: mark.form.reflection });
      if (r.error) return notices.fail(r.error);
      notices.done(t('route.steps.reflectionSaved'));
      marking.value = null;
      onChange();
    },
    busy: computed(() => add.fetching.value || update.fetching.value || setStatus.fetching.value || attach.fetching.value || reflect.fetching.value),
  };
}

export type RouteStepsState = ReturnType<typeof useRouteSteps>;
/** The step dialogs of a route page share the steps state of the table. */
export const ROUTE_STEPS: InjectionKey<RouteStepsState> = Symbol('route-steps');
export function injectRouteSteps(): RouteStepsState {
  const steps = inject(ROUTE_STEPS);
  if (!steps) throw new Error('route steps not provided');
  return steps;
}
