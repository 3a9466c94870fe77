/** Answers of the fake API for the deficits page specs. */
export const framework = {
  __typename: 'DeficitFrameworkOption',
  id: 'prof',
  code: 'PROF',
  version: 1,
  name: 'Профессиональные компетенции',
  areas: [
    {
      __typename: 'DeficitArea',
      id: 'as',
      code: 'AS',
      name: 'Оценочная',
      competences: [
        { __typename: 'DeficitCompetence', id: 'as2', code: 'AS2', name: 'Подготовка к ГИА и ВПР' },
        { __typename: 'DeficitCompetence', id: 'as3', code: 'AS3', name: 'Функциональная грамотность' },
      ],
    },
  ],
};

export const options = {
  __typename: 'DeficitOptions',
  frameworks: [framework],
  campaigns: [{ __typename: 'DeficitCampaign', id: 'k1', name: 'Мониторинг 2025', frameworkId: 'prof', status: 'CLOSED', closesOn: '2025-10-31' }],
  municipalities: [{ __typename: 'DeficitPlace', id: 'm1', name: 'Подпорожский муниципальный район' }],
  networks: [],
};

const cell = (rowId: string, competenceId: string, assessed: number, deficits: number, proficits: number, meanScore: number) => ({
  __typename: 'HeatmapCell',
  rowId,
  competenceId,
  assessed,
  deficits,
  proficits,
  deficitShare: Math.round((deficits * 1000) / assessed) / 10,
  proficitShare: Math.round((proficits * 1000) / assessed) / 10,
  meanScore,
});

export const heatmap = {
  __typename: 'DeficitHeatmap',
  level: 'ORGANIZATION',
  framework: { __typename: 'DeficitFramework', id: 'prof', name: 'Профессиональные компетенции' },
  campaign: { __typename: 'DeficitCampaign', id: 'k1', name: 'Мониторинг 2025' },
  areas: framework.areas,
  rows: [
    { __typename: 'HeatmapRow', id: 'o1', name: 'СОШ №1', assessed: 4 },
    { __typename: 'HeatmapRow', id: 'o3', name: 'СОШ №3', assessed: 6 },
  ],
  cells: [cell('o1', 'as2', 4, 4, 0, 16.7), cell('o1', 'as3', 4, 1, 0, 58.3), cell('o3', 'as2', 6, 0, 5, 94.4)],
};

export const drill = {
  __typename: 'DeficitHeatmapCell',
  organization: { __typename: 'DeficitPlace', id: 'o1', name: 'СОШ №1' },
  competence: { __typename: 'DeficitCompetence', id: 'as2', code: 'AS2', name: 'Подготовка к ГИА и ВПР' },
  people: [
    { __typename: 'HeatmapCellPerson', personId: 'p1', fullName: 'Павлов Игорь Николаевич', score: 0, level: 'DEFICIT', source: 'SELF', measuredOn: '2025-10-10' },
    { __typename: 'HeatmapCellPerson', personId: 'p2', fullName: 'Соколова Анастасия Игоревна', score: 33.33, level: 'DEFICIT', source: 'SELF', measuredOn: '2025-10-11' },
  ],
};

export const diagnosis = (over: Record<string, unknown> = {}) => ({
  __typename: 'OrganizationSelfDiagnosis',
  id: 'sd1',
  organizationId: 'o1',
  conductedOn: '2025-12-20',
  source: 'ENTERED',
  campaignId: null,
  summary: 'Итоги года',
  archivedAt: null,
  canEdit: true,
  framework: { __typename: 'DeficitFramework', id: 'prof', code: 'PROF', version: 1, name: 'Профессиональные компетенции' },
  entries: [
    {
      __typename: 'SelfDiagnosisEntry',
      id: 'e1',
      level: 'DEFICIT',
      score: null,
      note: 'ВПР',
      competence: { __typename: 'DeficitCompetence', id: 'as2', code: 'AS2', name: 'Подготовка к ГИА и ВПР', areaId: 'as', areaCode: 'AS', areaName: 'Оценочная' },
    },
    {
      __typename: 'SelfDiagnosisEntry',
      id: 'e2',
      level: 'PROFICIT',
      score: null,
      note: '',
      competence: { __typename: 'DeficitCompetence', id: 'as3', code: 'AS3', name: 'Функциональная грамотность', areaId: 'as', areaCode: 'AS', areaName: 'Оценочная' },
    },
  ],
  ...over,
});
