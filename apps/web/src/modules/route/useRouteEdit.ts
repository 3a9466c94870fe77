import { useMutation, useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { fieldChecker } from '@/common/form-fields';
import { useInlineForm } from '@/common/useInlineForm';
import { useNotices } from '@/common/useNotices';
import { RouteCompetenceOptionsQuery, UpdateRouteMutation } from './route.graphql';
import type { RouteDetails } from './useRoutePage';

interface EditForm {
  title: string;
  goal: string;
  startsOn: string;
  endsOn: string;
  competenceIds: string[];
}

/** Changing a draft or returned route: title, goal, period and the competences it addresses. */
export function useRouteEdit(route: MaybeRefOrGetter<RouteDetails | null>, onSaved: () => void) {
  const { t } = useI18n();
  const notices = useNotices();
  const update = useMutation(UpdateRouteMutation);
  const visible = ref(false);
  const options = useQuery({ query: RouteCompetenceOptionsQuery, variables: { frameworkCode: null }, pause: computed(() => !visible.value) });
  const form = useInlineForm<EditForm>({
    empty: () => ({ title: '', goal: '', startsOn: '', endsOn: '', competenceIds: [] }),
    validate: (f) => {
      const errors: Record<string, string> = {};
      if (!f.title.trim()) errors['title'] = t('route.builder.errors.title');
      if (!f.startsOn) errors['startsOn'] = t('route.builder.errors.startsOn');
      if (!f.endsOn) errors['endsOn'] = t('route.builder.errors.endsOn');
      else if (f.endsOn < f.startsOn) errors['endsOn'] = t('common.endBeforeStart');
      if (!f.competenceIds.length) errors['competenceIds'] = t('route.builder.errors.competences');
      return errors;
    },
    isField: fieldChecker(['title', 'goal', 'startsOn', 'endsOn', 'competenceIds']),
    send: async (f) =>
      (await update.executeMutation({ id: toValue(route)!.id, input: { title: f.title.trim(), goal: f.goal, startsOn: f.startsOn, endsOn: f.endsOn, competenceIds: f.competenceIds } })).error,
  });
  return {
    visible,
    form,
    competenceOptions: computed(() => (options.data.value?.routeCompetenceOptions ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.name}`, group: c.frameworkCode }))),
    open(): void {
      const r = toValue(route);
      if (!r) return;
      form.reset({ title: r.title, goal: r.goal, startsOn: r.startsOn, endsOn: r.endsOn, competenceIds: r.competences.map((c) => c.competenceId) });
      visible.value = true;
    },
    async save(): Promise<void> {
      if (!(await form.submit())) return;
      visible.value = false;
      notices.done(t('common.saved'));
      onSaved();
    },
  };
}
