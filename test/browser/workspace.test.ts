/**
 * The workspace in real Chromium: adding articles (paste, drop, JSONL, Windows-1251), bad
 * input, a long analysis cancelled, persistence across reloads and browser restarts,
 * corrections and reviews, export and import into a fresh profile, and untrusted text that
 * must never run. Every input is made here, in code, so each test says what it feeds the app.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CSV_ANNOTATION_COLUMNS, CSV_COLUMNS } from '../../src/core/io/format-output.ts';
import { WORKSPACE_VERSION } from '../../src/core/io/workspace-file.ts';
import { encodeWindows1251 } from '../../src/core/io/test-encodings.ts';
import {
  launchChromium,
  launchProfile,
  openApp,
  RequestLog,
  screenshot,
  waitForMap,
} from './browser.ts';
import { expectedAnalysis, sevskClaim, type Expected } from './expected.ts';
import { parseCsv } from './csv.ts';

const baseUrl = inject('baseUrl');
const requests = new RequestLog();
let browser: Browser;
let expected: Expected;
const profiles: string[] = [];

/** Siversk, Donetsk Oblast (GeoNames 694403): what "SevSk" in the DPR probably meant. */
const SIVERSK_DONETSK = 694403;

/** A report that puts Pokrovsk (Donetsk Oblast) in the Kharkiv region: one mismatch. */
const POKROVSK_REPORT =
  'Shelling was reported in Pokrovsk, in the Kharkiv region, on Monday. Residents were evacuated.';

beforeAll(async () => {
  expected = expectedAnalysis();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

/** A fresh, empty profile (its own IndexedDB), as a new incognito window. */
async function freshContext(): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  requests.attachContext(context);
  // Records Content-Security-Policy violations (a blocked inline script, a foreign request).
  await context.addInitScript(`
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
  `);
  return context;
}

/** CSP violations the page has seen (see freshContext). */
async function cspViolations(page: Page): Promise<string[]> {
  return (await page.evaluate('window.__csp ?? []')) as string[];
}

function newProfileDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claim-map-profile-'));
  profiles.push(dir);
  return dir;
}

/** Collects every alert/confirm/prompt: an XSS payload that ran would show up here. */
function watchDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (d) => {
    seen.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return seen;
}

async function open(context: BrowserContext, query = ''): Promise<Page> {
  const page = await context.newPage();
  await openApp(page, baseUrl, query);
  return page;
}

/** The "N articles · M claims" summary as numbers. */
async function counts(page: Page): Promise<{ articles: number; claims: number }> {
  const text = (await page.getByTestId('analysis-done').textContent()) ?? '';
  const m = /([\d,]+) articles? · ([\d,]+) claims?/.exec(text);
  if (!m) throw new Error(`unexpected summary: ${text}`);
  return { articles: Number(m[1].replace(/,/g, '')), claims: Number(m[2].replace(/,/g, '')) };
}

/** Waits for the running job (if any) to end and the summary to return. */
async function waitForJob(page: Page, timeout = 120_000): Promise<void> {
  await page.getByTestId('job-progress').waitFor({ state: 'detached', timeout });
  await page.getByTestId('analysis-done').waitFor({ timeout });
}

async function noticeTexts(page: Page): Promise<string[]> {
  return page.getByTestId('notice').allTextContents();
}

