/** A number of a dashboard that opens the rows behind it (the same period, subject and scope as the number). */
export enum DashboardMetric {
  TEACHERS = 'TEACHERS',
  IN_MENTORING = 'IN_MENTORING',
  MENTORS = 'MENTORS',
  MENTEES = 'MENTEES',
  PAIRS = 'PAIRS',
  PAIRS_ACTIVE = 'PAIRS_ACTIVE',
  COHORTS = 'COHORTS',
  INTERNS = 'INTERNS',
  INTERNSHIPS_COMPLETED = 'INTERNSHIPS_COMPLETED',
  EVENTS = 'EVENTS',
  PARTICIPANTS = 'PARTICIPANTS',
  VISITS = 'VISITS',
}

/** What a row behind a dashboard number is. */
export enum DashboardRowKind {
  PERSON = 'PERSON',
  MENTORSHIP = 'MENTORSHIP',
  COHORT = 'COHORT',
  EVENT = 'EVENT',
  VISIT = 'VISIT',
}

export const DASHBOARD_METRIC_LABELS: Record<DashboardMetric, string> = {
  [DashboardMetric.TEACHERS]: 'Педагоги',
  [DashboardMetric.IN_MENTORING]: 'В наставничестве',
  [DashboardMetric.MENTORS]: 'Наставники',
  [DashboardMetric.MENTEES]: 'Наставляемые',
  [DashboardMetric.PAIRS]: 'Пары и группы',
  [DashboardMetric.PAIRS_ACTIVE]: 'Активные пары',
  [DashboardMetric.COHORTS]: 'Потоки стажировок',
  [DashboardMetric.INTERNS]: 'Стажёры',
  [DashboardMetric.INTERNSHIPS_COMPLETED]: 'Завершили стажировку',
  [DashboardMetric.EVENTS]: 'Мероприятия',
  [DashboardMetric.PARTICIPANTS]: 'Участники мероприятий',
  [DashboardMetric.VISITS]: 'Посещения',
};

/** The kind of rows each number counts. */
export const DASHBOARD_METRIC_ROWS: Record<DashboardMetric, DashboardRowKind> = {
  [DashboardMetric.TEACHERS]: DashboardRowKind.PERSON,
  [DashboardMetric.IN_MENTORING]: DashboardRowKind.PERSON,
  [DashboardMetric.MENTORS]: DashboardRowKind.PERSON,
  [DashboardMetric.MENTEES]: DashboardRowKind.PERSON,
  [DashboardMetric.PAIRS]: DashboardRowKind.MENTORSHIP,
  [DashboardMetric.PAIRS_ACTIVE]: DashboardRowKind.MENTORSHIP,
  [DashboardMetric.COHORTS]: DashboardRowKind.COHORT,
  [DashboardMetric.INTERNS]: DashboardRowKind.PERSON,
  [DashboardMetric.INTERNSHIPS_COMPLETED]: DashboardRowKind.PERSON,
  [DashboardMetric.EVENTS]: DashboardRowKind.EVENT,
  [DashboardMetric.PARTICIPANTS]: DashboardRowKind.PERSON,
  [DashboardMetric.VISITS]: DashboardRowKind.VISIT,
};
