/**
 * The fact-checker's workflow in real Chromium (issue 19): reviews that save themselves, the
 * review filter, "next unreviewed" and bulk review; unsaved input kept; focus back on the
 * opener; Escape and the arrow keys; a suggestion applied in one click and the map redrawn.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, openApp, screenshot, waitForMap } from './browser.ts';
import { expectedAnalysis, sevskClaim, type Expected } from './expected.ts';
import { axeViolations, type AxeViolation } from './axe.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let expected: Expected;

/** Siversk, Donetsk Oblast (GeoNames 694403): what "SevSk" in the DPR probably meant. */
const SIVERSK_DONETSK = 694403;

beforeAll(async () => {
  expected = expectedAnalysis();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function freshPage(
  viewport = { width: 1440, height: 900 },
  query = '',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  await openApp(page, baseUrl, query);
  return { context, page };
}

const option = (page: Page, index: number) => page.locator(`#claim-option-${index}`);
const selected = (page: Page) => page.locator('[role=option][aria-selected=true]');

/** The data-testid of the focused element (or its tag name). */
function focused(page: Page): Promise<string> {
  return page.evaluate(
    '(() => { const e = document.activeElement; return e?.getAttribute("data-testid") ?? e?.tagName ?? ""; })()',
  ) as Promise<string>;
}

async function resultCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('result-count').textContent()) ?? '';
  return Number(/Showing\s+(\d+)/.exec(text)![1]);
}

describe('Review workflow', () => {
  it('a review and its note save themselves, even when another claim is selected at once', async () => {
    const { context, page } = await freshPage();
    await option(page, 0).click();
    const first = await selected(page).getAttribute('data-claim-id');
    await page.getByTestId('review-reviewed').click();
    await page.getByTestId('review-note').fill('Checked against the agency wire.');
    // No save button, no pause: straight to another claim.
    await option(page, 1).click();
    await expect.poll(() => selected(page).getAttribute('data-claim-id')).not.toBe(first);
    await page.locator(`[role=option][data-claim-id="${first}"]`).click();
    expect(await page.getByTestId('review-note').inputValue()).toBe(
      'Checked against the agency wire.',
    );
    expect(await selected(page).getAttribute('data-review')).toBe('reviewed');
    await expect.poll(() => page.getByTestId('review-state').textContent()).toMatch(/^Saved \d/);
    // It is stored: a reload brings it back.
    await page.reload();
    await page.getByTestId('analysis-done').waitFor({ timeout: 60_000 });
    await page.getByTestId('claim-detail').waitFor();
    expect(await page.getByTestId('review-note').inputValue()).toBe(
      'Checked against the agency wire.',
    );
    await context.close();
  });

  it('filters by review status (in the URL), goes to the next unreviewed with N, and dismisses the shown claims in bulk after asking', async () => {
    const { context, page } = await freshPage();
    const total = await resultCount(page);
    await option(page, 0).click();
    const first = await selected(page).getAttribute('data-claim-id');
    await page.getByTestId('review-reviewed').click();
    // N: the next claim nobody reviewed.
    await page.keyboard.press('n');
    await expect.poll(() => selected(page).getAttribute('data-claim-id')).not.toBe(first);
    expect(await selected(page).getAttribute('data-review')).toBeNull();
    await page.getByTestId('review-filter-reviewed').click();
    await expect.poll(() => resultCount(page)).toBe(1);
    await expect.poll(() => page.url()).toContain('rev=reviewed');
    await page.getByTestId('review-filter-reviewed').click();
    await page.getByTestId('review-filter-open').click();
    await expect.poll(() => resultCount(page)).toBe(total - 1);
    await page.getByTestId('review-filter-open').click();

    // Bulk: dismiss every mismatch shown, after a confirmation.
    await page.getByTestId('mismatches-only').click();
    const mismatches = await resultCount(page);
    expect(mismatches).toBe(expected.mismatchClaims);
    await page.getByTestId('bulk-dismissed').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await screenshot(page, '30-bulk-dismiss-confirm');
    await page.getByTestId('confirm-ok').click();
    await expect
      .poll(() => page.locator('[role=option][data-review=dismissed]').count())
      .toBe(await page.locator('[role=option]').count());
    // The focus is back on the button that asked.
    await expect.poll(() => focused(page)).toBe('bulk-dismissed');
    await page.getByTestId('mismatches-only').click();
    await page.getByTestId('review-filter-dismissed').click();
    await expect.poll(() => resultCount(page)).toBe(mismatches);
    await screenshot(page, '31-review-filter');
    // Stored: the link (with rev=dismissed) opens the same list after a reload.
    await page.waitForTimeout(300);
    await page.reload();
    await page.getByTestId('analysis-done').waitFor({ timeout: 60_000 });
    await expect.poll(() => resultCount(page)).toBe(mismatches);
    await context.close();
  });
});