/** Starts measuring how long the page's main thread is ever blocked (a 50 ms heartbeat). */
async function startProbe(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    clearInterval(window.__probe);
    window.__gaps = [];
    let last = performance.now();
    window.__probe = setInterval(() => {
      const now = performance.now();
      window.__gaps.push(now - last);
      last = now;
    }, 50);
  })()`);
}

/** The longest heartbeat gap since startProbe, in ms (logged for the report). */
async function longestBlock(page: Page, what: string): Promise<number> {
  const gaps = (await page.evaluate('window.__gaps')) as number[];
  const longest = Math.round(Math.max(...gaps));
  console.log(`${what}: main thread heartbeat ${gaps.length} ticks, longest gap ${longest} ms`);
  return longest;
}

interface FileSpec {
  name: string;
  bytes: Uint8Array | string;
}

function buffer(f: FileSpec): Buffer {
  return typeof f.bytes === 'string' ? Buffer.from(f.bytes, 'utf8') : Buffer.from(f.bytes);
}

/** Opens "Add articles" and chooses files through its file input. */
async function chooseFiles(page: Page, files: FileSpec[]): Promise<void> {
  if (!(await page.getByTestId('add-dialog').isVisible()))
    await page.getByTestId('add-articles').click();
  await page
    .getByTestId('file-input')
    .setInputFiles(
      files.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: buffer(f) })),
    );
  await expect
    .poll(() => page.getByTestId('staged-file').count(), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(files.length);
}

/** Drops files on the page the way a file manager does (a drop event with a DataTransfer). */
async function dropFiles(page: Page, files: FileSpec[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, base64: buffer(f).toString('base64') }));
  // A string, evaluated in the page: this file is type-checked without DOM types.
  const dataTransfer = await page.evaluateHandle(`(() => {
    const dt = new DataTransfer();
    for (const f of ${JSON.stringify(payload)}) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name));
    }
    return dt;
  })()`);
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

async function analyse(page: Page): Promise<void> {
  await page.getByTestId('analyse').click();
  await waitForJob(page);
}

/** Pastes an article with metadata and analyses it. */
async function paste(
  page: Page,
  text: string,
  meta: { title?: string; date?: string; url?: string } = {},
): Promise<void> {
  await page.getByTestId('add-articles').click();
  await page.getByTestId('paste-text').fill(text);
  if (meta.title) await page.getByTestId('paste-title').fill(meta.title);
  if (meta.date) await page.getByTestId('paste-date').fill(meta.date);
  if (meta.url) await page.getByTestId('paste-url').fill(meta.url);
  await analyse(page);
}

async function openWorkspace(page: Page): Promise<void> {
  await page.getByTestId('open-workspace').click();
  await page.getByTestId('workspace-dialog').waitFor();
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('dialog[open]').waitFor({ state: 'detached' });
}

async function articleIds(page: Page): Promise<string[]> {
  await openWorkspace(page);
  const ids: string[] = [];
  for (const item of await page.getByTestId('article-item').all())
    ids.push((await item.getAttribute('data-article-id')) ?? '');
  await closeDialog(page);
  return ids;
}

/** Selects the Sevsk-in-the-DPR claim of article 003 through the search and the list. */
async function selectSevsk(page: Page): Promise<string> {
  const { claim } = sevskClaim(expected);
  await page.getByLabel('Search place names').fill('SevSk');
  await page.locator(`[role=option][data-claim-id="${claim.id}"]`).click();
  await page.getByTestId('claim-detail').waitFor();
  await page.getByLabel('Search place names').fill('');
  return claim.id;
}

/** Corrects the selected claim's place by a gazetteer search. */
async function correctTo(page: Page, query: string, placeId: number): Promise<void> {
  const details = page.getByTestId('correct-place');
  if (!(await details.getAttribute('open'))) await details.locator('summary').click();
  await page.getByTestId('place-search').fill(query);
  await page.locator(`[data-testid=use-place][data-place-id="${placeId}"]`).click();
  await expect.poll(() => page.getByTestId('detail-corrected').count()).toBe(1);
}

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return (await file.path())!;
}

describe('Adding articles', () => {
  it('paste: the article is analysed and its claims join the list and the map', async () => {
    const context = await freshContext();
    const page = await open(context);
    const before = await counts(page);
    await paste(page, POKROVSK_REPORT, {
      title: 'Pasted report',
      date: '2024-05-06',
      url: 'https://example.org/report',
    });
    expect(await counts(page)).toEqual({
      articles: before.articles + 1,
      claims: before.claims + 1,
    });
    expect((await noticeTexts(page)).join(' ')).toMatch(/1 article added: 1 claim, 1 mismatch/);
    const row = page.locator('[role=option][data-claim-id^="pasted:"]');
    await page.getByLabel('Search place names').fill('Pokrovsk');
    await row.first().click();
    expect(await page.getByTestId('detail-verdict').textContent()).toContain('Mismatch');
    expect(await page.getByTestId('detail-source').textContent()).toContain(
      'Pasted report, 2024-05-06',
    );
    const link = page.getByTestId('detail-source').locator('a');
    expect(await link.getAttribute('href')).toBe('https://example.org/report');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    await waitForMap(page);
    await screenshot(page, '10-pasted-article');
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it('cross-article checks rerun over the samples and the new article together', async () => {
    const context = await freshContext();
    const page = await open(context);
    // A sentence of a sample article, reworded by swapping its place: linked to its copies
    // (a one-sentence article has no other places to tell which copy is right).
    const source = [...expected.texts.values()].find((t) => /withdraw/.test(t))!;
    const sentence = source.split(/(?<=[.!?])\s+/).find((x) => /Kyiv/.test(x))!;
    await paste(page, sentence.replace('Kyiv', 'Lviv'), { title: 'Reworded' });
    await page.getByLabel('Search place names').fill('Lviv');
    const rows = page.locator('[role=option][data-claim-id^="pasted:"]');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    await rows.first().click();
    expect(await page.getByTestId('claim-detail').textContent()).toMatch(
      /The same sentence in .* says (?:Kyiv|Pokrovsk), about \d+ km from Lviv/,
    );
    // The linked claims in the sample articles point back at the new article.
    expect(await page.locator('.related li').count()).toBeGreaterThan(0);
    await page.locator('.related button').first().click();
    await expect
      .poll(() => page.getByTestId('claim-detail').textContent())
      .toMatch(/The same sentence in .* (?:says|uses)/);
    await context.close();
  });

  it('drop of several files (.txt, .md, .html) adds them all; HTML scripts never run', async () => {
    const context = await freshContext();
    const page = await open(context);
    const dialogs = watchDialogs(page);
    const before = await counts(page);
    await dropFiles(page, [
      { name: 'kharkiv.txt', bytes: 'Fighting continued near Kharkiv on Tuesday.' },
      { name: 'notes.md', bytes: '# Notes\n\n' + POKROVSK_REPORT },
      {
        name: 'page.html',
        bytes:
          '<html><head><title>Evening &amp; news</title><script>alert("html ran")</script></head>' +
          '<body><p>Explosions were heard in Odesa.</p><img src=x onerror="alert(\'img ran\')"></body></html>',
      },
    ]);
    await page.getByTestId('add-dialog').waitFor();
    await expect.poll(() => page.getByTestId('staged-file').count()).toBe(3);
    expect(await page.getByTestId('staged-summary').allTextContents()).toEqual([
      '1 article · UTF-8',
      '1 article · UTF-8',
      '1 article · UTF-8',
    ]);
    await screenshot(page, '11-dropped-files');
    await analyse(page);
    expect((await counts(page)).articles).toBe(before.articles + 3);
    const ids = await articleIds(page);
    expect(ids.slice(-3)).toEqual(['kharkiv', 'notes', 'page']);
    await openWorkspace(page);
    expect(await page.locator('[data-article-id=page] .article-item-title').textContent()).toBe(
      'Evening & news',
    );
    await closeDialog(page);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('a JSONL with broken lines: the good lines load, the broken ones are listed by line', async () => {
    const context = await freshContext();
    const page = await open(context);
    const before = await counts(page);
    const jsonl = [
      JSON.stringify({ id: 'j1', text: POKROVSK_REPORT, title: 'One', date: '2024-01-01' }),
      '{"id": "j2", "text": "cut off',
      JSON.stringify({ id: 'j3', text: 'Kyiv said the talks would resume.', url: 'https://x.org' }),
      '[1, 2, 3]',
      JSON.stringify({ id: 'j5', title: 'no text' }),
      JSON.stringify({ id: 'j6', text: 'Odesa port was hit.' }),
    ].join('\n');
    await chooseFiles(page, [{ name: 'feed.jsonl', bytes: jsonl }]);
    expect(await page.getByTestId('staged-summary').textContent()).toBe(
      '3 articles, 3 broken lines left out · UTF-8',
    );
    const problems = await page.getByTestId('staged-problems').locator('li').allTextContents();
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^feed\.jsonl, line 2: not valid JSON/);
    expect(problems[1]).toBe('feed.jsonl, line 4: expected a JSON object with "id" and "text"');
    expect(problems[2]).toBe('feed.jsonl, line 5: missing "text" (a string)');
    await screenshot(page, '12-jsonl-broken-lines');
    await analyse(page);
    expect((await counts(page)).articles).toBe(before.articles + 3);
    expect((await articleIds(page)).slice(-3)).toEqual(['j1', 'j3', 'j6']);
    await context.close();
  });

  it('Windows-1251 text is detected (and can be chosen), and shows as Cyrillic', async () => {
    const context = await freshContext();
    const page = await open(context);
    const text = 'Обстрел Харькова продолжался всю ночь.\nЖители Изюма остались без света.';
    await chooseFiles(page, [{ name: 'cp1251.txt', bytes: encodeWindows1251(text) }]);
    expect(await page.getByTestId('staged-summary').textContent()).toBe(
      '1 article · Windows-1251 (Cyrillic) (guessed)',
    );
    // The guess can be overridden; choosing UTF-8 gives replacement characters, so go back.
    const select = page.getByTestId('encoding-select');
    await select.selectOption('utf-8');
    await expect
      .poll(() => page.getByTestId('staged-summary').textContent())
      .toBe('1 article · UTF-8');
    await select.selectOption('windows-1251');
    await expect
      .poll(() => page.getByTestId('staged-summary').textContent())
      .toBe('1 article · Windows-1251 (Cyrillic)');
    await analyse(page);
    await openWorkspace(page);
    expect(await page.locator('[data-article-id=cp1251] .article-item-title').textContent()).toBe(
      'Обстрел Харькова продолжался всю ночь.',
    );
    await closeDialog(page);
    await context.close();
  });
});

describe('Bad input gets a clear message, and nothing is lost', () => {
  it('empty, binary, wrongly encoded files, no places, 2 MB paragraph, Cyrillic only', async () => {
    const context = await freshContext();
    const page = await open(context);
    const before = await counts(page);
    const beforeIds = await articleIds(page);
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48,
    ]);
    // "café" in Latin-1: a lone 0xE9 is neither UTF-8 nor Cyrillic Windows-1251.
    const latin1 = Uint8Array.from([
      ...Buffer.from('Line one\nun caf'),
      0xe9,
      ...Buffer.from(' au lait\n'),
    ]);
    let paragraph = '';
    while (paragraph.length < 2_000_000)
      paragraph +=
        'Shelling was reported in Pokrovsk, in the Kharkiv region, while officials spoke. ';
    await chooseFiles(page, [
      { name: 'empty.txt', bytes: '' },
      { name: 'image.txt', bytes: png },
      { name: 'latin1.txt', bytes: latin1 },
      { name: 'noplaces.txt', bytes: 'The weather was fine and nobody went anywhere that day.' },
      { name: 'paragraph.txt', bytes: paragraph },
      { name: 'cyrillic.txt', bytes: 'Трава зелена, а небо синє. Ми довго гуляли в парку.' },
    ]);
    const errors = await page.getByTestId('staged-error').allTextContents();
    expect(errors).toEqual([
      'empty.txt: the file is empty.',
      'image.txt: this looks like a binary file (an image, archive or document), not text.',
      'latin1.txt: the text is not valid UTF-8 (first bad byte at byte 15 (line 2, column 7)) and does not look like Windows-1251; save it as UTF-8 or choose its encoding.',
    ]);
    // The undecodable file offers a choice of encoding.
    expect(
      await page.locator('[data-name="latin1.txt"] [data-testid=encoding-select]').count(),
    ).toBe(1);
    await screenshot(page, '13-bad-inputs');
    await analyse(page);
    const after = await counts(page);
    expect(after.articles).toBe(before.articles + 3);
    const ids = await articleIds(page);
    expect(ids.slice(0, beforeIds.length)).toEqual(beforeIds);
    expect(ids.slice(-3)).toEqual(['noplaces', 'paragraph', 'cyrillic']);
    const notices = (await noticeTexts(page)).join('\n');
    expect(notices).toMatch(/2 articles with no place names/);
    expect(notices).toMatch(/“The weather was fine.*” \(noplaces\): no place names found/);
    // The 2 MB paragraph was analysed (in pieces): its claims are in the list.
    await page.getByLabel('Search place names').fill('Pokrovsk');
    await expect
      .poll(() => page.locator('[role=option][data-claim-id^="paragraph:"]').count())
      .toBeGreaterThan(0);
    await context.close();
  });

  it('an import from a future version or a corrupted file is refused; nothing changes', async () => {
    const context = await freshContext();
    const page = await open(context);
    const before = await counts(page);
    const future = JSON.stringify({
      format: 'claim-map-workspace',
      version: WORKSPACE_VERSION + 1,
      articles: [],
      reviews: [],
    });
    await openWorkspace(page);
    await page.getByTestId('import-input').setInputFiles({
      name: 'future.json',
      mimeType: 'application/json',
      buffer: Buffer.from(future),
    });
    expect(await page.getByTestId('import-error').textContent()).toBe(
      `Nothing was imported or changed. future.json: made by a newer version of Claim map (workspace format version ${WORKSPACE_VERSION + 1}; this app reads version ${WORKSPACE_VERSION}). Update the app to open it.`,
    );
    await page.getByTestId('import-input').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"claim-map-workspace","version":1,"articles":[{"id":"a",'),
    });
    await expect
      .poll(() => page.getByTestId('import-error').textContent())
      .toMatch(/^Nothing was imported or changed\. broken\.json: not a valid JSON file/);
    await page.getByTestId('import-input').setInputFiles({
      name: 'wrong.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'claim-map-workspace',
          version: 1,
          articles: [
            {
              id: 'a',
              origin: 'user',
              text: 'x',
              corrections: [{ start: 0, end: 9, placeId: 1, text: 'x', placeName: 'X' }],
            },
          ],
          reviews: [],
        }),
      ),
    });
    await expect
      .poll(() => page.getByTestId('import-error').textContent())
      .toMatch(
        /wrong\.json: articles\[0\]\.corrections\[0\]\.end: not a whole number after "start" and within the text \(length 1\)/,
      );
    await screenshot(page, '14-import-refused');
    await closeDialog(page);
    expect(await counts(page)).toEqual(before);
    await context.close();
  });
});

/** A JSONL of `n` articles, each five sentences drawn at random from the samples. */
function syntheticJsonl(n: number): string {
  const sentences = [...expected.texts.values()].flatMap((t) => t.split(/(?<=[.!?])\s+/));
  let seed = 1;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      id: `n${i}`,
      title: `Item ${i}`,
      text: Array.from({ length: 5 }, () => sentences[Math.floor(rnd() * sentences.length)]).join(
        ' ',
      ),
    }),
  );
  return lines.join('\n');
}

describe('Large inputs', () => {
  it('a 20 MB file is analysed in pieces with progress; cancel keeps what was done', async () => {
    const context = await freshContext();
    const page = await open(context);
    const before = await counts(page);
    let big = '';
    const sample = [...expected.texts.values()].join('\n\n');
    while (big.length < 20_000_000) big += sample + '\n\n';
    await chooseFiles(page, [{ name: 'big.txt', bytes: big }]);
    expect(await page.getByTestId('staged-summary').textContent()).toBe('1 article · UTF-8');
    await startProbe(page);
    await page.getByTestId('analyse').click();
    const progress = page.getByTestId('job-progress');
    await progress.waitFor();
    await expect
      .poll(async () => Number(await page.getByTestId('job-bar').getAttribute('aria-valuenow')), {
        timeout: 60_000,
      })
      .toBeGreaterThan(0);
    expect(await progress.textContent()).toMatch(/Adding big\.txt: [\d.]+ [KM]B of 20\.\d MB/);
    await page.getByTestId('cancel-job').click();
    await waitForJob(page);
    expect(await longestBlock(page, '20 MB, cancelled')).toBeLessThan(1500);
    await screenshot(page, '15-cancelled-long-analysis');
    const notices = (await noticeTexts(page)).join('\n');
    expect(notices).toMatch(
      /Analysis cancelled\. What was analysed before is kept: 1 article added/,
    );
    expect(notices).toMatch(
      /“big” was cut short: the first [\d.]+ [KM]B of 20\.\d MB were analysed and kept\./,
    );
    const after = await counts(page);
    expect(after.articles).toBe(before.articles + 1);
    expect(after.claims).toBeGreaterThan(before.claims);
    await context.close();
  });

  it('a 10,000-article JSONL is analysed in the worker with progress', async () => {
    const context = await freshContext();
    const page = await open(context);
    const before = await counts(page);
    await chooseFiles(page, [{ name: 'corpus.jsonl', bytes: syntheticJsonl(10_000) }]);
    expect(await page.getByTestId('staged-summary').textContent()).toBe('10,000 articles · UTF-8');
    await startProbe(page);
    const t0 = Date.now();
    await page.getByTestId('analyse').click();
    const progress = page.getByTestId('job-progress');
    await progress.waitFor();
    await expect
      .poll(() => progress.textContent(), { timeout: 60_000 })
      .toMatch(/article [\d,]+ of 10,000/);
    // The rest of the app keeps working while the worker analyses: the filters, the list and
    // a selected claim (its geometry is answered by the worker between slices of analysis).
    await page.getByTestId('mismatches-only').click();
    expect(await page.getByTestId('result-count').textContent()).toBe(
      `Showing ${expected.mismatchClaims} of ${expected.totalClaims} claims`,
    );
    await page.locator('[role=option][data-claim-id]').first().click();
    await page.getByTestId('claim-detail').waitFor();
    expect(await progress.isVisible()).toBe(true);
    await screenshot(page, '16-usable-during-analysis');
    await waitForJob(page, 300_000);
    const seconds = (Date.now() - t0) / 1000;
    // Includes putting 10,000 analyses into the list and the map at the end.
    expect(await longestBlock(page, '10,000 articles')).toBeLessThan(3000);
    const after = await counts(page);
    expect(after.articles).toBe(before.articles + 10_000);
    expect(after.claims).toBeGreaterThan(before.claims + 1000);
    console.log(`10,000 articles: ${seconds.toFixed(1)} s in Chromium, ${after.claims} claims`);
    await waitForMap(page);
    await screenshot(page, '17-ten-thousand-articles');
    await context.close();
  });
  it('a change of thousands of claims holds the map, then the map draws and moves again', async () => {
    const context = await freshContext();
    const page = await open(context);
    await waitForMap(page);
    // 13,000 articles give over 6,000 claims (faithful copies of a sentence make none since the
    // cross-article checks group them).
    await chooseFiles(page, [{ name: 'corpus.jsonl', bytes: syntheticJsonl(13_000) }]);
    // Notes whether the map was held ("Drawing the claims…") while it took the new claims.
    await page.evaluate(`(() => {
      const status = document.querySelector('[data-testid=map-status]');
      new MutationObserver(() => { if (!status.hidden) window.__held = true; })
        .observe(status, { attributes: true, attributeFilter: ['hidden'] });
    })()`);
    await page.getByTestId('analyse').click();
    await waitForJob(page, 300_000);
    const { claims } = await counts(page);
    // Over one message of features (5,000): the change is sent in several, the map held.
    expect(claims).toBeGreaterThan(6_000);
    await expect
      .poll(async () => Number(await page.getByTestId('map').getAttribute('data-drawn')), {
        timeout: 60_000,
      })
      .toBe(claims);
    expect(await page.evaluate('window.__held')).toBe(true);
    await waitForMap(page);
    expect(await page.getByTestId('map-status').isHidden()).toBe(true);
    // Its frames are back: the map follows a zoom. (The middle of the map, clear of the
    // notices, the legend and the controls, whose focus ring changes with the click.)
    const box = (await page.getByTestId('map').boundingBox())!;
    const clip = {
      x: box.x + box.width * 0.2,
      y: box.y + box.height * 0.45,
      width: box.width * 0.6,
      height: box.height * 0.4,
    };
    const still = await page.screenshot({ clip });
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(2000);
    expect((await page.screenshot({ clip })).equals(still)).toBe(false);
    await screenshot(page, '18-thousands-of-claims-drawn');
    await context.close();
  });
});

describe('Persistence, corrections and reviews', () => {
  it('a correction changes a verdict, shows in the list, the map and exports, and survives a reload', async () => {
    const context = await freshContext();
    const page = await open(context);
    const id = await selectSevsk(page);
    expect(await page.getByTestId('detail-verdict').textContent()).toContain('Mismatch');
    await correctTo(page, 'Siversk', SIVERSK_DONETSK);
    await expect
      .poll(() => page.getByTestId('detail-verdict').textContent())
      .toContain('Consistent');
    expect(await page.getByTestId('detail-place').textContent()).toContain('Siversk, Donetsk');
    const selected = page.locator('[role=option][aria-selected=true]');
    expect(await selected.getAttribute('data-corrected')).toBe('true');
    expect(await selected.getAttribute('data-verdict')).toBe('consistent');
    expect(await selected.getAttribute('data-claim-id')).toBe(id);
    await waitForMap(page);
    await screenshot(page, '18-corrected-consistent');
    // Exports carry the correction.
    const csv = readFileSync(await download(page, 'export-csv'), 'utf8').replace(/^\uFEFF/, '');
    const header = csv.split('\n')[0].split(',');
    expect(header).toEqual([...CSV_COLUMNS, ...CSV_ANNOTATION_COLUMNS]);
    const row = csv.split('\n').find((l) => l.startsWith(`claim,${id},`))!;
    expect(row).toContain('Siversk');
    expect(row).toMatch(/,consistent,/);
    // The reload brings it back from IndexedDB.
    await page.reload();
    await page.getByTestId('analysis-done').waitFor({ timeout: 60_000 });
    await page.getByTestId('claim-detail').waitFor();
    expect(await page.getByTestId('detail-verdict').textContent()).toContain('Consistent');
    await openWorkspace(page);
    expect(await page.getByTestId('correction-list').textContent()).toContain('“SevSk” → Siversk');
    await closeDialog(page);
    // In the reader: any mention can be corrected; "not a place" removes it, and undo restores it.
    await page.getByTestId('open-article').click();
    const reader = page.getByTestId('article-view');
    await reader.waitFor();
    const kyiv = reader.locator('button.mention', { hasText: /^Kyiv$/ }).first();
    const mentionsBefore = await reader.locator('button.mention:not(.mention--removed)').count();
    await kyiv.click();
    await page.getByTestId('mention-panel').waitFor();
    await page.getByTestId('mention-panel').getByTestId('not-a-place').click();
    // The worker analyses the corpus again (with the village-level gazetteer, over a second on
    // this CPU-rendered machine).
    await expect
      .poll(() => reader.locator('button.mention--removed').count(), { timeout: 15_000 })
      .toBe(1);
    // The reader may show the new analysis a moment after the removed mark: wait for it.
    await expect
      .poll(() => reader.locator('button.mention:not(.mention--removed)').count(), {
        timeout: 15_000,
      })
      .toBe(mentionsBefore - 1);
    await reader.locator('button.mention--removed').click();
    await page.getByTestId('mention-panel').getByTestId('undo-correction').click();
    await expect
      .poll(() => reader.locator('button.mention--removed').count(), { timeout: 15_000 })
      .toBe(0);
    await expect
      .poll(() => reader.locator('button.mention:not(.mention--removed)').count(), {
        timeout: 15_000,
      })
      .toBe(mentionsBefore);
    await context.close();
  });

  it('articles, corrections and reviews are kept after a browser restart; reset asks first', async () => {
    const dir = newProfileDir();
    let context = await launchProfile(dir);
    requests.attachContext(context);
    let page = await open(context);
    await paste(page, POKROVSK_REPORT, { title: 'Kept across restarts' });
    await selectSevsk(page);
    await page.getByTestId('review-dismissed').click();
    await page.getByTestId('review-note').fill('Checked: the author meant Siversk.');
    // Saved by itself once typing pauses.
    await expect.poll(() => page.getByTestId('review-state').textContent()).toMatch(/^Saved \d/);
    const summary = await counts(page);
    await context.close();

    context = await launchProfile(dir);
    requests.attachContext(context);
    page = await open(context);
    expect(await counts(page)).toEqual(summary);
    expect(await articleIds(page)).toContain('pasted');
    await selectSevsk(page);
    expect(await page.getByTestId('detail-review').textContent()).toBe('Dismissed');
    expect(await page.getByTestId('review-note').inputValue()).toBe(
      'Checked: the author meant Siversk.',
    );
    // Reset asks before deleting anything; cancelling keeps everything.
    await openWorkspace(page);
    await page.getByTestId('reset-workspace').click();
    const confirm = page.getByTestId('confirm-dialog');
    await confirm.waitFor();
    expect(await confirm.textContent()).toMatch(
      /This deletes 1 article of yours, 0 corrections and 1 review/,
    );
    await screenshot(page, '19-reset-asks');
    await page.getByTestId('confirm-cancel').click();
    await closeDialog(page);
    expect(await counts(page)).toEqual(summary);
    await openWorkspace(page);
    await page.getByTestId('reset-workspace').click();
    await page.getByTestId('confirm-ok').click();
    await waitForJob(page);
    expect(await counts(page)).toEqual({ articles: 5, claims: expected.totalClaims });
    await context.close();
  });

  it('export, then import in a fresh profile, reproduces the workspace exactly', async () => {
    const a = await launchProfile(newProfileDir());
    requests.attachContext(a);
    const pageA = await open(a);
    await paste(pageA, POKROVSK_REPORT, {
      title: 'Exported',
      date: '2024-02-03',
      url: 'https://example.org/e',
    });
    await selectSevsk(pageA);
    await correctTo(pageA, 'Siversk', SIVERSK_DONETSK);
    await pageA.getByTestId('review-reviewed').click();
    await pageA.getByTestId('review-note').fill('Corrected to Siversk after checking the map.');
    // Saved by itself once typing pauses.
    await expect.poll(() => pageA.getByTestId('review-state').textContent()).toMatch(/^Saved \d/);
    await openWorkspace(pageA);
    const exported = readFileSync(await download(pageA, 'export-workspace'), 'utf8');
    await closeDialog(pageA);
    const csvA = readFileSync(await download(pageA, 'export-csv'), 'utf8');
    const countsA = await counts(pageA);
    await a.close();

    const b = await launchProfile(newProfileDir());
    requests.attachContext(b);
    const pageB = await open(b);
    expect((await counts(pageB)).articles).toBe(5);
    await openWorkspace(pageB);
    await pageB.getByTestId('import-input').setInputFiles({
      name: 'workspace.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await pageB.getByTestId('confirm-dialog').waitFor();
    await pageB.getByTestId('confirm-ok').click();
    await waitForJob(pageB);
    expect((await noticeTexts(pageB)).join(' ')).toMatch(
      /Imported workspace\.json: 6 articles, 1 review/,
    );
    expect(await counts(pageB)).toEqual(countsA);
    // The same claims, verdicts, corrections and reviews: the exports are identical.
    expect(readFileSync(await download(pageB, 'export-csv'), 'utf8')).toBe(csvA);
    await openWorkspace(pageB);
    const again = readFileSync(await download(pageB, 'export-workspace'), 'utf8');
    await closeDialog(pageB);
    const strip = (s: string) => ({ ...JSON.parse(s), exportedAt: null });
    expect(strip(again)).toEqual(strip(exported));
    await selectSevsk(pageB);
    expect(await pageB.getByTestId('detail-verdict').textContent()).toContain('Consistent');
    expect(await pageB.getByTestId('detail-review').textContent()).toBe('Reviewed');
    await screenshot(pageB, '20-imported-in-fresh-profile');
    await b.close();
  });
});

describe('Untrusted text', () => {
  const IMG = '<img src=x onerror="window.__xss=1;alert(1)">';
  const SCRIPT = '<script>window.__xss=2;alert(2)</script>';
  const JS_URL = 'javascript:window.__xss=3;alert(3)';
  const DATA_URL = 'data:text/html,<script>alert(4)</script>';

  it('payloads in every field are shown as text, never run, never links; CSV cells are neutralised', async () => {
    const context = await freshContext();
    const page = await open(context);
    const dialogs = watchDialogs(page);
    const articles = [
      {
        id: `x1${IMG}`,
        title: `${IMG}${SCRIPT}`,
        date: SCRIPT,
        url: JS_URL,
        text: `=HYPERLINK("http://evil.example/","click") ${IMG} Russian troops shelled Pokrovsk in the Kharkiv region overnight. ${SCRIPT}`,
      },
      {
        id: `x2${SCRIPT}`,
        title: `+SUM(1,2) ${IMG}`,
        url: DATA_URL,
        text: `@SUM(A1) ${SCRIPT} Shelling was reported in Pokrovsk, in the Kharkiv region. -2+3 ${IMG}`,
      },
    ];
    await chooseFiles(page, [
      { name: `${IMG}.jsonl`, bytes: articles.map((a) => JSON.stringify(a)).join('\n') },
    ]);
    await analyse(page);
    // The list.
    await page.getByLabel('Search place names').fill('Pokrovsk');
    const row = page.locator(`[role=option][data-claim-id^="x1"]`).first();
    await row.click();
    expect(await row.textContent()).toContain('x1<img src=x');
    // The detail panel: title as text, the javascript: URL as text, not a link.
    const source = page.getByTestId('detail-source');
    expect(await source.textContent()).toContain(`${IMG}${SCRIPT}`);
    expect(await source.locator('a').count()).toBe(0);
    expect(await source.locator('.unsafe-url').textContent()).toBe(JS_URL);
    expect(await page.getByTestId('detail-sentence').textContent()).toContain('Pokrovsk');
    // A review note with a payload and a formula.
    await page.getByTestId('review-dismissed').click();
    await page.getByTestId('review-note').fill(`=cmd|' /C calc'!A0 ${IMG}`);
    // Saved by itself once typing pauses.
    await expect.poll(() => page.getByTestId('review-state').textContent()).toMatch(/^Saved \d/);
    // The reader and explain mode.
    await page.getByTestId('open-article').click();
    const reader = page.getByTestId('article-view');
    await reader.waitFor();
    expect(await reader.textContent()).toContain(IMG);
    expect(await reader.textContent()).toContain(SCRIPT);
    expect(await reader.locator('a').count()).toBe(0);
    await page.getByRole('button', { name: '← Back to claim' }).click();
    await page.getByTestId('explain').click();
    expect(await page.getByTestId('explain-bar').textContent()).toContain('Pokrovsk');
    await waitForMap(page);
    await screenshot(page, '21-xss-as-text');
    // The other article: a data: URL is not a link either.
    await page.keyboard.press('Escape');
    const row2 = page.locator(`[role=option][data-claim-id^="x2"]`).first();
    await row2.click();
    expect(await page.getByTestId('detail-source').locator('a').count()).toBe(0);
    expect(await page.getByTestId('detail-source').locator('.unsafe-url').textContent()).toBe(
      DATA_URL,
    );
    // The workspace list.
    await openWorkspace(page);
    expect(await page.getByTestId('article-list').textContent()).toContain(`${IMG}${SCRIPT}`);
    expect(
      await page
        .getByTestId('article-list')
        .locator('a[href^="javascript:"], a[href^="data:"]')
        .count(),
    ).toBe(0);
    expect(await page.getByTestId('review-list').textContent()).toContain(IMG);
    await closeDialog(page);
    // Nothing was injected or ran.
    const injected = await page.evaluate(`({
      xss: window.__xss ?? null,
      imgs: document.querySelectorAll('img[src="x"], img[onerror]').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
      links: document.querySelectorAll('a[href^="javascript:"], a[href^="data:"]').length,
    })`);
    expect(injected).toEqual({ xss: null, imgs: 0, scripts: 0, links: 0 });
    expect(dialogs).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    // The policy is the one index.html sets: this origin only (plus blob: for workers).
    expect(
      await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
    ).toMatch(/default-src 'self'; script-src 'self';/);
    // Exports: formulas are neutralised in CSV cells.
    await page.getByLabel('Search place names').fill('');
    const rows = parseCsv(readFileSync(await download(page, 'export-csv'), 'utf8'));
    const header = rows[0];
    const sentences = rows.map((r) => r[header.indexOf('sentence')]);
    expect(
      sentences.some((c) => c.startsWith(`'=HYPERLINK("http://evil.example/","click") ${IMG}`)),
    ).toBe(true);
    expect(sentences.some((c) => c.startsWith("'@SUM(A1)"))).toBe(true);
    expect(rows.map((r) => r[header.indexOf('review_note')])).toContain(
      `'=cmd|' /C calc'!A0 ${IMG}`,
    );
    // No cell starts a formula, except plain negative numbers (coordinates).
    for (const c of rows.flat())
      expect(/^[=+\-@\t\r]/.test(c) && !/^-\d+(\.\d+)?$/.test(c), c).toBe(false);
    const geojson = JSON.parse(readFileSync(await download(page, 'export-geojson'), 'utf8'));
    expect(JSON.stringify(geojson)).toContain('x1<img src=x');
    await context.close();
  });
});

describe('Network', () => {
  it('sends no request beyond the local server in any of these flows', () => {
    expect(requests.urls.some((u) => u.endsWith('/data/gazetteer.bin'))).toBe(true);
    expect(requests.foreign()).toEqual([]);
  });
});
