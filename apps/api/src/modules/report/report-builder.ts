import { Actor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { ReportDocument } from '../../common/jobs/files/report-document';
import { ReportParams } from './report-params';

export interface ReportContext {
  /** The owner narrowed to the report's territory, for a permission. */
  actor(permission: Permission): Actor;
  progress(percent: number): Promise<void>;
}

/** One monitoring report: reads the owning domains' services and returns its tables. */
export interface ReportBuilder {
  readonly kind: string;
  build(params: ReportParams, ctx: ReportContext): Promise<Pick<ReportDocument, 'sections' | 'footnotes'>>;
}