describe('Dialogs and keys', () => {
  it('Add articles asks before throwing typed text away; focus returns to the opener', async () => {
    const { context, page } = await freshPage();
    // Nothing typed: Escape closes at once, and focus goes back to the button.
    await page.getByTestId('add-articles').click();
    await page.getByTestId('add-dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('add-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('add-articles');

    await page.getByTestId('add-articles').click();
    await page.getByTestId('paste-text').fill('Shelling hit Pokrovsk, in the Kharkiv region.');
    await page.getByTestId('paste-title').fill('Draft');
    await page.keyboard.press('Escape');
    await page.getByTestId('discard-confirm').waitFor();
    await screenshot(page, '32-add-discard-confirm');
    expect(await page.getByTestId('add-dialog').isVisible()).toBe(true);
    await page.getByTestId('discard-keep').click();
    expect(await page.getByTestId('paste-text').inputValue()).toContain('Pokrovsk');
    expect(await page.getByTestId('paste-title').inputValue()).toBe('Draft');
    await page.getByTestId('add-dialog').getByRole('button', { name: 'Close' }).click();
    await page.getByTestId('discard-ok').click();
    await page.getByTestId('add-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('add-articles');
    await context.close();
  });

  it('Escape leaves explain mode, then the article view; the arrow keys step explain mode', async () => {
    const { context, page } = await freshPage();
    await page.getByTestId('mismatches-only').click();
    await option(page, 0).click();
    await page.getByTestId('explain').click();
    const bar = page.getByTestId('explain-bar');
    await bar.waitFor();
    const step = () => bar.locator('.explain-step').textContent();
    const before = await step();
    const m = /Mismatch (\d+) of (\d+)/.exec(before ?? '');
    expect(m).not.toBeNull();
    if (Number(m![2]) > 1) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(step).not.toBe(before);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(step).toBe(before);
    }
    await waitForMap(page);
    await screenshot(page, '33-explain-keys');
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    await page.getByTestId('open-article').click();
    await page.getByTestId('article-view').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('article-view').waitFor({ state: 'detached' });
    await page.getByTestId('claim-detail').waitFor();
    await context.close();
  });
});

describe('Correcting', () => {
  it('applies "probably meant" in one click; the map drops the old line and label at once', async () => {
    const { context, page } = await freshPage();
    const { claim } = sevskClaim(expected);
    await page.getByLabel('Search place names').fill('SevSk');
    await page.locator(`[role=option][data-claim-id="${claim.id}"]`).click();
    await page.getByTestId('claim-detail').waitFor();
    const map = page.getByTestId('map');
    await expect.poll(() => map.getAttribute('data-selection-line')).toMatch(/km$/);
    expect(await map.getAttribute('data-selection-suggestions')).toContain('Siversk');
    // The gazetteer search lists the exact name first.
    await page.getByTestId('correct-place').locator('summary').click();
    await page.getByTestId('place-search').fill('Siversk');
    await expect
      .poll(() => page.getByTestId('use-place').first().getAttribute('data-place-id'))
      .toBe(String(SIVERSK_DONETSK));
    await page.getByTestId('use-suggestion').first().click();
    await expect
      .poll(() => page.getByTestId('detail-verdict').textContent())
      .toContain('Consistent');
    expect(await page.getByTestId('detail-place').textContent()).toContain('Siversk, Donetsk');
    // Redrawn without a reload: no dashed line, no "Siversk?" label.
    await expect.poll(() => map.getAttribute('data-selection-line')).toBe('');
    expect(await map.getAttribute('data-selection-suggestions')).toBe('');
    await waitForMap(page);
    await screenshot(page, '34-suggestion-applied');
    await context.close();
  });
});

/** An element's box is wholly inside the viewport. */
async function inViewport(page: Page, testId: string, nth = 0): Promise<boolean> {
  const box = await page.getByTestId(testId).nth(nth).boundingBox();
  const vp = page.viewportSize()!;
  return (
    box !== null &&
    box.y >= 0 &&
    box.x >= 0 &&
    box.y + box.height <= vp.height + 0.5 &&
    box.x + box.width <= vp.width + 0.5
  );
}

describe('Phone (390 × 844)', () => {
  it('map and list come first; a tapped claim opens as a bottom sheet; explain mode is all in view', async () => {
    const { context, page } = await freshPage({ width: 390, height: 844 });
    // The first claim of the list is on the first screen, under the map.
    const first = await option(page, 0).boundingBox();
    expect(first).not.toBeNull();
    expect(first!.y + first!.height).toBeLessThanOrEqual(844);
    const map = await page.getByTestId('map').boundingBox();
    expect(map!.y).toBeLessThan(first!.y);
    await waitForMap(page);
    await screenshot(page, '35-phone-list');
    // Tapping a claim shows its detail at once, in view.
    await option(page, 0).click();
    await page.getByTestId('claim-detail').waitFor();
    const sheet = await page.getByTestId('claim-detail').boundingBox();
    expect(sheet!.y).toBeGreaterThan(0);
    expect(sheet!.y).toBeLessThan(844 - 100);
    expect(await inViewport(page, 'detail-verdict')).toBe(true);
    await screenshot(page, '36-phone-detail-sheet');
    // Explain mode: the explanation and its buttons all on screen, nothing scrolled inside.
    await page.getByTestId('mismatches-only').click();
    await option(page, 0).click();
    await page.getByTestId('explain').click();
    await page.getByTestId('explain-bar').waitFor();
    for (const name of ['explain-previous', 'explain-next', 'explain-exit'])
      expect(await inViewport(page, name), name).toBe(true);
    // The map is in view above the panel.
    const mapBox = (await page.getByTestId('map').boundingBox())!;
    const barBox = (await page.getByTestId('explain-bar').boundingBox())!;
    expect(mapBox.y).toBeGreaterThanOrEqual(-1);
    expect(mapBox.y + mapBox.height).toBeLessThanOrEqual(barBox.y + 1);
    const scrolls = await page.evaluate(
      '(() => { const e = document.querySelector("[data-testid=explain-bar]"); return e.scrollHeight - e.clientHeight; })()',
    );
    expect(scrolls).toBeLessThanOrEqual(1);
    await waitForMap(page);
    await screenshot(page, '37-phone-explain');
    await page.keyboard.press('Escape');
    await page.getByTestId('explain-bar').waitFor({ state: 'detached' });
    await context.close();
  });
});

describe('Accessibility (axe-core)', () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`no violations at ${viewport.width}×${viewport.height}: main page, article view, explain mode, both dialogs`, async () => {
      const { context, page } = await freshPage(viewport);
      await waitForMap(page);
      const found: Record<string, AxeViolation[]> = {};
      found['main page'] = await axeViolations(page);
      await page.getByTestId('mismatches-only').click();
      await option(page, 0).click();
      await page.getByTestId('claim-detail').waitFor();
      found['claim detail'] = await axeViolations(page);
      await page.getByTestId('open-article').click();
      await page.getByTestId('article-view').waitFor();
      found['article view'] = await axeViolations(page);
      await page.keyboard.press('Escape');
      await page.getByTestId('explain').click();
      await page.getByTestId('explain-bar').waitFor();
      found['explain mode'] = await axeViolations(page);
      await page.keyboard.press('Escape');
      await page.getByTestId('add-articles').click();
      await page.getByTestId('add-dialog').waitFor();
      found['Add articles'] = await axeViolations(page);
      await page.keyboard.press('Escape');
      await page.getByTestId('add-dialog').waitFor({ state: 'detached' });
      await page.getByTestId('open-workspace').click();
      await page.getByTestId('workspace-dialog').waitFor();
      found['Workspace'] = await axeViolations(page);
      const report = Object.entries(found)
        .filter(([, v]) => v.length > 0)
        .map(
          ([where, v]) =>
            `${where}:\n${v.map((x) => `  ${x.id} (${x.impact}): ${x.help}\n    ${x.nodes.slice(0, 5).join('\n    ')}`).join('\n')}`,
        )
        .join('\n');
      expect(report).toBe('');
      // The check can fail: the badge's old colour (white on #d55e00, 3.9:1) is caught.
      await page.keyboard.press('Escape');
      await page.getByTestId('workspace-dialog').waitFor({ state: 'detached' });
      await page.addStyleTag({
        content: '.badge--mismatch { background: #d55e00 !important; }',
      });
      const old = await axeViolations(page);
      expect(old.map((v) => v.id)).toContain('color-contrast');
      await context.close();
    });
  }
});

