import { useClientHandle, useMutation } from '@urql/vue';
import { computed, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useNotices } from '@/common/useNotices';
import { errorText } from '@/graphql/errors';
import type { PlanLinkKind, PlanLinkTargetsQuery as TargetsResult } from '@/gql/graphql';
import { LinkPlanItemMutation, PlanLinkTargetsQuery, UnlinkPlanItemMutation } from './plan.graphql';

export type PlanLinkTarget = TargetsResult['planLinkTargets'][number];
export const PLAN_LINK_KINDS: PlanLinkKind[] = ['EVENT' as PlanLinkKind, 'INTERNSHIP_COHORT' as PlanLinkKind, 'MENTORSHIP' as PlanLinkKind, 'CAMPAIGN' as PlanLinkKind];

/** Where a linked record opens (null: no page of its own for this kind). */
export function linkRoute(kind: PlanLinkKind, targetId: string): { name: string; params: { id: string } } | null {
  const name: Record<PlanLinkKind, string> = { EVENT: 'event', INTERNSHIP_COHORT: 'internship-cohort', MENTORSHIP: 'mentorship', CAMPAIGN: 'diagnostic-campaign' };
  return { name: name[kind], params: { id: targetId } };
}

/** The link picker of a plan item: a kind, a record found by title (only those the caller may read), for a series one of its dates. */
export function usePlanItemLinks(itemId: () => string | null) {
  const { t } = useI18n();
  const notices = useNotices();
  const handle = useClientHandle();
  const kind = ref<PlanLinkKind>('EVENT' as PlanLinkKind);
  const target = ref<PlanLinkTarget | string | null>(null);
  const occurrenceDate = ref<string | null>(null);
  const suggestions = ref<PlanLinkTarget[]>([]);
  const error = ref<string | null>(null);
  const sending = ref(false);
  const linkM = useMutation(LinkPlanItemMutation);
  const unlinkM = useMutation(UnlinkPlanItemMutation);
  const chosen = computed(() => (target.value && typeof target.value === 'object' ? target.value : null));

  async function search(text: string): Promise<void> {
    const r = await handle.client.query(PlanLinkTargetsQuery, { kind: kind.value, search: text.trim() || null }, { requestPolicy: 'network-only' }).toPromise();
    // A new array every time: the AutoComplete opens its list when the suggestions change.
    suggestions.value = [...(r.data?.planLinkTargets ?? [])];
  }

  function changeKind(): void {
    target.value = null;
    occurrenceDate.value = null;
    suggestions.value = [];
    error.value = null;
  }

  async function add(): Promise<boolean> {
    const id = itemId();
    if (!id) return false;
    if (!chosen.value) {
      error.value = t('common.required');
      return false;
    }
    sending.value = true;
    try {
      const r = await linkM.executeMutation({ itemId: id, input: { kind: kind.value, targetId: chosen.value.id, occurrenceDate: occurrenceDate.value } });
      if (r.error) {
        error.value = errorText(r.error, t('common.networkError')) ?? t('common.networkError');
        return false;
      }
      error.value = null;
      target.value = null;
      occurrenceDate.value = null;
      notices.done(t('plan.links.added'));
      return true;
    } finally {
      sending.value = false;
    }
  }

  async function remove(linkId: string): Promise<void> {
    const r = await unlinkM.executeMutation({ linkId });
    if (r.error) notices.fail(r.error);
    else notices.done(t('plan.links.removed'));
  }

  return { kind, target, chosen, occurrenceDate, suggestions, error, sending, search, changeKind, add, remove };
}
