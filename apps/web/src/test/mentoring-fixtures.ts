/** API answers shared by the mentoring page specs. */
export const card = (id: string, fullName: string, organizationName = 'МОУ «СОШ №12» г. Воркуты') => ({ __typename: 'PersonCard', id, fullName, organizationName });
export const zhdanova = card('zh', 'Жданова Тамара Михайловна', 'МОУ «СОШ №35 с УИОП» г. Воркуты');
export const filippov = card('fi', 'Филиппов Максим Игоревич');
export const osipova = card('os', 'Осипова Елена Викторовна');

export const session = (id: string, plannedOn: string, held: { on: string; minutes: number; notes: string } | null = null) => ({
  __typename: 'MentorshipSession',
  id,
  plannedOn,
  heldOn: held?.on ?? null,
  format: 'CONSULTATION',
  topic: `Встреча ${plannedOn}`,
  durationMinutes: held?.minutes ?? null,
  notes: held?.notes ?? '',
});

export const program = (canEdit = true) => ({
  __typename: 'MentoringProgram',
  id: 'pr1',
  name: 'Наставничество «Учитель – учитель» в сети школ Воркуты',
  model: 'TEACHER_TO_TEACHER',
  forms: ['TRADITIONAL', 'GROUP'],
  organizationId: null,
  networkId: 'n1',
  coordinatorPersonId: 'os',
  startsOn: '2022-09-26',
  endsOn: null,
  goals: 'Повысить профессиональную компетентность педагогов',
  archivedAt: null,
  canEdit,
  mentorshipCount: 1,
  coordinator: osipova,
});

export const mentorshipRow = (status = 'ACTIVE') => ({
  __typename: 'Mentorship',
  id: 'ms1',
  form: 'TRADITIONAL',
  status,
  shape: 'PAIR',
  startsOn: '2026-09-01',
  endsOn: '2027-05-31',
  program: { __typename: 'MentoringProgram', id: 'pr1', name: program().name },
  mentors: [zhdanova],
  mentees: [filippov],
  sessions: [session('s1', '2026-09-14', { on: '2026-09-14', minutes: 60, notes: 'ИОМ' }), session('s2', '2026-12-09')],
});

export const connection = (typename: string, nodes: unknown[]) => ({
  __typename: typename,
  totalCount: nodes.length,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  nodes,
});

export const profile = (personId: string, person: ReturnType<typeof card>, load: number, capacity: number) => ({
  __typename: 'MentorProfile',
  id: `mp-${personId}`,
  personId,
  types: ['CLASSIC'],
  directions: ['STATE_EXAMS', 'VPR'],
  subjects: ['Математика'],
  strengths: 'Подготовка к ОГЭ',
  capacity,
  available: true,
  load,
  freePlaces: capacity - load,
  person,
});

export const badInput = (field: string, message: string) => ({
  data: null,
  errors: [{ message, extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message }] } }],
});
