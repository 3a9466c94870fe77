import { Injectable } from '@nestjs/common';
import { EVENT_KIND_LABELS, NETWORK_MODEL_LABELS, REPORT_JOB_KINDS, ReportKind } from '@metodset/shared';
import { Permission } from '../../common/auth/permissions';
import { ReportDocument, ReportSection } from '../../common/jobs/files/report-document';
import { EventFilter } from '../event/dto/events.args';
import { EventService } from '../event/event.service';
import { NetworkFilter } from '../network/dto/networks.args';
import { NetworkService } from '../network/network.service';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { ReportBuilder, ReportContext } from './report-builder';
import { allPages, overlaps, ReportParams } from './report-params';

/**
 * 000/002 network interaction («сетевое взаимодействие школ»): the networks of the territory working in the period,
 * their accepted members (network's own count) and the events they hosted in the period (event's list).
 */
@Injectable()
export class NetworkInteractionReport implements ReportBuilder {
  readonly kind = REPORT_JOB_KINDS[ReportKind.NETWORK_INTERACTION];
  constructor(
    private readonly networks: NetworkService,
    private readonly events: EventService,
  ) {}

  async build(p: ReportParams, ctx: ReportContext): Promise<Pick<ReportDocument, 'sections' | 'footnotes'>> {
    const netScope = ctx.actor(Permission.NETWORK_READ).scope;
    const eventScope = ctx.actor(Permission.EVENT_READ).scope;
    const networks = (
      await allPages((page) => this.networks.list(netScope, Object.assign(new NetworkFilter(), { archived: ArchiveFilter.ALL }), undefined, page))
    ).filter((n) => overlaps(n.startsOn, n.endsOn, p.from, p.to));
    const members = await this.networks.memberCounts(networks.map((n) => n.id));
    await ctx.progress(20);
    const summary: ReportSection = {
      heading: 'Сети и их участники',
      columns: [
        { header: 'Сеть' },
        { header: 'Модель' },
        { header: 'Начало', type: 'date' },
        { header: 'Окончание', type: 'date' },
        { header: 'Участников', type: 'number' },
        { header: 'Мероприятий за период', type: 'number' },
      ],
      rows: [],
    };
    const list: ReportSection = {
      heading: 'Мероприятия сетей за период',
      columns: [{ header: 'Сеть' }, { header: 'Мероприятие' }, { header: 'Вид' }, { header: 'Начало', type: 'date' }, { header: 'Окончание', type: 'date' }, { header: 'Часов', type: 'number' }],
      rows: [],
    };
    let done = 0;
    for (const n of networks) {
      const filter = Object.assign(new EventFilter(), { networkId: n.id, from: p.from, to: p.to, archived: ArchiveFilter.ACTIVE });
      const evs = await allPages((page) => this.events.list(eventScope, filter, undefined, page));
      summary.rows.push([n.name, NETWORK_MODEL_LABELS[n.model], n.startsOn, n.endsOn, members.get(n.id) ?? 0, evs.length]);
      for (const e of evs) list.rows.push([n.name, e.title, EVENT_KIND_LABELS[e.kind], e.startsOn, e.endsOn, e.hours === null ? null : Number(e.hours)]);
      await ctx.progress(20 + (70 * ++done) / Math.max(1, networks.length));
    }
    return {
      sections: [summary, list],
      footnotes: ['Участники — организации, принявшие участие в сети (приглашённые, но не принявшие, не считаются). Источник: сети и мероприятия Методсети.'],
    };
  }
}
