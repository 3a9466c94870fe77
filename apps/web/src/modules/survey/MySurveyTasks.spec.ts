import { afterEach, describe, expect, it, vi } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import MySurveyTasks from './MySurveyTasks.vue';
import { waitFor } from '../../test/wait';

enableAutoUnmount(afterEach);
afterEach(() => vi.restoreAllMocks());

type Seen = { operation: string; variables: Record<string, unknown> }[];

const survey = {
  __typename: 'Survey',
  id: 'sv1',
  programId: 'pr1',
  title: 'Промежуточная анкета',
  isFinal: false,
  closedAt: null,
  questions: [
    { __typename: 'SurveyQuestion', key: 'q1', text: 'Польза встреч', type: 'SCALE' },
    { __typename: 'SurveyQuestion', key: 'q2', text: 'Что изменить?', type: 'TEXT' },
  ],
};

const card = (id: string, fullName: string, organizationName: string) => ({ __typename: 'PersonCard', id, fullName, organizationName });
const task = (mentorshipId: string, mentee: string) => ({
  __typename: 'SurveyTask',
  mentorshipId,
  programName: 'Воркута',
  survey,
  mentorship: {
    __typename: 'Mentorship',
    id: mentorshipId,
    mentors: [card('p1', 'Жданова Елена Андреевна', 'МБОУ «СОШ №35»')],
    mentees: [card(`m-${mentorshipId}`, mentee, 'МБОУ «СОШ №12»')],
    menteeOrganization: null,
  },
});

function api(seen: Seen, tasks = [task('ms1', 'Филиппов Иван Петрович')]): FakeApi {
  let answered = false;
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'MySurveyTasks') return { data: { mySurveyTasks: answered ? [] : tasks } };
    if (operation === 'AnswerSurvey') {
      answered = true;
      return { data: { answerSurvey: { __typename: 'Survey', id: 'sv1' } } };
    }
    return { data: null };
  };
}

describe('MySurveyTasks', () => {
  it('asks for the rating, sends the answers and drops the answered task', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(MySurveyTasks, { path: '/my/mentorships', api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="survey-task"]')).toHaveLength(1));
    expect(wrapper.get('[data-testid="survey-task-title"]').text()).toBe('Промежуточная анкета');
    await wrapper.get('[data-testid="survey-answer"]').trigger('click');
    await wrapper.get('[data-testid="survey-answer-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.get('[data-testid="error-answers.q1"]').text()).toBe('Оцените от 1 до 5'));
    expect(seen.some((s) => s.operation === 'AnswerSurvey')).toBe(false);

    const four = wrapper.get('[data-testid="field-answers.q1"]').findAll('button').find((b) => b.text() === '4');
    await four?.trigger('click');
    await wrapper.get('[data-testid="field-answers.q2"]').setValue(' Больше практики ');
    await wrapper.get('[data-testid="survey-answer-form"]').trigger('submit');
    await waitFor(() => expect(seen.some((s) => s.operation === 'AnswerSurvey')).toBe(true));
    expect(seen.find((s) => s.operation === 'AnswerSurvey')?.variables['input']).toEqual({
      surveyId: 'sv1',
      mentorshipId: 'ms1',
      answers: [
        { key: 'q1', scale: 4 },
        { key: 'q2', text: 'Больше практики' },
      ],
    });
    await waitFor(() => expect(wrapper.find('[data-testid="survey-task"]').exists()).toBe(false));
  });

  it('asks before a menu click loses answers typed but not sent', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { wrapper, router } = await mountWithApp(MySurveyTasks, { path: '/my/mentorships', api: api([]) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="survey-task"]')).toHaveLength(1));
    await wrapper.get('[data-testid="survey-answer"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="survey-answer-form"]').exists()).toBe(true));
    // An opened, untouched form lets the menu work.
    await router.push('/organizations');
    expect(confirm).not.toHaveBeenCalled();

    await wrapper.get('[data-testid="field-answers.q2"]').setValue('Больше практики');
    await router.push('/my/mentorships');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(router.currentRoute.value.path).toBe('/organizations');
    expect((wrapper.get('[data-testid="field-answers.q2"]').element as HTMLTextAreaElement).value).toBe('Больше практики');
  });

  it('names the pair of each task, so two tasks of one questionnaire are told apart', async () => {
    const { wrapper } = await mountWithApp(MySurveyTasks, { path: '/my/mentorships', api: api([], [task('ms1', 'Филиппов Иван Петрович'), task('ms2', 'Осипова Анна Сергеевна')]) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="survey-task"]')).toHaveLength(2));
    expect(wrapper.findAll('[data-testid="survey-task-pair"]').map((w) => w.text())).toEqual([
      'Жданова Елена Андреевна — Филиппов Иван Петрович, МБОУ «СОШ №12»',
      'Жданова Елена Андреевна — Осипова Анна Сергеевна, МБОУ «СОШ №12»',
    ]);
  });
});
