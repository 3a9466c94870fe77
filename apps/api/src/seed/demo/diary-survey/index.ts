import { DiaryVisibility, MentorshipSide, SurveyQuestionType } from '@metodset/shared';

/**
 * ILLUSTRATIVE «Дневник ПОС» entries and pair surveys («анкетирование наставнических пар»). The seeds name the
 * instruments (001: «Дневник ПОС» наставников как результат социорефлексии практик наставничества; 003: анкетирование
 * наставнических пар) but give no entry and no answer: every entry and answer below is invented, written by invented
 * people (registry: namedInSeed false) in the invented pairs of the Yaroslavl ПОС and «Будем дружить школами», and the
 * surveys say «демонстрационные данные» in their titles. Keyed by external ids (responses by survey × pair × person).
 */
export interface DemoDiaryEntry {
  key: string; // "demo:diary:<slug>"
  mentorshipKey: string;
  authorKey: string;
  writtenOn: string;
  text: string;
  /** Answers to DIARY_PROMPTS, by key. */
  answers: Record<string, string>;
  visibility: DiaryVisibility;
}

export interface DemoSurveyResponse {
  mentorshipKey: string;
  personKey: string;
  side: MentorshipSide;
  submittedAt: string; // ISO timestamp
  answers: Record<string, number | string>;
}

export interface DemoSurvey {
  key: string; // "demo:survey:<slug>"
  programKey: string;
  title: string;
  isFinal: boolean;
  closedAt?: string;
  questions: { key: string; text: string; type: SurveyQuestionType }[];
  responses: DemoSurveyResponse[];
}

const { SCALE, TEXT } = SurveyQuestionType;
const QUESTIONS = [
  { key: 'useful', text: 'Насколько встречи пары полезны для вашей работы? (1–5)', type: SCALE },
  { key: 'schedule', text: 'Удаётся ли встречаться по плану? (1–5)', type: SCALE },
  { key: 'change', text: 'Что стоит изменить в работе пары?', type: TEXT },
];

const YAR = 'demo:person:76-yar-';
const P = (slug: string) => `demo:person:${slug}`;

export const DEMO_DIARY: DemoDiaryEntry[] = [
  {
    key: 'demo:diary:yaroslavl-2023-gromova-immersion',
    mentorshipKey: 'demo:mentorship:yaroslavl-2023-afanasyeva-gromova',
    authorKey: `${YAR}ds57-young`,
    writtenOn: '2023-12-13',
    text: 'Три недели погружения в логопедическую работу: наблюдала занятия, подобрала речевые игры для режимных моментов.',
    answers: {
      done: 'Провела пять речевых игр в своей группе.',
      hard: 'Удерживать внимание всей группы во время игры.',
      learned: 'Замечать, какому ребёнку нужна помощь логопеда.',
      next: 'Буду вести карту речевых игр на каждый месяц.',
    },
    visibility: DiaryVisibility.SHARED,
  },
  {
    key: 'demo:diary:yaroslavl-2023-afanasyeva-immersion',
    mentorshipKey: 'demo:mentorship:yaroslavl-2023-afanasyeva-gromova',
    authorKey: `${YAR}ds57-speech`,
    writtenOn: '2023-12-14',
    text: 'Наставляемая быстро освоила приёмы; формат однократного погружения подходит для узких тем.',
    answers: { done: 'Показала три занятия и разобрала их.', next: 'Предложить формат коллегам ПОС.' },
    visibility: DiaryVisibility.PARTICIPANTS,
  },
  {
    key: 'demo:diary:yaroslavl-2026-kiseleva-pos',
    mentorshipKey: 'demo:mentorship:yaroslavl-2026-pos-golubeva',
    authorKey: `${YAR}sh26-young`,
    writtenOn: '2026-10-15',
    text: 'Встреча ПОС: разбирали практику «проблема → способы решения → механизмы взаимодействия → продукты → результат» на примере моего урока.',
    answers: {
      done: 'Описала свою проблему: дети не задают вопросов на уроке.',
      hard: 'Сформулировать проблему без оценок.',
      learned: 'Коллеги из Тутаева предложили приём «вопрос дня».',
      next: 'Апробирую приём в 3 классе и расскажу на следующей встрече.',
    },
    visibility: DiaryVisibility.SHARED,
  },
  {
    key: 'demo:diary:yaroslavl-2026-golubeva-pos',
    mentorshipKey: 'demo:mentorship:yaroslavl-2026-pos-golubeva',
    authorKey: `${YAR}sh26-pos-head`,
    writtenOn: '2026-10-16',
    text: 'Группа работает онлайн и очно; участники начали давать обратную связь вопросами, а не оценками.',
    answers: { done: 'Три практики описаны по схеме.', next: 'Собрать практики для «Дневника ПОС» к декабрю.' },
    visibility: DiaryVisibility.SHARED,
  },
  {
    key: 'demo:diary:yaroslavl-2026-efimova-immersion',
    mentorshipKey: 'demo:mentorship:yaroslavl-2026-immersion-polyakova',
    authorKey: `${YAR}ds55-young`,
    writtenOn: '2026-10-29',
    text: 'Погружение в работу с родителями: посетила родительское собрание наставника и подготовила своё.',
    answers: { learned: 'Начинать собрание с того, что ребёнок уже умеет.', next: 'Провести собрание в своей группе в ноябре.' },
    visibility: DiaryVisibility.PARTICIPANTS,
  },
  {
    key: 'demo:diary:friends-2026-novikova-supervision',
    mentorshipKey: 'demo:mentorship:friends-2026-andreeva-novikova',
    authorKey: P('53-borovichi-sosh11-young'),
    writtenOn: '2026-11-12',
    text: 'Супервизия урока в 6 классе: учебную задачу поставили вместе с классом, но на рефлексию не хватило времени.',
    answers: { hard: 'Следить за временем урока.', next: 'Планировать рефлексию на 5 минут и ставить таймер.' },
    visibility: DiaryVisibility.SHARED,
  },
];

