import { ArgumentsHost, Catch, Controller, ExceptionFilter, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy, Public } from '../../common/auth/policy.decorator';
import { AppError, ErrorCode } from '../../common/errors/errors';
import { CalendarService } from './calendar.service';

interface HttpResponse {
  status(code: number): HttpResponse;
  set(headers: Record<string, string>): HttpResponse;
  send(body: string): void;
}
interface HttpRequest {
  protocol: string;
  get(name: string): string | undefined;
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

/** The gate's and the service's errors as HTTP answers (the global filter speaks GraphQL only). */
@Catch(AppError)
export class IcalErrorFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<HttpResponse>();
    const code = error.extensions['code'] as ErrorCode;
    res.status(STATUS[code] ?? 500).set({ 'content-type': 'text/plain; charset=utf-8' }).send(error.message);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const origin = (req: HttpRequest) => {
  const host = req.get('host');
  return host ? `${req.protocol}://${host}` : null;
};
function sendCalendar(res: HttpResponse, text: string, fileName: string): void {
  res
    .status(200)
    .set({
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `inline; filename="${fileName}"`,
      'cache-control': 'private, no-cache',
      'x-content-type-options': 'nosniff',
    })
    .send(text);
}

/**
 * iCal over plain HTTP, for calendar programs: `/ical/<secret>.ics` (a subscription; the secret is the credential,
 * revoked or unknown → 404) and `/ical/event/<id>.ics` (one event, for a signed-in caller who sees it).
 */
@Controller('ical')
@UseFilters(IcalErrorFilter)
export class CalendarFeedController {
  constructor(private readonly service: CalendarService) {}

  @Public()
  @Get(':file')
  async feed(@Param('file') file: string, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : '';
    const text = token ? await this.service.feed(token, origin(req)) : null;
    if (text === null) {
      res.status(404).set({ 'content-type': 'text/plain; charset=utf-8' }).send('Подписка не найдена или отозвана');
      return;
    }
    sendCalendar(res, text, 'metodset.ics');
  }

  @Policy(Permission.EVENT_READ)
  @Get('event/:file')
  async event(@CurrentActor() actor: Actor, @Param('file') file: string, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    const id = file.endsWith('.ics') ? file.slice(0, -4) : '';
    if (!UUID.test(id)) {
      res.status(404).set({ 'content-type': 'text/plain; charset=utf-8' }).send('Мероприятие не найдено');
      return;
    }
    sendCalendar(res, await this.service.eventIcal(actor.scope, id, origin(req)), `event-${id}.ics`);
  }
}
