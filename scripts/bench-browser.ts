/**
 * Browser figures for the benchmark: the built app in the system Chromium (never a downloaded
 * one), served by `vite preview` on a free loopback port, as the browser tests do.
 *
 *   npx tsx scripts/bench-browser.ts            full: sample corpus ×3, 100,000 claims, filter
 *   npx tsx scripts/bench-browser.ts --quick    sample corpus ×1 and the filter on it
 *
 * Times are taken inside the page with performance.now() (its origin is the navigation start),
 * and a PerformanceObserver for `longtask` entries is installed before any page script runs.
 * Called by scripts/bench.ts after the core figures.
 */
import { createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { analyzeCorpus } from '../src/core/pipeline.ts';
import { launchChromium } from '../test/browser/browser.ts';
import { generateCorpus } from './bench-corpus.ts';
import { loadEngine } from './load-engine.ts';
import { ROOT } from './build-data.ts';

export type Row = [figure: string, value: string];

/** The numbers behind the rows, for the budget checks in scripts/bench.ts. */
export interface BrowserMetrics {
  /** Navigation start to the claims listed, sample corpus, median (ms). */
  sampleLoadMs: number;
  /** Longest main-thread task during the sample load (ms; 0 when there was none ≥ 50 ms). */
  sampleLongestTaskMs: number;
  /** Click on "Mismatches only" to the count updated in the DOM, median (ms). */
  filterMs: number;
  /** What the filter was measured on. */
  filterOn: 'sample corpus' | '100,000 claims';
  bigLoadMs?: number;
  bigLongestTaskMs?: number;
}

export type BrowserRows = Row[] & { metrics: BrowserMetrics };

/** Budgets from the issue. */
export const LONG_TASK_BUDGET_MS = 200;
export const FILTER_BUDGET_MS = 100;
const BIG_CLAIMS = 100_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function spread(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[0].toFixed(0)}–${s[s.length - 1].toFixed(0)}`;
}
const ms = (x: number) => `${Math.round(x).toLocaleString('en-GB')} ms`;

/** Newest modification time (ms) of the files under `path`. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const e of readdirSync(path)) t = Math.max(t, newest(join(path, e)));
  return t;
}

/** Builds the app when dist/ is missing or older than its sources; returns what was done. */
export async function ensureBuilt(): Promise<string> {
  const index = join(ROOT, 'dist', 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(
    newest(join(ROOT, 'src')),
    newest(join(ROOT, 'public')),
    newest(join(ROOT, 'index.html')),
    newest(join(ROOT, 'vite.config.ts')),
  );
  if (built && built >= sources) return 'dist/ up to date';
  const t0 = performance.now();
  // What `npx vite build` does. NODE_ENV must say production: a parent process (npm, tsx)
  // may have set it otherwise, and React's development build would then be bundled.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, logLevel: 'warn', mode: 'production' });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  return `built in ${((performance.now() - t0) / 1000).toFixed(0)} s`;
}

export async function serve(): Promise<{ server: PreviewServer; baseUrl: string }> {
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('vite preview did not report a port');
  }
  return { server, baseUrl: `http://127.0.0.1:${address.port}/` };
}

/**
 * Installed before any page script: long tasks, and the moments the claims are listed (the
 * "N articles · M claims" summary appears) and the map is ready, on the page's clock.
 * A string, evaluated in the page: this file is type-checked without DOM types.
 */
export const INIT_SCRIPT = `
  window.__bench = { longtasks: [], marks: {} };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    window.__bench.longtaskError = String(e);
  }
  const stamp = () => {
    const m = window.__bench.marks;
    if (m.listed === undefined && document.querySelector('[data-testid=analysis-done]'))
      m.listed = performance.now();
    if (m.map === undefined && document.querySelector('[data-testid=map][data-ready=true]'))
      m.map = performance.now();
    if (m.listed !== undefined && m.map !== undefined) observer.disconnect();
  };
  const observer = new MutationObserver(stamp);
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-ready'],
  });
`;

interface PageBench {
  longtasks: [number, number][];
  marks: { listed?: number; map?: number };
  longtaskError?: string;
}

async function pageBench(page: Page): Promise<PageBench> {
  return (await page.evaluate('window.__bench')) as PageBench;
}

/** Longest task that started in [from, to] on the page's clock (0 when none ≥ 50 ms). */
function longest(b: PageBench, from: number, to = Infinity): number {
  let m = 0;
  for (const [start, duration] of b.longtasks)
    if (start + duration >= from && start <= to) m = Math.max(m, duration);
  return m;
}

/** "N articles · M claims" as numbers. */
async function summary(page: Page): Promise<{ articles: number; claims: number }> {
  const text = (await page.getByTestId('analysis-done').textContent()) ?? '';
  const m = /([\d,]+) articles? · ([\d,]+) claims?/.exec(text);
  if (!m) throw new Error(`unexpected summary: ${text}`);
  return { articles: Number(m[1].replace(/,/g, '')), claims: Number(m[2].replace(/,/g, '')) };
}

