import { describe, expect, it } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '../../test/wait';
import CohortPage from './CohortPage.vue';

type Seen = { operation: string; variables: Record<string, unknown> }[];

const cohort = (canManage: boolean) => ({
  __typename: 'InternshipCohort',
  id: 'k1',
  programId: 'p1',
  title: 'Молодые педагоги, 2026/27 учебный год',
  startsOn: '2026-10-01',
  endsOn: '2027-04-30',
  capacity: 2,
  seated: 0,
  waitlisted: 0,
  completionRule: 'Посещено не меньше 80% занятий',
  illustrative: true,
  canManage,
  trackId: null,
  minAttendancePercent: 80,
  requireFinalProduct: true,
  sessions: [
    { __typename: 'InternshipSession', id: 's1', startsAt: '2026-10-05T07:00:00.000Z', endsAt: '2026-10-05T09:00:00.000Z', topic: 'Замысел урока', place: 'Школа № 2', onlineUrl: null, moduleId: null, masterPersonId: null },
  ],
  removedSessions: [{ __typename: 'InternshipSession', id: 's0', startsAt: '2026-10-01T07:00:00.000Z', topic: 'Перенесённое занятие' }],
  myApplication: null,
  applications: canManage
    ? [
        {
          __typename: 'InternshipApplication',
          id: 'a1',
          cohortId: 'k1',
          cohortTitle: 'Молодые педагоги',
          cohortStartsOn: '2026-10-01',
          cohortEndsOn: '2027-04-30',
          personId: 'x1',
          fullName: 'Иванова Анна Петровна',
          source: 'SELF',
          status: 'APPROVED',
          waitlistPosition: null,
          declineReason: null,
          finalProductTitle: null,
          finalProductUrl: null,
          finalProductStatus: 'ACCEPTED',
          attended: 1,
          sessions: 1,
          attendancePercent: 100,
          completed: true,
          certificateId: 'c1',
          certificateNumber: 'МС-2026-000001',
          certificateStatus: 'VALID',
          createdAt: '2026-09-01T00:00:00.000Z',
        },
      ]
    : [],
});

function api(canManage: boolean, seen: Seen): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'InternshipCohort') return { data: { internshipCohort: cohort(canManage) } };
    if (operation === 'CohortProgramModules') return { data: { internshipProgram: { __typename: 'InternshipProgram', id: 'p1', modules: [], tracks: [] } } };
    if (operation === 'UpdateInternshipSession') return { data: { updateInternshipSession: { __typename: 'InternshipSession', id: 's1', ...(variables['input'] as object), moduleId: null, masterPersonId: null } } };
    if (operation === 'UpdateInternshipCohort')
      return { data: { updateInternshipCohort: { __typename: 'InternshipCohort', id: 'k1', ...(variables['input'] as object), seated: 0, waitlisted: 0, completionRule: 'x' } } };
    if (operation === 'SetInternshipSessionArchived') return { data: { setInternshipSessionArchived: { __typename: 'InternshipSession', id: variables['id'], archivedAt: null } } };
    if (operation === 'RevokeInternshipCertificate')
      return { data: { revokeInternshipCertificate: { __typename: 'InternshipCertificate', id: 'c1', status: 'REVOKED', revokedAt: '2026-12-01T00:00:00.000Z', revokeReason: 'Ошибка' } } };
    if (operation === 'AddInternshipSession') return { data: { addInternshipSession: { __typename: 'InternshipSession', id: 's9', cohortId: 'k1' } } };
    return { data: null };
  };
}

describe('CohortPage: «Добавить занятие»', () => {
  it('is not offered to those who do not run the cohort', async () => {
    const { wrapper } = await mountWithApp(CohortPage, { path: '/internships/cohorts/k1', props: { id: 'k1' }, api: api(false, []) });
    await waitFor(() => expect(wrapper.find('[data-testid="cohort-title"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="cohort-session-add"]').exists()).toBe(false);
  });

  it('opens the session dialog for those who run it, and reloads the cohort after a session is added', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(CohortPage, { path: '/internships/cohorts/k1', props: { id: 'k1' }, api: api(true, seen), global: { stubs: { teleport: true } } });
    await waitFor(() => expect(wrapper.find('[data-testid="cohort-session-add"]').exists()).toBe(true));
    await wrapper.get('[data-testid="cohort-session-add"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="session-form"]').exists()).toBe(true));
    await wrapper.get('[data-testid="field-session-topic"]').setValue('Проектирование урока');
    await wrapper.get('[data-testid="field-session-startsAt"]').setValue('2026-10-05T10:00');
    await wrapper.get('[data-testid="field-session-endsAt"]').setValue('2026-10-05T12:00');
    await wrapper.get('[data-testid="field-session-onlineUrl"]').setValue('https://example.org/room');
    const loads = () => seen.filter((s) => s.operation === 'InternshipCohort').length;
    const before = loads();
    await wrapper.get('[data-testid="session-form"]').trigger('submit');
    await waitFor(() => expect(loads()).toBeGreaterThan(before));
    expect(seen.find((s) => s.operation === 'AddInternshipSession')?.variables).toMatchObject({ input: { cohortId: 'k1', topic: 'Проектирование урока', onlineUrl: 'https://example.org/room', place: null } });
    await waitFor(() => expect(wrapper.find('[data-testid="session-form"]').exists()).toBe(false));
  });
});

