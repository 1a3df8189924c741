import { beforeAll, describe, expect, it } from 'vitest';
import { MAP_STYLE, LAYER } from '../map/map-style.ts';
import { VERDICT_COLOR } from '../map/palette.ts';

let css = '';

beforeAll(async () => {
  // node:fs by a specifier in a variable: the app's tsconfig (which covers src/) has no Node
  // types, and vitest hands `?raw` CSS imports over empty.
  const specifier = 'node:fs';
  const fs = (await import(/* @vite-ignore */ specifier)) as {
    readFileSync(path: URL, encoding: 'utf8'): string;
  };
  css = fs.readFileSync(new URL('./app.css', import.meta.url), 'utf8');
});

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = c.map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** A declaration of a rule in app.css, with var(--x) resolved from :root. */
function cssValue(selector: string, property: string): string {
  const rule = new RegExp(
    `(^|\\n)${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\{([^}]*)\\}`,
  );
  const body = rule.exec(css)?.[2];
  if (!body) throw new Error(`no rule ${selector}`);
  const value = new RegExp(`(^|\\s)${property}:\\s*([^;]+);`).exec(body)?.[2].trim();
  if (!value) throw new Error(`no ${property} in ${selector}`);
  const v = /^var\((--[\w-]+)\)$/.exec(value);
  if (!v) return value;
  const root = new RegExp(`${v[1]}:\\s*([^;]+);`).exec(css)?.[1].trim();
  if (!root) throw new Error(`no ${v[1]} in :root`);
  return root;
}

describe('contrast', () => {
  it('the Mismatch badge: white text on its fill is at least 4.5:1 (WCAG AA)', () => {
    const fg = cssValue('.badge--mismatch', 'color').replace('#fff', '#ffffff');
    const bg = cssValue('.badge--mismatch', 'background');
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('the "Mismatches only" button when on: white on its fill is at least 4.5:1', () => {
    const bg = cssValue('button.primary:hover:not(:disabled),\nbutton.primary.is-on', 'background');
    expect(contrast('#ffffff', bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('clusters without mismatches are not grey like "Unverifiable"', () => {
    const layer = MAP_STYLE.layers.find((l) => l.id === LAYER.clusters) as {
      paint: Record<string, unknown>;
    };
    const color = (layer.paint['circle-color'] as unknown[])[3] as string;
    expect(color.toLowerCase()).not.toBe(VERDICT_COLOR.unverifiable.toLowerCase());
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
    // A hue of its own: grey has all three channels within a few steps of each other.
    expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeGreaterThan(40);
    expect(contrast('#ffffff', color)).toBeGreaterThanOrEqual(4.5);
  });
});
