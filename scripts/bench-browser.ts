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
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { analyzeCorpus } from '../src/core/pipeline.ts';
import type { ArticleInput } from '../src/core/types.ts';
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
  /** Longest task from choosing the file until the map has drawn the claims. */
  bigLongestTaskMs?: number;
  /** Longest task from choosing the file until the claims are listed. */
  bigLongestListedMs?: number;
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

/**
 * Builds the app for production, as `npm run build` does. NODE_ENV must say production: a
 * parent process (vitest sets `test`, npm or tsx may set others) would otherwise get React's
 * development build bundled, three times slower and half again as big.
 */
export async function buildApp(): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, logLevel: 'warn', mode: 'production' });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

/**
 * Builds the app afresh: a dist/ left by another tool may be of another mode, and the
 * figures must be of what users get. Returns what was done.
 */
export async function ensureBuilt(): Promise<string> {
  const t0 = performance.now();
  await buildApp();
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
 * "N articles · M claims" summary appears), the map has drawn them, and the map has drawn its
 * basemap (data-basemap, set once every outline and label tile is drawn), on the page's clock.
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
    // data-drawn: the claims the map has once a draw is complete ("0" before the analysis).
    const map = document.querySelector('[data-testid=map][data-drawn]');
    if (m.map === undefined && map && map.getAttribute('data-drawn') !== '0')
      m.map = performance.now();
    if (m.basemap === undefined && document.querySelector('[data-testid=map][data-basemap]'))
      m.basemap = performance.now();
    if (m.listed !== undefined && m.map !== undefined && m.basemap !== undefined)
      observer.disconnect();
  };
  const observer = new MutationObserver(stamp);
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-drawn', 'data-basemap'],
  });
