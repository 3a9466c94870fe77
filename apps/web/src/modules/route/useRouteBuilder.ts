import { useClientHandle, useMutation, useQuery } from '@urql/vue';
import { computed, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute, useRouter } from 'vue-router';
import { fieldChecker, today } from '@/common/form-fields';
import { useInlineForm } from '@/common/useInlineForm';
import { useNotices } from '@/common/useNotices';
import { useSessionStore } from '@/modules/auth/session.store';
import {
  AddRouteStepMutation,
  CreateRouteMutation,
  ProposeRouteStepsQuery,
  RouteCompetenceOptionsQuery,
  RouteDeficitOptionsQuery,
  RouteGroupOptionsQuery,
  RoutePersonNameQuery,
} from './route.graphql';
import {
  BUILDER_FIELDS,
  campaignsOf,
  defaultPeriod,
  deficitIds,
  groupOptions,
  groupProposals,
  proposalToStepInput,
  toCreateRouteInput,
  validateBuilderForm,
  type BuilderForm,
  type Proposal,
} from './route-logic';

export const FRAMEWORKS = ['SHADRIKOV', 'PROF'] as const;

/**
 * Building a route: the person (a teacher builds their own), the baseline diagnostics and the deficits it
 * found (or competences picked by hand from a framework), then the proposed steps to take into the route.
 */
