import { describe, expect, it } from 'vitest';
import {
  emptyAnswerForm,
  emptySurveyForm,
  isAnswerFormField,
  isSurveyFormField,
  toAnswerInput,
  toCreateSurveyInput,
  validateAnswerForm,
  validateSurveyForm,
} from './survey-form';
import { distributionOption, formatAverage, normalizeDistribution, responseRate } from './survey-results';

const questions = [
  { key: 'q1', type: 'SCALE' as const },
  { key: 'q2', type: 'TEXT' as const },
  { key: 'q3', type: 'SCALE' as const },
];

describe('survey answer form', () => {
  it('asks for a rating of every SCALE question, under `answers.<key>` as the API names it', () => {
    const form = emptyAnswerForm(questions);
    expect(validateAnswerForm(questions, form, { rate: 'Оцените от 1 до 5' })).toEqual({ 'answers.q1': 'Оцените от 1 до 5', 'answers.q3': 'Оцените от 1 до 5' });
    form.answers['q1'] = { scale: 5, text: '' };
    form.answers['q3'] = { scale: 6, text: '' };
    expect(validateAnswerForm(questions, form, { rate: 'r' })).toEqual({ 'answers.q3': 'r' });
    expect(isAnswerFormField('answers.q1')).toBe(true);
  });

  it('sends ratings and trimmed texts; a blank text is left out', () => {
    const form = emptyAnswerForm(questions);
    form.answers['q1'] = { scale: 4, text: '' };
    form.answers['q3'] = { scale: 2, text: '' };
    expect(toAnswerInput('sv1', 'ms1', questions, form)).toEqual({
      surveyId: 'sv1',
      mentorshipId: 'ms1',
      answers: [
        { key: 'q1', scale: 4 },
        { key: 'q3', scale: 2 },
      ],
    });
    form.answers['q2'] = { scale: null, text: '  Больше практики ' };
    expect(toAnswerInput('sv1', 'ms1', questions, form).answers[1]).toEqual({ key: 'q2', text: 'Больше практики' });
  });
});

describe('survey create form', () => {
  it('needs a title and the text of each question', () => {
    const m = { required: 'req', questionsMin: 'min' };
    expect(validateSurveyForm(emptySurveyForm(), m)).toEqual({ title: 'req', 'questions.0.text': 'req', 'questions.1.text': 'req' });
    expect(validateSurveyForm({ title: 'А', isFinal: true, questions: [] }, m)).toEqual({ questions: 'min' });
    expect(isSurveyFormField('questions.1.text')).toBe(true);
  });

  it('trims the input', () => {
    const input = toCreateSurveyInput({ title: ' Итоговая ', isFinal: true, questions: [{ text: ' Польза? ', type: 'SCALE' }] });
    expect(input).toEqual({ title: 'Итоговая', isFinal: true, questions: [{ text: 'Польза?', type: 'SCALE' }] });
  });
});

describe('survey results', () => {
  it('formats averages the Russian way; nothing is a dash', () => {
    expect(formatAverage(4)).toBe('4,0');
    expect(formatAverage(3.666)).toBe('3,7');
    expect(formatAverage(null)).toBe('—');
  });

  it('counts the response rate and pads the distribution to five ratings', () => {
    expect(responseRate(1, 4)).toBe(25);
    expect(responseRate(0, 0)).toBe(0);
    expect(normalizeDistribution([1, 2])).toEqual([1, 2, 0, 0, 0]);
    const option = distributionOption([0, 0, 1, 2, 3], 'ответов');
    expect(option.xAxis.data).toEqual(['1', '2', '3', '4', '5']);
    expect(option.series[0]?.data).toEqual([0, 0, 1, 2, 3]);
  });
});
