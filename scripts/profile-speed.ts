/**
 * Profiling aid: analyses a slice of the bench corpus repeatedly after a warm-up pass and
 * writes a CPU profile of the steady state (`npx tsx scripts/profile-speed.ts [OUT]`).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { analyzeCorpus, emptyTimings } from '../src/core/pipeline.ts';
import { loadEngine } from './load-engine.ts';
import { generateCorpus } from './bench-corpus.ts';

const out = process.argv[2] ?? 'speed.cpuprofile';
const engine = loadEngine();
const corpus = generateCorpus(engine.gazetteer, 2e6, 42);
const slice = corpus.slice(0, 90);
const bytes = slice.reduce((a, c) => a + Buffer.byteLength(c.text), 0);
let sink = 0;
for (const a of analyzeCorpus(corpus, engine)) sink += a.claims.length;
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 250 });
await session.post('Profiler.start');
for (let r = 0; r < 6; r++) {
  const t = emptyTimings();
  const t1 = performance.now();
  for (let k = 0; k < 10; k++)
    for (const a of analyzeCorpus(slice, engine, t)) sink += a.claims.length;
  const s = (performance.now() - t1) / 1000;
  const shares = Object.entries(t).map(([k, v]) => `${k} ${v.toFixed(0)} ms`);
  console.log(`${((10 * bytes) / 1e6 / s).toFixed(2)} MB/s; 10 passes: ${shares.join(', ')}`);
}
const { profile } = await session.post('Profiler.stop');
writeFileSync(out, JSON.stringify(profile));
console.log(`profile in ${out} (${sink > 0 ? 'ok' : 'empty'})`);
