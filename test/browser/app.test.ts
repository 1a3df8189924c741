/**
 * The built app in real Chromium: what a person sees and can do, checked against the core's
 * own analysis of the same articles in Node.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CSV_ANNOTATION_COLUMNS, CSV_COLUMNS } from '../../src/core/io/format-output.ts';
import { launchChromium, openApp, RequestLog, screenshot, waitForMap } from './browser.ts';
import { expectedAnalysis, sevskClaim, type Expected } from './expected.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let expected: Expected;
const requests = new RequestLog();

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  requests.attach(page);
  return page;
}

/** The "Showing N of M claims" line as numbers. */
async function resultCount(page: Page): Promise<{ shown: number; total: number }> {
  const text = (await page.getByTestId('result-count').textContent()) ?? '';
  const m = /Showing\s+(\d+)\s+of\s+(\d+)/.exec(text);
  if (!m) throw new Error(`unexpected result count: ${text}`);
  return { shown: Number(m[1]), total: Number(m[2]) };
}

/** Whitespace-insensitive form of a text, for comparing what is shown with the source. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function distanceText(km: number): string {
  return `${Math.round(km).toLocaleString('en-GB')} km`;
}

beforeAll(async () => {
  expected = expectedAnalysis();
  browser = await launchChromium();
  context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** How many claims the map has once its current draw is complete (the map's data-drawn). */
async function drawnClaims(page: Page): Promise<number> {
  const map = page.locator('[data-testid=map][data-drawn]');
  await map.waitFor({ timeout: 30_000 });
  return Number(await map.getAttribute('data-drawn'));
}