`;

interface PageBench {
  longtasks: [number, number][];
  marks: { listed?: number; map?: number; basemap?: number };
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

/**
 * One fresh page load of the sample corpus (a new context: empty storage), until the map has
 * drawn the basemap too: the app builds it after the analysis, so that the claims come first.
 */
async function sampleLoad(browser: Browser, baseUrl: string): Promise<SampleLoad> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByTestId('analysis-done').waitFor({ timeout: 60_000 });
  await page
    .locator('[data-testid=map][data-drawn]:not([data-drawn="0"])')
    .waitFor({ timeout: 60_000 });
  await page.locator('[data-testid=map][data-basemap]').waitFor({ timeout: 60_000 });
  const b = await pageBench(page);
  if (b.longtaskError) throw new Error(`no longtask observer: ${b.longtaskError}`);
  const listedMs = b.marks.listed!;
  const { claims } = await summary(page);
  const count = (await page.getByTestId('result-count').textContent()) ?? '';
  if (!new RegExp(`Showing ${claims} of ${claims} claims`).test(count))
    throw new Error(`claims listed but the list shows "${count}"`);
  const mapMs = b.marks.map!;
  const basemapMs = b.marks.basemap!;
  return {
    page,
    listedMs,
    mapMs,
    basemapMs,
    longestMs: longest(b, 0, Math.max(listedMs, mapMs)),
    longestToBasemapMs: longest(b, 0, basemapMs),
    claims,
  };
}

interface SampleLoad {
  page: Page;
  /** Navigation to the claims listed, to the map drawing them, to the basemap drawn (ms). */
  listedMs: number;
  mapMs: number;
  basemapMs: number;
  /** Longest main-thread task until the claims are listed and drawn. */
  longestMs: number;
  /** Longest main-thread task until the basemap is drawn. */
  longestToBasemapMs: number;
  claims: number;
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
  const slice = generateCorpus(engine.gazetteer, 1_000_000, 777);
  const sliceBytes = slice.reduce((a, c) => a + Buffer.byteLength(c.text), 0);
  const countClaims = (as: ArticleInput[]) =>
    analyzeCorpus(as, engine).reduce((a, r) => a + r.claims.length, 0);
  // 5% over the calibrated size; then the whole corpus is analysed as the app will, and made
  // larger until it surely gives `claims` (claims per byte vary with the corpus's size: the
  // cross-article claims depend on which sentences recur).
  let bytes = ((claims * sliceBytes) / countClaims(slice)) * 1.05;
  let articles = generateCorpus(engine.gazetteer, bytes, 4242);
  for (let got = countClaims(articles); got < claims; got = countClaims(articles)) {
    bytes *= (claims / got) * 1.05;
    articles = generateCorpus(engine.gazetteer, bytes, 4242);
  }
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

/**
 * Adds the big JSONL through "Add articles", waits for ≥ `claims` claims listed, then for the
 * map to have drawn them (its data-drawn count).
 */
export async function bigLoad(
  page: Page,
  file: string,
  claims: number,
): Promise<{
  stageMs: number;
  analyseMs: number;
  drawnMs: number;
  longestMs: number;
  longestListedMs: number;
  over: number;
  total: number;
}> {
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
  const listed = ((await pageBench(page)).marks as { big: number }).big;
  const { claims: total } = await summary(page);
  // Then the map: data-drawn appears once its last draw is complete.
  const map = page.locator('[data-testid=map][data-drawn]');
  for (;;) {
    await map.waitFor({ timeout: Math.max(1, deadline - Date.now()) });
    if (Number(await map.getAttribute('data-drawn')) >= claims * 0.9) break;
    await new Promise((res) => setTimeout(res, 200));
  }
  const drawn = (await page.evaluate('performance.now()')) as number;
  const b = await pageBench(page);
  let over = 0;
  for (const [start, duration] of b.longtasks)
    if (start + duration >= t0 && start <= drawn && duration > LONG_TASK_BUDGET_MS) over++;
  return {
    stageMs: t1 - t0,
    analyseMs: listed - t1,
    drawnMs: drawn - t1,
    longestMs: longest(b, t0, drawn),
    longestListedMs: longest(b, t0, listed),
    over,
    total,
  };
}

/** A Chrome trace event (only the fields used here). */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { functionName?: string } };
}

/** The page's live JavaScript heap, in MB, after two forced full garbage collections. */
async function pageHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1048576;
  } finally {
    await cdp.detach();
  }
}

/** Trace events of garbage collection on the main thread (none nested in another). */
const GC_EVENTS = new Set(['MajorGC', 'MinorGC', 'V8.GC_MC_INCREMENTAL']);

/** " (mostly …)" for a long script task, from its trace events. */
function scriptWhat(c: TaskCauses): string {
  return c.scriptMs >= LONG_TASK_BUDGET_MS && c.scriptWhat ? ` (${c.scriptWhat})` : '';
}

/** What the longest main-thread tasks of a trace were spent on. */
export interface TaskCauses {
  /** Longest task that was a frame waiting for the renderer (GLES2::ReadPixels). */
  frameMs: number;
  /** Longest task mostly spent in garbage collection. */
  gcMs: number;
  /** Longest other task (script, DOM). */
  scriptMs: number;
  /** What that task was mostly doing: the trace events that took over a third of it. */
  scriptWhat: string;
}

/**
 * Records a Chrome trace of the page while `run` runs, keeping only what classifies the long
 * tasks of the page's main thread: a frame whose commit waits for the WebGL canvas to be read
 * back (with SwiftShader, the map drawn on the CPU), garbage collection, or script.
 */
async function traceTaskCauses<T>(
  page: Page,
  run: () => Promise<T>,
): Promise<{ result: T; causes: TaskCauses }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value as unknown as TraceEvent[])
      if (ev.name === 'thread_name' || (ev.ph === 'X' && (ev.dur ?? 0) >= 5_000)) events.push(ev);
  });
  await cdp.send('Tracing.start', {
    categories: 'toplevel,gpu,devtools.timeline,v8',
    transferMode: 'ReportEvents',
  });
  const result = await run();
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const causes: TaskCauses = { frameMs: 0, gcMs: 0, scriptMs: 0, scriptWhat: '' };
  for (const task of onMain) {
    // The scheduler's task: one per main-thread task (the longtask entries of the page).
    if (task.name !== 'ThreadControllerImpl::RunTask' || (task.dur ?? 0) < 50_000) continue;
    const end = task.ts + task.dur!;
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end);
    const ms = task.dur! / 1000;
    // Full and young collections, and the steps of incremental marking that V8 runs inside
    // the page's own tasks when its background markers fall behind.
    const gc = inside.filter((e) => GC_EVENTS.has(e.name)).reduce((a, e) => a + e.dur!, 0);
    if (inside.some((e) => e.name === 'GLES2::ReadPixels' && e.dur! > task.dur! / 2))
      causes.frameMs = Math.max(causes.frameMs, ms);
    else if (gc > task.dur! / 2) causes.gcMs = Math.max(causes.gcMs, ms);
    else if (ms > causes.scriptMs) {
      causes.scriptMs = ms;
      const what = inside
        .filter((e) => e.dur! > task.dur! / 3)
        .map((e) => {
          const fn = e.args?.data?.functionName;
          return fn ? `${e.name} ${fn}` : e.name;
        });
      causes.scriptWhat = [...new Set(what)].slice(0, 4).join(' > ');
    }
  }
  return { result, causes };
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
      `sample corpus (${loads[0].claims} claims), navigation → claims listed; → claims drawn on the map, ${loads.length === 1 ? '1 load' : `median of ${loads.length} fresh loads`}`,
      `**${ms(median(listed))}**${loads.length > 1 ? ` (${spread(listed)})` : ''}; drawn ${ms(median(loads.map((l) => l.mapMs)))}`,
    ]);
    rows.push([
      'longest main-thread task during the sample load',
      `${ms(sampleLongest)} (budget ${LONG_TASK_BUDGET_MS} ms)`,
    ]);
    rows.push([
      'sample corpus: navigation → basemap drawn (built after the analysis), median; longest main-thread task until then',
      `${ms(median(loads.map((l) => l.basemapMs)))}; ${ms(Math.max(...loads.map((l) => l.longestToBasemapMs)))}`,
    ]);
    const page = loads[loads.length - 1].page;
    const metrics: BrowserMetrics = {
      sampleLoadMs: median(listed),
      sampleLongestTaskMs: sampleLongest,
      filterMs: 0,
      filterOn: 'sample corpus',
    };

    // (b) 100,000 claims through the file input, once the sample page has drawn its basemap
    // and a second has passed: the load is measured, not the end of the page's start-up.
    if (big) {
      await page.waitForTimeout(1000);
      const { result: r, causes } = await traceTaskCauses(page, () =>
        bigLoad(page, big.file, BIG_CLAIMS),
      );
      metrics.bigLoadMs = r.analyseMs;
      metrics.bigLongestTaskMs = r.longestMs;
      metrics.bigLongestListedMs = r.longestListedMs;
      metrics.filterOn = '100,000 claims';
      rows.push([
        `${r.total.toLocaleString('en-GB')} claims: a ${big.mb.toFixed(1)} MB JSONL added through "Add articles"`,
        `**${(r.analyseMs / 1000).toFixed(1)} s** from "Analyse" to the claims listed, ${(r.drawnMs / 1000).toFixed(1)} s to the map drawn (file read and staged in ${ms(r.stageMs)} before)`,
      ]);
      rows.push([
        `longest main-thread task, from choosing the file to the claims listed`,
        `**${ms(r.longestListedMs)}** (budget ${LONG_TASK_BUDGET_MS} ms)${r.longestListedMs > LONG_TASK_BUDGET_MS ? ' — over budget' : ''}`,
      ]);
      rows.push([
        `longest main-thread task, until the map has drawn them; tasks over ${LONG_TASK_BUDGET_MS} ms`,
        `**${ms(r.longestMs)}**${r.longestMs > LONG_TASK_BUDGET_MS ? ' — over budget' : ''}; ${r.over} over ${LONG_TASK_BUDGET_MS} ms`,
      ]);
      rows.push([
        'the same tasks by cause (Chrome trace): longest task of script, layout or map work; longest garbage collection; longest frame waiting for the CPU renderer (SwiftShader) to draw the map',
        `script, layout, map work **${ms(causes.scriptMs)}**${scriptWhat(causes)}; GC ${ms(causes.gcMs)}; frame ${ms(causes.frameMs)}`,
      ]);
    }

    // (c) "Mismatches only", on and off.
    const { result: f, causes: fc } = await traceTaskCauses(page, () =>
      filterResponse(page, opts.quick ? 4 : 6, opts.quick ? 300 : 1500),
    );
    metrics.filterMs = median(f.domMs);
    rows.push([
      `"Mismatches only" on/off on the ${metrics.filterOn}, click → count updated, median of ${f.domMs.length}`,
      `**${ms(median(f.domMs))}** (${spread(f.domMs)}; next frame ${ms(median(f.frameMs))}) (budget ${FILTER_BUDGET_MS} ms)${median(f.domMs) > FILTER_BUDGET_MS ? ' — over budget' : ''}`,
    ]);
    rows.push([
      `longest main-thread task while filtering (${metrics.filterOn}), and by cause`,
      `${ms(f.longestMs)}: script, layout, map work ${ms(fc.scriptMs)}${scriptWhat(fc)}; GC ${ms(fc.gcMs)}; frame waiting for the CPU renderer ${ms(fc.frameMs)}`,
    ]);
    if (big) {
      // Last, as the forced collections would change the timings above.
      rows.push([
        "the page's JavaScript heap holding the 100,000 claims, after two full collections",
        `${(await pageHeapMb(page)).toFixed(0)} MB`,
      ]);
    }
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
