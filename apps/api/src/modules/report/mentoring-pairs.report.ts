import { Injectable } from '@nestjs/common';
import { MENTORING_MODEL_LABELS, MentorshipStatus, REPORT_JOB_KINDS, ReportKind } from '@metodset/shared';
import { Permission } from '../../common/auth/permissions';
import { AppError } from '../../common/errors/errors';
import { ReportDocument, ReportSection } from '../../common/jobs/files/report-document';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { MentoringService } from '../mentoring/mentoring.service';
import { SurveyService } from '../survey/survey.service';
import { allPages, overlaps, ReportParams } from './report-params';
import { ReportBuilder, ReportContext } from './report-builder';

/**
 * 003 «Организация и проведение анкетирования среди наставнических пар»: the programmes of the territory active in
 * the period, their pairs by state, and what the pairs answered in the programme's surveys (the survey domain's
 * aggregation: averages by side, a side withheld below the anonymity threshold).
 */
@Injectable()
export class MentoringPairsReport implements ReportBuilder {
  readonly kind = REPORT_JOB_KINDS[ReportKind.MENTORING_PAIRS];
  constructor(
    private readonly mentoring: MentoringService,
    private readonly surveys: SurveyService,
  ) {}

  async build(p: ReportParams, ctx: ReportContext): Promise<Pick<ReportDocument, 'sections' | 'footnotes'>> {
    const actor = ctx.actor(Permission.MENTORING_READ);
    const programs = (await allPages((page) => this.mentoring.listPrograms(actor, { archived: ArchiveFilter.ALL }, undefined, page))).filter((pr) =>
      overlaps(pr.startsOn, pr.endsOn, p.from, p.to),
    );
    await ctx.progress(20);
    const pairs: ReportSection = {
      heading: 'Программы наставничества и пары',
      columns: [
        { header: 'Программа' },
        { header: 'Модель' },
        { header: 'Начало', type: 'date' },
        { header: 'Окончание', type: 'date' },
        { header: 'Пар всего', type: 'number' },
        { header: 'Идут', type: 'number' },
        { header: 'Завершены', type: 'number' },
        { header: 'Прекращены', type: 'number' },
      ],
      rows: [],
    };
    const answers: ReportSection = {
      heading: 'Результаты анкетирования наставнических пар',
      note: 'Средний балл по шкале 1–5; ответы стороны не показываются, если её ответило меньше порога анонимности',
      columns: [
        { header: 'Программа' },
        { header: 'Анкета' },
        { header: 'Вопрос' },
        { header: 'Ответили', type: 'number' },
        { header: 'Средний балл', type: 'number' },
        { header: 'Наставники', type: 'number' },
        { header: 'Наставляемые', type: 'number' },
        { header: 'Примечание' },
      ],
      rows: [],
    };
    let done = 0;
    for (const pr of programs) {
      const ms = await allPages((page) => this.mentoring.listMentorships(actor, { programId: pr.id }, undefined, page));
      const count = (s: MentorshipStatus) => ms.filter((x) => x.status === s).length;
      pairs.rows.push([pr.name, MENTORING_MODEL_LABELS[pr.model], pr.startsOn, pr.endsOn, ms.length, count(MentorshipStatus.ACTIVE), count(MentorshipStatus.COMPLETED), count(MentorshipStatus.STOPPED)]);
      let list: Awaited<ReturnType<SurveyService['list']>> = [];
      try {
        list = await this.surveys.list(actor, pr.id);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
      }
      for (const s of list) {
        let results: Awaited<ReturnType<SurveyService['results']>>;
        try {
          results = await this.surveys.results(actor, s.id);
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          answers.rows.push([pr.name, s.title, null, null, null, null, null, err.message]);
          continue;
        }
        for (const q of results.questions) {
          if (q.average === null && q.mentorAverage === null && q.menteeAverage === null && !q.withheldMessage) continue;
          answers.rows.push([pr.name, s.title, q.text, q.answered, q.average, q.mentorAverage, q.menteeAverage, q.withheldMessage]);
        }
      }
      await ctx.progress(20 + (70 * ++done) / Math.max(1, programs.length));
    }
    return {
      sections: [pairs, answers],
      footnotes: ['Источник: программы наставничества, наставнические пары и анкеты пар в Методсети (в пределах прав доступа заказавшего отчёт).'],
    };
  }
}
