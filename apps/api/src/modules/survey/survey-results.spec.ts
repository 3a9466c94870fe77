import { MentorshipSide, SurveyQuestionType } from '@metodset/shared';
import { aggregate, answerProblems } from './survey-results';

const Q = [
  { key: 'q1', text: 'Насколько полезны встречи?', type: SurveyQuestionType.SCALE },
  { key: 'q2', text: 'Что изменить?', type: SurveyQuestionType.TEXT },
];

describe('survey results', () => {
  const mentor = (answers: Record<string, number | string>) => ({ side: MentorshipSide.MENTOR, answers });
  const mentee = (answers: Record<string, number | string>) => ({ side: MentorshipSide.MENTEE, answers });

  it('averages overall and by side, counts the distribution and lists texts without authors', () => {
    const r = aggregate(Q, [
      mentor({ q1: 5, q2: 'Чаще' }),
      mentor({ q1: 4, q2: 'Реже' }),
      mentor({ q1: 4, q2: 'Так же' }),
      mentee({ q1: 3 }),
      mentee({ q1: 4, q2: 'Больше практики' }),
      mentee({ q1: 2, q2: 'Больше встреч' }),
      mentee({ q2: 'Меньше бумаг' }),
    ]);
    expect(r[0]).toMatchObject({ answered: 6, average: 3.67, mentorAverage: 4.33, menteeAverage: 3, distribution: [0, 1, 1, 3, 1], withheld: [], withheldMessage: null });
    expect(r[1]).toMatchObject({ answered: 6, average: null, texts: ['Больше встреч', 'Больше практики', 'Меньше бумаг', 'Реже', 'Так же', 'Чаще'] });
  });

  it('withholds a side with fewer than three answers everywhere: averages, distribution and texts', () => {
    const r = aggregate(Q, [mentor({ q1: 5, q2: 'Чаще' }), mentee({ q1: 1, q2: 'Скучно' }), mentee({ q1: 2, q2: 'Долго' }), mentee({ q1: 3 })]);
    expect(r[0]).toMatchObject({ answered: 3, average: 2, mentorAverage: null, menteeAverage: 2, distribution: [1, 1, 1, 0, 0], withheld: [MentorshipSide.MENTOR] });
    expect(r[0].withheldMessage).toBe('Недостаточно ответов для анонимности');
    // Only two mentees wrote a text: no text of either side is shown.
    expect(r[1]).toMatchObject({ answered: 0, texts: [], withheld: [MentorshipSide.MENTOR, MentorshipSide.MENTEE] });
  });

  it('refuses missing or out-of-range scale answers and unknown questions', () => {
    expect(answerProblems(Q, { q1: 4 })).toEqual([]);
    expect(answerProblems(Q, { q1: 6 })).toEqual([{ field: 'answers.q1', message: 'Оцените от 1 до 5' }]);
    expect(answerProblems(Q, {})).toEqual([{ field: 'answers.q1', message: 'Оцените от 1 до 5' }]);
    expect(answerProblems(Q, { q1: 2, q9: 'x' })).toEqual([{ field: 'answers.q9', message: 'В анкете нет такого вопроса' }]);
  });
});
