import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventTiming } from '@metodset/shared';
import { occurrences } from '../../../modules/event/event-occurrences';
import { DEMO_NETWORKS } from '../networks';
import { DEMO_REGISTRY } from '../registry';
import { DEMO_EVENTS } from '.';
import { PODPOROZHYE_EVENTS } from './podporozhye.data';
import { FRIENDS_EVENTS } from './friends.data';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const seed = (file: string) => squash(readFileSync(join(__dirname, '..', '..', '..', '..', '..', '..', 'docs', 'seeds', file), 'utf8'));

/** The demo events are seeded with SQL: check here that they obey the rules the API enforces and keep the seeds' words. */
describe('demo events', () => {
  const named = new Set<string>();
  const orgOf = new Map<string, string>();
  for (const r of DEMO_REGISTRY)
    for (const mu of r.municipalities)
      for (const o of mu.organizations)
        for (const p of o.people) {
          orgOf.set(p.key, o.key);
          if (p.namedInSeed) named.add(p.key);
        }
  const members = new Map(DEMO_NETWORKS.map((n) => [n.key, new Set(n.members.map((m) => m.organizationKey))]));

  it.each(DEMO_EVENTS.map((e) => [e.key, e] as const))('%s obeys the rules', (_key, e) => {
    expect(e.endsOn >= e.startsOn).toBe(true);
    expect(e.timing === EventTiming.PERIOD).toBe(!!e.periodLabel);
    const dates = new Set(occurrences({ ...e, startsAt: null, endsAt: null, recurrence: e.series?.frequency ?? null, recurrenceInterval: e.series?.interval ?? 1, recurrenceCount: e.series?.count ?? null, recurrenceUntil: e.series?.until ?? null, revision: 0 }).map((o) => o.occurrenceDate));
    const registered = new Set(e.registrations ?? []);
    for (const a of e.attendance ?? []) expect([a.personKey, registered.has(a.personKey), dates.has(a.occurrenceDate)]).toEqual([a.personKey, true, true]);
    const attended = new Set((e.attendance ?? []).map((a) => a.personKey));
    for (const f of e.feedback ?? []) expect([f.personKey, attended.has(f.personKey)]).toEqual([f.personKey, true]);
    if ('networkKey' in e.host) {
      const net = members.get(e.host.networkKey)!;
      for (const o of e.organizerKeys ?? []) expect([o, net.has(o)]).toEqual([o, true]);
      for (const p of registered) expect([p, net.has(orgOf.get(p)!)]).toEqual([p, true]);
    }
  });

  it('invents no registration, attendance or feedback of a person a programme names', () => {
    const touched = DEMO_EVENTS.flatMap((e) => [...(e.registrations ?? []), ...(e.attendance ?? []).map((a) => a.personKey), ...(e.feedback ?? []).map((f) => f.personKey)]);
    expect(touched.filter((k) => named.has(k))).toEqual([]);
  });

  it('keeps the rows of Podporozhye’s yearly plans as written: title, «Сроки», «Ответственные», «Планируемый результат»', () => {
    const text = seed('002_be24f99301e95f44.txt');
    // Rows whose cells the converted document breaks over two lines: their pieces, in order.
    const split: Record<string, string[]> = {
      'demo:event:podp-2020-2-8': ['Совместный педсовет «Эффективные методики повышения учебной мотивации обучающихся» Январь 2021 года Администрация МБОУ «Подпорожская СОШ №3», Повышение профессиональных', 'МБОУ «Важинский ОЦ», МБОУ «Подпорожская СОШ №4 им. М.Горького» компетенций руководителей и учителей ШНОР'],
      'demo:event:podp-2021-2-5': ['Семинар «Анализ результатов муниципального этапа Всероссийской олимпиады школьников в 2021/ 2022 учебный год. Эффективные Январь 2022 года Администрация МБОУ «Подпорожская СОШ №3» Повышение профессиональных компетенций руководителей и учителей ШНОР', 'практики подготовки обучающихся к олимпиадам».'],
      'demo:event:podp-2022-1-4': ['Методическая конференция « Развитие воспитательных практик для обеспечения Ноябрь 2022 года Информационно- методическая служба Повышение профессиональных', 'взаимообучения школьников» МБОУ «Подпорожская СОШ №3» компетенций педагогических работников ШНОР'],
    };
    const missing = PODPOROZHYE_EVENTS.filter((e) => {
      const pieces = split[e.key];
      if (!pieces) return !text.includes(squash([e.title, e.periodLabel, e.responsibleNote, e.plannedResult].join(' ')));
      const words = squash(pieces.join(' ')).split(' ');
      const need = squash([e.title, e.periodLabel, e.responsibleNote, e.plannedResult].join(' ')).split(' ');
      return !pieces.every((p) => text.includes(squash(p))) || [...need].sort().join(' ') !== [...words].sort().join(' ');
    }).map((e) => e.key);
    expect(missing).toEqual([]);
  });

  it('keeps the titles and months of the «Будем дружить школами» calendar as written', () => {
    const text = seed('000_460c3fe9a7de9de8.txt');
    const month = (e: (typeof FRIENDS_EVENTS)[number]) => text.includes(squash(e.periodLabel!)) || text.includes(`${squash(e.title)} (${e.periodLabel!.split(' ')[0]})`);
    expect(FRIENDS_EVENTS.filter((e) => !text.includes(squash(e.title)) || !month(e)).map((e) => e.key)).toEqual([]);
  });
});
