import type { MessageCompiler, MessageFunction } from 'vue-i18n';

type Piece = string | { key: string; list: boolean };

/** What vue-i18n hands a compiled message (the functions its own compiler's output calls; not in its public type). */
interface CompiledMessageContext {
  normalize(values: unknown[]): unknown;
  interpolate(value: unknown): unknown;
  named(key: string): unknown;
  list(index: number): unknown;
  plural(messages: unknown[]): unknown;
}

const PLACEHOLDER = /\{\s*(\w+)\s*\}/g;

/** A message's literal text and its `{name}` / `{0}` placeholders, in order. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    const key = m[1] as string;
    out.push({ key, list: /^\d+$/.test(key) });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/**
 * The message syntax this app's texts use, compiled without vue-i18n's message compiler (~7 KB gzip that the sign-in
 * page would otherwise load): literal text, named `{name}` and list `{0}` interpolation, and plural forms separated
 * by `|` (chosen by the locale's plural rule, i18n/setup.ts). Linked messages (`@:key`), literals (`{'…'}`) and
 * modifiers are not used by the app and not supported: `compile.spec.ts` renders every message of `ru.ts` with both
 * compilers and requires the same text, so a text that needs more fails there.
 */
export const compileMessage: MessageCompiler = (message) => {
  if (typeof message !== 'string') throw new Error('compileMessage: only string messages are supported');
  const forms = message.split('|');
  const cases = forms.map((f) => pieces(forms.length > 1 ? f.trim() : f));
  const render = (ctx: CompiledMessageContext, ps: Piece[]): unknown =>
    ctx.normalize(ps.map((p) => (typeof p === 'string' ? p : ctx.interpolate(p.list ? ctx.list(Number(p.key)) : ctx.named(p.key)))));
  const fn = (ctx: CompiledMessageContext): unknown => (cases.length === 1 ? render(ctx, cases[0] as Piece[]) : ctx.plural(cases.map((ps) => render(ctx, ps))));
  return fn as unknown as MessageFunction<string>;
};
