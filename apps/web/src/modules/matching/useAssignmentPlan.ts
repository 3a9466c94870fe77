import { ASSIGNMENT_PLAN_JOB_KIND } from '@metodset/shared';
import { useClientHandle, useMutation, useQuery } from '@urql/vue';
import { useConfirm } from 'primevue/useconfirm';
import { computed, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { isSettled, type JobView } from '@/common/jobs/useJob';
import { useNotices } from '@/common/useNotices';
import { errorText } from '@/graphql/errors';
import {
  AssignmentPlanJobsQuery,
  AssignmentPlanQuery,
  AssignmentPlansQuery,
  DiscardAssignmentPlanMutation,
  PublishAssignmentPlanMutation,
  ReplanAssignmentPlanMutation,
  SetAssignmentPlanItemMutation,
  StartAssignmentPlanMutation,
} from './matching.graphql';
import { currentPlanId, mentorChoices, planTotals } from './matching-logic';
import { useQueryFlag, useQueryParam } from './useMatchingQuery';

/** The programme a plan job was asked for (its parameters are JSON). */
export function jobProgramId(job: { params: string }): string | null {
  try {
    const p = JSON.parse(job.params) as { programId?: unknown };
    return typeof p.programId === 'string' ? p.programId : null;
  } catch {
    return null;
  }
}

/**
 * The cohort plan of a programme: make it (a background job: the progress bar follows the solver, and a running
 * computation is found again after a page reload), re-plan a draft after mentors left, change mentors within free
 * places, publish or discard.
 */
export function useAssignmentPlan() {
  const { t } = useI18n();
  const notices = useNotices();
  const confirm = useConfirm();
  const programId = useQueryParam('program');
  const chosenPlan = useQueryParam('plan');
  const otherSchool = useQueryFlag('otherSchool');
  const sameMunicipality = useQueryFlag('sameMunicipality');
  const context = { additionalTypenames: ['AssignmentPlan', 'Mentorship'] };

  const plansQuery = useQuery({ query: AssignmentPlansQuery, pause: computed(() => !programId.value), variables: computed(() => ({ programId: programId.value ?? '' })), context });
  const plans = computed(() => (programId.value ? (plansQuery.data.value?.assignmentPlans ?? []) : []));
  const planId = computed(() => (chosenPlan.value && plans.value.some((p) => p.id === chosenPlan.value) ? chosenPlan.value : currentPlanId(plans.value)));
  const planQuery = useQuery({ query: AssignmentPlanQuery, pause: computed(() => !planId.value), variables: computed(() => ({ id: planId.value ?? '' })), context });
  const plan = computed(() => (planId.value ? (planQuery.data.value?.assignmentPlan ?? null) : null));
  const editable = computed(() => !!plan.value?.canEdit && plan.value.status === 'DRAFT');

  const creating = useMutation(StartAssignmentPlanMutation);
  const replanning = useMutation(ReplanAssignmentPlanMutation);
  const handle = useClientHandle();
  /** The plan computation of this programme that runs (or has just ended), followed by the job component. */
  const job = ref<JobView | null>(null);
  const computing = computed(() => !!job.value && !isSettled(job.value));
  /** What the last «Перепланировать» did (said on the page, not only in a toast). */
  const lastReplan = ref<{ kept: number; moved: number; added: number; dropped: number } | null>(null);

  // After a reload (or a change of programme): the caller's computation of this programme that has not ended yet.
  watch(
    programId,
    async (id) => {
      job.value = null;
      lastReplan.value = null;
      if (!id) return;
      const r = await handle.client.query(AssignmentPlanJobsQuery, { kinds: [ASSIGNMENT_PLAN_JOB_KIND], first: 20 }, { requestPolicy: 'network-only' }).toPromise();
      if (id !== programId.value) return;
      job.value = (r.data?.myJobs ?? []).find((j) => !isSettled(j) && jobProgramId(j) === id) ?? null;
    },
    { immediate: true },
  );

  /** The job component's word that the computation ended: the new draft is shown (or the error stays on the job). */
  function jobSettled(j: JobView): void {
    job.value = j;
    if (j.state !== 'DONE') return;
    chosenPlan.value = null;
    plansQuery.executeQuery({ requestPolicy: 'network-only' });
    notices.done(t('matching.plan.created'));
  }
  const setting = useMutation(SetAssignmentPlanItemMutation);
  const publishing = useMutation(PublishAssignmentPlanMutation);
  const discarding = useMutation(DiscardAssignmentPlanMutation);
  const savingItem = ref<string | null>(null);

  async function create(): Promise<void> {
    if (!programId.value) return;
    const r = await creating.executeMutation(
      { programId: programId.value, input: { preferences: { otherSchool: otherSchool.value, sameMunicipality: sameMunicipality.value } } },
      context,
    );
    if (r.error) return notices.fail(r.error);
    job.value = r.data?.startAssignmentPlan ?? null;
  }

  /** «Перепланировать»: the draft for the mentor base as it is now, keeping the pairs that still fit. */
  async function replan(): Promise<void> {
    const p = plan.value;
    if (!p) return;
    const r = await replanning.executeMutation({ id: p.id }, context);
    if (r.error) return notices.fail(r.error);
    const x = r.data!.replanAssignmentPlan;
    lastReplan.value = { kept: x.kept, moved: x.moved, added: x.added, dropped: x.dropped };
    planQuery.executeQuery({ requestPolicy: 'network-only' });
    notices.done(t('matching.plan.replanned', lastReplan.value));
  }

  /** True when the API accepted the mentor (a refused one is shown, and the select snaps back). */
  async function setMentor(itemId: string, mentorPersonId: string | null): Promise<boolean> {
    savingItem.value = itemId;
    const r = await setting.executeMutation({ itemId, mentorPersonId }, context);
    savingItem.value = null;
    if (r.error) {
      notices.fail(r.error);
      return false;
    }
    notices.done(t('matching.plan.changed'));
    return true;
  }

  function publish(): void {
    const p = plan.value;
    if (!p) return;
    confirm.require({
      header: t('matching.plan.publishConfirm.header'),
      message: t('matching.plan.publishConfirm.message', { n: p.assignedCount }),
      icon: 'pi pi-send',
      rejectProps: { label: t('common.cancel'), severity: 'secondary', outlined: true },
      acceptProps: { label: t('matching.plan.publishConfirm.accept') },
      accept: async () => {
        const r = await publishing.executeMutation({ id: p.id }, context);
        if (r.error) return notices.fail(r.error);
        notices.done(t('matching.plan.published'));
      },
    });
  }

  function discard(): void {
    const p = plan.value;
    if (!p) return;
    confirm.require({
      header: t('matching.plan.discardConfirm.header'),
      message: t('matching.plan.discardConfirm.message'),
      icon: 'pi pi-exclamation-triangle',
      rejectProps: { label: t('common.cancel'), severity: 'secondary', outlined: true },
      acceptProps: { label: t('matching.plan.discardConfirm.accept'), severity: 'danger' },
      accept: async () => {
        const r = await discarding.executeMutation({ id: p.id }, context);
        if (r.error) return notices.fail(r.error);
        notices.done(t('matching.plan.discarded'));
      },
    });
  }

  return {
    programId,
    chosenPlan,
    otherSchool,
    sameMunicipality,
    plans,
    plan,
    editable,
    hasDraft: computed(() => plans.value.some((p) => p.status === 'DRAFT')),
    totals: computed(() => (plan.value ? planTotals(plan.value) : null)),
    choicesFor: (item: { mentorPersonId: string | null; menteePersonId: string }) => mentorChoices(plan.value?.mentors ?? [], item.mentorPersonId, item.menteePersonId, t),
    savingItem,
    fetching: computed(() => plansQuery.fetching.value || planQuery.fetching.value),
    error: computed(() => errorText(plansQuery.error.value ?? planQuery.error.value, t('common.networkError'))),
    refetch: () => {
      plansQuery.executeQuery({ requestPolicy: 'network-only' });
      if (planId.value) planQuery.executeQuery({ requestPolicy: 'network-only' });
    },
    busy: computed(() => creating.fetching.value || replanning.fetching.value || publishing.fetching.value || discarding.fetching.value),
    replanning: computed(() => replanning.fetching.value),
    lastReplan,
    job,
    computing,
    jobSettled,
    create,
    replan,
    setMentor,
    publish,
    discard,
  };
}