describe('CohortPage: editing the cohort and its sessions, revoking a certificate', () => {
  const mount = async (seen: Seen) => {
    const m = await mountWithApp(CohortPage, { path: '/internships/cohorts/k1', props: { id: 'k1' }, api: api(true, seen), global: { stubs: { teleport: true } } });
    await waitFor(() => expect(m.wrapper.find('[data-testid="cohort-edit"]').exists()).toBe(true));
    return m.wrapper;
  };

  it('hides the edit, remove and revoke actions from those who do not run the cohort', async () => {
    const { wrapper } = await mountWithApp(CohortPage, { path: '/internships/cohorts/k1', props: { id: 'k1' }, api: api(false, []) });
    await waitFor(() => expect(wrapper.find('[data-testid="cohort-title"]').exists()).toBe(true));
    for (const id of ['cohort-edit', 'cohort-session-edit', 'cohort-session-remove', 'cohort-session-restore', 'cohort-certificate-revoke']) expect(wrapper.find(`[data-testid="${id}"]`).exists()).toBe(false);
  });

  it('edits the cohort in the dialog filled with its values (the programme stays)', async () => {
    const seen: Seen = [];
    const wrapper = await mount(seen);
    await wrapper.get('[data-testid="cohort-edit"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="cohort-form"]').exists()).toBe(true));
    expect((wrapper.get('[data-testid="field-cohort-capacity"]').element as HTMLInputElement).value).toBe('2');
    await wrapper.get('[data-testid="field-cohort-capacity"]').setValue('4');
    await wrapper.get('[data-testid="cohort-form"]').trigger('submit');
    await waitFor(() => expect(seen.some((s) => s.operation === 'UpdateInternshipCohort')).toBe(true));
    const sent = seen.find((s) => s.operation === 'UpdateInternshipCohort')!.variables;
    expect(sent).toMatchObject({ id: 'k1', input: { title: 'Молодые педагоги, 2026/27 учебный год', capacity: 4, startsOn: '2026-10-01', endsOn: '2027-04-30', minAttendancePercent: 80, requireFinalProduct: true } });
    expect(sent['input']).not.toHaveProperty('programId');
  });

  it('edits a session in the dialog filled with its values, and brings a removed session back', async () => {
    const seen: Seen = [];
    const wrapper = await mount(seen);
    await wrapper.get('[data-testid="cohort-session-edit"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="session-form"]').exists()).toBe(true));
    expect((wrapper.get('[data-testid="field-session-topic"]').element as HTMLInputElement).value).toBe('Замысел урока');
    await wrapper.get('[data-testid="field-session-topic"]').setValue('Замысел и цели урока');
    await wrapper.get('[data-testid="session-form"]').trigger('submit');
    await waitFor(() => expect(seen.some((s) => s.operation === 'UpdateInternshipSession')).toBe(true));
    const sent = seen.find((s) => s.operation === 'UpdateInternshipSession')!.variables;
    expect(sent).toMatchObject({ id: 's1', input: { topic: 'Замысел и цели урока', place: 'Школа № 2', startsAt: '2026-10-05T07:00:00.000Z' } });
    expect(sent['input']).not.toHaveProperty('cohortId');

    await wrapper.get('[data-testid="cohort-session-restore"]').trigger('click');
    await waitFor(() => expect(seen.find((s) => s.operation === 'SetInternshipSessionArchived')?.variables).toEqual({ id: 's0', archived: false }));
  });

  it('revokes a certificate only with a reason', async () => {
    const seen: Seen = [];
    const wrapper = await mount(seen);
    await wrapper.get('[data-testid="cohort-certificate-revoke"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="revoke-form"]').exists()).toBe(true));
    await wrapper.get('[data-testid="revoke-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.get('[data-testid="revoke-error"]').text()).toBe('Укажите причину отзыва'));
    expect(seen.some((s) => s.operation === 'RevokeInternshipCertificate')).toBe(false);
    await wrapper.get('[data-testid="revoke-reason"]').setValue('Выдан ошибочно');
    await wrapper.get('[data-testid="revoke-form"]').trigger('submit');
    await waitFor(() => expect(seen.find((s) => s.operation === 'RevokeInternshipCertificate')?.variables).toEqual({ input: { certificateId: 'c1', reason: 'Выдан ошибочно' } }));
  });
});
