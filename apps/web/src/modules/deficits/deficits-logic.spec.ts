import { describe, expect, it } from 'vitest';
import { deficitsEntry } from './deficits-menu';
import {
  byLevel,
  campaignsOf,
  cellColor,
  cellTextColor,
  contrastRatio,
  cellValue,
  comparisonChartOption,
  entryRows,
  formatDelta,
  gridCells,
  groupProfile,
  heatmapInput,
  profileChartOption,
  selfDiagnosisEntries,
  validateSelfDiagnosis,
  type HeatmapCellData,
  type ProfileItem,
} from './deficits-logic';

const cell = (over: Partial<HeatmapCellData> = {}): HeatmapCellData => ({
  rowId: 'r',
  competenceId: 'c',
  assessed: 5,
  deficits: 2,
  proficits: 1,
  deficitShare: 40,
  proficitShare: 20,
  meanScore: 54,
  ...over,
});

describe('heatmap cells', () => {
  it('colours deficits red, proficits green, the mean from red to green; nothing for an empty cell', () => {
    expect(cellColor('deficitShare', cell({ deficitShare: 100 }))).toBe('rgb(211, 47, 47)');
    expect(cellColor('deficitShare', cell({ deficitShare: 0 }))).toBe('rgb(255, 255, 255)');
    expect(cellColor('proficitShare', cell({ proficitShare: 100 }))).toBe('rgb(46, 125, 50)');
    expect(cellColor('meanScore', cell({ meanScore: 20 }))).toMatch(/^rgb\(2\d\d, /);
    expect(cellColor('meanScore', cell({ meanScore: 90 }))).not.toBe(cellColor('meanScore', cell({ meanScore: 20 })));
    expect(cellColor('deficitShare', undefined)).toBeNull();
    expect(cellColor('deficitShare', cell({ assessed: 0 }))).toBeNull();
  });

  it('writes shares with %, the mean without, in Russian number format', () => {
    expect(cellValue('deficitShare', cell({ deficitShare: 33.3 }))).toBe('33,3 %');
    expect(cellValue('meanScore', cell({ meanScore: 64.2 }))).toBe('64,2');
    expect(cellValue('proficitShare', undefined)).toBe('');
    expect(cellTextColor('deficitShare', cell({ deficitShare: 100 }))).toBe('rgb(255, 255, 255)');
    expect(cellTextColor('deficitShare', cell({ deficitShare: 10 }))).toBe('rgb(0, 0, 0)');
    expect(cellTextColor('deficitShare', undefined)).toBe('inherit');
  });

  it('writes every cell in a colour that reads on it (WCAG AA, 4.5:1), whatever the share or the mean', () => {
    for (let v = 0; v <= 100; v += 2.5) {
      for (const c of [cell({ deficitShare: v }), cell({ proficitShare: v }), cell({ meanScore: v })]) {
        for (const metric of ['deficitShare', 'proficitShare', 'meanScore'] as const) {
          expect(contrastRatio(cellTextColor(metric, c), cellColor(metric, c)!)).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });
});

describe('heatmap filters', () => {
  it('asks nothing without a framework; a network wins over a municipality; no municipality means all municipalities', () => {
    expect(heatmapInput({ frameworkId: null, campaignId: 'k', municipalityId: 'm', networkId: null })).toBeNull();
    expect(heatmapInput({ frameworkId: 'f', campaignId: null, municipalityId: 'm', networkId: null })).toEqual({ frameworkId: 'f', campaignId: null, municipalityId: 'm', networkId: null });
    expect(heatmapInput({ frameworkId: 'f', campaignId: 'k', municipalityId: 'm', networkId: 'n' })).toEqual({ frameworkId: 'f', campaignId: 'k', municipalityId: null, networkId: 'n' });
    expect(heatmapInput({ frameworkId: 'f', campaignId: '', municipalityId: '', networkId: '' })).toEqual({ frameworkId: 'f', campaignId: null, municipalityId: null, networkId: null });
  });

  it('offers the campaigns of the chosen framework only', () => {
    const cs = [
      { id: 'a', frameworkId: 'f1' },
      { id: 'b', frameworkId: 'f2' },
    ];
    expect(campaignsOf(cs, 'f2').map((c) => c.id)).toEqual(['b']);
    expect(campaignsOf(cs, null)).toEqual([]);
  });
});

describe('profile', () => {
  const item = (code: string, area: string, score: number, level: ProfileItem['level'], frameworkId = 'f'): ProfileItem => ({
    frameworkId,
    score,
    level,
    competence: { id: code, code, name: `Компетенция ${code}`, areaId: area, areaCode: area, areaName: `Область ${area}` },
  });
  const items = [item('PP2', 'PP', 100, 'PROFICIT'), item('AS2', 'AS', 20, 'DEFICIT'), item('AS3', 'AS', 60, 'NORM'), item('SH1.1', 'SH1', 70, 'NORM', 'g')];

  it('groups the items of one framework by area, in the given order', () => {
    expect(groupProfile(items, 'f').map((a) => [a.areaCode, a.items.map((i) => i.competence.code)])).toEqual([
      ['PP', ['PP2']],
      ['AS', ['AS2', 'AS3']],
    ]);
  });

  it('draws one bar per competence coloured by level, the first on top', () => {
    const o = profileChartOption(groupProfile(items, 'f').flatMap((a) => a.items), (l) => l);
    expect(o.yAxis.data).toEqual(['AS3', 'AS2', 'PP2']);
    expect(o.series[0].data.map((d) => [d.value, d.itemStyle.color])).toEqual([
      [60, '#f9a825'],
      [20, '#d32f2f'],
      [100, '#2e7d32'],
    ]);
    expect(o.series[0].data[1].name).toBe('AS2 Компетенция AS2: 20 % — DEFICIT');
    expect(o.series[0].label.formatter({ value: 33.33 })).toBe('33,3');
  });
});

describe('comparison', () => {
  it('pairs the bars before and after by code; signs the delta', () => {
    const o = comparisonChartOption([{ code: 'AS2', name: 'x', beforeMean: 54, afterMean: 74 }, { code: 'PP2', name: 'y', beforeMean: null }], 'До', 'После');
    expect(o.xAxis.data).toEqual(['AS2', 'PP2']);
    expect(o.series.map((s) => [s.name, s.data])).toEqual([
      ['До', [54, null]],
      ['После', [74, null]],
    ]);
    expect([formatDelta(20), formatDelta(-5.8), formatDelta(0), formatDelta(null)]).toEqual(['+20', '−5,8', '0', '—']);
  });
});

describe('self-diagnostics form', () => {
  const framework = {
    id: 'f',
    areas: [
      { name: 'Оценочная', competences: [{ id: 'as2', code: 'AS2', name: 'ГИА и ВПР' }] },
      { name: 'ИКТ', competences: [{ id: 'it1', code: 'IT1', name: 'ЦОР' }] },
    ],
  };
  const messages = { framework: 'F', date: 'D', entries: 'E' };

  it('has a row for every competence of the framework, keeping the levels given', () => {
    const rows = entryRows(framework, [{ competenceId: 'it1', level: 'PROFICIT', note: 'Точка роста' }]);
    expect(rows.map((r) => [r.code, r.areaName, r.level, r.note])).toEqual([
      ['AS2', 'Оценочная', '', ''],
      ['IT1', 'ИКТ', 'PROFICIT', 'Точка роста'],
    ]);
    expect(entryRows(undefined)).toEqual([]);
  });

  it('needs a framework, a date and at least one marked competence; sends the marked ones only', () => {
    const form = { frameworkId: '', conductedOn: '20.12.2025', summary: '', entries: entryRows(framework) };
    expect(validateSelfDiagnosis(form, messages)).toEqual({ frameworkId: 'F', conductedOn: 'D', entries: 'E' });
    form.frameworkId = 'f';
    form.conductedOn = '2025-12-20';
    form.entries[0].level = 'DEFICIT';
    form.entries[0].note = '  ВПР ';
    expect(validateSelfDiagnosis(form, messages)).toEqual({});
    expect(selfDiagnosisEntries(form)).toEqual([{ competenceId: 'as2', level: 'DEFICIT', note: 'ВПР' }]);
  });

  it('splits entries by level for the card', () => {
    const g = byLevel([{ level: 'DEFICIT' as const }, { level: 'PROFICIT' as const }, { level: 'DEFICIT' as const }]);
    expect([g.DEFICIT.length, g.PROFICIT.length, g.NORM.length]).toEqual([2, 1, 0]);
  });
});

describe('menu', () => {
  const t = (k: string) => k;
  it('opens the heatmap for staff (with before/after), the own profile for a teacher', () => {
    const staff = deficitsEntry(t, true, false);
    expect([staff.to, staff.children?.map((c) => c.key)]).toEqual([{ name: 'deficits-heatmap' }, ['deficits-compare']]);
    const teacher = deficitsEntry(t, false, true);
    expect([teacher.label, teacher.to, teacher.children?.map((c) => c.key)]).toEqual(['deficits.menu', { name: 'deficits-my' }, ['deficits-my']]);
  });
});

describe('gridCells', () => {
  it('reads the grid row by row over the areas’ competences, leaving out the places without a cell', () => {
    const h = {
      rows: [{ id: 'r1' }, { id: 'r2' }],
      areas: [{ competences: [{ id: 'c1' }, { id: 'c2' }] }, { competences: [{ id: 'c3' }] }],
      grid: {
        columns: 3,
        assessed: [2, null, 4, 3, null, null],
        deficits: [0, null, 4, 1, null, null],
        proficits: [2, null, 0, 2, null, null],
        deficitShare: [0, null, 100, 33.3, null, null],
        proficitShare: [100, null, 0, 66.7, null, null],
        meanScore: [50, null, 54, 51, null, null],
      },
    };
    expect(gridCells(h)).toEqual([
      { rowId: 'r1', competenceId: 'c1', assessed: 2, deficits: 0, proficits: 2, deficitShare: 0, proficitShare: 100, meanScore: 50 },
      { rowId: 'r1', competenceId: 'c3', assessed: 4, deficits: 4, proficits: 0, deficitShare: 100, proficitShare: 0, meanScore: 54 },
      { rowId: 'r2', competenceId: 'c1', assessed: 3, deficits: 1, proficits: 2, deficitShare: 33.3, proficitShare: 66.7, meanScore: 51 },
    ]);
  });

  it('gives no cells for an empty heatmap', () => {
    const empty = { columns: 0, assessed: [], deficits: [], proficits: [], deficitShare: [], proficitShare: [], meanScore: [] };
    expect(gridCells({ rows: [], areas: [], grid: empty })).toEqual([]);
  });
});
