import {
  MENTOR_DIRECTION_LABELS,
  MENTOR_TYPE_LABELS,
  MENTORING_FORM_LABELS,
  MENTORING_MODEL_LABELS,
  MENTORSHIP_STATUS_LABELS,
  SESSION_FORMAT_LABELS,
} from '@metodset/shared';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Option } from '@/common/useEnumLabels';
import { loadLevel, type MentorLoadLike } from './mentor-load';
import type { MentorDirection, MentoringForm, MentoringModel, MentorshipStatus, MentorType, SessionFormat } from '@/gql/graphql';

export const MENTORING_MODELS = Object.keys(MENTORING_MODEL_LABELS) as MentoringModel[];
export const MENTORING_FORMS = Object.keys(MENTORING_FORM_LABELS) as MentoringForm[];
export const MENTOR_TYPES = Object.keys(MENTOR_TYPE_LABELS) as MentorType[];
export const MENTOR_DIRECTIONS = Object.keys(MENTOR_DIRECTION_LABELS) as MentorDirection[];
export const MENTORSHIP_STATUSES = Object.keys(MENTORSHIP_STATUS_LABELS) as MentorshipStatus[];
/** What the API's `shape` may be. */
const SHAPES: readonly string[] = ['PAIR', 'TRIAD', 'GROUP'];
export const SESSION_FORMATS = Object.keys(SESSION_FORMAT_LABELS) as SessionFormat[];

/** Labels of the mentoring enums (from @metodset/shared, through i18n) and select options built from them. */
export function useMentoringLabels() {
  const { t } = useI18n();
  const model = (v: MentoringModel) => t(`enums.mentoringModel.${v}`);
  const form = (v: MentoringForm) => t(`enums.mentoringForm.${v}`);
  const type = (v: MentorType) => t(`enums.mentorType.${v}`);
  const direction = (v: MentorDirection) => t(`enums.mentorDirection.${v}`);
  const status = (v: MentorshipStatus) => t(`enums.mentorshipStatus.${v}`);
  const sessionFormat = (v: SessionFormat) => t(`enums.sessionFormat.${v}`);
  /** PAIR, TRIAD or GROUP. */
  const shape = (v: string) => (SHAPES.includes(v) ? t(`mentoring.shape.${v}`) : v);
  /** «Наставническая пара». */
  const shapeTitle = (v: string) => t(`mentoring.shapeTitle.${SHAPES.includes(v) ? v : 'GROUP'}`);
  /** «занято 2 из 3». */
  const load = (m: Pick<MentorLoadLike, 'load' | 'capacity'>) => t('mentoring.mentor.load', { load: m.load, capacity: m.capacity });
  /** «1 свободное место», «нет свободных мест», «не принимает наставляемых». */
  const free = (m: MentorLoadLike) => (loadLevel(m) === 'unavailable' ? t('mentoring.mentor.unavailable') : t('mentoring.mentor.free', Math.max(m.freePlaces, 0)));
  const options = <T extends string>(values: readonly T[], label: (v: T) => string) =>
    computed<Option<T>[]>(() => values.map((value) => ({ value, label: label(value) })));

  return {
    model,
    form,
    type,
    direction,
    status,
    sessionFormat,
    shape,
    shapeTitle,
    load,
    free,
    modelOptions: options(MENTORING_MODELS, model),
    formOptions: options(MENTORING_FORMS, form),
    typeOptions: options(MENTOR_TYPES, type),
    directionOptions: options(MENTOR_DIRECTIONS, direction),
    sessionFormatOptions: options(SESSION_FORMATS, sessionFormat),
  };
}
