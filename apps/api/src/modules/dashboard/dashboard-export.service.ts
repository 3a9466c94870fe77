import { Injectable } from '@nestjs/common';
import { Actor } from '../../common/auth/actor';
import { dashboardPdf, dashboardXlsx } from './dashboard-export';
import { DashboardService } from './dashboard.service';
import { DashboardExportFormat, DashboardInput } from './dto/dashboard.input';
import { DashboardFileObject } from './dto/dashboard.object';

const safeName = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_+|_+$/g, '').slice(0, 80) || 'dashboard';

/** The dashboard as a file: the same query as the page (same scope), written as XLSX or PDF. */
@Injectable()
export class DashboardExportService {
  constructor(private readonly dashboards: DashboardService) {}

  async export(actor: Actor, input: DashboardInput, format: DashboardExportFormat): Promise<DashboardFileObject> {
    const d = await this.dashboards.dashboard(actor, input);
    const xlsx = format === DashboardExportFormat.XLSX;
    const content = xlsx ? await dashboardXlsx(d) : await dashboardPdf(d);
    return {
      fileName: `Панель_${safeName(d.title)}_${d.periodLabel.replace('/', '-')}.${xlsx ? 'xlsx' : 'pdf'}`,
      fileType: xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf',
      contentBase64: content.toString('base64'),
      size: content.length,
    };
  }
}
