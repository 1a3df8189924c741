/** Runs axe-core (from npm, injected into the page) and lists its violations readably. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * The WCAG 2.x A/AA violations axe finds on the page as it is now (optionally within one
 * element), each with the selectors of the elements at fault.
 */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"')))
    // Evaluated through the DevTools protocol: the page's CSP forbids an inline script tag.
    await page.evaluate(axeSource);
  const context = include ? JSON.stringify({ include: [include] }) : 'document';
  return (await page.evaluate(`(async () => {
    const r = await window.axe.run(${context}, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ') + ' :: ' + (n.failureSummary || '').split('\\n').slice(1).join(' ')),
    }));
  })()`)) as AxeViolation[];
}