export const DEMO_SURVEYS: DemoSurvey[] = [
  {
    key: 'demo:survey:yaroslavl-pos-2023-final',
    programKey: 'demo:mentoring:yaroslavl-pos',
    title: 'Итоговая анкета наставнической пары, 2023 (демонстрационные данные)',
    isFinal: true,
    closedAt: '2023-12-29T12:00:00+03:00',
    questions: QUESTIONS,
    responses: [
      { mentorshipKey: 'demo:mentorship:yaroslavl-2023-afanasyeva-gromova', personKey: `${YAR}ds57-young`, side: MentorshipSide.MENTEE, submittedAt: '2023-12-18T15:00:00+03:00', answers: { useful: 5, schedule: 4, change: 'Больше времени на самостоятельные занятия под наблюдением.' } },
      { mentorshipKey: 'demo:mentorship:yaroslavl-2023-afanasyeva-gromova', personKey: `${YAR}ds57-speech`, side: MentorshipSide.MENTOR, submittedAt: '2023-12-19T10:00:00+03:00', answers: { useful: 4, schedule: 5, change: 'Заранее согласовывать расписание погружения с заведующим.' } },
    ],
  },
  {
    key: 'demo:survey:yaroslavl-pos-2026-midway',
    programKey: 'demo:mentoring:yaroslavl-pos',
    title: 'Анкета наставнической пары: середина 2026/2027 учебного года (демонстрационные данные)',
    isFinal: false,
    questions: QUESTIONS,
    responses: [
      { mentorshipKey: 'demo:mentorship:yaroslavl-2026-pos-golubeva', personKey: `${YAR}sh26-young`, side: MentorshipSide.MENTEE, submittedAt: '2026-11-16T16:00:00+03:00', answers: { useful: 5, schedule: 4, change: 'Чаще встречаться онлайн с коллегами из Тутаева.' } },
      { mentorshipKey: 'demo:mentorship:yaroslavl-2026-pos-golubeva', personKey: `${YAR}sh26-pos-head`, side: MentorshipSide.MENTOR, submittedAt: '2026-11-17T09:30:00+03:00', answers: { useful: 4, schedule: 3, change: 'Согласовать общее время для трёх школ.' } },
      { mentorshipKey: 'demo:mentorship:yaroslavl-2026-flash-karpova', personKey: `${YAR}ds182-young`, side: MentorshipSide.MENTEE, submittedAt: '2026-11-18T14:00:00+03:00', answers: { useful: 4, schedule: 5, change: 'Короткие встречи удобны, хотелось бы видеозаписи.' } },
      { mentorshipKey: 'demo:mentorship:yaroslavl-2026-duo-kudryavtsev-belov', personKey: P('39-shkola-budushchego-young'), side: MentorshipSide.MENTEE, submittedAt: '2026-11-19T11:00:00+03:00', answers: { useful: 5, schedule: 3, change: 'Разница во времени мешает онлайн-встречам после уроков.' } },
    ],
  },
];
