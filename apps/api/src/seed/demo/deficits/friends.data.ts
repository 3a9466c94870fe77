/**
 * Seed 000: «По итогам самодиагностики каждая школа ежегодно выявляет собственные дефициты и профициты». The five
 * schools of «Будем дружить школами» (fictional: «Школа А … Д (иллюстративная)») entered their self-diagnostics for 2025 on the
 * PROF framework; the deficits and proficits are INVENTED to complement each other and follow the network's support
 * links (networks/friends.data.ts): what one school lacks, another can share.
 */
export interface DemoSelfDiagnosis {
  organizationKey: string;
  conductedOn: string;
  summary: string;
  deficits: readonly { code: string; note: string }[];
  proficits: readonly { code: string; note: string }[];
}

const ON = '2025-12-20';
export const FRAMEWORK_CODE = 'PROF';

export const FRIENDS_SELF_DIAGNOSES: readonly DemoSelfDiagnosis[] = [
  {
    organizationKey: 'demo:org:53-borovichi-gymnasium',
    conductedOn: ON,
    summary: 'Сильная сторона — подготовка к ГИА и исследовательская работа естественно-научного цикла; нужна помощь в воспитательной работе и цифровых ресурсах.',
    deficits: [
      { code: 'PP3', note: 'Классные руководители 5–7 классов — молодые педагоги' },
      { code: 'HS2', note: 'Высокая нагрузка, признаки выгорания у педагогов выпускных классов' },
      { code: 'IT1', note: 'Мало опыта работы с оборудованием и цифровыми лабораториями' },
    ],
    proficits: [
      { code: 'AS2', note: 'Стабильно высокие результаты ГИА, опыт анализа ВПР' },
      { code: 'PR2', note: 'ШМО естественно-научного цикла ведёт исследовательские работы обучающихся' },
    ],
  },
  {
    organizationKey: 'demo:org:53-borovichi-sosh-9',
    conductedOn: ON,
    summary: 'Школа-координатор: опыт супервизии и формирующего оценивания; дефициты — дистанционные форматы, проекты и рабочие программы по русскому языку.',
    deficits: [
      { code: 'IT2', note: 'Смешанное обучение почти не применяется' },
      { code: 'PR1', note: 'Проектная деятельность формальна' },
      { code: 'ME2', note: 'Рабочие программы по русскому языку и литературе требуют доработки' },
    ],
    proficits: [
      { code: 'ME3', note: 'Учитель математики — супервизор, авторы проекта обобщают опыт' },
      { code: 'AS1', note: 'Формирующее оценивание на уроках математики' },
      { code: 'ME1', note: 'Проектирование уроков по обновлённым ФГОС' },
    ],
  },
  {
    organizationKey: 'demo:org:53-borovichi-sosh-11',
    conductedOn: ON,
    summary: 'Опытные учителя начальных классов; затруднения — подготовка к ГИА и исследовательская деятельность.',
    deficits: [
      { code: 'AS2', note: 'Результаты ВПР ниже муниципальных' },
      { code: 'PR2', note: 'Исследовательские работы обучающихся единичны' },
    ],
    proficits: [
      { code: 'PP1', note: 'Учёт возрастных особенностей: сильное методическое объединение начальных классов' },
      { code: 'PP3', note: 'Система воспитательной работы, классное руководство' },
    ],
  },
  {
    organizationKey: 'demo:org:53-borovichi-opechensky-posad',
    conductedOn: ON,
    summary: 'Центр «Точка роста»: цифровые ресурсы и проекты; дефициты — оценивание и проектирование уроков.',
    deficits: [
      { code: 'AS2', note: 'Нет опыта системной подготовки к ГИА по биологии и химии' },
      { code: 'AS1', note: 'Формирующее оценивание не применяется' },
      { code: 'ME1', note: 'Молодые педагоги затрудняются в проектировании уроков' },
    ],
    proficits: [
      { code: 'PR1', note: 'Проекты на оборудовании «Точки роста»' },
      { code: 'IT1', note: 'Цифровые лаборатории и ресурсы' },
      { code: 'IT2', note: 'Опыт дистанционных практикумов' },
    ],
  },
  {
    organizationKey: 'demo:org:53-borovichi-volok',
    conductedOn: ON,
    summary: 'Учитель русского языка высшей категории, сплочённый коллектив; дефициты — наставничество молодых, цифровые ресурсы, проекты.',
    deficits: [
      { code: 'ME3', note: 'Нет опыта супервизии молодых педагогов' },
      { code: 'IT1', note: 'Слабая цифровая среда' },
      { code: 'PR1', note: 'Проектная деятельность не организована' },
      { code: 'PP1', note: 'Молодой учитель начальных классов' },
    ],
    proficits: [
      { code: 'ME2', note: 'Рабочие программы и материалы по русскому языку' },
      { code: 'HS2', note: 'Профилактика выгорания: традиции коллектива' },
    ],
  },
];
