import { useMutation } from '@urql/vue';
import { reactive, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { apiFieldErrors } from '@/graphql/errors';
import { useNotices } from '@/common/useNotices';
import { RemoveRuleMutation, SetRuleMutation } from './instrument.graphql';
import { toRuleInput, validateRule, type RuleRow } from './rule-form';

/** Rules per competence, edited row by row: local copies of the rows, their field errors, save and remove. */
export function useScoringRules(instrumentId: () => string, source: Ref<RuleRow[]>) {
  const { t } = useI18n();
  const notices = useNotices();
  const save = useMutation(SetRuleMutation);
  const removal = useMutation(RemoveRuleMutation);
  const rows = reactive<RuleRow[]>([]);
  const errors = reactive<Record<string, Record<string, string>>>({});
  watch(
    source,
    (list) => {
      rows.splice(0, rows.length, ...list.map((r) => ({ ...r })));
      for (const key of Object.keys(errors)) delete errors[key];
    },
    { immediate: true },
  );

  return {
    rows,
    errors,
    sending: save.fetching,
    async save(row: RuleRow): Promise<void> {
      const found = validateRule(row, { range: t('instrument.rules.range'), order: t('instrument.rules.order') });
      errors[row.competenceId] = found;
      if (Object.keys(found).length) return;
      const r = await save.executeMutation({ id: instrumentId(), input: toRuleInput(row) });
      if (r.error) {
        const fields = r.error.graphQLErrors.flatMap((e) => apiFieldErrors(e.extensions));
        if (fields.length) errors[row.competenceId] = Object.fromEntries(fields.map((f) => [f.field, f.message]));
        else notices.fail(r.error);
        return;
      }
      notices.done(t('instrument.rules.saved'));
    },
    async remove(row: RuleRow): Promise<void> {
      if (!row.ruleId) return;
      const r = await removal.executeMutation({ id: row.ruleId });
      if (r.error) notices.fail(r.error);
      else notices.done(t('instrument.rules.removed'));
    },
  };
}
