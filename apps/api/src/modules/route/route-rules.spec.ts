import { CompetenceLevel, RouteStatus, RouteStepKind, RouteStepStatus } from '@metodset/shared';
import { checkEvidenceFile, coverWithMentors, effectiveness, linkedProposals, openSteps, reorder, routeProgress, routeTransitionProblem, sharedRoute, stepDateProblems, stepStatusProblem } from './route-rules';

describe('route rules', () => {
  it('allows only the flow draft → on approval → approved → in progress → completed, and returns for rework', () => {
    expect(routeTransitionProblem(RouteStatus.DRAFT, RouteStatus.ON_APPROVAL)).toBeNull();
    expect(routeTransitionProblem(RouteStatus.ON_APPROVAL, RouteStatus.RETURNED)).toBeNull();
    expect(routeTransitionProblem(RouteStatus.RETURNED, RouteStatus.ON_APPROVAL)).toBeNull();
    expect(routeTransitionProblem(RouteStatus.APPROVED, RouteStatus.IN_PROGRESS)).toBeNull();
    expect(routeTransitionProblem(RouteStatus.DRAFT, RouteStatus.APPROVED)).toBe('Нельзя перевести маршрут из состояния «Черновик» в «Утверждён»');
    expect(routeTransitionProblem(RouteStatus.COMPLETED, RouteStatus.IN_PROGRESS)).not.toBeNull();
  });

  it('computes progress from the non-cancelled steps', () => {
    const s = (...statuses: RouteStepStatus[]) => statuses.map((status) => ({ status }));
    expect(routeProgress([])).toBe(0);
    expect(routeProgress(s(RouteStepStatus.DONE, RouteStepStatus.PLANNED, RouteStepStatus.IN_PROGRESS))).toBe(33);
    expect(routeProgress(s(RouteStepStatus.DONE, RouteStepStatus.CANCELLED))).toBe(100);
    expect(routeProgress(s(RouteStepStatus.CANCELLED))).toBe(0);
    expect(openSteps(s(RouteStepStatus.DONE, RouteStepStatus.PLANNED, RouteStepStatus.CANCELLED, RouteStepStatus.IN_PROGRESS))).toHaveLength(2);
  });

  it('keeps step dates inside the period and asks for the date a step was done', () => {
    const period = { startsOn: '2026-01-01', endsOn: '2026-06-30' };
    expect(stepDateProblems(period, { startsOn: '2026-02-01', endsOn: '2026-03-01' })).toEqual([]);
    expect(stepDateProblems(period, { startsOn: '2025-12-31', endsOn: '2026-07-01' }).map((p) => p.field)).toEqual(['startsOn', 'endsOn']);
    expect(stepDateProblems(period, { startsOn: '2026-03-01', endsOn: '2026-02-01' })).toEqual([{ field: 'endsOn', message: 'Окончание не может быть раньше начала' }]);
    expect(stepStatusProblem(period, RouteStepStatus.DONE, null, '2026-03-01')?.field).toBe('completedOn');
    expect(stepStatusProblem(period, RouteStepStatus.DONE, '2026-03-02', '2026-03-01')?.message).toBe('Дата выполнения не может быть в будущем');
    expect(stepStatusProblem(period, RouteStepStatus.DONE, '2025-03-02', '2026-03-01')?.message).toBe('Шаг не может быть выполнен раньше начала маршрута');
    expect(stepStatusProblem(period, RouteStepStatus.CANCELLED, null, '2026-03-01')).toBeNull();
  });

  it('says whether a deficit closed', () => {
    const row = { competenceId: 'c', code: 'SH2.1', name: 'x', afterMeasuredOn: null, afterCampaignName: null };
    expect(effectiveness({ ...row, beforeScore: 30, beforeLevel: CompetenceLevel.DEFICIT, afterScore: 72.5, afterLevel: CompetenceLevel.NORM })).toMatchObject({ delta: 42.5, deficitClosed: true });
    expect(effectiveness({ ...row, beforeScore: 30, beforeLevel: CompetenceLevel.DEFICIT, afterScore: 35, afterLevel: CompetenceLevel.DEFICIT })).toMatchObject({ delta: 5, deficitClosed: false });
    expect(effectiveness({ ...row, beforeScore: 60, beforeLevel: CompetenceLevel.NORM, afterScore: 70, afterLevel: CompetenceLevel.NORM })).toMatchObject({ delta: 10, deficitClosed: null });
    expect(effectiveness({ ...row, beforeScore: null, beforeLevel: null, afterScore: null, afterLevel: null })).toMatchObject({ delta: null, deficitClosed: null });
  });

  it('checks evidence files by name, content and size', async () => {
    const pdf = Buffer.from('%PDF-1.7 test\n%%EOF\n').toString('base64');
    expect(await checkEvidenceFile('report.pdf', pdf)).toMatchObject({ type: 'application/pdf' });
    expect(await checkEvidenceFile('report', pdf)).toMatchObject({ field: 'fileName' });
    expect(await checkEvidenceFile('report.exe', pdf)).toMatchObject({ field: 'fileName' });
    expect(await checkEvidenceFile('photo.png', pdf)).toEqual({ field: 'contentBase64', message: 'Содержимое файла не похоже на PNG' });
    expect(await checkEvidenceFile('report.pdf', '')).toEqual({ field: 'contentBase64', message: 'Файл пуст' });
  });

  it('reorders steps and covers competences with few mentors', () => {
    expect(reorder(['a', 'b', 'c'], 'c', 0)).toEqual(['c', 'a', 'b']);
    expect(reorder(['a', 'b', 'c'], 'a', 99)).toEqual(['b', 'c', 'a']);
    const m = (personId: string, covers: string[]) => ({ personId, name: personId, covers, freePlaces: 1 });
    const { chosen, uncovered } = coverWithMentors(['x', 'y', 'z', 'w'], [m('a', ['x']), m('b', ['x', 'y']), m('c', ['z'])]);
    expect(chosen.map((c) => [c.mentor.personId, c.competenceIds])).toEqual([
      ['b', ['x', 'y']],
      ['c', ['z']],
    ]);
    expect(uncovered).toEqual(['w']);
  });

  it('shares a route as its progress and products: done steps with their result and evidence, nothing else', () => {
    const step = (id: string, status: RouteStepStatus) => ({
      id,
      kind: RouteStepKind.OPEN_LESSON,
      title: `Шаг ${id}`,
      status,
      completedOn: status === RouteStepStatus.DONE ? '2026-10-01' : null,
      reflection: 'Получилось',
      evidenceUrl: 'https://example.org/x',
      evidenceFileName: null,
    });
    const route = { id: 'r', title: 'ИОМ', status: RouteStatus.IN_PROGRESS, startsOn: '2026-09-01', endsOn: '2027-05-31', sharedInNetwork: true, goal: 'личное', campaignId: 'c' };
    const shared = sharedRoute(route, [step('a', RouteStepStatus.DONE), step('b', RouteStepStatus.PLANNED), step('c', RouteStepStatus.CANCELLED)]);
    expect(shared).toEqual({
      id: 'r',
      title: 'ИОМ',
      status: RouteStatus.IN_PROGRESS,
      startsOn: '2026-09-01',
      endsOn: '2027-05-31',
      sharedInNetwork: true,
      progress: 50,
      products: [{ stepId: 'a', kind: RouteStepKind.OPEN_LESSON, title: 'Шаг a', completedOn: '2026-10-01', result: 'Получилось', evidenceUrl: 'https://example.org/x', evidenceFileName: null }],
    });
  });

  it('proposes events and modules for the targeted competences they develop, by code, with the reason in words', () => {
    const targets = [
      { id: 'c1', code: 'SH2.1', name: 'Постановка задачи' },
      { id: 'c2', code: 'SH3.3', name: 'Мотивация' },
    ];
    const out = linkedProposals(
      targets,
      [
        { eventId: 'e1', title: 'Семинар', startsOn: '2026-10-12', endsOn: '2026-10-12', series: false, competenceCodes: ['SH2.1', 'SH3.3'] },
        { eventId: 'e2', title: 'Серия', startsOn: '2026-10-01', endsOn: '2026-10-01', series: true, competenceCodes: ['SH3.3'] },
        { eventId: 'e3', title: 'Не про то', startsOn: '2026-10-01', endsOn: '2026-10-01', series: false, competenceCodes: ['X'] },
        { eventId: 'e4', title: 'После маршрута', startsOn: '2027-10-01', endsOn: '2027-10-01', series: false, competenceCodes: ['SH2.1'] },
      ],
      [{ moduleId: 'm1', title: 'Приёмы', hours: 12, programTitle: 'Программа', cohortId: 'k1', cohortStartsOn: '2026-11-01', cohortEndsOn: '2026-12-01', competenceCodes: ['SH3.3'] }],
      { startsOn: '2026-09-01', endsOn: '2027-05-31' },
    );
    expect(out).toEqual([
      { kind: RouteStepKind.EVENT, title: 'Мероприятие: Семинар', competenceIds: ['c1', 'c2'], reason: 'развивает: Постановка задачи; Мотивация', startsOn: '2026-10-12', endsOn: '2026-10-12', eventId: 'e1', internshipModuleId: null, internshipCohortId: null },
      { kind: RouteStepKind.EVENT, title: 'Мероприятие: Серия', competenceIds: ['c2'], reason: 'развивает: Мотивация', startsOn: null, endsOn: null, eventId: 'e2', internshipModuleId: null, internshipCohortId: null },
      { kind: RouteStepKind.EVENT, title: 'Мероприятие: После маршрута', competenceIds: ['c1'], reason: 'развивает: Постановка задачи', startsOn: null, endsOn: null, eventId: 'e4', internshipModuleId: null, internshipCohortId: null },
      {
        kind: RouteStepKind.INTERNSHIP_MODULE,
        title: 'Модуль стажировки: Приёмы (12 ч, «Программа»)',
        competenceIds: ['c2'],
        reason: 'развивает: Мотивация',
        startsOn: '2026-11-01',
        endsOn: '2026-12-01',
        eventId: null,
        internshipModuleId: 'm1',
        internshipCohortId: 'k1',
      },
    ]);
  });
});
