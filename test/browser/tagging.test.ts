/**
 * Tagging a place the analysis missed (issue 19), in real Chromium: text selected in the
 * article view, tagged with a place from the gazetteer or a point picked on the map; and the
 * resolver's candidates with their scores and reasons in the detail panel.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, openApp, screenshot, waitForMap } from './browser.ts';
import { axeViolations, type AxeViolation } from './axe.ts';
import { expectedAnalysis } from './expected.ts';
import { reasonText, weightText } from '../../src/core/resolve/reason-text.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

/** Kupiansk, Kharkiv Oblast (GeoNames 703656). */
const KUPIANSK = 703656;

/**
 * "Storm Hill" is no place the analysis knows; the Pokrovsk sentence gives the article a claim
 * (a mismatch) to open it by.
 */
const REPORT =
  'Shelling hit Storm Hill in the Kharkiv region on Monday. ' +
  'Shelling was reported in Pokrovsk, in the Kharkiv region, on Monday. Residents were evacuated.';

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function freshPage(
  viewport = { width: 1440, height: 900 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  await openApp(page, baseUrl);
  return { context, page };
}

async function waitForJob(page: Page): Promise<void> {
  await page.getByTestId('job-progress').waitFor({ state: 'detached', timeout: 120_000 });
}

/** Pastes REPORT, opens its Pokrovsk claim and the article view. */
async function openReport(page: Page): Promise<void> {
  await page.getByTestId('add-articles').click();
  await page.getByTestId('paste-text').fill(REPORT);
  await page.getByTestId('paste-title').fill('Missed place');
  await page.getByTestId('analyse').click();
  await waitForJob(page);
  await page.getByLabel('Search place names').fill('Pokrovsk');
  await page.locator('[role=option][data-claim-id^="pasted:"]').first().click();
  await page.getByTestId('claim-detail').waitFor();
  await page.getByTestId('open-article').click();
  await page.getByTestId('article-view').waitFor();
  await page.getByTestId('article-text').locator('[data-start]').first().waitFor();
  // Every claim on the map and in the list again (the selected claim stays selected).
  await page.getByLabel('Search place names').fill('');
}

/**
 * Selects `words` in the article's text with the mouse, pressed on its first character and
 * released past its last (the text may run over several highlighted pieces).
 */
async function dragSelect(page: Page, words: string): Promise<void> {
  const box = (await page.evaluate(
    `(() => {
      ${findRange(words)}
      if (!r) return null;
      r.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const rects = [...r.getClientRects()].filter((x) => x.width > 0);
      const a = rects[0], b = rects[rects.length - 1];
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right, y2: b.top + b.height / 2 };
    })()`,
  )) as { x1: number; y1: number; x2: number; y2: number } | null;
  expect(box, `"${words}" is in the article`).not.toBeNull();
  await page.mouse.move(box!.x1, box!.y1);
  await page.mouse.down();
  await page.mouse.move(box!.x2, box!.y2, { steps: 5 });
  await page.mouse.up();
}

/** Selects `words` in the article's text as the keyboard or a script would (a DOM range). */
async function selectText(page: Page, words: string): Promise<void> {
  const done = await page.evaluate(
    `(() => {
      ${findRange(words)}
      if (!r) return false;
      const s = document.getSelection();
      s.removeAllRanges();
      s.addRange(r);
      return true;
    })()`,
  );
  expect(done, `"${words}" is in the article`).toBe(true);
}

/** Script that sets \`r\` to the DOM range of \`words\` in the article's text (or null). */
function findRange(words: string): string {
  return `
      const root = document.querySelector('[data-testid=article-text]');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ n, at: all.length });
        all += n.data;
      }
      const i = all.indexOf(${JSON.stringify(words)});
      const j = i + ${words.length};
      const at = (k, end) => {
        const x = nodes.findLast((e) => (end ? e.at < k : e.at <= k));
        return [x.n, k - x.at];
      };
      let r = null;
      if (i >= 0) {
        r = document.createRange();
        r.setStart(...at(i, false));
        r.setEnd(...at(j, true));
      }`;
}

/** The map's centre, from the address bar (`map=zoom/lat/lon`, kept in step on moveend). */
function mapCentre(page: Page): { lat: number; lon: number } {
  const m = /[?&]map=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(page.url());
  expect(m, page.url()).not.toBeNull();
  return { lat: Number(m![2]), lon: Number(m![3]) };
}

const drawn = (page: Page) => page.getByTestId('map').getAttribute('data-drawn');

function axeReport(found: Record<string, AxeViolation[]>): string {
  return Object.entries(found)
    .filter(([, v]) => v.length > 0)
    .map(
      ([where, v]) =>
        `${where}:\n${v.map((x) => `  ${x.id} (${x.impact}): ${x.help}\n    ${x.nodes.slice(0, 5).join('\n    ')}`).join('\n')}`,
    )
    .join('\n');
}

describe('Tagging a missed place', () => {
  it(
    'select text, "Tag as place", pick the place: the article, list and map update; removable; kept after a reload',
    {
      timeout: 240_000,
    },
    async () => {
      const { context, page } = await freshPage();
      await openReport(page);
      await waitForMap(page);
      const before = Number(await drawn(page));
      const reader = page.getByTestId('article-view');
      expect(await reader.locator('button.mention', { hasText: 'Storm Hill' }).count()).toBe(0);
      // The selection (with the space after it) offers the tag.
      await dragSelect(page, 'Storm Hill ');
      const tagButton = page.getByTestId('tag-as-place');
      await tagButton.waitFor();
      expect(await page.getByTestId('tag-bar-message').textContent()).toBe(
        'Selected “Storm Hill”. A place the analysis missed?',
      );
      const found: Record<string, AxeViolation[]> = {};
      found['tag bar'] = await axeViolations(page);
      await screenshot(page, '40-tag-selection');
      await tagButton.click();
      const panel = page.getByTestId('tag-panel');
      await panel.waitFor();
      expect(await panel.locator('h3').textContent()).toBe('Tag “Storm Hill” as a place');
      // Focus moved into the panel: the keyboard goes on from there.
      expect(await page.evaluate('document.activeElement?.tagName')).toBe('H3');
      await panel.getByTestId('place-search').fill('Kupiansk');
      const kupiansk = panel.locator(`[data-testid=use-place][data-place-id="${KUPIANSK}"]`);
      await kupiansk.waitFor();
      found['tag panel'] = await axeViolations(page);
      await screenshot(page, '41-tag-search');
      await kupiansk.click();
      // Analysed again: the tagged name is a mention with a consistent claim, on the map.
      const tagged = reader.locator('button.mention--tagged', { hasText: 'Storm Hill' });
      await tagged.waitFor({ timeout: 20_000 });
      expect(await tagged.getAttribute('class')).toContain('mention--consistent');
      expect(await tagged.getAttribute('aria-label')).toBe(
        'Storm Hill: consistent (tagged by you)',
      );
      await expect.poll(() => drawn(page).then(Number), { timeout: 20_000 }).toBe(before + 1);
      const state = page.getByTestId('mention-panel').getByTestId('correction-state');
      await state.waitFor();
      expect(await state.textContent()).toBe('Kupiansk');
      await page.getByLabel('Search place names').fill('Kupiansk');
      const row = page.locator('[role=option][data-claim-id^="pasted:"]');
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.getAttribute('data-verdict')).toBe('consistent');
      expect(await row.getAttribute('data-corrected')).toBe('true');
      await waitForMap(page);
      await screenshot(page, '42-tagged-place');
      expect(axeReport(found)).toBe('');

      // Kept after a reload (IndexedDB), and in the CSV export.
      await page.reload();
      await page.getByTestId('analysis-done').waitFor({ timeout: 60_000 });
      await page.getByLabel('Search place names').fill('Storm Hill');
      await expect.poll(() => row.count()).toBe(1);
      await row.click();
      // The article view is open again after the reload (it is in the address): back to the claim.
      if (await page.getByTestId('back-to-claim').count())
        await page.getByTestId('back-to-claim').click();
      await page.getByTestId('claim-detail').waitFor();
      expect(await page.getByTestId('detail-place').textContent()).toContain('Kupiansk, Kharkiv');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-csv').click(),
      ]);
      const csv = readFileSync((await download.path())!, 'utf8');
      expect(
        csv.split('\n').some((l) => l.startsWith('claim,pasted:') && l.includes('Storm Hill')),
      ).toBe(true);

      // Removed again: the mention, its claim and its point go.
      await page.getByLabel('Search place names').fill('');
      await page.getByTestId('open-article').click();
      await reader.waitFor();
      await reader.locator('button.mention--tagged').click();
      await page.getByTestId('mention-panel').getByTestId('undo-correction').click();
      await expect
        .poll(() => reader.locator('button.mention--tagged').count(), { timeout: 20_000 })
        .toBe(0);
      expect(await reader.locator('button.mention', { hasText: 'Storm Hill' }).count()).toBe(0);
      await expect.poll(() => drawn(page).then(Number), { timeout: 20_000 }).toBe(before);
      await context.close();
    },
  );

  it(
    '"Pick on map": a click puts the place there; Enter on the map takes its centre; Escape cancels',
    {
      timeout: 240_000,
    },
    async () => {
      const { context, page } = await freshPage();
      await openReport(page);
      await waitForMap(page);
      const before = Number(await drawn(page));
      const reader = page.getByTestId('article-view');
      const panel = page.getByTestId('tag-panel');

      // Escape ends a pick without a point, and leaves the article view open.
      await dragSelect(page, 'Storm Hill');
      await page.getByTestId('tag-as-place').click();
      await panel.getByTestId('pick-on-map').click();
      await page.getByTestId('pick-status').waitFor();
      await page.keyboard.press('Escape');
      await page.getByTestId('pick-status').waitFor({ state: 'detached' });
      expect(await reader.isVisible()).toBe(true);

      // A click on the map: the place is where the click was.
      await panel.getByTestId('pick-on-map').click();
      await page.getByTestId('pick-status').waitFor();
      const centre = mapCentre(page);
      const box = (await page.getByTestId('map').boundingBox())!;
      await screenshot(page, '43-pick-on-map');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      const tagged = reader.locator('button.mention--tagged', { hasText: 'Storm Hill' });
      await tagged.waitFor({ timeout: 20_000 });
      await expect.poll(() => drawn(page).then(Number), { timeout: 20_000 }).toBe(before + 1);
      const state = page.getByTestId('mention-panel').getByTestId('correction-state');
      await state.waitFor();
      const m = /^a point on the map \((-?[\d.]+), (-?[\d.]+)\)$/.exec(
        (await state.textContent())!,
      );
      expect(m).not.toBeNull();
      // The click was at the map's centre (to a pixel or two at this zoom).
      expect(Math.abs(Number(m![1]) - centre.lat)).toBeLessThan(0.1);
      expect(Math.abs(Number(m![2]) - centre.lon)).toBeLessThan(0.1);
      await waitForMap(page);
      await screenshot(page, '44-picked-point');

      // The claim of the hand-placed point says so in the detail panel.
      await page.getByLabel('Search place names').fill('Storm Hill');
      const row = page.locator('[role=option][data-claim-id^="pasted:"]');
      await expect.poll(() => row.count()).toBe(1);
      await row.click();
      await page.getByTestId('back-to-claim').click();
      await page.getByTestId('claim-detail').waitFor();
      expect(await page.getByTestId('detail-manual').textContent()).toContain(
        'a point you put on the map',
      );

      // By keyboard: the tagged name again, its point moved to the map's centre with Enter.
      await page.getByTestId('open-article').click();
      await reader.waitFor();
      await page.getByTestId('back-to-claim').focus();
      await selectText(page, 'Storm Hill');
      await page.getByTestId('tag-as-place').waitFor();
      await page.keyboard.press('t');
      await panel.getByTestId('pick-on-map').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('pick-status').waitFor();
      await page.locator('.maplibregl-canvas').focus();
      const centre2 = mapCentre(page);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => state.textContent(), { timeout: 20_000 })
        .toBe(`a point on the map (${centre2.lat.toFixed(4)}, ${centre2.lon.toFixed(4)})`);
      await context.close();
    },
  );

  it('a selection that is no place name says why, and offers no tag', async () => {
    const { context, page } = await freshPage();
    await openReport(page);
    await selectText(page, REPORT.slice(0, REPORT.indexOf(' Residents')));
    await expect
      .poll(() => page.getByTestId('tag-bar-message').textContent())
      .toMatch(/is a passage, not a place name \(at most 120 characters, on one line\)/);
    expect(await page.getByTestId('tag-as-place').count()).toBe(0);
    await context.close();
  });
});