describe('Printable claim sheet', () => {
  it('prints the map, the sentence and the explanation through the browser print', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // Headless Chromium has no print dialog: count the calls instead.
    await context.addInitScript(
      'window.__printed = 0; window.print = () => { window.__printed++; };',
    );
    const page = await context.newPage();
    await openApp(page, baseUrl);
    await waitForMap(page);
    const { claim } = sevskClaim(expected);
    await page.getByLabel('Search place names').fill('SevSk');
    await page.locator(`[role=option][data-claim-id="${claim.id}"]`).click();
    await page.getByTestId('claim-detail').waitFor();
    await waitForMap(page);
    await page.getByTestId('print-claim').click();
    await expect.poll(() => page.evaluate('window.__printed')).toBe(1);
    // On screen the sheet is hidden; in print it is all there is.
    expect(await page.getByTestId('print-sheet').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const sheet = page.getByTestId('print-sheet');
    expect(await sheet.isVisible()).toBe(true);
    expect(await page.locator('#root').isVisible()).toBe(false);
    const text = (await sheet.textContent()) ?? '';
    expect(text).toContain(claim.explanation);
    expect(text).toContain('SevSk');
    expect(text).toContain('Siversk');
    const width = await page.evaluate(
      '(() => { const i = document.querySelector("[data-testid=print-map]"); return i && i.complete ? i.naturalWidth : 0; })()',
    );
    expect(width).toBeGreaterThan(100);
    await screenshot(page, '38-print-sheet');

    // The whole article: every mismatch with its sentence and explanation.
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('open-article').click();
    await page.getByTestId('article-view').waitFor();
    await page.getByTestId('print-article').click();
    await expect.poll(() => page.evaluate('window.__printed')).toBe(2);
    await page.emulateMedia({ media: 'print' });
    const articleSheet = page.getByTestId('print-article-sheet');
    expect(await articleSheet.isVisible()).toBe(true);
    const articleText = (await articleSheet.textContent()) ?? '';
    const { article } = sevskClaim(expected);
    const mismatches = article.claims.filter((c) => c.verdict === 'mismatch');
    expect(await articleSheet.locator('.print-claim').count()).toBe(mismatches.length);
    for (const c of mismatches) expect(articleText).toContain(c.explanation);
    await screenshot(page, '40-print-article-sheet');
    await context.close();
  });
});

