import { MentorDirection, MentoringForm, MentoringModel, MentorshipStatus, MentorType, SessionFormat } from '@metodset/shared';
import { DemoMentoring } from '../mentoring.types';
import { held, planned } from './sessions';

/**
 * Seed 003: Воркута, сетевое взаимодействие МОУ «СОШ №12» и МОУ «СОШ №35 с УИОП» (проект «Школьные
 * методические объединения – драйвер профессионального развития», 2022–2023), hosted by the network
 * of networks/vorkuta.data.ts (coordinated by СОШ №12).
 *
 * From the seed:
 * - «наставничество «Учитель – учитель»», «формирование базы наставников и наставляемых»,
 *   «вовлечение педагогов в различные формы наставничества» (26.09.2022) and «организация работы
 *   наставнических пар или групп» (26.09–31.12.2022): «наставнические пары, триады, группы»;
 * - «многофункциональное наставничество»: классический наставник, тьютор, коуч, ментор, куратор —
 *   the types of the mentor base below;
 * - the roadmap's dates: round table on the ГИА (07.10.2022), cross-checking of the 9th grade
 *   diagnostic papers (23–28.01.2023), seminar on the research method and projects (01.02.2023),
 *   «Диалог в сети» (15.05.2023).
 * The seed names nobody of СОШ №35: the mentors are the invented people of registry/komi.data.ts. Of the people the
 * seed names, only Осипова Е.В. appears here, as the programme's coordinator («ответственность за качественную
 * реализацию мероприятий дорожной карты проекта»); the mentees are invented teachers of СОШ №12.
 * INVENTED: every pair, and that the network kept the mentoring going after the project (the
 * programme has no end date): the 2026/2027 pairs are with the young teachers of the registry,
 * among them Жданова Т.М. (mentor.zhdanova) – Филиппов М.И. (teacher.filippov), ACTIVE.
 */

const NETWORK = 'demo:network:vorkuta-sosh12-sosh35';

// СОШ №12.
const OSIPOVA = 'demo:person:11-vorkuta-sosh12-osipova';
const S12_MATH = 'demo:person:11-vorkuta-sosh12-teacher-math'; // Лыткина О.П.
const S12_RUS = 'demo:person:11-vorkuta-sosh12-teacher-rus'; // Семяшкина Т.И.
const S12_PRIMARY = 'demo:person:11-vorkuta-sosh12-teacher-primary'; // Мальцева Е.Ю.
const S12_SHMO_HUM = 'demo:person:11-vorkuta-sosh12-shmo-hum'; // Вокуева И.П.
const S12_YOUNG_CHEM = 'demo:person:11-vorkuta-sosh12-young-chem'; // Рочева А.Д.
const S12_YOUNG_RUS = 'demo:person:11-vorkuta-sosh12-young-rus'; // Артеева В.О.
const FILIPPOV = 'demo:person:11-vorkuta-sosh12-young-math'; // teacher.filippov
// СОШ №35 с УИОП.
const MARTYNOVA = 'demo:person:11-vorkuta-sosh35-deputy'; // координатор сетевого проекта
const ZHDANOVA = 'demo:person:11-vorkuta-sosh35-math'; // mentor.zhdanova
const LAZAREVA = 'demo:person:11-vorkuta-sosh35-english'; // коуч
const NOSOVA = 'demo:person:11-vorkuta-sosh35-primary'; // тьютор
const SERGEEV = 'demo:person:11-vorkuta-sosh35-physics'; // ментор
const S35_YOUNG_BIO = 'demo:person:11-vorkuta-sosh35-young-bio'; // Чупрова К.А.
const S35_YOUNG_PRIMARY = 'demo:person:11-vorkuta-sosh35-young-primary'; // Ляпунова С.Е.

const { IN_PERSON, ONLINE, OPEN_LESSON, CONSULTATION } = SessionFormat;

