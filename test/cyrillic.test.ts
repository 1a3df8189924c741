/**
 * Cyrillic text: nominative names, case forms (genitive, locative), and short words that must
 * not fold onto far-away Latin names.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../scripts/load-engine.ts';
import { analyzeArticle } from '../src/core/pipeline.ts';

const engine = loadEngine();
const KHARKIV = 706483;
const BAKHMUT = 713174;
const SUMY = 692194;

function places(text: string): Record<string, number | null> {
  const a = analyzeArticle({ id: 't', text }, engine);
  return Object.fromEntries(a.mentions.map((m) => [m.text, m.place?.id ?? null]));
}

describe('Cyrillic names', () => {
  it('nominative Ukrainian and Russian names', () => {
    const p = places('Харків і Суми знову під обстрілами. Харьков под обстрелом.');
    expect(p['Харків']).toBe(KHARKIV);
    expect(p['Суми']).toBe(SUMY);
    expect(p['Харьков']).toBe(KHARKIV);
  });
  it('case forms reach the place through their stem, never a surname', () => {
    const p = places('Обстрел Харькова продолжается. Бої тривають у Бахмуті.');
    expect(p['Харькова']).toBe(KHARKIV);
    expect(p['Бахмуті']).toBe(BAKHMUT);
  });
  it('a short Cyrillic word does not fold onto a Latin name elsewhere ("Бої" is not Voi, Kenya)', () => {
    expect(places('Бої тривають.')['Бої']).toBeUndefined();
  });
});
