/**
 * Seed 003 (Воркута), roadmap item 4: «Организация перекрестных проверок диагностических работ учащихся 9-х и 11-х
 * классов в ходе подготовки к ГИА» — 9 класс 23.01.2023–28.01.2023, 11 класс 13.02.2023–18.02.2023; responsible «Заместители
 * директора МОУ «СОШ №35 с УИОП» г. Воркуты и МОУ «СОШ №12» г. Воркуты»; participants «Учителя- предметники …»; result
 * «Повышение объективности результатов проверки». Kept as stated: the two schools check each other's papers (an exchange,
 * two directions). The seed names no experts and gives no protocol: the real cross-checks get NONE (nothing invented is
 * attached to the real schools). A separate cross-check between fictional schools of «Будем дружить школами»
 * (illustrative event, experts and protocol) shows the protocol of discrepancies.
 */
export interface DemoCrossCheck {
  key: string;
  title: string;
  startsOn: string;
  endsOn: string;
  host: { networkKey: string } | { organizationKey: string };
  organizerKeys: string[];
  responsibleNote: string;
  audience: string;
  plannedResult: string;
  source: string;
  illustrative: boolean;
  schoolPairs: [from: string, checker: string][];
  expertPairs: { first: string; second: string; subject: string }[];
  protocol: { subject: string; grade: number; paperCount: number; discrepancyCount: number; comment: string }[];
}

const SOSH_12 = 'demo:org:11-vorkuta-sosh-12';
const SOSH_35 = 'demo:org:11-vorkuta-sosh-35';
const VORKUTA = {
  host: { networkKey: 'demo:network:vorkuta-sosh12-sosh35' },
  organizerKeys: [SOSH_12, SOSH_35],
  responsibleNote: 'Заместители директора МОУ «СОШ №35 с УИОП» г. Воркуты и МОУ «СОШ №12» г. Воркуты',
  audience: 'Учителя- предметники МОУ «СОШ №35 с УИОП» г. Воркуты и МОУ «СОШ №12» г. Воркуты',
  plannedResult: 'Повышение объективности результатов проверки',
  source: 'Дорожная карта проекта «Школьные методические объединения – драйвер профессионального развития» (МОУ «СОШ №12» и МОУ «СОШ №35 с УИОП» г. Воркуты), п. 4',
  illustrative: false,
  schoolPairs: [
    [SOSH_12, SOSH_35],
    [SOSH_35, SOSH_12],
  ] as [string, string][],
  expertPairs: [],
  protocol: [],
};

const GYMNASIUM = 'demo:org:53-borovichi-gymnasium';
const SOSH_11 = 'demo:org:53-borovichi-sosh-11';

export const DEMO_CROSS_CHECKS: DemoCrossCheck[] = [
  {
    ...VORKUTA,
    key: 'demo:event:vorkuta-cross-check-9',
    title: 'Перекрестная проверка диагностических работ учащихся 9-х классов в ходе подготовки к ГИА',
    startsOn: '2023-01-23',
    endsOn: '2023-01-28',
  },
  {
    ...VORKUTA,
    key: 'demo:event:vorkuta-cross-check-11',
    title: 'Перекрестная проверка диагностических работ учащихся 11-х классов в ходе подготовки к ГИА',
    startsOn: '2023-02-13',
    endsOn: '2023-02-18',
  },
  {
    key: 'demo:event:friends-cross-check-illustrative',
    title: 'Перекрёстная проверка диагностических работ по русскому языку (демонстрационный пример)',
    startsOn: '2027-03-15',
    endsOn: '2027-03-19',
    host: { organizationKey: GYMNASIUM },
    organizerKeys: [SOSH_11],
    responsibleNote: 'Заместители директоров школ-участниц (демонстрационные данные)',
    audience: 'Учителя русского языка и литературы',
    plannedResult: 'Повышение объективности результатов проверки',
    source: 'Демонстрационный пример: протокол расхождений придуман, школы вымышлены',
    illustrative: true,
    schoolPairs: [
      [GYMNASIUM, SOSH_11],
      [SOSH_11, GYMNASIUM],
    ],
    expertPairs: [{ first: 'demo:person:53-borovichi-gym-deputy', second: 'demo:person:53-borovichi-sosh11-young', subject: 'Русский язык' }],
    protocol: [
      { subject: 'Русский язык', grade: 9, paperCount: 24, discrepancyCount: 3, comment: 'Расхождения в оценке грамотности (критерий ГК1–ГК4); согласованы на встрече экспертов' },
      { subject: 'Русский язык', grade: 11, paperCount: 18, discrepancyCount: 1, comment: 'Расхождение в оценке сочинения (К1)' },
    ],
  },
];
