import { MentorDirection, MentoringForm, MentoringModel, MentorshipStatus, MentorType, SessionFormat } from '@metodset/shared';
import { DemoMentoring, DemoMentoringProgram, DemoMentorProfile, DemoMentorship } from '../mentoring.types';
import { held } from './sessions';

/**
 * Seed 004: Тимашевский район, стажировочные площадки КРЦ «Научно-методическое сопровождение
 * профессионального роста педагогов в условиях деятельности стажировочных площадок» (2020–2023).
 *
 * From the seed: staging sites «на базах школ … МБОУ СОШ № 1, 2, 4, 5, 11, 13» and the support site
 * at МБДОУ д/с № 7; «рабочие группы педагогов-мастеров», who mentor «молодых и начинающих педагогов»
 * (interns with up to 3 years of experience) by individual routes of «1–1,5 года обучения»; the
 * «Журнал непрерывного профессионального роста» (the notes of the sessions); the themes «Методическая
 * предметная компетентность педагога», «Педагогическое проектирование» (деловая игра на базе СОШ № 2),
 * the ECERS-R workshop at д/с № 7.
 * The staging sites are not members of the КРЦ network, so every site hosts its own programme and
 * the pair is the site's master and intern (registry/krasnodar.data.ts); the head of the site is the
 * programme's coordinator. The seed names nobody; the themes of СОШ № 1, 4, 5, 11, 13 follow the
 * masters' titles in the registry. The internships run within the project's 2020–2023 and are completed
 * («программы, рассчитанные на 1-1,5 года обучения»). INVENTED: every date, topic, note and outcome.
 */

const { IN_PERSON, OPEN_LESSON, CONSULTATION, ONLINE } = SessionFormat;

interface Site {
  slug: string; // sosh-1 …
  personSlug: string; // sosh1 …
  name: string;
  theme: string;
  master: Omit<DemoMentorProfile, 'personKey' | 'capacity'>;
  internship: Omit<DemoMentorship, 'key' | 'form' | 'mentorKeys' | 'menteeKeys'>;
}