describe('Candidates with scores and reasons', () => {
  it("the detail panel lists the resolver's alternatives with what counted for and against each", async () => {
    const { context, page } = await freshPage();
    // A claim whose place had rivals: the first such claim of the sample corpus.
    const { analyses } = expectedAnalysis();
    const [claim, mention] = analyses
      .flatMap((a) =>
        a.claims.map((c) => [c, a.mentions.find((m) => m.id === c.mention)!] as const),
      )
      .find(([, m]) => m.kind === 'place' && m.place !== null && m.alternatives.length >= 2)!;
    await page.getByLabel('Search place names').fill(mention.text);
    await page.locator(`[role=option][data-claim-id="${claim.id}"]`).click();
    await page.getByTestId('claim-detail').waitFor();
    const reasons = page.getByTestId('alternative-reasons');
    await reasons.first().waitFor();
    const shown = mention.alternatives;
    expect(await reasons.count()).toBe(shown.length);
    // Plain words with signed weights, naming the evidence the core recorded, in its order.
    for (let i = 0; i < shown.length; i++) {
      const items: string[] = [];
      for (const li of await reasons.nth(i).locator('li').all())
        items.push(((await li.textContent()) ?? '').replace(/\s+/g, ' ').trim());
      expect(items).toEqual(
        shown[i].reasons!.map((r) => `${weightText(r.weight)} ${reasonText(r, shown[i].place)}`),
      );
      for (const item of items) expect(item).not.toMatch(/undefined|[a-z][A-Z]/);
    }
    await reasons.first().scrollIntoViewIfNeeded();
    await screenshot(page, '45-candidate-reasons');
    expect(axeReport({ 'claim detail with reasons': await axeViolations(page) })).toBe('');
    await context.close();
  });
});
