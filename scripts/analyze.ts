/**
 * The analyze command: batch analysis of articles, a thin wrapper over src/core.
 *
 *   npm run analyze -- [--format json|geojson|csv|ndjson] [--out FILE] INPUT...
 *
 * INPUT: a .txt/.md/.html file (id = file name without extension), a folder of them, a
 * .jsonl file (one {"id","text","title"?,"date"?,"url"?} per line), or - for standard input.
 * Bad inputs are reported on stderr with file and line; the rest is still analysed.
 * Exit code: 0 ok, 1 some input was bad, 2 usage error.
 */
import { describeGazetteer, gazetteerSummary } from '../src/core/gazetteer/gazetteer-summary.ts';
import {
  createReadStream,
  createWriteStream,
  readFileSync,
  readdirSync,
  statSync,
  type WriteStream,
} from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ArticleInput } from '../src/core/types.ts';
import { analyzeArticle, analyzeCorpus } from '../src/core/pipeline.ts';
import { decodeBytes, InputError } from '../src/core/io/decode-bytes.ts';
import { htmlToText } from '../src/core/io/html-to-text.ts';
import { parseJsonl } from '../src/core/io/parse-jsonl.ts';
import {
  toCsv,
  toGeoJson,
  toJsonDocument,
  type OutputFormat,
} from '../src/core/io/format-output.ts';
import { loadEngine } from './load-engine.ts';

const USAGE = `usage: npm run analyze -- [--format json|geojson|csv|ndjson] [--out FILE] INPUT...
  INPUT  a .txt, .md or .html file, a folder of them, a .jsonl file, or - for standard input`;
const TEXT_EXT = new Set(['.txt', '.md', '.html', '.htm']);
/** Files above this size are refused: one article is never this big. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

interface Options {
  format: OutputFormat;
  out: string | null;
  inputs: string[];
}

export function parseArgs(argv: string[]): Options | string {
  const o: Options = { format: 'json', out: null, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format' || a === '-f') {
      const f = argv[++i];
      if (f !== 'json' && f !== 'geojson' && f !== 'csv' && f !== 'ndjson')
        return `unknown format "${f ?? ''}"`;
      o.format = f;
    } else if (a.startsWith('--format=')) {
      const f = a.slice(9);
      if (f !== 'json' && f !== 'geojson' && f !== 'csv' && f !== 'ndjson')
        return `unknown format "${f}"`;
      o.format = f;
    } else if (a === '--out' || a === '-o') {
      const f = argv[++i];
      if (!f) return '--out needs a file name';
      o.out = f;
    } else if (a === '--help' || a === '-h') {
      return '';
    } else if (a.startsWith('-') && a !== '-') {
      return `unknown option ${a}`;
    } else {
      o.inputs.push(a);
    }
  }
  if (o.inputs.length === 0) return 'no INPUT given';
  return o;
}

type Report = (where: string, message: string) => void;

function articleFromText(text: string, file: string, ext: string): ArticleInput {
  const id = basename(file, ext);
  if (ext === '.html' || ext === '.htm') {
    const { text: body, title } = htmlToText(text);
    return { id, text: body, title: title ?? undefined, source: file };
  }
  return { id, text, source: file };
}

function readTextFile(file: string, report: Report): string | null {
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      report(
        file,
        `the file is ${(size / 1e6).toFixed(0)} MB; the limit is ${MAX_FILE_BYTES / 1e6} MB per file (split it, or use JSONL)`,
      );
      return null;
    }
    return decodeBytes(readFileSync(file), file).text;
  } catch (e) {
    report(
      file,
      e instanceof InputError
        ? e.message.replace(`${file}: `, '')
        : `cannot read: ${(e as Error).message}`,
    );
    return null;
  }
}

/** Expands INPUTs to a list of sources in order (folders sorted by name). */
function expand(inputs: string[], report: Report): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push('-');
      continue;
    }
    let st;
    try {
      st = statSync(input);
    } catch {
      report(input, 'no such file or folder');
      continue;
    }
    if (st.isDirectory()) {
      const files = readdirSync(input)
        .filter(
          (f) => TEXT_EXT.has(extname(f).toLowerCase()) || extname(f).toLowerCase() === '.jsonl',
        )
        .sort();
      if (files.length === 0) report(input, 'the folder holds no .txt, .md, .html or .jsonl files');
      out.push(...files.map((f) => join(input, f)));
    } else {
      const ext = extname(input).toLowerCase();
      if (!TEXT_EXT.has(ext) && ext !== '.jsonl') {
        report(input, `unsupported file type "${ext || '(none)'}"; use .txt, .md, .html or .jsonl`);
        continue;
      }
      out.push(input);
    }
  }
  return out;
}