/** One fresh page load of the sample corpus (a new context: empty storage). */
async function sampleLoad(
  browser: Browser,
  baseUrl: string,
): Promise<{ page: Page; listedMs: number; mapMs: number; longestMs: number; claims: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByTestId('analysis-done').waitFor({ timeout: 60_000 });
  await page.locator('[data-testid=map][data-ready=true]').waitFor({ timeout: 60_000 });
  const b = await pageBench(page);
  if (b.longtaskError) throw new Error(`no longtask observer: ${b.longtaskError}`);
  const listedMs = b.marks.listed!;
  const { claims } = await summary(page);
  const count = (await page.getByTestId('result-count').textContent()) ?? '';
  if (!new RegExp(`Showing ${claims} of ${claims} claims`).test(count))
    throw new Error(`claims listed but the list shows "${count}"`);
  return { page, listedMs, mapMs: b.marks.map!, longestMs: longest(b, 0, listedMs), claims };
}

/**
 * Clicks "Mismatches only" `n` times (on, off, on, …) from inside the page and times each
 * click to the result count changing in the DOM, and to the next frame after that.
 */
async function filterResponse(
  page: Page,
  n: number,
  pauseMs: number,
): Promise<{ domMs: number[]; frameMs: number[]; longestMs: number; shown: string[] }> {
  const from = (await page.evaluate('performance.now()')) as number;
  const out = (await page.evaluate(`(async () => {
    const results = [];
    for (let i = 0; i < ${n}; i++) {
      const count = document.querySelector('[data-testid=result-count]');
      const button = document.querySelector('[data-testid=mismatches-only]');
      const text = count.textContent;
      const r = await new Promise((resolve, reject) => {
        let t0 = 0;
        const timer = setTimeout(() => reject(new Error('count did not change in 30 s')), 30000);
        const observer = new MutationObserver(() => {
          if (count.textContent === text) return;
          const dom = performance.now() - t0;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() =>
            setTimeout(() => resolve([dom, performance.now() - t0, count.textContent]), 0));
        });
        observer.observe(count, { subtree: true, childList: true, characterData: true });
        t0 = performance.now();
        button.click();
      });
      results.push(r);
      await new Promise((res) => setTimeout(res, ${pauseMs}));
    }
    return results;
  })()`)) as [number, number, string][];
  const after = await pageBench(page);
  return {
    domMs: out.map((r) => r[0]),
    frameMs: out.map((r) => r[1]),
    longestMs: longest(after, from),
    shown: out.map((r) => r[2]),
  };
}

/** A JSONL of bench-corpus articles with at least `claims` claims (by the Node core). */
export async function bigCorpus(
  claims: number,
): Promise<{ file: string; dir: string; mb: number }> {
  const engine = loadEngine();
  const slice = generateCorpus(engine.gazetteer, 300_000, 777);
  const sliceBytes = slice.reduce((a, c) => a + Buffer.byteLength(c.text), 0);
  const sliceClaims = analyzeCorpus(slice, engine).reduce((a, r) => a + r.claims.length, 0);
  // 10% over the calibrated size, so the whole file surely gives `claims`.
  const bytes = ((claims * sliceBytes) / sliceClaims) * 1.1;
  const articles = generateCorpus(engine.gazetteer, bytes, 4242);
  const dir = mkdtempSync(join(tmpdir(), 'claim-map-bench-browser-'));
  const file = join(dir, 'bench-100k.jsonl');
  const ws = createWriteStream(file);
  let written = 0;
  for (const a of articles) {
    const line = JSON.stringify({ id: a.id, title: a.id, text: a.text }) + '\n';
    written += Buffer.byteLength(line);
    if (!ws.write(line)) await new Promise<void>((res) => ws.once('drain', () => res()));
  }
  await new Promise<void>((res) => ws.end(res));
  return { file, dir, mb: written / 1e6 };
}

