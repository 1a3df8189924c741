/**
 * Benchmarks: speed and size of the core, against a peer, repeatable.
 *
 *   npm run bench             full run (~10 MB corpus; scaling at 1, 10 and 100 MB)
 *   npm run bench -- --quick  short run for CI (~2 MB; scaling at 1 and 10 MB); fails when a
 *                             budget is broken by a wide margin
 *
 * The speed ratio against compromise is taken on real news (the article texts of the GeoVirus
 * and LGL sets in ../shared/eval, when present) and on the generated war reports.
 *
 * Then the browser figures (scripts/bench-browser.ts) when /usr/bin/chromium exists: the built
 * app's load, a 100,000-claim workspace (full run only) and the filter's response time.
 *
 * Seeded (scripts/bench-corpus.ts), warm-up, several repetitions, median and spread, a sink
 * against dead-code elimination. Writes docs/BENCHMARKS.md with the machine, date and command.
 * Timing budgets compare ratios measured in the same run, never absolute times.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  createWriteStream,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { analyzeCorpus, emptyTimings, type Engine } from '../src/core/pipeline.ts';
import { Gazetteer } from '../src/core/gazetteer/gazetteer.ts';
import { RegionSet } from '../src/core/regions/region-set.ts';
import { Lexicon } from '../src/core/recognize/lexicon.ts';
import type { ArticleInput, StageTimings } from '../src/core/types.ts';
import { foldKey } from '../src/core/text/fold-key.ts';
import { generateCorpus, mulberry32 } from './bench-corpus.ts';
import { copiesFigures, COPIES_JSON_BUDGET, REPORT_COPIES } from './bench-copies.ts';
import { readArrayBuffer } from './load-engine.ts';
import { browserFigures, type BrowserRows, type Row } from './bench-browser.ts';
import { DATA_DIR, ROOT } from './build-data.ts';

const quick = process.argv.includes('--quick');
const CORPUS_MB = quick ? 2 : 10;
const REPS = quick ? 3 : 5;
const PEER_KB = quick ? 100 : 300;
/** Passes of ours over the peer's slice per alternating round. */
const OUR_PASSES = 10;
const SCALING_MB = quick ? [1, 10] : [1, 10, 100];
/** The V8 heap cap of the streaming runs (see scaling()). */
const SCALING_HEAP_MB = 256;
/** Budgets: the issue's targets, and the failure lines for CI (wide margins). */
const TARGET_RATIO = 50;
/**
 * CI fails only far below the target, on the real news (or on the generated reports where the
 * sets are missing). Runs of one code on this 2-core machine spread by a third and more (the
 * real-news ratio measured 45x to 63x on 2026-12-02), so under 20x is a regression, not noise.
 */
const FAIL_RATIO = 20;
/**
 * The generated war reports, denser in ambiguous village names than any news, measure lower:
 * 27x-40x in the same runs. Until 2026-12-02 they measured 40x, but that figure was inflated:
 * the region name indexes then kept 40 MB of small objects alive, and every full collection of
 * the peer's garbage traced them (compromise alone ran at 0.175 MB/s on the generated texts,
 * and at 0.105 MB/s beside 500,000 small objects kept alive, as many as the indexes held).
 * Under 15x is a regression.
 */
const GENERATED_FAIL_RATIO = 15;
/** Largest over smallest live heap of the streaming runs. */
const FAIL_LIVE_HEAP_GROWTH = 2.5;
const TARGET_MBPS = 10;
const APP_JS_BUDGET_KB = 150;
/** Issue #15's budgets: the app's data download, and the engine's load in Node. */
const DATA_GZ_BUDGET_MB = 10;
const ENGINE_LOAD_BUDGET_MS = 400;
/** An absolute time fails CI only far over its budget (machines differ; ratios are the rule). */
const FAIL_LOAD_FACTOR = 2;
/** Browser failure lines for CI, on the sample corpus (budgets 100 ms and 200 ms). */
const FAIL_FILTER_MS = 300;
const FAIL_LONG_TASK_MS = 1000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let sink = 0;

/** The real-news sets whose article texts the speed ratio is taken on, when present. */
const REAL_NEWS_SETS = ['geovirus', 'lgl'];