describe('Claim map in Chromium', () => {
  it('analyses the sample corpus in a worker and shows every claim', async () => {
    const page = await newPage();
    const t0 = Date.now();
    await openApp(page, baseUrl);
    const elapsed = Date.now() - t0;
    expect(await resultCount(page)).toEqual({
      shown: expected.totalClaims,
      total: expected.totalClaims,
    });
    const options = page.getByRole('listbox', { name: /Claims/ }).getByRole('option');
    expect(await options.count()).toBeGreaterThan(0);
    expect(await options.first().getAttribute('aria-setsize')).toBe(String(expected.totalClaims));
    await waitForMap(page);
    await expect.poll(() => page.locator('.maplibregl-canvas').count()).toBe(1);
    const attribution = await page.locator('.maplibregl-ctrl-attrib').textContent();
    expect(attribution).toContain('GeoNames');
    expect(attribution).toContain('Natural Earth');
    // The basemap (outlines, labels) is built after the analysis; the map says when it is drawn.
    await page.locator('[data-testid=map][data-basemap="drawn"]').waitFor({ timeout: 30_000 });
    await screenshot(page, '01-overview');
    // Generous bound for a CPU-rendered browser on a shared 2-core machine; typically ~2.5 s.
    expect(elapsed).toBeLessThan(15_000);
    await page.close();
  });

  it('"Mismatches only" leaves exactly the flagged claims', async () => {
    const page = await newPage();
    await openApp(page, baseUrl);
    await page.getByTestId('mismatches-only').click();
    expect(await resultCount(page)).toEqual({
      shown: expected.mismatchClaims,
      total: expected.totalClaims,
    });
    const options = page.locator('[role=option][data-claim-id]');
    const n = await options.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++)
      expect(await options.nth(i).getAttribute('data-verdict')).toBe('mismatch');
    expect(await options.first().getAttribute('aria-setsize')).toBe(
      String(expected.mismatchClaims),
    );
    await expect.poll(() => page.url()).toContain('v=mismatch');
    // The map follows the filter: it draws the flagged claims (those with a point) only.
    const drawn = await drawnClaims(page);
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThanOrEqual(expected.mismatchClaims);
    await page.getByTestId('mismatches-only').click();
    expect(await drawnClaims(page)).toBeGreaterThan(drawn);
    await page.getByTestId('mismatches-only').click();
    expect(await drawnClaims(page)).toBe(drawn);
    await waitForMap(page);
    await screenshot(page, '02-mismatches-only');
    await page.close();
  });

  it('selecting the Sevsk claim shows its sentence, verdict, distance and the Siversk suggestion', async () => {
    const { claim, sentence } = sevskClaim(expected);
    const page = await newPage();
    await openApp(page, baseUrl);
    await page.getByLabel('Search place names').fill('SevSk');
    await page.locator(`[role=option][data-claim-id="${claim.id}"]`).click();
    const detail = page.getByTestId('claim-detail');
    await detail.waitFor();
    // The passage shown runs from the place's sentence to the claim's sentence.
    const shownSentence = (await page.getByTestId('detail-sentence').textContent()) ?? '';
    expect(squash(shownSentence)).toContain(squash(sentence));
    expect(await page.getByTestId('detail-sentence').locator('mark.hl-place').textContent()).toBe(
      'SevSk',
    );
    expect(await page.getByTestId('detail-verdict').textContent()).toContain('Mismatch');
    expect(claim.distanceKm).toBeGreaterThan(100);
    expect(await page.getByTestId('detail-distance').textContent()).toContain(
      distanceText(claim.distanceKm!),
    );
    expect(await page.getByTestId('detail-suggestions').textContent()).toContain('Siversk');
    await expect.poll(() => page.url()).toContain(`claim=${claim.id}`);
    await waitForMap(page);
    await screenshot(page, '03-sevsk-selected');
    await page.close();
  });

  it('hovering a claim in the list rings its mark on the map, and hovering a mark marks its row', async () => {
    const { claim, mention } = sevskClaim(expected);
    const page = await newPage();
    await openApp(page, baseUrl);
    await page.getByLabel('Search place names').fill('SevSk');
    await waitForMap(page);
    const map = page.getByTestId('map');
    const row = page.locator(`[role=option][data-claim-id="${claim.id}"]`);
    await row.hover();
    await expect.poll(() => map.getAttribute('data-hovered')).toBe(claim.id);
    expect(await row.getAttribute('class')).toContain('is-hovered');
    await page.getByTestId('result-count').hover();
    await expect.poll(() => map.getAttribute('data-hovered')).toBeNull();
    expect(await page.locator('[role=option].is-hovered').count()).toBe(0);

    // The other way: the mark's pixel, from the camera in the URL (Web Mercator).
    await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBeNull();
    const [zoom, lat, lon] = new URL(page.url()).searchParams.get('map')!.split('/').map(Number);
    const world = 512 * 2 ** zoom;
    const x = (lng: number) => ((lng + 180) / 360) * world;
    const y = (la: number) =>
      ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (la * Math.PI) / 360))) / 360) *
      world;
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const place = mention.place!;
    await page.mouse.move(
      box.x + box.width / 2 + x(place.lon) - x(lon),
      box.y + box.height / 2 + y(place.lat) - y(lat),
    );
    await expect.poll(() => map.getAttribute('data-hovered')).not.toBeNull();
    const hovered = (await map.getAttribute('data-hovered'))!;
    // The mark on top at Sevsk is one of the SevSk claims; its row says so.
    expect(await page.locator(`[role=option][data-claim-id="${hovered}"]`).count()).toBe(1);
    expect(
      await page.locator(`[role=option][data-claim-id="${hovered}"]`).getAttribute('class'),
    ).toContain('is-hovered');
    await screenshot(page, '03b-hover');
    await page.close();
  });

  it("a claim's detail lists its place's other candidates", async () => {
    const found = expected.analyses
      .flatMap((a) => a.claims.map((c) => ({ c, m: a.mentions.find((m) => m.id === c.mention) })))
      .find(({ m }) => (m?.alternatives.length ?? 0) > 0);
    expect(found).toBeDefined();
    const { c: claim, m: mention } = found!;
    const page = await newPage();
    await openApp(page, baseUrl, `?claim=${claim.id}`);
    const detail = page.getByTestId('claim-detail');
    await detail.waitFor();
    // They come from the worker with the article (the page holds claims without them).
    const alternatives = detail.locator('ul.alternatives > li');
    await expect.poll(() => alternatives.count()).toBe(mention!.alternatives.length);
    expect(await alternatives.first().textContent()).toContain(mention!.alternatives[0].place.name);
    await page.close();
  });

  it('"Open in article" shows the whole article with the sentence highlighted and in view', async () => {
    const { claim, article, sentence } = sevskClaim(expected);
    const page = await newPage();
    await openApp(page, baseUrl, `?claim=${claim.id}`);
    await page.getByTestId('open-article').click();
    const view = page.getByTestId('article-view');
    await view.waitFor();
    const current = page.getByTestId('article-current-sentence');
    expect(squash((await current.textContent()) ?? '')).toContain(squash(sentence));
    expect(await current.locator('button.mention.is-current').textContent()).toBe('SevSk');
    await expect.poll(() => current.isVisible()).toBe(true);
    // Scrolled into view inside the panel.
    const box = (await current.boundingBox())!;
    const panel = (await page.locator('aside.detail').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(panel.y - 1);
    expect(box.y).toBeLessThan(panel.y + panel.height);
    // Every mention of the article is highlighted, by verdict.
    expect(await view.locator('button.mention').count()).toBe(article.mentions.length);
    expect(await view.locator('button.mention--mismatch').count()).toBeGreaterThan(0);
    // Mentions that no claim is about too (the worker sends them with the article).
    const about = new Set(article.claims.map((c) => c.mention));
    const unclaimed = article.mentions.filter((m) => !about.has(m.id)).length;
    expect(unclaimed).toBeGreaterThan(0);
    expect(await view.locator('button.mention--none').count()).toBe(unclaimed);
    await expect.poll(() => page.url()).toContain('article=1');
    await waitForMap(page);
    await screenshot(page, '04-article');
    // Clicking a mention flies the map to it (the camera in the URL changes).
    const before = new URL(page.url()).searchParams.get('map');
    const other = view.locator('button.mention').filter({ hasNotText: 'SevSk' }).first();
    await other.click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('map'), { timeout: 10_000 })
      .not.toBe(before);
    await page.close();
  });

  it('explain mode frames the mismatch and steps through the article’s mismatches', async () => {
    const { claim, article } = sevskClaim(expected);
    const mismatches = article.claims.filter((c) => c.verdict === 'mismatch');
    const page = await newPage();
    await openApp(page, baseUrl, `?claim=${claim.id}`);
    await page.getByTestId('explain').click();
    const bar = page.getByTestId('explain-bar');
    await bar.waitFor();
    expect(await bar.textContent()).toContain(claim.explanation);
    expect(await bar.textContent()).toContain(`of ${mismatches.length} in this article`);
    await waitForMap(page);
    await screenshot(page, '05-explain');
    await bar.getByRole('button', { name: /Next/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('claim')).not.toBe(claim.id);
    const next = new URL(page.url()).searchParams.get('claim');
    expect(mismatches.map((c) => c.id)).toContain(next);
    await expect.poll(() => page.url()).toContain('explain=1');
    await page.close();
  });

  it('a shared URL restores the selection, the filters, the article and the map view', async () => {
    const { claim } = sevskClaim(expected);
    const page = await newPage();
    await openApp(page, baseUrl);
    await page.getByTestId('mismatches-only').click();
    await page.getByRole('button', { name: /^High/ }).click();
    await page.locator(`[role=option][data-claim-id="${claim.id}"]`).click();
    await page.getByTestId('open-article').click();
    await waitForMap(page);
    // Let the URL catch up with the last camera move.
    await page.waitForTimeout(500);
    const shared = page.url();
    const counts = await resultCount(page);
    const params = new URL(shared).searchParams;
    expect(params.get('claim')).toBe(claim.id);
    expect(params.get('v')).toBe('mismatch');
    expect(params.get('sev')).toBe('high');
    expect(params.get('map')).toMatch(/^[\d.]+\/[\d.-]+\/[\d.-]+$/);

    const other = await newPage();
    await openApp(other, shared.slice(0, shared.indexOf('?')), shared.slice(shared.indexOf('?')));
    await other.getByTestId('article-view').waitFor();
    expect(await resultCount(other)).toEqual(counts);
    expect(await other.getByTestId('mismatches-only').getAttribute('aria-pressed')).toBe('true');
    expect(await other.getByRole('button', { name: /^High/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(
      await other
        .locator(`[role=option][data-claim-id="${claim.id}"]`)
        .getAttribute('aria-selected'),
    ).toBe('true');
    await waitForMap(other);
    expect(new URL(other.url()).searchParams.get('map')).toBe(params.get('map'));
    await other.close();
    await page.close();
  });

  it('exports the filtered claims as valid GeoJSON and CSV', async () => {
    const page = await newPage();
    await openApp(page, baseUrl);
    await page.getByTestId('mismatches-only').click();
    const [geo] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-geojson').click(),
    ]);
    expect(geo.suggestedFilename()).toBe('claims.geojson');
    const fc = JSON.parse(readFileSync((await geo.path())!, 'utf8')) as GeoJSON.FeatureCollection;
    expect(fc.type).toBe('FeatureCollection');
    const claims = fc.features.filter((f) => f.properties?.record === 'claim');
    expect(claims).toHaveLength(expected.mismatchClaims);
    for (const f of fc.features) {
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates;
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
    expect(claims.every((f) => f.properties!.verdict === 'mismatch')).toBe(true);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(csv.suggestedFilename()).toBe('claims.csv');
    const text = readFileSync((await csv.path())!, 'utf8');
    // A UTF-8 byte-order mark first, so spreadsheets read Cyrillic right.
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\n');
    // The app's exports add the user's corrections and reviews to the CLI's columns.
    expect(lines[0]).toBe([...CSV_COLUMNS, ...CSV_ANNOTATION_COLUMNS].join(','));
    // Rows start with their record type; sentences may hold quoted newlines, so count starts.
    expect(lines.filter((l) => l.startsWith('claim,')).length).toBe(expected.mismatchClaims);
    await page.close();
  });

  it('works from the keyboard: arrows move through the list and the selection follows', async () => {
    const page = await newPage();
    await openApp(page, baseUrl);
    const list = page.getByRole('listbox', { name: /Claims/ });
    await list.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = await list.getAttribute('aria-activedescendant');
    expect(active).toBe('claim-option-1');
    expect(await page.locator('#claim-option-1').getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('claim-detail').waitFor();
    await page.keyboard.press('End');
    // The list points at an option once it has scrolled it into its rendered window.
    await expect
      .poll(() => list.getAttribute('aria-activedescendant'))
      .toBe(`claim-option-${expected.totalClaims - 1}`);
    await page.close();
  });

  it('sends no request beyond the local server', () => {
    // The log sees the workers' requests too (the data files are fetched by the worker).
    expect(requests.urls.some((u) => u.endsWith('/data/gazetteer.bin'))).toBe(true);
    expect(requests.urls.some((u) => /maplibre-gl-worker/.test(u))).toBe(true);
    expect(requests.foreign()).toEqual([]);
  });
});
