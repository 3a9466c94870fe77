import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { earlyBoot } from './early-boot.mts';

/** The modules whose chunks (with every chunk they import statically) every page behind the sign-in loads first. */
const SHELL = [/[\\/]layout[\\/]app-shell\.ts$/, /[\\/]layout[\\/]AppLayout\.vue$/];

/**
 * Production builds: a tiny classic script in index.html's head (`assets/boot-<hash>.js`, `async`) that sends the
 * session check at once and loads the first page's boot script (`assets/boot-<page>-<hash>.js`, which sends the
 * page's own queries) when the page has one (build/early-boot.mts, src/graphql/early-boot*.ts), and, on
 * any page but the sign-in page, asks for the app's shell at once — its chunks as `modulepreload`, its stylesheets as
 * `preload` — instead of after the entry and the Vue runtime have arrived and run (main.ts imports the shell only then:
 * a second wave of requests, one round trip and the entry's evaluation later). The sign-in page fetches nothing more
 * than this script. Links made like Vite's own (`crossorigin`), so its import of the same files finds them fetched.
 * The CSP allows it (`script-src 'self'`: a file, not inline code).
 */
export function shellPreload(dirs: Parameters<typeof earlyBoot>[0]): Plugin {
  return {
    name: 'metodset:shell-preload',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle: OutputBundle) {
      const chunks = Object.values(bundle).filter((f): f is OutputChunk => f.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry);
      const roots = chunks.filter((c) => c.facadeModuleId && SHELL.some((re) => re.test(c.facadeModuleId as string)));
      if (!entry || roots.length !== SHELL.length) this.error('metodset:shell-preload: the entry or a chunk of the app’s shell was not found');
      // What the entry loads already (index.html names it) is left out.
      const loaded = new Set<string>([entry.fileName, ...entry.imports]);
      const js = new Set<string>();
      const css = new Set<string>();
      const visit = (chunk: OutputChunk) => {
        if (js.has(chunk.fileName) || loaded.has(chunk.fileName)) return;
        js.add(chunk.fileName);
        for (const f of chunk.viteMetadata?.importedCss ?? []) css.add(f);
        for (const f of chunk.imports) {
          const next = bundle[f];
          if (next?.type === 'chunk') visit(next);
        }
      };
      for (const root of roots) visit(root);
      const files = [...[...js].map((f) => [f, 0] as const), ...[...css].map((f) => [f, 1] as const)];
      // The first pages' boot scripts, named in index.html's (early-boot.mts).
      const boot = await earlyBoot(dirs);
      const src: Record<string, string> = {};
      for (const page of boot.pages) src[page.name] = `/${this.getFileName(this.emitFile({ type: 'asset', name: `boot-${page.name}.js`, source: page.code }))}`;
      const source =
        (await boot.main(src)) +
        `(function(){if(/^\\/login\\/?$/.test(location.pathname))return;` +
        `${JSON.stringify(files.map(([f, isCss]) => `${isCss}/${f}`))}.forEach(function(x){` +
        `var l=document.createElement('link'),c=x[0]==='1';l.rel=c?'preload':'modulepreload';if(c)l.as='style';else l.as='script';` +
        `l.crossOrigin='';l.href='/'+x.slice(2);document.head.appendChild(l);});})();\n`;
      const ref = this.emitFile({ type: 'asset', name: 'boot.js', source });
      const name = this.getFileName(ref);
      const html = bundle['index.html'];
      if (html?.type !== 'asset' || typeof html.source !== 'string' || !html.source.includes('</head>')) {
        this.error('metodset:shell-preload: index.html was not found in the bundle');
      }
      html.source = html.source.replace('<script type="module"', `<script async src="/${name}"></script>\n    <script type="module"`);
    },
  };
}
