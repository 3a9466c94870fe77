import { Injectable } from '@nestjs/common';
import { EVENT_KIND_LABELS, EventKind, REPORT_JOB_KINDS, ReportKind } from '@metodset/shared';
import { Permission } from '../../common/auth/permissions';
import { ReportDocument, ReportSection } from '../../common/jobs/files/report-document';
import { EventFilter } from '../event/dto/events.args';
import { EventService } from '../event/event.service';
import { MentoringService } from '../mentoring/mentoring.service';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { ReportBuilder, ReportContext } from './report-builder';
import { allPages, overlaps, ReportParams } from './report-params';

/**
 * 004 «Мониторинг эффективности методической деятельности по сопровождению профессионального развития педагогов»
 * (2 раза в год): what the methodological service of the territory ran in the half-year — events by kind with
 * their academic hours (event's list, in the owner's scope narrowed to the territory: network events of its schools
 * count too), and the mentoring programmes of the period (mentoring's list).
 */
@Injectable()
export class MethodicalServiceReport implements ReportBuilder {
  readonly kind = REPORT_JOB_KINDS[ReportKind.METHODICAL_SERVICE];
  constructor(
    private readonly events: EventService,
    private readonly mentoring: MentoringService,
  ) {}

  async build(p: ReportParams, ctx: ReportContext): Promise<Pick<ReportDocument, 'sections' | 'footnotes'>> {
    const eventScope = ctx.actor(Permission.EVENT_READ).scope;
    const filter = Object.assign(new EventFilter(), { from: p.from, to: p.to, archived: ArchiveFilter.ACTIVE });
    const evs = await allPages((page) => this.events.list(eventScope, filter, undefined, page));
    await ctx.progress(40);
    const byKind = new Map<EventKind, { count: number; hours: number }>();
    for (const e of evs) {
      const k = byKind.get(e.kind) ?? { count: 0, hours: 0 };
      k.count++;
      k.hours += e.hours === null ? 0 : Number(e.hours);
      byKind.set(e.kind, k);
    }
    const kinds: ReportSection = {
      heading: 'Методические мероприятия по видам',
      columns: [{ header: 'Вид мероприятия' }, { header: 'Мероприятий', type: 'number' }, { header: 'Академических часов (на участника)', type: 'number' }],
      rows: [...byKind.entries()]
        .sort((a, b) => b[1].count - a[1].count || EVENT_KIND_LABELS[a[0]].localeCompare(EVENT_KIND_LABELS[b[0]], 'ru'))
        .map(([k, v]) => [EVENT_KIND_LABELS[k], v.count, v.hours]),
    };
    if (kinds.rows.length) kinds.rows.push(['Итого', evs.length, [...byKind.values()].reduce((a, v) => a + v.hours, 0)]);
    const list: ReportSection = {
      heading: 'Перечень мероприятий',
      columns: [{ header: 'Мероприятие' }, { header: 'Вид' }, { header: 'Начало', type: 'date' }, { header: 'Окончание', type: 'date' }, { header: 'Часов', type: 'number' }],
      rows: evs.map((e) => [e.title, EVENT_KIND_LABELS[e.kind], e.startsOn, e.endsOn, e.hours === null ? null : Number(e.hours)]),
    };
    const mentoringActor = ctx.actor(Permission.MENTORING_READ);
    const programs = (await allPages((page) => this.mentoring.listPrograms(mentoringActor, { archived: ArchiveFilter.ALL }, undefined, page))).filter((pr) =>
      overlaps(pr.startsOn, pr.endsOn, p.from, p.to),
    );
    await ctx.progress(80);
    const mentoring: ReportSection = {
      heading: 'Программы наставничества в периоде',
      columns: [{ header: 'Программа' }, { header: 'Начало', type: 'date' }, { header: 'Окончание', type: 'date' }],
      rows: programs.map((pr) => [pr.name, pr.startsOn, pr.endsOn]),
    };
    return {
      sections: [kinds, list, mentoring],
      footnotes: ['Мониторинг проводится 2 раза в год (по полугодиям). Источник: мероприятия и программы наставничества Методсети в пределах прав доступа заказавшего отчёт.'],
    };
  }
}
