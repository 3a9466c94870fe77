import { describe, expect, it } from 'vitest';
import { formatScore, resultColumns, resultRows } from './results-table';

const result = (code: string, score: number, level: 'DEFICIT' | 'NORM' | 'PROFICIT') => ({
  __typename: 'CompetenceResult' as const,
  competenceId: code,
  competenceCode: code,
  competenceName: `Компетенция ${code}`,
  score,
  level,
  source: 'COMBINED' as const,
  measuredOn: '2022-04-02',
});
const node = (id: string, fullName: string, results: ReturnType<typeof result>[]) => ({
  __typename: 'DiagnosticPersonResults' as const,
  participant: { __typename: 'DiagnosticParticipant' as const, id, personId: `person-${id}`, fullName, organizationName: 'МОУ «СОШ №12»' },
  results,
});

describe('results table', () => {
  const nodes = [node('a', 'Игнатюк С. В.', [result('SH4.2', 31.25, 'DEFICIT'), result('SH1.10', 90, 'PROFICIT')]), node('b', 'Жданова Т. М.', [result('SH1.2', 75, 'NORM')])];

  it('makes a column per competence met on the page, in natural code order', () => {
    expect(resultColumns(nodes).map((c) => c.code)).toEqual(['SH1.2', 'SH1.10', 'SH4.2']);
  });

  it('makes a row per person with results by code, and formats scores in Russian', () => {
    const rows = resultRows(nodes);
    expect(rows.map((r) => [r.fullName, Object.keys(r.byCode)])).toEqual([
      ['Игнатюк С. В.', ['SH4.2', 'SH1.10']],
      ['Жданова Т. М.', ['SH1.2']],
    ]);
    expect(rows[0].byCode['SH4.2'].level).toBe('DEFICIT');
    expect(formatScore(31.25)).toBe('31,3');
    expect(formatScore(100)).toBe('100');
  });
});
