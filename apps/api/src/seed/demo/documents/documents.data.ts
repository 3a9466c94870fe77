import { DocumentKind, DocumentLevel } from '@metodset/shared';

/**
 * The documents the seeds cite, as cited: number, date and title as written (no invented dates: a field the seed
 * does not state stays empty; no file is attached). Keys are external ids (`demo:doc:…`).
 */
export interface DemoDocumentTask {
  key: string;
  number: string;
  text: string;
  dueOn: string | null;
  responsibleText: string;
  /** Linked people (external ids of demo persons), as the point names them. */
  responsibleKeys: string[];
}

export interface DemoDocument {
  key: string;
  level: DocumentLevel;
  kind: DocumentKind;
  number: string;
  issuedOn: string | null;
  title: string;
  issuer: string;
  owner: { regionCode: string } | { municipality: string } | { organizationKey: string } | null;
  sourceNote: string;
  tasks?: DemoDocumentTask[];
}

const F = DocumentLevel.FEDERAL;
const R = DocumentLevel.REGIONAL;
const M = DocumentLevel.MUNICIPAL;
const K = DocumentKind;
const TIM = 'Тимашевский район';
const KUBAN = { regionCode: '23' };
const S004 = (list: string) => `Программа КРЦ (Тимашевский район), 1.2 «Нормативно-правовое обеспечение инновационного проекта»: ${list}`;
const S004_FED = S004('федеральные документы');
const S004_REG = S004('региональные документы');
const S004_MUN = S004('муниципальные документы');
const S001 = 'Программа МИП «Наставничество: ресурсы взаимного развития в ПОС» (Ярославль): государственные документы о наставничестве';
const MINOBR = 'Министерство образования и науки Российской Федерации (Минобрнауки России)';

export const ORDER_527_KEY = 'demo:doc:11-vorkuta-sosh12-order-527';

