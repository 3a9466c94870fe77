import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import SurveyResultsPanel from './SurveyResultsPanel.vue';
import { waitFor } from '../../test/wait';

enableAutoUnmount(afterEach);

const question = (over: Record<string, unknown>) => ({
  __typename: 'SurveyQuestionResult',
  answered: 0,
  average: null,
  mentorAverage: null,
  menteeAverage: null,
  distribution: [0, 0, 0, 0, 0],
  texts: [],
  withheld: [],
  withheldMessage: null,
  ...over,
});

const api: FakeApi = (operation) =>
  operation === 'SurveyResults'
    ? {
        data: {
          surveyResults: {
            __typename: 'SurveyResults',
            respondents: 4,
            expected: 6,
            anonymityThreshold: 3,
            questions: [
              question({ key: 'q1', text: 'Польза встреч', type: 'SCALE', answered: 3, average: 4, menteeAverage: 4, distribution: [0, 0, 1, 1, 1], withheld: ['MENTOR'], withheldMessage: 'Недостаточно ответов для анонимности' }),
              question({ key: 'q2', text: 'Что изменить?', type: 'TEXT', withheld: ['MENTOR', 'MENTEE'], withheldMessage: 'Недостаточно ответов для анонимности' }),
            ],
          },
        },
      }
    : { data: null };

describe('SurveyResultsPanel', () => {
  it('says which side is withheld for anonymity instead of showing its answers', async () => {
    const { wrapper } = await mountWithApp(SurveyResultsPanel, { path: '/', api, props: { surveyId: 'sv1' } });
    await waitFor(() => expect(wrapper.findAll('[data-testid="survey-question-result"]')).toHaveLength(2));
    const notes = wrapper.findAll('[data-testid="survey-withheld"]').map((n) => n.text());
    expect(notes[0]).toBe('Недостаточно ответов для анонимности: ответы (наставники) покажем, когда их будет не меньше 3');
    expect(notes[1]).toContain('наставники, наставляемые');
    expect(wrapper.find('[data-testid="survey-text"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="survey-average"]').text()).toBe('4,0');
    expect(wrapper.text()).not.toContain('Ответов пока нет');
  });
});