describe('Time', () => {
  it('a timeline of claims per day appears with dated articles; brushing it filters, in the URL', async () => {
    const { context, page } = await freshPage();
    const add = async (text: string, date: string) => {
      await page.getByTestId('add-articles').click();
      await page.getByTestId('paste-text').fill(text);
      await page.getByTestId('paste-date').fill(date);
      await page.getByTestId('analyse').click();
      await page.getByTestId('job-progress').waitFor({ state: 'detached', timeout: 120_000 });
    };
    expect(await page.getByTestId('timeline').count()).toBe(0);
    await add('Shelling was reported in Pokrovsk, in the Kharkiv region, on Monday.', '2024-05-01');
    await add('Drones hit Kupiansk, in the Kharkiv region, overnight.', '2024-05-04');
    await page.getByTestId('timeline').waitFor();
    const total = await resultCount(page);
    const bars = page.getByTestId('timeline-bars');
    const box = (await bars.boundingBox())!;
    // Four days (1 to 4 May): drag across the first.
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => page.getByTestId('date-from').inputValue()).toBe('2024-05-01');
    expect(await page.getByTestId('date-to').inputValue()).toBe('2024-05-01');
    await expect.poll(() => resultCount(page)).toBe(1);
    await expect.poll(() => page.url()).toContain('from=2024-05-01&to=2024-05-01');
    await screenshot(page, '39-timeline-brushed');
    // The link opens the same view.
    await page.reload();
    await page.getByTestId('analysis-done').waitFor({ timeout: 60_000 });
    await expect.poll(() => resultCount(page)).toBe(1);
    await page.getByTestId('date-clear').click();
    await expect.poll(() => resultCount(page)).toBe(total);
    await context.close();
  });
});

describe('Workspace dialog', () => {
  it('asks before Escape throws away an article’s unsaved title', async () => {
    const { context, page } = await freshPage();
    await page.getByTestId('open-workspace').click();
    await page.getByTestId('workspace-dialog').waitFor();
    await page.getByTestId('edit-article').first().click();
    await page.getByTestId('edit-title').fill('A better title');
    await page.keyboard.press('Escape');
    await page.getByTestId('discard-confirm').waitFor();
    expect(await page.getByTestId('edit-title').inputValue()).toBe('A better title');
    await page.getByTestId('discard-ok').click();
    await page.getByTestId('workspace-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('open-workspace');
    await context.close();
  });
});