const SITES: Site[] = [
  {
    slug: 'sosh-1',
    personSlug: 'sosh1',
    name: 'МБОУ СОШ № 1',
    theme: 'Методическая предметная компетентность педагога',
    master: { types: [MentorType.CLASSIC, MentorType.METHODIST], directions: [MentorDirection.STATE_EXAMS], subjects: ['Математика'], strengths: 'Педагог-мастер: методика преподавания математики, подготовка к ОГЭ.' },
    internship: {
      goals: 'Индивидуальный маршрут стажёра: предметно-методические дефициты по итогам входной диагностики.',
      startsOn: '2021-09-01',
      endsOn: '2022-12-23',
      status: MentorshipStatus.COMPLETED,
      outcome: 'Маршрут пройден за 1,3 года; стажёр проводит уроки открытия нового знания без сопровождения мастера.',
      sessions: [
        held('2021-09-15', IN_PERSON, 'Входная диагностика профессиональных компетенций стажёра', 90, 'Дефициты: планирование урока открытия нового знания, оценивание.'),
        held('2021-12-08', OPEN_LESSON, 'Модуль 1: урок открытия нового знания (посещение урока мастера)', 45, 'Запись в «Журнале непрерывного профессионального роста».'),
        held('2022-04-13', OPEN_LESSON, 'Модуль 2: урок стажёра, анализ по карте эффективности', 90, 'Структура урока выдержана; дефицит — рефлексия.'),
        held('2022-10-12', CONSULTATION, 'Модуль 3: формирующее оценивание', 60, 'Подготовлены листы самооценки для 6 класса.'),
        held('2022-12-14', IN_PERSON, 'Итоговая диагностика и карта эффективности', 90, 'Рост по 3 из 5 показателей карты.'),
      ],
    },
  },
  {
    slug: 'sosh-2',
    personSlug: 'sosh2',
    name: 'МБОУ СОШ № 2',
    theme: 'Педагогическое проектирование',
    master: { types: [MentorType.DEVELOPER], directions: [MentorDirection.FUNCTIONAL_LITERACY], subjects: ['Биология'], strengths: 'Педагог-мастер: проектно-исследовательская деятельность, деловые игры по педагогическому проектированию.' },
    internship: {
      goals: 'Индивидуальный маршрут стажёра: проектирование уроков и внеурочных проектов по биологии и химии.',
      startsOn: '2021-09-01',
      endsOn: '2022-12-23',
      status: MentorshipStatus.COMPLETED,
      outcome: 'Маршрут пройден за 1,3 года; стажёр ведёт проектную деятельность в 8–9 классах.',
      sessions: [
        held('2021-09-22', IN_PERSON, 'Входная диагностика: проектировочные умения', 90, 'Маршрут составлен на 1,3 года.'),
        held('2022-01-19', IN_PERSON, 'Деловая игра «Педагогическое проектирование»', 120, 'Стажёр спроектировал учебный проект для 8 класса.'),
        held('2022-05-18', OPEN_LESSON, 'Защита проектов учащихся (урок стажёра)', 45, 'Проекты защищены; критерии оценивания уточнены.'),
        held('2022-10-19', CONSULTATION, 'Исследовательская работа по химии: подбор тем', 60, 'Выбраны три темы для 9 класса.'),
        held('2022-12-07', IN_PERSON, 'Итоговая диагностика и карта эффективности', 90, 'Рост по 4 из 5 показателей карты.'),
      ],
    },
  },
  {
    slug: 'sosh-4',
    personSlug: 'sosh4',
    name: 'МБОУ СОШ № 4',
    theme: 'Системно-деятельностный подход в начальной школе',
    master: { types: [MentorType.METHODIST], directions: [MentorDirection.VPR], subjects: ['Начальные классы'], strengths: 'Педагог-мастер: системно-деятельностный подход, ВПР в 4 классе.' },
    internship: {
      goals: 'Индивидуальный маршрут стажёра: урок в логике системно-деятельностного подхода.',
      startsOn: '2022-01-10',
      endsOn: '2023-05-31',
      status: MentorshipStatus.COMPLETED,
      outcome: 'Маршрут пройден за 1,4 года; учебную задачу на уроках стажёра ставят дети.',
      sessions: [
        held('2022-01-19', IN_PERSON, 'Входная диагностика и маршрут стажёра', 60, 'Приоритет — постановка учебной задачи.'),
        held('2022-03-16', OPEN_LESSON, 'Посещение урока мастера (русский язык, 3 класс)', 45, 'Разобраны этапы урока открытия нового знания.'),
        held('2022-10-19', OPEN_LESSON, 'Урок стажёра: учебная задача и рефлексия', 45, 'Учебная задача поставлена детьми; рефлексия формальна.'),
        held('2023-02-15', CONSULTATION, 'Подготовка к ВПР в 4 классе', 60, 'Составлен план повторения по русскому языку.'),
      ],
    },
  },
  {
    slug: 'sosh-5',
    personSlug: 'sosh5',
    name: 'МБОУ СОШ № 5',
    theme: 'ИКТ-компетенции педагога',
    master: { types: [MentorType.TUTOR], directions: [], subjects: ['Информатика'], strengths: 'Педагог-мастер: цифровые образовательные ресурсы, ИКТ для внутреннего мониторинга учебной деятельности.' },
    internship: {
      goals: 'Индивидуальный маршрут стажёра: цифровые инструменты на уроках физики.',
      startsOn: '2020-09-01',
      endsOn: '2021-12-24',
      status: MentorshipStatus.COMPLETED,
      outcome: 'Маршрут пройден за 1,3 года; стажёр ведёт электронный курс по физике для 7–9 классов.',
      sessions: [
        held('2020-09-23', IN_PERSON, 'Входная диагностика ИКТ-компетенций', 60, 'Дефициты: цифровые лаборатории, онлайн-тестирование.'),
        held('2021-02-17', OPEN_LESSON, 'Урок мастера: цифровая лаборатория', 45, 'Стажёр повторил работу с датчиками на своём уроке.'),
        held('2021-05-19', CONSULTATION, 'Онлайн-тестирование и анализ результатов', 60, 'Создан банк тестов для 8 класса.'),
        held('2021-12-15', IN_PERSON, 'Итоговая диагностика: карта эффективности', 90, 'Рост по 4 из 5 показателей карты.'),
      ],
    },
  },
  {
    slug: 'sosh-11',
    personSlug: 'sosh11',
    name: 'МБОУ СОШ № 11',
    theme: 'Психолого-педагогические компетенции педагога',
    master: { types: [MentorType.COACH], directions: [MentorDirection.SPECIAL_NEEDS], subjects: [], strengths: 'Педагог-мастер (педагог-психолог): управление классом, профилактика выгорания, сопровождение обучающихся с ОВЗ.' },
    internship: {
      goals: 'Индивидуальный маршрут стажёра: управление классом и мотивация на уроках английского языка.',
      startsOn: '2021-09-01',
      endsOn: '2023-01-27',
      status: MentorshipStatus.COMPLETED,
      outcome: 'Маршрут пройден за 1,4 года; стажёр применяет правила класса и игровые формы в 7 классе.',
      sessions: [
        held('2021-09-23', CONSULTATION, 'Входная диагностика: стиль педагогического общения', 60, 'Запрос стажёра — дисциплина в 7 классе.'),
        held('2022-02-10', OPEN_LESSON, 'Наблюдение урока стажёра: управление классом', 45, 'Предложены правила класса и невербальные сигналы.'),
        held('2022-09-22', ONLINE, 'Мотивация подростков: приёмы вовлечения', 60, 'Стажёр апробирует игровые формы в 7 классе.'),
        held('2023-01-19', IN_PERSON, 'Итоговая диагностика и карта эффективности', 60, 'Рост по 3 из 5 показателей карты.'),
      ],
    },
  },
  {
    slug: 'sosh-13',
    personSlug: 'sosh13',
    name: 'МБОУ СОШ № 13',
    theme: 'Оценочные компетенции педагога',
    master: { types: [MentorType.METHODIST], directions: [MentorDirection.VPR, MentorDirection.STATE_EXAMS], subjects: ['Русский язык', 'Литература'], strengths: 'Педагог-мастер: критериальное оценивание, экспертиза ВПР и ГИА.' },
    internship: {
      goals: 'Индивидуальный маршрут стажёра: критериальное оценивание на уроках истории и обществознания.',
      startsOn: '2022-09-01',
      endsOn: '2023-12-22',
      status: MentorshipStatus.COMPLETED,
      outcome: 'Маршрут пройден за 1,3 года; стажёр составил критерии оценивания для 5–7 классов.',
      sessions: [
        held('2022-09-14', IN_PERSON, 'Входная диагностика оценочных компетенций', 60, 'Дефицит — критерии оценивания развёрнутых ответов.'),
        held('2023-02-08', OPEN_LESSON, 'Урок мастера: критерии и самооценка', 45, 'Стажёр составил лист самооценки для 6 класса.'),
        held('2023-04-12', CONSULTATION, 'ВПР по истории: критерии оценивания', 60, 'Разобраны критерии ВПР по истории.'),
        held('2023-12-13', IN_PERSON, 'Итоговая диагностика и карта эффективности', 60, 'Рост по 4 из 5 показателей карты.'),
      ],
    },
  },
  {
    slug: 'dou-7',
    personSlug: 'dou7',
    name: 'МБДОУ д/с № 7 (опорная площадка)',
    theme: 'Оценка качества образовательной среды ДОО по шкалам ECERS-R',
    master: { types: [MentorType.METHODIST], directions: [], subjects: ['Дошкольное образование'], strengths: 'Педагог-мастер: развивающая предметно-пространственная среда, шкалы ECERS-R.' },
    internship: {
      goals: 'Индивидуальный маршрут молодого воспитателя: развивающая среда группы.',
      startsOn: '2021-04-12',
      endsOn: '2022-05-31',
      status: MentorshipStatus.COMPLETED,
      outcome: 'Маршрут пройден за 1,1 года; повторная оценка среды группы по ECERS-R выше по двум подшкалам.',
      sessions: [
        held('2021-04-28', IN_PERSON, 'Оценка среды группы по шкалам ECERS-R', 120, 'Слабые стороны: центры активности, доступность материалов.'),
        held('2021-10-20', CONSULTATION, 'Перепланировка центров активности', 60, 'План изменений согласован с заведующим.'),
        held('2022-02-16', OPEN_LESSON, 'Посещение группы наставляемой после изменений', 60, 'Повторная оценка: рост по двум подшкалам.'),
        held('2022-05-25', IN_PERSON, 'Итоговая оценка среды и карта эффективности', 90, 'Карта эффективности заполнена.'),
      ],
    },
  },
];

