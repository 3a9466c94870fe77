import { describe, expect, it } from 'vitest';
import { emptyPersonForm, isPersonFormField, newPositionRow, newQualificationRow, toPersonInput, validatePersonForm } from './person-form';

const messages = { required: 'Обязательное поле', year: () => 'год', email: 'почта', experience: 'стаж', dateOrder: 'порядок дат' };

describe('person form: employment and category histories', () => {
  it('sends the dates of positions and the category history; blanks become null', () => {
    const form = { ...emptyPersonForm(), lastName: 'Иванова', firstName: 'Мария' };
    form.positions.push({ ...newPositionRow(true), organizationId: 'o1', kind: 'TEACHER', startedOn: '2023-09-01' });
    form.qualificationHistory.push({ ...newQualificationRow(), category: 'HIGHEST', assignedOn: '2025-03-01', orderRef: ' ' });
    const input = toPersonInput(form);
    expect(input.positions).toEqual([{ organizationId: 'o1', kind: 'TEACHER', title: null, isMain: true, startedOn: '2023-09-01', endedOn: null }]);
    expect(input.qualificationHistory).toEqual([{ category: 'HIGHEST', assignedOn: '2025-03-01', orderRef: null, validUntil: null }]);
  });

  it('finds dates out of order and missing categories before sending; the API’s keys land on the rows', () => {
    const form = { ...emptyPersonForm(), lastName: 'Иванова', firstName: 'Мария' };
    form.positions.push({ ...newPositionRow(true), organizationId: 'o1', kind: 'TEACHER', startedOn: '2024-09-01', endedOn: '2024-01-01' });
    form.qualificationHistory.push({ ...newQualificationRow(), assignedOn: '2025-03-01', validUntil: '2025-01-01' });
    expect(validatePersonForm(form, messages)).toEqual({
      'positions.0.endedOn': 'порядок дат',
      'qualificationHistory.0.category': 'Обязательное поле',
      'qualificationHistory.0.validUntil': 'порядок дат',
    });
    expect(isPersonFormField('qualificationHistory.1.assignedOn')).toBe(true);
    expect(isPersonFormField('positions.0.startedOn')).toBe(true);
  });
});
