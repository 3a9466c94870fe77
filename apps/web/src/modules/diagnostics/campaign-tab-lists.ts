import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { CompetenceLevel, ParticipantOrderField, ResultOrderField } from '@/gql/graphql';
import type { ListCodec } from '@/common/list/list-query';
import { queryString } from '@/common/format';

/**
 * The two lists of a campaign's card share its URL: each has its own key prefix (`p_` participants, `r_` results),
 * so their page, order and filters never fight, and the card's `tab` stays.
 */
export const PARTICIPANTS_PREFIX = 'p_';
export const RESULTS_PREFIX = 'r_';

export interface ParticipantListState {
  search: string | null;
}
export const participantListCodec: ListCodec<ParticipantListState, ParticipantOrderField> = {
  parse: (q: LocationQuery) => ({ search: queryString(q['q']) }),
  serialize: (s): LocationQueryRaw => (s.search ? { q: s.search } : {}),
  sortFields: ['NAME', 'ORGANIZATION', 'SELF_STATUS', 'EXPERT_STATUS'],
  defaultSort: { field: 'NAME', direction: 'ASC' },
};

const LEVELS: readonly CompetenceLevel[] = ['DEFICIT', 'NORM', 'PROFICIT'];
export interface ResultListState {
  search?: null;
  competenceId: string | null;
  level: CompetenceLevel | null;
}
export const resultListCodec: ListCodec<ResultListState, ResultOrderField> = {
  parse: (q: LocationQuery) => {
    const level = queryString(q['level']);
    return { competenceId: queryString(q['competence']), level: level && (LEVELS as readonly string[]).includes(level) ? (level as CompetenceLevel) : null };
  },
  serialize: (s): LocationQueryRaw => ({ ...(s.competenceId ? { competence: s.competenceId } : {}), ...(s.level ? { level: s.level } : {}) }),
  sortFields: ['NAME', 'ORGANIZATION'],
  defaultSort: { field: 'NAME', direction: 'ASC' },
};