async function* articlesOf(source: string, report: Report): AsyncGenerator<ArticleInput> {
  if (source === '-') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    let text: string;
    try {
      text = decodeBytes(Buffer.concat(chunks), 'stdin').text;
    } catch (e) {
      report('stdin', (e as Error).message.replace('stdin: ', ''));
      return;
    }
    if (/^\s*\{/.test(text)) {
      const { articles, problems } = parseJsonl(text, 'stdin');
      for (const p of problems) report(`stdin:${p.line}`, p.message);
      yield* articles;
    } else {
      yield { id: 'stdin', text, source: 'stdin' };
    }
    return;
  }
  const ext = extname(source).toLowerCase();
  if (ext === '.jsonl') {
    // Line by line, so a JSONL corpus of any size streams through.
    const rl = createInterface({
      input: createReadStream(source, { encoding: 'utf8' }),
      crlfDelay: Infinity,
    });
    let lineNo = 0;
    const ids = new Set<string>();
    const name = basename(source, ext);
    for await (const line of rl) {
      lineNo++;
      if (!line.trim()) continue;
      const { articles, problems } = parseJsonl(line, name, lineNo);
      for (const p of problems) report(`${source}:${lineNo}`, p.message);
      for (const a of articles) {
        if (ids.has(a.id)) {
          let k = 2;
          while (ids.has(`${a.id}#${k}`)) k++;
          a.id = `${a.id}#${k}`;
        }
        ids.add(a.id);
        a.source = `${source}:${lineNo}`;
        yield a;
      }
    }
    return;
  }
  const text = readTextFile(source, report);
  if (text !== null) yield articleFromText(text, source, ext);
}

export async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    process.stderr.write((parsed ? `analyze: ${parsed}\n` : '') + USAGE + '\n');
    return parsed ? 2 : 0;
  }
  let bad = 0;
  const report: Report = (where, message) => {
    bad++;
    process.stderr.write(`analyze: ${where}: ${message}\n`);
  };
  const engine = loadEngine();
  // Which gazetteer the answers come from (sources, dates, place counts), on stderr.
  process.stderr.write(
    `analyze: gazetteer: ${describeGazetteer(gazetteerSummary(engine.gazetteer))}\n`,
  );
  const sources = expand(parsed.inputs, report);
  const out: WriteStream | NodeJS.WriteStream = parsed.out
    ? createWriteStream(resolve(parsed.out))
    : process.stdout;
  // Waits for 'drain' when the stream is full; the error listener goes with it (listeners
  // left behind piled up, one per full buffer, over a long stream).
  const write = (s: string) =>
    new Promise<void>((res, rej) => {
      if (out.write(s)) return res();
      const drained = () => {
        out.off('error', failed);
        res();
      };
      const failed = (e: unknown) => {
        out.off('drain', drained);
        rej(e instanceof Error ? e : new Error(String(e)));
      };
      out.once('drain', drained).once('error', failed);
    });
  const started = Date.now();
  let lastProgress = started;
  let count = 0;
  const progress = () => {
    const t = Date.now();
    if (t - lastProgress > 2000) {
      lastProgress = t;
      process.stderr.write(
        `analyze: ${count} articles in ${((t - started) / 1000).toFixed(0)} s\n`,
      );
    }
  };

  if (parsed.format === 'ndjson') {
    // Streamed: one article per line, bounded memory. Cross-article checks need the whole
    // corpus and are made by the json, geojson and csv formats.
    for (const src of sources) {
      for await (const a of articlesOf(src, report)) {
        await write(JSON.stringify(analyzeArticle(a, engine)) + '\n');
        count++;
        progress();
      }
    }
  } else {
    const inputs: ArticleInput[] = [];
    for (const src of sources) for await (const a of articlesOf(src, report)) inputs.push(a);
    const analyses = analyzeCorpus(inputs, engine);
    count = analyses.length;
    const texts = new Map(inputs.map((a) => [a.id, a.text]));
    if (parsed.format === 'json')
      await write(JSON.stringify(toJsonDocument(analyses, engine), null, 2) + '\n');
    else if (parsed.format === 'geojson')
      await write(JSON.stringify(toGeoJson(analyses, texts, engine)) + '\n');
    else await write(toCsv(analyses, texts));
  }
  if (parsed.out) await new Promise<void>((res) => (out as WriteStream).end(res));
  if (Date.now() - started > 2000) process.stderr.write(`analyze: done, ${count} articles\n`);
  return bad > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`analyze: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
