import { EventAudienceTarget, EventKind, EventTiming } from '@metodset/shared';
import { DemoEvent } from '../events.types';

/**
 * Seed 000: the calendar of the workshop «Будем дружить школами» 2026–2027 — its «Внедренческий блок» and the final
 * session of its «Рефлексивный блок», titles, kinds and months exactly as the seed lists them (a month is a PERIOD: the
 * seed gives no days; inside «Октябрь 2026 - апрель 2027 г.» the month is the one in brackets after the title). Hosted by the workshop's network. The seed names no organisers or responsible people for
 * single events, so none are given. The blocks' other lines (discussion of the idea, analysis of deficits, analytical
 * activity) are plan items, not events (the plan domain keeps them).
 * Invented (illustrative): registrations for the ЕМД and the festival, attendance and feedback at the telebridge —
 * only of the invented staff of the fictional schools, never of the authors (Первухина Е.В., Савельева Н.В.).
 */
const NETWORK = { networkKey: 'demo:network:budem-druzhit-shkolami' };
const SOURCE = 'Мастерская педагогического диалога «Будем дружить школами», январь 2026 – май 2027 (seed 000)';
const SOSH9_YOUNG = 'demo:person:53-borovichi-sosh9-young';
const GYM_YOUNG = 'demo:person:53-borovichi-gym-young';
const SOSH11_YOUNG = 'demo:person:53-borovichi-sosh11-young';
const OPECHENSKY_YOUNG = 'demo:person:53-opechensky-young';
const VOLOK_YOUNG = 'demo:person:53-volok-young';
const SOSH11_PHYSICS = 'demo:person:53-borovichi-sosh11-physics';
const OPECHENSKY_BIO = 'demo:person:53-opechensky-bio';
const VOLOK_RUS = 'demo:person:53-volok-rus';

const month = (label: string, first: string, last: string) => ({ timing: EventTiming.PERIOD, periodLabel: label, startsOn: first, endsOn: last });

export const FRIENDS_EVENTS: DemoEvent[] = [
  {
    key: 'demo:event:friends-budem-znakomy',
    title: 'Стартовая методическая сессия «Будем знакомы»',
    kind: EventKind.METHODOLOGICAL_SESSION,
    host: NETWORK,
    ...month('Август 2026 г.', '2026-08-01', '2026-08-31'),
    place: 'Туристическая база «Боровлянская»',
    source: `${SOURCE}, внедренческий блок`,
  },
  {
    key: 'demo:event:friends-telebridge-teachers-day',
    title: 'Телемост, посвящённый Дню учителя «Учитель – профессия дальнего действия»',
    kind: EventKind.TELEBRIDGE,
    host: NETWORK,
    ...month('октябрь 2026 г.', '2026-10-01', '2026-10-31'),
    source: `${SOURCE}, внедренческий блок (октябрь 2026 – апрель 2027 г.)`,
    registrations: [SOSH9_YOUNG, GYM_YOUNG, SOSH11_YOUNG, OPECHENSKY_BIO],
    attendance: [
      { personKey: SOSH9_YOUNG, occurrenceDate: '2026-10-01' },
      { personKey: GYM_YOUNG, occurrenceDate: '2026-10-01' },
      { personKey: OPECHENSKY_BIO, occurrenceDate: '2026-10-01' },
    ],
    feedback: [
      { personKey: SOSH9_YOUNG, rating: 5, comment: 'Было интересно услышать коллег из других школ.' },
      { personKey: GYM_YOUNG, rating: 4, comment: 'Хотелось бы больше времени на вопросы.' },
    ],
  },
  {
    key: 'demo:event:friends-emd',
    title: 'ЕМД «Непрерывное повышение профессионального мастерства педагога, или Как превратить трудности в возможности?»',
    kind: EventKind.UNIFIED_METHODOLOGICAL_DAY,
    host: NETWORK,
    ...month('декабрь 2026 г.', '2026-12-01', '2026-12-31'),
    source: `${SOURCE}, внедренческий блок (октябрь 2026 – апрель 2027 г.)`,
    capacity: 40,
    registrations: [SOSH9_YOUNG, SOSH11_YOUNG, VOLOK_YOUNG, SOSH11_PHYSICS, VOLOK_RUS],
  },
  {
    key: 'demo:event:friends-festival-klassnaya-rabota',
    title: 'Фестиваль открытых уроков «Классная работа»',
    kind: EventKind.FESTIVAL,
    host: NETWORK,
    ...month('январь 2027 г.', '2027-01-01', '2027-01-31'),
    audienceTarget: EventAudienceTarget.TEACHERS,
    source: `${SOURCE}, внедренческий блок (октябрь 2026 – апрель 2027 г.)`,
    registrations: [GYM_YOUNG, OPECHENSKY_YOUNG],
  },
  {
    key: 'demo:event:friends-marathon-preobrazovanie',
    title: 'Марафон мастер-классов «ПРЕобразование»',
    kind: EventKind.MARATHON,
    host: NETWORK,
    ...month('март 2027 г.', '2027-03-01', '2027-03-31'),
    source: `${SOURCE}, внедренческий блок (октябрь 2026 – апрель 2027 г.)`,
  },
  {
    key: 'demo:event:friends-final-session',
    title: 'Финальная методическая сессия «Будем дружить школами»',
    kind: EventKind.METHODOLOGICAL_SESSION,
    host: NETWORK,
    ...month('Май 2027 г.', '2027-05-01', '2027-05-31'),
    source: `${SOURCE}, рефлексивный блок`,
  },
];
