import { ArgumentsHost, Catch, Controller, ExceptionFilter, Get, Param, Res, UseFilters } from '@nestjs/common';
import { Actor, CurrentActor } from '../auth/actor';
import { Permission } from '../auth/permissions';
import { Policy } from '../auth/policy.decorator';
import { AppError, ErrorCode } from '../errors/errors';
import { JobService } from './jobs.service';

interface HttpResponse {
  status(code: number): HttpResponse;
  set(headers: Record<string, string>): HttpResponse;
  send(body: string | Buffer): void;
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 404,
};

/** The gate's and the service's errors as plain HTTP answers. */
@Catch(AppError)
export class JobFileErrorFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<HttpResponse>();
    const code = error.extensions['code'] as ErrorCode;
    res.status(STATUS[code] ?? 500).set({ 'content-type': 'text/plain; charset=utf-8' }).send(error.message);
  }
}

/** RFC 5987: the Russian file name for browsers, an ASCII fallback for the rest. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** `GET /api/jobs/:id/file`: the result of the caller's own finished job (cookie or bearer token), audited. */
@Controller('api/jobs')
@UseFilters(JobFileErrorFilter)
export class JobFileController {
  constructor(private readonly service: JobService) {}

  @Policy(Permission.AUTHENTICATED)
  @Get(':id/file')
  async file(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: HttpResponse): Promise<void> {
    const file = await this.service.file(actor, id);
    res
      .status(200)
      .set({
        'content-type': file.mime,
        'content-disposition': contentDisposition(file.name),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      })
      .send(file.data);
  }
}