/** Adds the big JSONL through "Add articles" and waits for ≥ `claims` claims. */
export async function bigLoad(
  page: Page,
  file: string,
  claims: number,
): Promise<{ stageMs: number; analyseMs: number; longestMs: number; total: number }> {
  const t0 = (await page.evaluate('performance.now()')) as number;
  await page.getByTestId('add-articles').click();
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByTestId('staged-file').first().waitFor({ timeout: 120_000 });
  // Click "Analyse" from inside the page and stamp the moment the summary shows `claims`.
  const t1 = (await page.evaluate(`(() => {
    window.__bench.marks.big = undefined;
    const check = () => {
      const el = document.querySelector('[data-testid=analysis-done]');
      const m = el && /· ([\\d,]+) claims?/.exec(el.textContent);
      if (m && Number(m[1].replace(/,/g, '')) >= ${claims}) {
        window.__bench.marks.big = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    const t = performance.now();
    document.querySelector('[data-testid=analyse]').click();
    return t;
  })()`)) as number;
  // Polled from here: waitForFunction would evaluate a string in the page, which its CSP forbids.
  const deadline = Date.now() + 600_000;
  while ((await page.evaluate('window.__bench.marks.big')) === undefined) {
    if (Date.now() > deadline) throw new Error(`fewer than ${claims} claims after 10 minutes`);
    await new Promise((res) => setTimeout(res, 500));
  }
  const b = await pageBench(page);
  const done = (b.marks as { big: number }).big;
  const { claims: total } = await summary(page);
  return { stageMs: t1 - t0, analyseMs: done - t1, longestMs: longest(b, t0, done), total };
}

/** The browser rows of the benchmark table (and the numbers behind them). */
export async function browserFigures(opts: { quick: boolean }): Promise<BrowserRows> {
  const rows: Row[] = [];
  const built = await ensureBuilt();
  const big = opts.quick ? null : await bigCorpus(BIG_CLAIMS);
  const { server, baseUrl } = await serve();
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const version = browser.version();
    rows.push([
      'browser',
      `Chromium ${version} headless, SwiftShader (CPU rendering); app from \`vite preview\` (${built})`,
    ]);

    // (a) The sample corpus: navigation to claims listed, in fresh contexts.
    const loads = [];
    for (let i = 0; i < (opts.quick ? 1 : 3); i++) {
      const l = await sampleLoad(browser, baseUrl);
      loads.push(l);
      if (i < (opts.quick ? 0 : 2)) await l.page.context().close();
    }
    const listed = loads.map((l) => l.listedMs);
    const sampleLongest = Math.max(...loads.map((l) => l.longestMs));
    rows.push([
      `sample corpus (${loads[0].claims} claims), navigation → claims listed, ${loads.length === 1 ? '1 load' : `median of ${loads.length} fresh loads`}`,
      `**${ms(median(listed))}**${loads.length > 1 ? ` (${spread(listed)})` : ''}; map ready ${ms(median(loads.map((l) => l.mapMs)))}`,
    ]);
    rows.push([
      'longest main-thread task during the sample load',
      `${ms(sampleLongest)} (budget ${LONG_TASK_BUDGET_MS} ms)`,
    ]);
    const page = loads[loads.length - 1].page;
    const metrics: BrowserMetrics = {
      sampleLoadMs: median(listed),
      sampleLongestTaskMs: sampleLongest,
      filterMs: 0,
      filterOn: 'sample corpus',
    };

    // (b) 100,000 claims through the file input.
    if (big) {
      const r = await bigLoad(page, big.file, BIG_CLAIMS);
      metrics.bigLoadMs = r.analyseMs;
      metrics.bigLongestTaskMs = r.longestMs;
      metrics.filterOn = '100,000 claims';
      rows.push([
        `${r.total.toLocaleString('en-GB')} claims: a ${big.mb.toFixed(1)} MB JSONL added through "Add articles"`,
        `**${(r.analyseMs / 1000).toFixed(1)} s** from "Analyse" to the claims listed (file read and staged in ${ms(r.stageMs)} before)`,
      ]);
      rows.push([
        `longest main-thread task, ${r.total.toLocaleString('en-GB')} claims load`,
        `**${ms(r.longestMs)}** (budget ${LONG_TASK_BUDGET_MS} ms)${r.longestMs > LONG_TASK_BUDGET_MS ? ' — over budget' : ''}`,
      ]);
    }

    // (c) "Mismatches only", on and off.
    const f = await filterResponse(page, opts.quick ? 4 : 6, opts.quick ? 300 : 1500);
    metrics.filterMs = median(f.domMs);
    rows.push([
      `"Mismatches only" on/off on the ${metrics.filterOn}, click → count updated, median of ${f.domMs.length}`,
      `**${ms(median(f.domMs))}** (${spread(f.domMs)}; next frame ${ms(median(f.frameMs))}) (budget ${FILTER_BUDGET_MS} ms)${median(f.domMs) > FILTER_BUDGET_MS ? ' — over budget' : ''}`,
    ]);
    rows.push([`longest main-thread task while filtering (${metrics.filterOn})`, ms(f.longestMs)]);
    for (const l of loads) if (!l.page.isClosed()) await l.page.context().close();
    return Object.assign(rows, { metrics });
  } finally {
    await browser?.close();
    await server.close();
    if (big) rmSync(big.dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.argv.includes('--quick');
  browserFigures({ quick })
    .then((rows) => {
      console.log('| figure | value |');
      console.log('|---|---|');
      for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
