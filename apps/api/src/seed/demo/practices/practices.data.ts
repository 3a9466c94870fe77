import { PracticeState, ProductKind } from '@metodset/shared';

/**
 * The bank of practices and products from the programmes in docs/seeds/: the Yaroslavl МИП's practice card in the
 * seed's own shape «проблема → способы решения → механизмы взаимодействия → продукты → результат» (001), the
 * project's innovation products (001) and Vorkuta's collection «Калейдоскоп методических идей» (003). Texts are the
 * seeds' wording; the seeds name no authors of these, so none are given. Years the seeds do not state are those of
 * the stage that produces them, as said in `description`.
 */
export interface DemoPractice {
  key: string;
  organizationKey: string;
  networkKey: string | null;
  title: string;
  problem: string;
  solutions: string;
  mechanisms: string;
  products: string;
  result: string;
  tags: string[];
  state: PracticeState;
  illustrative: boolean;
}

export interface DemoProduct {
  key: string;
  kind: ProductKind;
  title: string;
  description: string;
  year: number;
  organizationKey: string;
  practiceKey: string | null;
  illustrative: boolean;
}

export const YAR_CARD_KEY = 'demo:practice:yaroslavl-mip-nastavnichestvo';
const YAR_SH_3 = 'demo:org:76-yar-sh-3';
const YAR_NETWORK = 'demo:network:yaroslavl-mip-nastavnichestvo';

export const YAR_CARD_TITLE = 'Наставничество: ресурсы взаимного развития в профессиональных обучающихся сообществах педагогов города';
export const YAR_PROBLEM = 'Повышение профессиональных компетенций педагогов. Повышение образовательных результатов.';
export const YAR_SOLUTION = 'Внедрение инструмента эффективного наставничества в деятельность ОО';
export const YAR_FORMS = 'Позитивный профессиональный дуэт; Однократное погружение в Мир профессионалов; Флэш-наставничество; Профессиональное обучающееся сообщество';
export const YAR_RESULT = 'повышение проф.компетенций педагогов, образовательных результатов благополучателей';

export const YAR_PRODUCTS: { title: string; kind: ProductKind }[] = [
  { title: 'Программа Мастерской «Профиль наставников ПОС»', kind: ProductKind.PROGRAMME },
  { title: 'Успешные педагогические практики, реализованные с помощью механизма наставничества', kind: ProductKind.COLLECTION },
  { title: '«Дневник ПОС» наставников как результат социорефлексии практик наставничества', kind: ProductKind.DIARY },
  { title: 'Пакет НПА для обеспечения деятельности наставников ПОС образовательной организации', kind: ProductKind.NORMATIVE_PACKAGE },
];

export const KALEIDOSCOPE_TITLE = 'Методический сборник «Калейдоскоп методических идей»';

export const DEMO_PRACTICES: DemoPractice[] = [
  {
    key: YAR_CARD_KEY,
    organizationKey: YAR_SH_3,
    networkKey: YAR_NETWORK,
    title: YAR_CARD_TITLE,
    problem: YAR_PROBLEM,
    solutions: `Способ решения проблемы: ${YAR_SOLUTION}. Цель инновационного проекта: Запуск и стабилизация механизмов эффективного наставничества в ПОС образовательных организаций.`,
    mechanisms:
      'ПОИСК ЭФФЕКТИВНЫХ ФОРМ ВЗАИМОДЕЙСТВИЯ ПЕДАГОГОВ: наставники и наставляемые — активное ВЗАИМОдействие, горизонтальные связи; ' +
      `Профессиональное обучающееся сообщество наставников МСО. Формы наставничества: ${YAR_FORMS}.`,
    products: YAR_PRODUCTS.map((p) => p.title).join('; ') + '; Соглашение о взаимодействии участников МИП.',
    result: `Ожидаемый результат: ${YAR_RESULT}.`,
    tags: ['наставничество', 'пос', 'флэш-наставничество', 'профессиональный дуэт'],
    state: PracticeState.PUBLISHED,
    illustrative: false,
  },
];

export const DEMO_PRODUCTS: DemoProduct[] = [
  ...YAR_PRODUCTS.map((p, i) => ({
    key: `demo:product:yaroslavl-mip-${i + 1}`,
    kind: p.kind,
    title: p.title,
    description: 'Инновационный продукт проекта «Наставничество: ресурсы взаимного развития» (МИП, г. Ярославль, 2023–2025); год — по этапу «Аналитико-результативный (январь – май 2025 гг.)»: подготовка методических продуктов МИП к публикации и диссеминации.',
    year: 2025,
    organizationKey: YAR_SH_3,
    practiceKey: YAR_CARD_KEY,
    illustrative: false,
  })),
  {
    key: 'demo:product:vorkuta-kaleidoscope',
    kind: ProductKind.COLLECTION,
    title: KALEIDOSCOPE_TITLE,
    description: 'Проектный продукт сетевого проекта «ШМО — драйвер профессионального развития» школ №12 и №35 г. Воркуты (2022–2023): Методический сборник «Калейдоскоп методических идей» ИЛИ «Методический калейдоскоп»; год — по III этапу проекта (май–июнь 2023 г.).',
    year: 2023,
    organizationKey: 'demo:org:11-vorkuta-sosh-12',
    practiceKey: null,
    illustrative: false,
  },
];