export const VORKUTA_MENTORING: DemoMentoring = {
  profiles: [
    {
      personKey: ZHDANOVA,
      types: [MentorType.CLASSIC],
      directions: [MentorDirection.STATE_EXAMS, MentorDirection.VPR],
      subjects: ['Математика'],
      strengths: 'Подготовка к ОГЭ и ЕГЭ по математике; технология исследования урока; руководитель ШМО естественно-математического цикла.',
      capacity: 3,
    },
    {
      personKey: LAZAREVA,
      types: [MentorType.COACH],
      directions: [MentorDirection.FUNCTIONAL_LITERACY],
      subjects: ['Английский язык', 'Немецкий язык'],
      strengths: 'Коучинговые техники постановки профессиональных целей; читательская грамотность на уроках иностранного языка.',
      capacity: 2,
    },
    {
      personKey: NOSOVA,
      types: [MentorType.TUTOR],
      directions: [MentorDirection.VPR],
      subjects: ['Начальные классы'],
      strengths: 'Сопровождение молодых учителей начальных классов; ВПР в 4 классе; индивидуальные образовательные маршруты.',
      capacity: 2,
    },
    {
      personKey: SERGEEV,
      types: [MentorType.MENTOR],
      directions: [MentorDirection.STATE_EXAMS, MentorDirection.OLYMPIADS],
      subjects: ['Физика'],
      strengths: 'Эксперт перекрёстной проверки ГИА; исследовательский метод и проектная деятельность учащихся.',
      capacity: 3,
    },
    {
      personKey: S12_SHMO_HUM,
      types: [MentorType.CURATOR],
      directions: [MentorDirection.VPR],
      subjects: ['История', 'Обществознание'],
      strengths: 'Руководитель ШМО гуманитарного цикла: планы ШМО, открытые уроки, подготовка к ВПР по истории.',
      capacity: 2,
    },
    {
      personKey: MARTYNOVA,
      types: [MentorType.CURATOR],
      directions: [MentorDirection.STATE_EXAMS],
      subjects: ['Математика'],
      strengths: 'Координация сетевого проекта; корпоративное обучение по выявленным дефицитам.',
      capacity: 2,
    },
  ],
  programs: [
    {
      key: 'demo:mentoring:vorkuta-teacher-to-teacher',
      name: 'Наставничество «Учитель – учитель» в сетевом взаимодействии МОУ «СОШ №12» и МОУ «СОШ №35 с УИОП» г. Воркуты',
      model: MentoringModel.TEACHER_TO_TEACHER,
      forms: [MentoringForm.TRADITIONAL, MentoringForm.PEER, MentoringForm.GROUP],
      host: { networkKey: NETWORK },
      coordinatorKey: OSIPOVA,
      startsOn: '2022-09-26',
      goals:
        'Повысить профессиональную компетентность педагогов через практику наставничества «Учитель – учитель»; ' +
        'транслировать наставляемым ценностно-смысловые ориентиры, традиции, лучшие педагогические практики; ' +
        'активизировать наставническую деятельность в отношении педагогов, имеющих профессиональные дефициты, и ' +
        'педагогов, учащиеся которых демонстрируют низкие образовательные результаты. Многофункциональное ' +
        'наставничество: классический наставник, тьютор, коуч, ментор, куратор.',
      mentorships: [
        {
          key: 'demo:mentorship:vorkuta-2022-zhdanova-lytkina',
          form: MentoringForm.PEER,
          goals: 'Подготовка учащихся к ГИА по математике; исследование урока (дефициты по итогам оценки базовых компетенций).',
          startsOn: '2022-09-26',
          endsOn: '2023-05-31',
          status: MentorshipStatus.COMPLETED,
          mentorKeys: [ZHDANOVA],
          menteeKeys: [S12_MATH],
          outcome: 'ИОМ выполнен; наставляемая представила опыт на «Диалоге в сети» 15.05.2023.',
          sessions: [
            held('2022-10-07', IN_PERSON, 'Технологии, методы и средства подготовки учащихся к ГИА (после круглого стола)', 90, 'Составлен план повторения для 9 класса.'),
            held('2022-11-23', OPEN_LESSON, 'Исследование урока: урок алгебры в 9 классе', 90, 'Выявлены потери времени на этапе проверки домашнего задания.'),
            held('2023-01-25', CONSULTATION, 'Перекрёстная проверка диагностических работ 9-х классов', 120, 'Расхождения в оценивании второй части разобраны по критериям.', '2023-01-26'),
            held('2023-03-15', OPEN_LESSON, 'Открытый урок наставляемой: задания ВПР в 7 классе', 45, 'Урок рекомендован для методической панорамы.'),
            held('2023-05-15', IN_PERSON, '«Диалог в сети»: итоги ИОМ', 60, 'Наставляемая показала результаты маршрута.'),
          ],
        },
        {
          key: 'demo:mentorship:vorkuta-2022-lazareva-triad',
          form: MentoringForm.PEER,
          goals: 'Читательская грамотность на уроках гуманитарного цикла; постановка профессиональных целей (коучинг).',
          startsOn: '2022-09-26',
          endsOn: '2023-05-31',
          status: MentorshipStatus.COMPLETED,
          mentorKeys: [LAZAREVA],
          menteeKeys: [S12_RUS, S12_PRIMARY],
          outcome: 'Разработаны и проведены два межпредметных урока; приёмы смыслового чтения внесены в планы ШМО.',
          sessions: [
            held('2022-10-12', IN_PERSON, 'Коуч-сессия: профессиональные цели на учебный год', 90, 'Цели сформулированы по SMART, внесены в ИОМ.'),
            held('2022-12-07', CONSULTATION, 'Приёмы смыслового чтения на уроках русского языка и в начальной школе', 60, 'Выбраны три приёма для апробации.'),
            held('2023-02-08', OPEN_LESSON, 'Межпредметный урок «Читаем и понимаем текст»', 90, 'Урок посетили руководители ШМО обеих школ.'),
            held('2023-04-12', IN_PERSON, 'Рефлексия: что изменилось в уроках', 60, 'Анкетирование пары проведено.'),
          ],
        },
        {
          key: 'demo:mentorship:vorkuta-2026-zhdanova-filippov',
          form: MentoringForm.TRADITIONAL,
          goals: 'Молодой учитель математики: ИОМ по итогам оценки базовых компетенций (постановка учебной задачи, мотивация), подготовка к ВПР и ОГЭ.',
          startsOn: '2026-09-01',
          endsOn: '2027-05-31',
          status: MentorshipStatus.ACTIVE,
          mentorKeys: [ZHDANOVA],
          menteeKeys: [FILIPPOV],
          sessions: [
            held('2026-09-14', IN_PERSON, 'ИОМ: дефициты по итогам оценки базовых компетенций', 60, 'Приоритеты: превращение темы урока в учебную задачу, формирование мотивации.'),
            held('2026-10-07', OPEN_LESSON, 'Посещение урока наставляемого (8 класс, геометрия)', 45, 'Учебная задача поставлена, но не возвращались к ней в конце урока.'),
            held('2026-11-11', CONSULTATION, 'Задания ВПР по математике: типичные ошибки', 60, 'Подобраны тренировочные задания для 7 класса.'),
            planned('2026-12-09', OPEN_LESSON, 'Посещение урока наставника (9 класс, подготовка к ОГЭ)'),
            planned('2027-01-27', CONSULTATION, 'Перекрёстная проверка диагностических работ 9-х классов'),
            planned('2027-03-17', IN_PERSON, 'Промежуточные итоги ИОМ'),
          ],
        },
        {
          key: 'demo:mentorship:vorkuta-2026-sergeev-triad',
          form: MentoringForm.GROUP,
          goals: 'Исследовательский метод в обучении и проектная деятельность в естественно-научных предметах (молодые учителя обеих школ).',
          startsOn: '2026-09-15',
          endsOn: '2027-05-31',
          status: MentorshipStatus.ACTIVE,
          mentorKeys: [SERGEEV],
          menteeKeys: [S12_YOUNG_CHEM, S35_YOUNG_BIO],
          sessions: [
            held('2026-09-30', IN_PERSON, 'Проектная деятельность в 5–9 классах: темы и этапы', 90, 'Каждая наставляемая выбрала по учебному проекту.'),
            held('2026-10-28', ONLINE, 'Исследовательская работа учащихся 9–11 классов: гипотеза и методы', 60, 'Составлены планы исследований.'),
            planned('2026-12-02', OPEN_LESSON, 'Посещение уроков-исследований наставляемых'),
            planned('2027-02-01', IN_PERSON, 'Обучающий семинар: защита проектов'),
          ],
        },
        {
          key: 'demo:mentorship:vorkuta-2026-nosova-lyapunova',
          form: MentoringForm.TRADITIONAL,
          goals: 'Молодой учитель начальных классов: планирование, оценивание, подготовка к ВПР в 4 классе.',
          startsOn: '2026-09-01',
          endsOn: '2027-05-31',
          status: MentorshipStatus.ACTIVE,
          mentorKeys: [NOSOVA],
          menteeKeys: [S35_YOUNG_PRIMARY],
          sessions: [
            held('2026-09-11', IN_PERSON, 'ИОМ молодого педагога: цели на год', 60, 'Маршрут согласован с заместителем директора.'),
            held('2026-10-16', OPEN_LESSON, 'Посещение урока наставника (математика, 2 класс)', 45, 'Разобраны приёмы организации групповой работы.'),
            held('2026-11-20', OPEN_LESSON, 'Посещение урока наставляемой', 45, 'Рекомендовано вводить самооценку по критериям.'),
            planned('2027-01-22', CONSULTATION, 'Критериальное оценивание в начальной школе'),
          ],
        },
        {
          key: 'demo:mentorship:vorkuta-2026-lazareva-arteeva',
          form: MentoringForm.TRADITIONAL,
          goals: 'Молодой учитель русского языка: подготовка к ВПР, работа с текстом.',
          startsOn: '2026-12-01',
          endsOn: '2027-05-31',
          status: MentorshipStatus.PLANNED,
          mentorKeys: [LAZAREVA],
          menteeKeys: [S12_YOUNG_RUS],
          sessions: [
            planned('2026-12-03', IN_PERSON, 'Знакомство: дефициты и ИОМ'),
            planned('2027-01-21', OPEN_LESSON, 'Посещение урока наставляемой'),
            planned('2027-03-18', CONSULTATION, 'ВПР по русскому языку: пробная работа'),
          ],
        },
      ],
    },
  ],
};
