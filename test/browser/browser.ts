/** Launching the system Chromium (never a downloaded one) and opening the built app. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--use-gl=swiftshader',
    '--enable-unsafe-swiftshader',
  ],
};

export function launchChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM);
}

/**
 * Chromium with a profile on disk (`userDataDir`): closing and launching it again with the
 * same folder is a browser restart; a new folder is a fresh profile.
 */
export function launchProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    ...CHROMIUM,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
}

/**
 * Every URL the page requested, to check that nothing leaves the local origin. Recorded on
 * the browser context, so workers' requests (maplibre's, the analysis worker's) count too.
 */
export class RequestLog {
  readonly urls: string[] = [];
  private readonly contexts = new Set<BrowserContext>();
  attach(page: Page): void {
    this.attachContext(page.context());
  }
  attachContext(context: BrowserContext): void {
    if (this.contexts.has(context)) return;
    this.contexts.add(context);
    context.on('request', (r) => this.urls.push(r.url()));
  }
  /** Requests that went anywhere but the local server, blob: or data: URLs. */
  foreign(): string[] {
    return this.urls.filter(
      (u) => !/^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|blob:|data:)/.test(u),
    );
  }
}

/** Opens the app (optionally with a query string) and waits until the corpus is analysed. */
export async function openApp(page: Page, baseUrl: string, query = ''): Promise<void> {
  await page.goto(baseUrl + query);
  await page.getByTestId('analysis-done').waitFor({ timeout: 60_000 });
}

/** Waits until the map has loaded and drawn its last requested frame. */
export async function waitForMap(page: Page): Promise<void> {
  await page.locator('[data-testid=map][data-ready=true]').waitFor({ timeout: 60_000 });
  // Let fly/fit animations (0.7 s) and tile layout on the CPU renderer finish.
  await page.waitForTimeout(2500);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}
