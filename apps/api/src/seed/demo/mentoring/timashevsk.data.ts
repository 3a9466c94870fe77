import { MentorDirection, MentoringForm, MentoringModel, MentorshipStatus, MentorType, SessionFormat } from '@metodset/shared';
import { DemoMentoring, DemoMentoringProgram, DemoMentorProfile, DemoMentorship } from '../mentoring.types';
import { held, planned } from './sessions';

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
 * masters' titles in the registry. INVENTED: every date, topic and note.
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
      startsOn: '2025-09-01',
      endsOn: '2026-12-25',
      status: MentorshipStatus.ACTIVE,
      sessions: [
        held('2025-09-17', IN_PERSON, 'Входная диагностика профессиональных компетенций стажёра', 90, 'Дефициты: планирование урока открытия нового знания, оценивание.'),
        held('2025-12-10', OPEN_LESSON, 'Модуль 1: урок открытия нового знания (посещение урока мастера)', 45, 'Запись в «Журнале непрерывного профессионального роста».'),
        held('2026-04-15', OPEN_LESSON, 'Модуль 2: урок стажёра, анализ по карте эффективности', 90, 'Структура урока выдержана; дефицит — рефлексия.'),
        held('2026-10-14', CONSULTATION, 'Модуль 3: формирующее оценивание', 60, 'Подготовлены листы самооценки для 6 класса.'),
        planned('2026-12-16', IN_PERSON, 'Итоговая диагностика и карта эффективности'),
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
      startsOn: '2025-09-01',
      endsOn: '2026-12-25',
      status: MentorshipStatus.ACTIVE,
      sessions: [
        held('2025-09-24', IN_PERSON, 'Входная диагностика: проектировочные умения', 90, 'Маршрут составлен на 1,3 года.'),
        held('2026-01-21', IN_PERSON, 'Деловая игра «Педагогическое проектирование»', 120, 'Стажёр спроектировал учебный проект для 8 класса.'),
        held('2026-05-20', OPEN_LESSON, 'Защита проектов учащихся (урок стажёра)', 45, 'Проекты защищены; критерии оценивания уточнены.'),
        held('2026-10-21', CONSULTATION, 'Исследовательская работа по химии: подбор тем', 60, 'Выбраны три темы для 9 класса.'),
        planned('2026-12-09', IN_PERSON, 'Итоговая диагностика и карта эффективности'),
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
      startsOn: '2026-01-12',
      endsOn: '2027-05-31',
      status: MentorshipStatus.ACTIVE,
      sessions: [
        held('2026-01-21', IN_PERSON, 'Входная диагностика и маршрут стажёра', 60, 'Приоритет — постановка учебной задачи.'),
        held('2026-03-18', OPEN_LESSON, 'Посещение урока мастера (русский язык, 3 класс)', 45, 'Разобраны этапы урока открытия нового знания.'),
        held('2026-10-22', OPEN_LESSON, 'Урок стажёра: учебная задача и рефлексия', 45, 'Учебная задача поставлена детьми; рефлексия формальна.'),
        planned('2027-02-17', CONSULTATION, 'Подготовка к ВПР в 4 классе'),
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
      startsOn: '2023-09-01',
      endsOn: '2024-12-27',
      status: MentorshipStatus.COMPLETED,
      outcome: 'Маршрут пройден за 1,3 года; стажёр ведёт электронный курс по физике для 7–9 классов.',
      sessions: [
        held('2023-09-20', IN_PERSON, 'Входная диагностика ИКТ-компетенций', 60, 'Дефициты: цифровые лаборатории, онлайн-тестирование.'),
        held('2024-02-14', OPEN_LESSON, 'Урок мастера: цифровая лаборатория', 45, 'Стажёр повторил работу с датчиками на своём уроке.'),
        held('2024-05-22', CONSULTATION, 'Онлайн-тестирование и анализ результатов', 60, 'Создан банк тестов для 8 класса.'),
        held('2024-12-18', IN_PERSON, 'Итоговая диагностика: карта эффективности', 90, 'Рост по 4 из 5 показателей карты.'),
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
      startsOn: '2025-09-01',
      endsOn: '2027-01-29',
      status: MentorshipStatus.ACTIVE,
      sessions: [
        held('2025-09-25', CONSULTATION, 'Входная диагностика: стиль педагогического общения', 60, 'Запрос стажёра — дисциплина в 7 классе.'),
        held('2026-02-12', OPEN_LESSON, 'Наблюдение урока стажёра: управление классом', 45, 'Предложены правила класса и невербальные сигналы.'),
        held('2026-09-24', ONLINE, 'Мотивация подростков: приёмы вовлечения', 60, 'Стажёр апробирует игровые формы в 7 классе.'),
        planned('2026-12-10', OPEN_LESSON, 'Повторное наблюдение урока'),
        planned('2027-01-21', IN_PERSON, 'Итоговая диагностика и карта эффективности'),
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
      startsOn: '2026-12-01',
      endsOn: '2027-12-24',
      status: MentorshipStatus.PLANNED,
      sessions: [
        planned('2026-12-08', IN_PERSON, 'Входная диагностика оценочных компетенций'),
        planned('2027-02-09', OPEN_LESSON, 'Урок мастера: критерии и самооценка'),
        planned('2027-04-13', CONSULTATION, 'ВПР по истории: критерии оценивания'),
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
      startsOn: '2026-01-12',
      endsOn: '2027-05-31',
      status: MentorshipStatus.ACTIVE,
      sessions: [
        held('2026-01-28', IN_PERSON, 'Оценка среды группы по шкалам ECERS-R', 120, 'Слабые стороны: центры активности, доступность материалов.'),
        held('2026-04-22', CONSULTATION, 'Перепланировка центров активности', 60, 'План изменений согласован с заведующим.'),
        held('2026-10-28', OPEN_LESSON, 'Посещение группы наставляемой после изменений', 60, 'Повторная оценка: рост по двум подшкалам.'),
        planned('2027-03-24', IN_PERSON, 'Итоговая оценка среды и карта эффективности'),
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
