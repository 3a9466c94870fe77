import { MentorDirection, MentoringForm, MentoringModel, MentorshipStatus, MentorType, SessionFormat } from '@metodset/shared';
import { DemoMentoring } from '../mentoring.types';
import { held, planned } from './sessions';

/**
 * Seed 000: «Будем дружить школами» (январь 2026 – май 2027): «развитие наставничества в формате супервизии», the
 * starting methodological session «Будем знакомы» (август 2026), the telebridge of October and the ЕМД of December.
 * ILLUSTRATIVE: the programme names no school and no mentor, so the programme below runs in the network of the
 * fictional schools «Школа А … Д (иллюстративная)» with their invented people (registry/friends.data.ts); every pair,
 * date, topic and note is invented. The authors (Первухина Е.В., Савельева Н.В.) take no invented part in it.
 */

const NETWORK = 'demo:network:budem-druzhit-shkolami';

const A_MATH = 'demo:person:53-borovichi-sosh9-math'; // Андреева О.С., супервизор (Школа А)
const B_CHEM = 'demo:person:53-borovichi-gym-chem'; // Тихомиров С.П. (Школа Б)
const B_YOUNG = 'demo:person:53-borovichi-gym-young'; // Кольцова А.Д. (Школа Б)
const V_YOUNG = 'demo:person:53-borovichi-sosh11-young'; // Новикова Ю.А. (Школа В)
const G_YOUNG = 'demo:person:53-opechensky-young'; // Гусев М.О. (Школа Г)
const D_YOUNG = 'demo:person:53-volok-young'; // Платонова А.С. (Школа Д)

const { IN_PERSON, ONLINE, OPEN_LESSON, CONSULTATION } = SessionFormat;

export const FRIENDS_MENTORING: DemoMentoring = {
  profiles: [
    {
      personKey: A_MATH,
      types: [MentorType.CLASSIC, MentorType.COACH],
      directions: [MentorDirection.STATE_EXAMS],
      subjects: ['Математика'],
      strengths: 'Супервизия: разбор урока по видеозаписи, обратная связь по критериям (демонстрационные данные).',
      capacity: 3,
    },
    {
      personKey: B_CHEM,
      types: [MentorType.METHODIST],
      directions: [MentorDirection.FUNCTIONAL_LITERACY],
      subjects: ['Химия', 'Биология'],
      strengths: 'Естественно-научная грамотность, оборудование центров «Точка роста» и «Науколаб» (демонстрационные данные).',
      capacity: 3,
    },
  ],
  programs: [
    {
      key: 'demo:mentoring:friends-supervision',
      name: 'Наставничество в формате супервизии: Мастерская педагогического диалога «Будем дружить школами» (демонстрационные данные)',
      model: MentoringModel.TEACHER_TO_TEACHER,
      forms: [MentoringForm.SUPERVISION, MentoringForm.GROUP],
      host: { networkKey: NETWORK },
      startsOn: '2026-08-01',
      endsOn: '2027-05-31',
      goals:
        'Целенаправленное повышение уровня профессиональных компетенций через сетевое взаимодействие и развитие ' +
        'наставничества в формате супервизии: опытный педагог одной школы сопровождает молодого педагога другой школы ' +
        'по дефицитам, выявленным самодиагностикой. Пары и встречи — демонстрационные данные.',
      mentorships: [
        {
          key: 'demo:mentorship:friends-2026-andreeva-novikova',
          form: MentoringForm.SUPERVISION,
          goals: 'Супервизия молодого учителя русского языка: постановка учебной задачи, обратная связь ученикам.',
          startsOn: '2026-08-27',
          endsOn: '2027-05-31',
          status: MentorshipStatus.ACTIVE,
          mentorKeys: [A_MATH],
          menteeKeys: [V_YOUNG],
          sessions: [
            held('2026-08-27', IN_PERSON, 'Стартовая методическая сессия «Будем знакомы»: запрос наставляемой', 90, 'Запрос — удерживать учебную задачу до конца урока.'),
            held('2026-10-05', ONLINE, 'Телемост «Учитель – профессия дальнего действия»: разбор видеофрагмента урока', 60, 'Выбран один приём обратной связи для апробации.'),
            held('2026-11-11', OPEN_LESSON, 'Супервизия урока русского языка в 6 классе', 45, 'Учебная задача поставлена вместе с классом; рефлексия сокращена.'),
            planned('2026-12-09', CONSULTATION, 'Подготовка выступления на ЕМД «Как превратить трудности в возможности?»'),
          ],
        },
        {
          key: 'demo:mentorship:friends-2026-tikhomirov-group',
          form: MentoringForm.GROUP,
          goals: 'Группа молодых педагогов трёх школ: учебные исследования на оборудовании центров «Точка роста».',
          startsOn: '2026-09-15',
          endsOn: '2027-04-30',
          status: MentorshipStatus.ACTIVE,
          mentorKeys: [B_CHEM],
          menteeKeys: [B_YOUNG, G_YOUNG, D_YOUNG],
          sessions: [
            held('2026-09-23', IN_PERSON, 'Знакомство с оборудованием центра «Точка роста»', 90, 'Каждый выбрал тему мини-исследования для своего предмета.'),
            held('2026-10-21', ONLINE, 'Исследовательский урок: гипотеза, опыт, вывод', 60, 'Составлены планы исследовательских уроков.'),
            planned('2026-12-16', OPEN_LESSON, 'Взаимопосещение исследовательских уроков'),
            planned('2027-01-20', IN_PERSON, 'Фестиваль открытых уроков «Классная работа»: подготовка'),
          ],
        },
      ],
    },
  ],
};
