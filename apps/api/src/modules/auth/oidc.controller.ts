import { Controller, Get, Inject, NotFoundException, Req, Res } from '@nestjs/common';
import { SESSION_COOKIE } from '../../common/auth/gate.guard';
import { Public } from '../../common/auth/policy.decorator';
import { AppConfig } from '../../config/config';
import { FLOW_TTL_SECONDS, OidcFlow, OidcRefusal, OidcService } from './oidc.service';

const FLOW_COOKIE = 'metodset_oidc';
const FLOW_PATH = '/api/auth/oidc';

interface HttpRequest {
  originalUrl: string;
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string | undefined>;
}
interface HttpResponse {
  cookie(name: string, value: string, options: Record<string, unknown>): HttpResponse;
  clearCookie(name: string, options: Record<string, unknown>): HttpResponse;
  redirect(status: number, url: string): void;
  status(code: number): HttpResponse;
  set(headers: Record<string, string>): HttpResponse;
  send(body: string): void;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The Russian page of a refused sign-in (no account is ever made on the way). */
export function refusalPage(text: string): string {
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Вход не выполнен — Методсеть</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}h1{font-size:1.4rem}a{color:#1d4ed8}</style>
</head><body><main><h1>Вход не выполнен</h1><p>${escapeHtml(text)}</p><p><a href="/login">Вернуться на страницу входа</a></p></main></body></html>`;
}

function readFlow(raw: string | undefined): OidcFlow | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<OidcFlow>;
    return typeof v.state === 'string' && typeof v.nonce === 'string' && typeof v.verifier === 'string' ? (v as OidcFlow) : null;
  } catch {
    return null;
  }
}

/** `GET /api/auth/oidc/start` sends the browser to the provider; `/callback` is where it comes back. */
@Controller('api/auth/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  private get secure(): boolean {
    return !!this.config.OIDC_REDIRECT_URI?.startsWith('https:');
  }

  @Public()
  @Get('start')
  async start(@Res() res: HttpResponse): Promise<void> {
    if (!this.oidc.enabled) throw new NotFoundException();
    const { url, flow } = await this.oidc.start();
    res.cookie(FLOW_COOKIE, Buffer.from(JSON.stringify(flow)).toString('base64url'), { httpOnly: true, sameSite: 'lax', secure: this.secure, path: FLOW_PATH, maxAge: FLOW_TTL_SECONDS * 1000 });
    res.redirect(302, url);
  }

  @Public()
  @Get('callback')
  async callback(@Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    if (!this.oidc.enabled) throw new NotFoundException();
    res.clearCookie(FLOW_COOKIE, { httpOnly: true, sameSite: 'lax', secure: this.secure, path: FLOW_PATH });
    // The URL as registered at the provider (a proxy in front may rewrite host and scheme), with the query it sent.
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const current = new URL(`${this.config.OIDC_REDIRECT_URI}${query}`);
    const ua = req.headers['user-agent'];
    try {
      const result = await this.oidc.finish(current, readFlow(req.cookies?.[FLOW_COOKIE]), { ip: req.ip ?? 'unknown', userAgent: typeof ua === 'string' ? ua : null });
      res.cookie(SESSION_COOKIE, result.token, { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/', expires: result.expiresAt });
      res.redirect(302, '/');
    } catch (err) {
      if (!(err instanceof OidcRefusal)) throw err;
      await this.oidc.recordRefusal(err.reason);
      res.status(403).set({ 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).send(refusalPage(err.text));
    }
  }
}