const program = (s: Site): DemoMentoringProgram => ({
  key: `demo:mentoring:timashevsk-${s.slug}`,
  name: `Стажировочная площадка ${s.name}: «${s.theme}» — наставничество педагога-мастера`,
  model: MentoringModel.TEACHER_TO_TEACHER,
  forms: [MentoringForm.TRADITIONAL, MentoringForm.GROUP],
  host: { organizationKey: `demo:org:23-tim-${s.slug}` },
  coordinatorKey: `demo:person:23-tim-${s.personSlug}-head`,
  startsOn: '2020-09-01',
  endsOn: '2023-12-31',
  goals:
    `Модульная программа стажировки (1–1,5 года, индивидуальный маршрут) по теме «${s.theme}»: педагог-мастер ` +
    'сопровождает молодого педагога (стаж до 3 лет); результаты — в «Журнале непрерывного профессионального роста» ' +
    'и «Карте эффективности профессиональной деятельности педагога».',
  mentorships: [
    {
      ...s.internship,
      key: `demo:mentorship:timashevsk-${s.slug}-internship`,
      form: MentoringForm.TRADITIONAL,
      mentorKeys: [`demo:person:23-tim-${s.personSlug}-${s.slug.startsWith('dou') ? 'senior' : 'master'}`],
      menteeKeys: [`demo:person:23-tim-${s.personSlug}-${s.slug.startsWith('dou') ? 'young' : 'intern'}`],
    },
  ],
});

export const TIMASHEVSK_MENTORING: DemoMentoring = {
  profiles: SITES.map((s) => ({
    ...s.master,
    personKey: `demo:person:23-tim-${s.personSlug}-${s.slug.startsWith('dou') ? 'senior' : 'master'}`,
    capacity: 2,
  })),
  programs: SITES.map(program),
};