/**
 * Article texts of the real-news sets in ../shared/eval, about `kb` KB of each in file order;
 * null when a set is missing (a fresh clone without ../shared).
 */
function readRealNews(kb: number): ArticleInput[] | null {
  const out: ArticleInput[] = [];
  for (const set of REAL_NEWS_SETS) {
    const file = join(ROOT, '..', 'shared', 'eval', `${set}.jsonl`);
    if (!existsSync(file)) return null;
    let bytes = 0;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (bytes >= kb * 1000) break;
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id?: unknown; text?: unknown };
      if (typeof row.text !== 'string' || !row.text) continue;
      out.push({ id: `${set}-${String(row.id ?? out.length)}`, text: row.text });
      bytes += Buffer.byteLength(row.text);
    }
  }
  return out;
}

interface PeerRatio {
  docs: number;
  bytes: number;
  peerMbps: number;
  ratios: number[];
  ratio: number;
  sink: number;
}

/**
 * Our speed against the peer's on the first `kb` KB of `articles`. The ratio is taken on the
 * same texts, in alternating rounds (ours, then the peer's), so that a machine slowed down for
 * a while slows both alike.
 */
function peerRatio(articles: ArticleInput[], kb: number, engine: Engine): PeerRatio {
  let sink = 0;
  const docs: ArticleInput[] = [];
  let bytes = 0;
  for (const a of articles) {
    if (bytes >= kb * 1000) break;
    docs.push(a);
    bytes += Buffer.byteLength(a.text);
  }
  // Warm-up of both.
  for (const a of analyzeCorpus(docs, engine)) sink += a.claims.length;
  for (const d of docs.slice(0, 5)) sink += nlp(d.text).places().out('array').length;
  const peerRuns: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < (quick ? 3 : 5); r++) {
    // Ours is ~50× faster: several passes over the slice, so that its timing spans about as
    // long as a GC cycle of the peer's garbage and is not decided by where one pause lands.
    const t0 = performance.now();
    for (let k = 0; k < OUR_PASSES; k++) {
      for (const a of analyzeCorpus(docs, engine)) sink += a.claims.length;
    }
    const ours = (OUR_PASSES * mb(bytes)) / ((performance.now() - t0) / 1000);
    const t1 = performance.now();
    for (const d of docs) sink += nlp(d.text).places().out('array').length;
    const theirs = mb(bytes) / ((performance.now() - t1) / 1000);
    peerRuns.push(theirs);
    ratios.push(ours / theirs);
  }
  return {
    docs: docs.length,
    bytes,
    peerMbps: median(peerRuns),
    ratios,
    ratio: median(ratios),
    sink,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function spread(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[0].toFixed(1)}–${s[s.length - 1].toFixed(1)}`;
}
function mb(bytes: number): number {
  return bytes / 1e6;
}

interface Loads {
  gazetteerMs: number[];
  regionsMs: number[];
  lexiconMs: number[];
  engine: Engine;
}

/** Decode times of each file and of the lexicon, over `n` fresh loads. */
function timeLoads(n: number): Loads {
  const g = readArrayBuffer(join(DATA_DIR, 'gazetteer.bin'));
  const r = readArrayBuffer(join(DATA_DIR, 'regions.bin'));
  const out: Loads = {
    gazetteerMs: [],
    regionsMs: [],
    lexiconMs: [],
    engine: null as unknown as Engine,
  };
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const gazetteer = Gazetteer.from(g);
    const t1 = performance.now();
    const regions = RegionSet.from(r);
    const t2 = performance.now();
    const lexicon = new Lexicon(gazetteer, regions);
    const t3 = performance.now();
    out.gazetteerMs.push(t1 - t0);
    out.regionsMs.push(t2 - t1);
    out.lexiconMs.push(t3 - t2);
    sink += gazetteer.placeCount + regions.regions.length + lexicon.regionKeys.size;
    out.engine = { gazetteer, regions, lexicon };
  }
  return out;
}

function pointInRegionRate(engine: Engine): number {
  const rand = mulberry32(7);
  const pts: [number, number][] = [];
  for (let i = 0; i < 200_000; i++) pts.push([44 + rand() * 12, 22 + rand() * 20]);
  for (let i = 0; i < 20_000; i++)
    sink += engine.regions.admin1At(pts[i][0], pts[i][1])?.length ?? 0;
  const t0 = performance.now();
  for (const [lat, lon] of pts) sink += engine.regions.admin1At(lat, lon)?.length ?? 0;
  return pts.length / ((performance.now() - t0) / 1000);
}

function fuzzyRate(engine: Engine): number {
  const gz = engine.gazetteer;
  gz.skeletonIndex(); // built on first use; its cost is reported with the load figures
  const rand = mulberry32(11);
  const queries: string[] = [];
  while (queries.length < 5000) {
    const p = Math.floor(rand() * gz.placeCount);
    const k = foldKey(gz.name(p));
    if (k.length < 6 || !/^[a-z ]+$/.test(k)) continue;
    const i = 1 + Math.floor(rand() * (k.length - 2));
    queries.push(k.slice(0, i) + k[i] + k.slice(i)); // a doubled letter
  }
  const t0 = performance.now();
  for (const q of queries) sink += gz.fuzzy(q, 1).length;
  return queries.length / ((performance.now() - t0) / 1000);
}

function peakRss(fn: () => void): number {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    fn();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, process.memoryUsage().rss);
}

async function scaling(
  engine: Engine,
  sizes: number[],
): Promise<{ mb: number; seconds: number; rssMb: number; liveMb: number }[]> {
  const dir = join(tmpdir(), 'claim-map-bench');
  mkdirSync(dir, { recursive: true });
  const out: { mb: number; seconds: number; rssMb: number; liveMb: number }[] = [];
  for (const size of sizes) {
    const file = join(dir, `corpus-${size}mb.jsonl`);
    const ws = createWriteStream(file);
    let written = 0;
    let seed = 1000 + size;
    while (written < size * 1e6) {
      for (const a of generateCorpus(engine.gazetteer, 1e6, seed++)) {
        const line = JSON.stringify({ id: `${seed}-${a.id}`, text: a.text }) + '\n';
        ws.write(line);
        written += Buffer.byteLength(line);
      }
    }
    await new Promise<void>((res) => ws.end(res));
    // A fresh process, as a user runs it: /usr/bin/time is not available everywhere, so the
    // child reports its own peak RSS, in KB: VmHWM from /proc/self/status where there is one.
    // (process.resourceUsage().maxRSS is no good here: on Linux a child starts with the peak
    // of the process that spawned it, and this one holds the engine and the corpora; a
    // child of a 600 MB process reported 618 MB where VmHWM said 40 MB.)
    const t0 = performance.now();
    const report = execFileSync(
      process.execPath,
      [
        // A fixed heap cap for every size: if memory grew with the input, the larger runs
        // would fail. The analysis keeps bounded caches (word table, per-region name indexes,
        // memoised lookups) that fill up on the first megabytes. The live heap is read after
        // each full garbage collection (a PerformanceObserver of 'gc' entries, which costs
        // nothing): its largest value is what the stream really holds, where RSS also counts
        // garbage V8 has not collected yet.
        `--max-old-space-size=${SCALING_HEAP_MB}`,
        '--import',
        'tsx',
        '-e',
        `
        const { PerformanceObserver, constants } = await import('node:perf_hooks');
        const { getHeapStatistics } = await import('node:v8');
        let live = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)
              live = Math.max(live, getHeapStatistics().used_heap_size);
        }).observe({ entryTypes: ['gc'] });
        const { main } = await import(${JSON.stringify(join(ROOT, 'scripts/analyze.ts'))});
        const code = await main(['--format', 'ndjson', '--out', ${JSON.stringify(join(dir, 'out.ndjson'))}, ${JSON.stringify(file)}]);
        const { existsSync, readFileSync } = await import('node:fs');
        const hwm = existsSync('/proc/self/status')
          ? /VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]
          : undefined;
        const maxRssKb = hwm ? Number(hwm) : process.resourceUsage().maxRSS;
        process.stdout.write(JSON.stringify({ code, maxRssKb, live }));
      `,
      ],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const seconds = (performance.now() - t0) / 1000;
    const { maxRssKb, live } = JSON.parse(report) as { maxRssKb: number; live: number };
    out.push({ mb: written / 1e6, seconds, rssMb: maxRssKb / 1024, liveMb: live / 2 ** 20 });
    rmSync(file);
  }
  rmSync(dir, { recursive: true, force: true });
  return out;
}

function appBundleSizes(): { appKb: number; maplibreKb: number } | null {
  const assets = join(ROOT, 'dist', 'assets');
  let files: string[];
  try {
    files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  } catch {
    return null;
  }
  let app = 0;
  let maplibre = 0;
  for (const f of files) {
    const gz = gzipSync(readFileSync(join(assets, f))).length;
    if (/maplibre/i.test(f)) maplibre += gz;
    else if (!/worker/i.test(f)) app += gz;
  }
  return { appKb: app / 1024, maplibreKb: maplibre / 1024 };
}

async function main(): Promise<void> {
  const lines: string[] = [];
  const say = (s = '') => {
    console.log(s);
    lines.push(s);
  };
  const failures: string[] = [];

  // First, on a machine at rest: after minutes of the speed runs below, this 2-core machine
  // drew the same pages measurably slower (sample load 1.7-2.3 s against 1.5-1.7 s). Also
  // before the bundle sizes: the browser part rebuilds dist/ when it is older than src/.
  let browser: BrowserRows | null = null;
  let browserSkipped: Row | null = null;
  if (!existsSync(CHROMIUM)) {
    browserSkipped = ['browser figures', `not measured: no Chromium at ${CHROMIUM}`];
  } else {
    try {
      browser = await browserFigures({ quick });
    } catch (e) {
      const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
      browserSkipped = ['browser figures', `not measured: ${why}`];
      failures.push(`browser figures could not be measured: ${why}`);
    }
  }

  const loads = timeLoads(quick ? 3 : 5);
  const engine = loads.engine;
  const gzBytes = statSync(join(DATA_DIR, 'gazetteer.bin')).size;
  const rgBytes = statSync(join(DATA_DIR, 'regions.bin')).size;
  const gzGz = gzipSync(readFileSync(join(DATA_DIR, 'gazetteer.bin'))).length;
  const rgGz = gzipSync(readFileSync(join(DATA_DIR, 'regions.bin'))).length;
  const tSk = performance.now();
  engine.gazetteer.skeletonIndex();
  const skeletonMs = performance.now() - tSk;

  const corpus = generateCorpus(engine.gazetteer, CORPUS_MB * 1e6, 42);
  const corpusBytes = corpus.reduce((a, c) => a + Buffer.byteLength(c.text), 0);
  // A first pass, cold (it builds the per-region name indexes on first use and lets the JIT
  // warm up): reported on its own; then timed repetitions over the whole corpus.
  const tCold = performance.now();
  for (const a of analyzeCorpus(corpus, engine)) sink += a.claims.length;
  const coldMbps = mb(corpusBytes) / ((performance.now() - tCold) / 1000);
  const runs: number[] = [];
  let timings: StageTimings = emptyTimings();
  let rss = 0;
  for (let r = 0; r < REPS; r++) {
    const t = emptyTimings();
    let seconds = 0;
    rss = Math.max(
      rss,
      peakRss(() => {
        const t0 = performance.now();
        const res = analyzeCorpus(corpus, engine, t);
        seconds = (performance.now() - t0) / 1000;
        for (const a of res) sink += a.mentions.length + a.claims.length;
      }),
    );
    runs.push(mb(corpusBytes) / seconds);
    timings = t;
  }
  const mbps = median(runs);
  const stageTotal = Object.values(timings).reduce((a, b) => a + b, 0);

  // The peer: compromise's place recognition alone, on the same texts. The issues' figure is
  // taken on real news (the article texts of the GeoVirus and LGL sets in ../shared/eval, read
  // at run time, when present); the generated war reports, far denser in ambiguous village
  // names, are measured too.
  const generated = peerRatio(corpus, PEER_KB, engine);
  sink += generated.sink;
  const realNews = readRealNews(PEER_KB / REAL_NEWS_SETS.length);
  const real = realNews ? peerRatio(realNews, PEER_KB, engine) : null;
  if (real) sink += real.sink;
  const headline = real ?? generated;
  const ratio = headline.ratio;

  const pir = pointInRegionRate(engine);
  const fz = fuzzyRate(engine);
  const scale = await scaling(engine, SCALING_MB);
  const bundle = appBundleSizes();

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  say(`# Benchmarks`);
  say();
  say(
    `Command: \`npm run bench${quick ? ' -- --quick' : ''}\` · date: ${new Date().toISOString().slice(0, 10)} · machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  say();
  say('| figure | value |');
  say('|---|---|');
  say(
    `| data size | gazetteer.bin ${mb(gzBytes).toFixed(1)} MB (${mb(gzGz).toFixed(2)} MB gzipped), regions.bin ${mb(rgBytes).toFixed(1)} MB (${mb(rgGz).toFixed(2)} MB gzipped); together ${mb(gzGz + rgGz).toFixed(2)} MB gzipped |`,
  );
  say(
    `| load, median of ${loads.gazetteerMs.length} | gazetteer ${median(loads.gazetteerMs).toFixed(0)} ms (${spread(loads.gazetteerMs)}), regions ${median(loads.regionsMs).toFixed(0)} ms, lexicon ${median(loads.lexiconMs).toFixed(0)} ms |`,
  );
  say(`| fuzzy index, built on first fuzzy lookup | ${skeletonMs.toFixed(0)} ms |`);
  say(`| corpus | ${corpus.length} articles, ${mb(corpusBytes).toFixed(1)} MB, seed 42 |`);
  say(
    `| end to end, one core (recognition + resolution + claims + checks) | **${mbps.toFixed(1)} MB/s** median of ${REPS} (${spread(runs)}) |`,
  );
  say(
    `| first pass over the same corpus, cold (region name indexes built, JIT warming up) | ${coldMbps.toFixed(1)} MB/s |`,
  );
  say(
    `| stage shares | ${(Object.keys(timings) as (keyof StageTimings)[]).map((k) => `${k} ${((100 * timings[k]) / stageTotal).toFixed(0)}%`).join(', ')} |`,
  );
  say(`| peak RSS during analysis | ${(rss / 2 ** 20).toFixed(0)} MB |`);
  for (const [what, r] of [
    [`real news (${REAL_NEWS_SETS.join(' + ')} article texts, ../shared/eval)`, real],
    ['the generated war reports', generated],
  ] as const) {
    if (!r) {
      say(`| ratio on ${what} | not measured: the sets are not there |`);
      continue;
    }
    say(
      `| peer on ${what}: compromise \`nlp(text).places()\` (recognition only), ${r.docs} texts, ${(r.bytes / 1000).toFixed(0)} KB | ${r.peerMbps.toFixed(3)} MB/s |`,
    );
    say(
      `| ratio ours / peer on ${what}, same texts, alternating rounds, median of ${r.ratios.length} | **${r.ratio.toFixed(0)}×** (${r === headline ? `target ≥ ${TARGET_RATIO}×` : `spread ${spread(r.ratios)}`}) |`,
    );
  }
  say(`| point-in-region lookups | ${(pir / 1000).toFixed(0)}k per second |`);
  say(`| fuzzy lookups (a doubled letter) | ${(fz / 1000).toFixed(1)}k per second |`);
  for (const s of scale) {
    say(
      `| ndjson streaming, ${s.mb.toFixed(0)} MB, heap capped at ${SCALING_HEAP_MB} MB | ${s.seconds.toFixed(1)} s (${(s.mb / s.seconds).toFixed(1)} MB/s incl. start-up); largest live heap after a full GC ${s.liveMb.toFixed(0)} MB; peak RSS ${s.rssMb.toFixed(0)} MB |`,
    );
  }
  if (bundle) {
    say(
      `| app JavaScript without maplibre (gzipped) | ${bundle.appKb.toFixed(0)} KB (budget ${APP_JS_BUDGET_KB} KB) |`,
    );
    say(`| maplibre chunk (gzipped) | ${bundle.maplibreKb.toFixed(0)} KB |`);
  } else {
    say('| app bundle | not measured: run `npm run build` first |');
  }
  for (const [figure, value] of browser ?? [browserSkipped!]) say(`| ${figure} | ${value} |`);
  say();
  if (mbps < TARGET_MBPS) say(`Below the ${TARGET_MBPS} MB/s target.`);
  // Flat memory: the live heap of the largest stream against the smallest. Bounded caches
  // measured 57 and 93 MB at 1 and 10 MB; before the region indexes were bounded, 10 MB held
  // 165 MB and 100 MB over 300 MB.
  const [smallest, largest] = [scale[0], scale[scale.length - 1]];
  if (largest.liveMb > smallest.liveMb * FAIL_LIVE_HEAP_GROWTH)
    failures.push(
      `streaming memory grows with the input: live heap ${largest.liveMb.toFixed(0)} MB at ${largest.mb.toFixed(0)} MB against ${smallest.liveMb.toFixed(0)} MB at ${smallest.mb.toFixed(0)} MB`,
    );
  // Cross-article claims on copies (a 300 KB slice of the corpus, copied four times).
  const slice: typeof corpus = [];
  for (let i = 0, bytes = 0; i < corpus.length && bytes < 300_000; i++) {
    slice.push(corpus[i]);
    bytes += corpus[i].text.length;
  }
  const copies = copiesFigures(slice, engine);
  say(
    `Cross-article claims on copies: four copies of a corpus (${(copies.oneCopyBytes / 1e6).toFixed(1)} MB of JSON) give ${copies.ratio.toFixed(2)}× its JSON (budget ${COPIES_JSON_BUDGET}×); among ${REPORT_COPIES} copies of one report, the swapped one is ${copies.swapFound ? 'found' : 'NOT found'} (${copies.reportClaims} claim).`,
  );
  if (copies.ratio > COPIES_JSON_BUDGET)
    failures.push(
      `four copies give ${copies.ratio.toFixed(2)}× the JSON (budget ${COPIES_JSON_BUDGET}×)`,
    );
  if (!copies.swapFound)
    failures.push(`the swapped copy among ${REPORT_COPIES} copies of one report was not found`);
  const loadMs = median(loads.gazetteerMs) + median(loads.regionsMs) + median(loads.lexiconMs);
  say(
    `Engine load ${loadMs.toFixed(0)} ms (budget ${ENGINE_LOAD_BUDGET_MS} ms); data ${mb(gzGz + rgGz).toFixed(2)} MB gzipped (budget ${DATA_GZ_BUDGET_MB} MB).`,
  );
  if (mb(gzGz + rgGz) > DATA_GZ_BUDGET_MB)
    failures.push(
      `data download ${mb(gzGz + rgGz).toFixed(2)} MB gzipped is over ${DATA_GZ_BUDGET_MB} MB`,
    );
  if (loadMs > ENGINE_LOAD_BUDGET_MS * FAIL_LOAD_FACTOR)
    failures.push(
      `engine load ${loadMs.toFixed(0)} ms is over ${FAIL_LOAD_FACTOR}× ${ENGINE_LOAD_BUDGET_MS} ms`,
    );
  if (ratio < FAIL_RATIO)
    failures.push(`speed ratio against compromise ${ratio.toFixed(0)}× is below ${FAIL_RATIO}×`);
  if (generated.ratio < GENERATED_FAIL_RATIO)
    failures.push(
      `speed ratio against compromise on the generated reports ${generated.ratio.toFixed(0)}× is below ${GENERATED_FAIL_RATIO}×`,
    );
  if (bundle && bundle.appKb > APP_JS_BUDGET_KB * 1.2)
    failures.push(
      `app JavaScript ${bundle.appKb.toFixed(0)} KB gzipped is over ${APP_JS_BUDGET_KB} KB`,
    );
  if (browser && quick) {
    const m = browser.metrics;
    if (m.filterMs > FAIL_FILTER_MS)
      failures.push(
        `"Mismatches only" took ${m.filterMs.toFixed(0)} ms on the sample corpus (over ${FAIL_FILTER_MS} ms)`,
      );
    if (m.sampleLongestTaskMs > FAIL_LONG_TASK_MS)
      failures.push(
        `a ${m.sampleLongestTaskMs.toFixed(0)} ms main-thread task while loading the sample corpus (over ${FAIL_LONG_TASK_MS} ms)`,
      );
  }
  if (!quick) {
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    writeFileSync(join(ROOT, 'docs', 'BENCHMARKS.md'), lines.join('\n') + '\n');
  }
  console.error(`(sink ${sink % 7})`);
  if (failures.length) {
    for (const f of failures) console.error(`bench: budget broken: ${f}`);
    process.exit(1);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
