import { describe, expect, it } from 'vitest';
import { emptyModuleForm, emptyProgramForm, emptyTrackForm, movedPosition, toModuleInput, validateModule, validateProgram, validateTrack } from './program-forms';

const m = { required: 'Обязательное поле', hours: 'Часов должно быть больше нуля', months: 'Срок «до» — не меньше срока «от»', modules: 'Выберите хотя бы один модуль' };

describe('programme forms', () => {
  it('checks a programme: title, months from ≤ to', () => {
    expect(validateProgram({ ...emptyProgramForm(), title: ' ', minMonths: 18, maxMonths: 12 }, m)).toEqual({ title: m.required, maxMonths: m.months });
    expect(validateProgram({ ...emptyProgramForm(), title: 'ИКТ-компетенции' }, m)).toEqual({});
  });

  it('checks a module: title, hours above zero, format', () => {
    expect(validateModule({ ...emptyModuleForm(), hours: 0 }, m)).toEqual({ title: m.required, hours: m.hours });
    expect(validateModule({ ...emptyModuleForm(), title: 'Урок', hours: 6, format: null }, m)).toEqual({ format: m.required });
    expect(toModuleInput({ ...emptyModuleForm(), title: ' Урок ', hours: 6, competenceIds: ['c1'] })).toEqual({
      title: 'Урок',
      description: '',
      hours: 6,
      format: 'IN_PERSON',
      audience: '',
      competenceIds: ['c1'],
    });
  });

  it('checks a track: name and at least one module', () => {
    expect(validateTrack(emptyTrackForm(), m)).toEqual({ name: m.required, moduleIds: m.modules });
  });

  it('moves a module one step within the list', () => {
    expect(movedPosition(3, 0, -1)).toBeNull();
    expect(movedPosition(3, 0, 1)).toBe(2);
    expect(movedPosition(3, 2, -1)).toBe(2);
    expect(movedPosition(3, 2, 1)).toBeNull();
  });
});