export function useRouteBuilder() {
  const { t } = useI18n();
  const session = useSessionStore();
  const route = useRoute();
  const router = useRouter();
  const notices = useNotices();
  const handle = useClientHandle();
  const create = useMutation(CreateRouteMutation);
  const addStep = useMutation(AddRouteStepMutation);

  /** Who keeps the routes of people in a scope (ROUTE_APPROVE: staff) chooses the person; a teacher builds their own route. */
  const choosesPerson = computed(() => session.can('ROUTE_APPROVE'));
  const presetPerson = typeof route.query['personId'] === 'string' ? route.query['personId'] : null;

  let createdId: string | null = null;
  const f = useInlineForm<BuilderForm>({
    empty: () => ({
      target: 'PERSON' as const,
      personId: presetPerson ?? (choosesPerson.value ? null : (session.me?.personId ?? null)),
      associationId: null,
      title: '', goal: '', ...defaultPeriod(today()), campaignId: null, competenceIds: [] }),
    validate: (form) =>
      validateBuilderForm(form, {
        person: t('route.builder.errors.person'),
        group: t('route.builder.errors.group'),
        title: t('route.builder.errors.title'),
        startsOn: t('route.builder.errors.startsOn'),
        endsOn: t('route.builder.errors.endsOn'),
        endBeforeStart: t('common.endBeforeStart'),
        competences: t('route.builder.errors.competences'),
      }),
    isField: fieldChecker(BUILDER_FIELDS),
    send: async (form) => {
      const created = await create.executeMutation({ input: toCreateRouteInput(form) });
      if (created.error || !created.data) return created.error;
      createdId = created.data.createLearningRoute.id;
      const chosen = new Set(form.competenceIds);
      for (const p of proposals.value.filter((x) => x.taken)) {
        const competenceIds = p.competenceIds.filter((id) => chosen.has(id));
        const r = await addStep.executeMutation({ routeId: createdId, input: proposalToStepInput({ ...p, competenceIds }) });
        if (r.error) notices.fail(r.error);
      }
      return undefined;
    },
  });
  const form = f.form;

  // The person's latest deficits and proficits (a group route has none: its competences are picked by hand).
  const forPerson = computed(() => form.target === 'PERSON' && !!form.personId);
  const deficitsQuery = useQuery({
    query: RouteDeficitOptionsQuery,
    variables: computed(() => ({ personId: form.personId ?? '' })),
    pause: computed(() => !forPerson.value),
    requestPolicy: 'cache-and-network',
  });
  const deficits = computed(() => (forPerson.value ? (deficitsQuery.data.value?.routeDeficitOptions ?? []) : []));

  // A group route: the associations the caller manages.
  const groupsQuery = useQuery({ query: RouteGroupOptionsQuery, pause: computed(() => !choosesPerson.value || form.target !== 'GROUP') });
  const groups = computed(() => groupOptions(groupsQuery.data.value?.associations.nodes ?? [], (n) => t('route.builder.members', { count: n })));
  watch(
    () => form.associationId,
    (id) => {
      const name = (groupsQuery.data.value?.associations.nodes ?? []).find((a) => a.id === id)?.name;
      if (name && !form.title.trim()) form.title = t('route.builder.defaultGroupTitle', { name });
    },
  );
  function chooseTarget(target: 'PERSON' | 'GROUP'): void {
    form.target = target;
    form.campaignId = null;
    proposals.value = [];
  }
  const campaigns = computed(() => campaignsOf(deficits.value));
  const framework = ref<(typeof FRAMEWORKS)[number]>('SHADRIKOV');
  watch(deficits, (rows) => {
    if (!rows.length) return;
    const newest = campaignsOf(rows)[0];
    form.campaignId = newest?.id ?? null;
    form.competenceIds = deficitIds(rows, form.campaignId);
    const fw = rows.find((r) => r.level === 'DEFICIT')?.frameworkCode;
    if (fw === 'SHADRIKOV' || fw === 'PROF') framework.value = fw;
  });
  function chooseCampaign(id: string | null): void {
    form.campaignId = id;
    form.competenceIds = deficitIds(deficits.value, id);
  }

  // Competences of a framework, to pick by hand (and to name the chosen ones).
  const competencesQuery = useQuery({ query: RouteCompetenceOptionsQuery, variables: computed(() => ({ frameworkCode: null })) });
  const competenceOptions = computed(() =>
    (competencesQuery.data.value?.routeCompetenceOptions ?? [])
      .filter((c) => c.frameworkCode === framework.value || form.competenceIds.includes(c.id))
      .map((c) => ({ value: c.id, label: `${c.code} ${c.name}`, group: c.areaName })),
  );
  const competenceName = (id: string) => competenceOptions.value.find((c) => c.value === id)?.label ?? id;

  /** The person's name, once known, makes the default title. */
  const personQuery = useQuery({ query: RoutePersonNameQuery, variables: computed(() => ({ id: form.personId ?? '' })), pause: computed(() => !form.personId) });
  watch(
    () => personQuery.data.value?.person,
    (person) => {
      if (person && person.id === form.personId && !form.title.trim()) form.title = t('route.builder.defaultTitle', { name: person.fullName });
    },
    { immediate: true },
  );

  // Proposed steps.
  const proposals = ref<(Proposal & { taken: boolean })[]>([]);
  const proposing = ref(false);
  async function propose(): Promise<void> {
    if (form.target === 'GROUP') {
      proposals.value = groupProposals(form.competenceIds, competenceName).map((p) => ({ ...p, taken: true }));
      return;
    }
    if (!form.personId) return;
    proposing.value = true;
    try {
      const r = await handle.client
        .query(ProposeRouteStepsQuery, { personId: form.personId, competenceIds: form.competenceIds, campaignId: form.campaignId }, { requestPolicy: 'network-only' })
        .toPromise();
      if (r.error) notices.fail(r.error);
      // Events and modules are offered, not taken by default: the builder accepts them one by one.
      proposals.value = (r.data?.proposeRouteSteps ?? []).map((p) => ({ ...p, taken: !p.eventId && !p.internshipModuleId }));
    } finally {
      proposing.value = false;
    }
  }
  watch(
    () => [form.personId, form.associationId],
    () => {
      proposals.value = [];
    },
  );

  return {
    form,
    errors: f.fields,
    general: f.general,
    sending: computed(() => f.sending.value),
    choosesPerson,
    chooseTarget,
    groups,
    groupsLoading: computed(() => groupsQuery.fetching.value),
    deficits,
    deficitsLoading: computed(() => deficitsQuery.fetching.value),
    campaigns,
    chooseCampaign,
    framework,
    competenceOptions,
    competenceName,
    proposals,
    proposing,
    propose,
    async submit(): Promise<void> {
      if (!(await f.submit()) || !createdId) return;
      notices.done(t('route.builder.created'));
      await router.push({ name: 'route', params: { id: createdId } });
    },
  };
}
