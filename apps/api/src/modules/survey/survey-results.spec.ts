import { MentorshipSide, SurveyQuestionType } from '@metodset/shared';
import { aggregate, answerProblems } from './survey-results';

const Q = [
  { key: 'q1', text: 'Насколько полезны встречи?', type: SurveyQuestionType.SCALE },
  { key: 'q2', text: 'Что изменить?', type: SurveyQuestionType.TEXT },
];

describe('survey results', () => {
  it('averages overall and by side, counts the distribution and lists texts without authors', () => {
    const r = aggregate(Q, [
      { side: MentorshipSide.MENTOR, answers: { q1: 5, q2: 'Чаще' } },
      { side: MentorshipSide.MENTEE, answers: { q1: 3 } },
      { side: MentorshipSide.MENTEE, answers: { q1: 4, q2: 'Больше практики' } },
    ]);
    expect(r[0]).toMatchObject({ answered: 3, average: 4, mentorAverage: 5, menteeAverage: 3.5, distribution: [0, 0, 1, 1, 1] });
    expect(r[1]).toMatchObject({ answered: 2, average: null, texts: ['Больше практики', 'Чаще'] });
  });

  it('refuses missing or out-of-range scale answers and unknown questions', () => {
    expect(answerProblems(Q, { q1: 4 })).toEqual([]);
    expect(answerProblems(Q, { q1: 6 })).toEqual([{ field: 'answers.q1', message: 'Оцените от 1 до 5' }]);
    expect(answerProblems(Q, {})).toEqual([{ field: 'answers.q1', message: 'Оцените от 1 до 5' }]);
    expect(answerProblems(Q, { q1: 2, q9: 'x' })).toEqual([{ field: 'answers.q9', message: 'В анкете нет такого вопроса' }]);
  });
});