export const DEMO_DOCUMENTS: DemoDocument[] = [
  // Seed 003: the director's order of МОУ «СОШ №12» г. Воркуты and its points.
  {
    key: ORDER_527_KEY,
    level: DocumentLevel.ORGANIZATION,
    kind: K.ORDER,
    number: '527',
    issuedOn: '2022-08-25',
    title: 'Об утверждении проекта сетевого взаимодействия с МОУ «СОШ №35 с УИОП» г. Воркуты в рамках реализации федерального проекта «500+»',
    issuer: 'Директор М.С.Балашова',
    owner: { organizationKey: 'demo:org:11-vorkuta-sosh-12' },
    sourceNote: 'Приказ МОУ «СОШ №12» г. Воркуты (программа «ШМО — драйвер профессионального развития», 2022–2023)',
    tasks: [
      {
        key: 'demo:doc-task:527-1',
        number: '1.',
        text: 'Утвердить проект «Школьные методические объединения - драйвер профессионального развития» (далее - проект) (приложение).',
        dueOn: null,
        responsibleText: '',
        responsibleKeys: [],
      },
      {
        key: 'demo:doc-task:527-2',
        number: '2.',
        text:
          'Утвердить следующий состав творческой группы по реализации проекта: Осипова Е.В., заместитель директора; Игнатюк С.В., учитель математики; ' +
          'Голубева Н.Н., учитель иностранного языка; Пакшина Л.А., учитель начальных классов; Петров А.А., преподаватель-организатор ОБЖ.',
        dueOn: null,
        responsibleText: '',
        responsibleKeys: [],
      },
      {
        key: 'demo:doc-task:527-3',
        number: '3.',
        text: 'Ответственность за качественную реализацию мероприятий дорожной карты проекта возложить на Осипову Е.В., заместителя директора.',
        dueOn: null,
        responsibleText: 'Осипову Е.В., заместителя директора',
        responsibleKeys: ['demo:person:11-vorkuta-sosh12-osipova'],
      },
      {
        key: 'demo:doc-task:527-4',
        number: '4.',
        text: 'Осиповой Е.В., заместителю директора, ознакомить педагогический коллектив с дорожной картой проекта в срок до 01.09.2022.',
        dueOn: '2022-09-01',
        responsibleText: 'Осиповой Е.В., заместителю директора',
        responsibleKeys: ['demo:person:11-vorkuta-sosh12-osipova'],
      },
      {
        key: 'demo:doc-task:527-5',
        number: '5.',
        text:
          'Степанову Н.В., технику, разместить проект на официальном сайте учреждения в разделе меню «Официально», подразделе «500+» ' +
          '(Антирисковая программа по профилю «Несформированность внутришкольной системы повышения квалификации») в срок до 01.09.2022.',
        dueOn: '2022-09-01',
        responsibleText: 'Степанову Н.В., технику',
        responsibleKeys: ['demo:person:11-vorkuta-sosh12-stepanov'],
      },
    ],
  },
  // Seed 002: the order that approved the Podporozhye project (the seed states its issuer, date and number, not its title).
  {
    key: 'demo:doc:47-podp-komitet-order-201',
    level: M,
    kind: K.ORDER,
    number: '201',
    issuedOn: '2020-12-30',
    title: 'Приказ, которым утверждён инновационный проект «Разработка и внедрение модели сетевого наставничества «Школа – школе» для общеобразовательных организаций Подпорожского района на 2020 – 2022 гг.»',
    issuer: 'Комитет образования Администрации МО «Подпорожский муниципальный район Ленинградской области»',
    owner: { municipality: 'Подпорожский муниципальный район' },
    sourceNote: 'Титульный лист проекта: «Утвержден приказом Комитета образования Администрации МО «Подпорожский муниципальный район Ленинградской области» от 30 декабря 2020 № 201». Название приказа в программе не приведено.',
  },
  // Seed 001: federal documents on mentoring.
  { key: 'demo:doc:fed-ukaz-401-2022', level: F, kind: K.DECREE, number: '401', issuedOn: '2022-06-27', title: 'О проведении в Российской Федерации Года педагога и наставника', issuer: 'Президент РФ', owner: null, sourceNote: S001 },
  {
    key: 'demo:doc:fed-minpros-r-145-2019',
    level: F,
    kind: K.DIRECTIVE,
    number: 'P-145',
    issuedOn: '2019-12-25',
    title: 'Об утверждении методологии (целевой модели) наставничества обучающихся для организаций, осуществляющих образовательную деятельность',
    issuer: 'Минпросвещения России',
    owner: null,
    sourceNote: `${S001} (название в программе приведено с сокращением «...»)`,
  },
  {
    key: 'demo:doc:fed-minpros-az-1128-08',
    level: F,
    kind: K.LETTER,
    number: 'АЗ-1128/08',
    issuedOn: null,
    title: 'О направлении методических рекомендации по разработке и внедрению системы (целевой модели) наставничества педагогических работников в образовательных организациях',
    issuer: 'Минпросвещения России',
    owner: null,
    sourceNote: S001,
  },
  {
    key: 'demo:doc:fed-minpros-mr-42-02-2020',
    level: F,
    kind: K.LETTER,
    number: 'MP-42/-02',
    issuedOn: '2020-01-23',
    title: 'О направлении целевой модели наставничества и методических рекомендаций',
    issuer: 'Мин.просвещения России',
    owner: null,
    sourceNote: S001,
  },
  // Seed 004: federal documents.
  { key: 'demo:doc:fed-constitution', level: F, kind: K.CONSTITUTION, number: '', issuedOn: null, title: 'Конституция РФ', issuer: '', owner: null, sourceNote: S004_FED },
  { key: 'demo:doc:fed-law-273-fz', level: F, kind: K.LAW, number: '273-ФЗ', issuedOn: '2012-12-29', title: 'Об образовании в Российской Федерации', issuer: '', owner: null, sourceNote: `${S004_FED} (ст. 3, ст. 13, ст. 28, ст. 41)` },
  {
    key: 'demo:doc:fed-ukaz-204-2018',
    level: F,
    kind: K.DECREE,
    number: '204',
    issuedOn: '2018-05-07',
    title: 'О национальных целях и стратегических задачах развития Российской Федерации на период до 2024 года',
    issuer: 'Президент Российской Федерации',
    owner: null,
    sourceNote: S004_FED,
  },
  { key: 'demo:doc:fed-np-obrazovanie', level: F, kind: K.PROJECT, number: '', issuedOn: null, title: 'Национальный проект «Образование»', issuer: '', owner: null, sourceNote: S004_FED },
  { key: 'demo:doc:fed-gp-razvitie-obrazovaniya', level: F, kind: K.PROGRAMME, number: '', issuedOn: null, title: 'Государственная программа Российской Федерации «Развитие образования» на 2018-2025 годы', issuer: '', owner: null, sourceNote: S004_FED },
  {
    key: 'demo:doc:fed-mintrud-544n-2013',
    level: F,
    kind: K.ORDER,
    number: '544н',
    issuedOn: '2013-10-18',
    title: 'Об утверждении профессионального стандарта «Педагог (педагогическая деятельность в сфере дошкольного, начального общего, основного общего, среднего общего образования) (воспитатель, учитель)»',
    issuer: 'Минтруд России',
    owner: null,
    sourceNote: S004_FED,
  },
  { key: 'demo:doc:fed-mintrud-422n-2016', level: F, kind: K.ORDER, number: '422 н', issuedOn: '2016-08-05', title: 'Приказ Минтруда России № 422 н от 5 августа 2016 г.', issuer: 'Минтруд России', owner: null, sourceNote: `${S004_FED} (название приказа в программе не приведено)` },
  { key: 'demo:doc:fed-minobr-373-2009', level: F, kind: K.ORDER, number: '373', issuedOn: '2009-10-06', title: 'Об утверждении федерального государственного образовательного стандарта начального общего образования', issuer: MINOBR, owner: null, sourceNote: S004_FED },
  { key: 'demo:doc:fed-minobr-1897-2010', level: F, kind: K.ORDER, number: '1897', issuedOn: '2010-12-17', title: 'Об утверждении федерального государственного образовательного стандарта основного общего образования', issuer: MINOBR, owner: null, sourceNote: S004_FED },
  { key: 'demo:doc:fed-minobr-413-2012', level: F, kind: K.ORDER, number: '413', issuedOn: '2012-05-17', title: 'Об утверждении федерального государственного образовательного стандарта среднего общего образования', issuer: MINOBR, owner: null, sourceNote: S004_FED },
  {
    key: 'demo:doc:fed-fgos-do',
    level: F,
    kind: K.STANDARD,
    number: '',
    issuedOn: null,
    title: 'Федеральный государственный образовательный стандарт дошкольного образования',
    issuer: '',
    owner: null,
    sourceNote: `${S004_FED}: «(утвержден приказом Министерства образования и науки РФ от 17 мая 2012 г. № 413)», как в программе`,
  },
  {
    key: 'demo:doc:fed-rasp-996-r-2015',
    level: F,
    kind: K.DIRECTIVE,
    number: '996-р',
    issuedOn: '2015-05-29',
    title: 'Об утверждении Стратегии развития воспитания в Российской Федерации на период до 2025 года',
    issuer: 'Правительство Российской Федерации',
    owner: null,
    sourceNote: S004_FED,
  },
  {
    key: 'demo:doc:fed-letter-rakova-2019',
    level: F,
    kind: K.LETTER,
    number: '',
    issuedOn: '2019-06-28',
    title: 'Методические рекомендации для субъектов РФ по вопросам реализации основных и дополнительных общеобразовательных программ в сетевой форме',
    issuer: 'Зам. министра просвещения РФ М.Н.Ракова',
    owner: null,
    sourceNote: S004_FED,
  },
  // Seed 004: regional documents (Краснодарский край).
  { key: 'demo:doc:23-law-obrazovanie', level: R, kind: K.LAW, number: '', issuedOn: null, title: 'Об образовании в Краснодарском крае', issuer: '', owner: KUBAN, sourceNote: S004_REG },
  { key: 'demo:doc:23-concept-npo', level: R, kind: K.CONCEPT, number: '', issuedOn: null, title: 'Концепция непрерывного педагогического образования Краснодарского края на 2015-2020 годы', issuer: '', owner: KUBAN, sourceNote: S004_REG },
  {
    key: 'demo:doc:23-post-939-2015',
    level: R,
    kind: K.RESOLUTION,
    number: '939',
    issuedOn: '2015-10-05',
    title: 'Об утверждении государственной программы Краснодарского края "Развитие образования"',
    issuer: 'Глава администрации (губернатор) Краснодарского края',
    owner: KUBAN,
    sourceNote: `${S004_REG} (с изменениями на 14 августа 2020 года)`,
  },
  {
    key: 'demo:doc:23-agreement-uchitel-budushchego',
    level: R,
    kind: K.AGREEMENT,
    number: '073-2019-E50023-1',
    issuedOn: '2019-02-05',
    title: 'Соглашение о реализации регионального проекта «Учитель будущего» на территории Краснодарского края',
    issuer: '',
    owner: KUBAN,
    sourceNote: S004_REG,
  },
  { key: 'demo:doc:23-rp-uchitel-budushchego', level: R, kind: K.PROJECT, number: '', issuedOn: null, title: 'Региональный проект «Учитель будущего»', issuer: '', owner: KUBAN, sourceNote: S004_REG },
  {
    key: 'demo:doc:23-project-dvizhenie-vverh',
    level: R,
    kind: K.PROJECT,
    number: '',
    issuedOn: null,
    title: 'Проект «Движение вверх» на 2019 – 2021 гг.',
    issuer: '',
    owner: KUBAN,
    sourceNote: `${S004_REG}: «утвержден приказом ректора ГБОУ ИРО Краснодарского края от 26 февраля 2019 г. № 47/1»`,
  },
  {
    key: 'demo:doc:23-iro-order-47-1-2019',
    level: R,
    kind: K.ORDER,
    number: '47/1',
    issuedOn: '2019-02-26',
    title:
      'Об утверждении проекта «Научно-методическое сопровождение непрерывного развития профессионального мастерства сотрудников территориально-методических служб в условиях научно-методического пространства» на 2019 – 2021 гг.',
    issuer: 'ГБОУ ИРО Краснодарского края',
    owner: KUBAN,
    sourceNote: 'Программа КРЦ (Тимашевский район), 4.5 «Нормативные акты, регулирующие сетевое взаимодействие»',
  },
  {
    key: 'demo:doc:23-iro-order-25-2019',
    level: R,
    kind: K.ORDER,
    number: '25',
    issuedOn: '2019-01-31',
    title: 'Об утверждении положения о краевом ресурсном центре общего образования',
    issuer: 'ГБОУ ИРО Краснодарского края',
    owner: KUBAN,
    sourceNote: 'Программа КРЦ (Тимашевский район), 4.5 «Нормативные акты, регулирующие сетевое взаимодействие»',
  },
  // Seed 004: municipal documents (Тимашевский район).
  { key: 'demo:doc:23-tim-mp-razvitie-obrazovaniya', level: M, kind: K.PROGRAMME, number: '', issuedOn: null, title: 'Муниципальная программа муниципального образования Тимашевский район «Развитие образования на 2018-2022 годы»', issuer: '', owner: { municipality: TIM }, sourceNote: S004_MUN },
  {
    key: 'demo:doc:23-tim-cro-development-programme',
    level: M,
    kind: K.PROGRAMME,
    number: '',
    issuedOn: null,
    title: 'Программа развития муниципального бюджетного учреждения «Центр развития образования» муниципального образования Тимашевский район на 2019-2024г.г.',
    issuer: '',
    owner: { municipality: TIM },
    sourceNote: S004_MUN,
  },
  { key: 'demo:doc:23-tim-reg-msoko', level: M, kind: K.REGULATION, number: '', issuedOn: null, title: 'Положение о муниципальной системе оценки качества образования муниципального образования Тимашевский район', issuer: '', owner: { municipality: TIM }, sourceNote: S004_MUN },
  { key: 'demo:doc:23-tim-reg-innovation', level: M, kind: K.REGULATION, number: '', issuedOn: null, title: 'Муниципальное положение об организации инновационной деятельности образовательных организаций', issuer: '', owner: { municipality: TIM }, sourceNote: S004_MUN },
  { key: 'demo:doc:23-tim-plan-innovation', level: M, kind: K.PLAN, number: '', issuedOn: null, title: 'План научно-методического сопровождения инновационной деятельности образовательных организаций Тимашевского района', issuer: '', owner: { municipality: TIM }, sourceNote: S004_MUN },
  { key: 'demo:doc:23-tim-reg-mip', level: M, kind: K.REGULATION, number: '', issuedOn: null, title: 'Положение о муниципальной инновационной площадке', issuer: '', owner: { municipality: TIM }, sourceNote: S004_MUN },
  { key: 'demo:doc:23-tim-reg-staging', level: M, kind: K.REGULATION, number: '', issuedOn: null, title: 'Положение о муниципальной стажировочной площадке', issuer: '', owner: { municipality: TIM }, sourceNote: S004_MUN },
  { key: 'demo:doc:23-tim-reg-council', level: M, kind: K.REGULATION, number: '', issuedOn: null, title: 'Положение о координационном совете', issuer: '', owner: { municipality: TIM }, sourceNote: S004_MUN },
];

/**
 * Topics of a demo document, read off its title and the list that cites it (nothing invented: a document gets a topic
 * only when its own words or the seed's list name it). The document bank filters by these tags.
 */
const TOPIC_RULES: { tag: string; test: (d: DemoDocument) => boolean }[] = [
  { tag: 'наставничество', test: (d) => /наставни/i.test(d.title) || d.sourceNote === S001 },
  { tag: 'стажировочные площадки', test: (d) => /стажировочн/i.test(d.title) },
  { tag: 'инновационная деятельность', test: (d) => /инновацион/i.test(d.title) },
  { tag: 'сетевое взаимодействие', test: (d) => /сетев/i.test(d.title) },
  { tag: 'стандарты', test: (d) => /стандарт/i.test(d.title) },
  { tag: '500+', test: (d) => /500\+/.test(d.title) },
  { tag: 'развитие образования', test: (d) => /развити[ея] образования/i.test(d.title) },
];

export const demoDocumentTags = (d: DemoDocument): string[] => TOPIC_RULES.filter((r) => r.test(d)).map((r) => r.tag);
