/**
 * in-region: "X in the Y region", "X, Y Oblast", "X (Y)", "X, a town in Y", "X in Russia's
 * Kaluga region"; a list before the region inherits it ("Kupiansk, Kurylivka and
 * Petropavlivka in the Kharkiv region").
 */
import { COMMA_GAP } from '../../text/gaps.ts';
import { LIST_GAP, assertedRegion, isLocated, type SentenceScope } from './sentence-scope.ts';

/** Text between a place X and a region Y that makes "X ... Y" an in-region statement. */
const IN_REGION_GAPS: RegExp[] = [
  // "in the Y region", "in occupied southern Y", "in the east of the Y region"
  /^\s*,?\s*(?:in|within|inside)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?:of\s+(?:the\s+)?)?$/,
  /^\s*,?\s*(?:In|Within|Inside)\s+(?:the\s+)?$/,
  COMMA_GAP,
  // "X (Y)", "X (in the Y"
  /^\s*\(\s*$/,
  /^\s*\(\s*(?:in\s+)?(?:the\s+)?$/i,
  // "X, a town in Y", "X, one of the villages of the Y"
  /^\s*,\s*(?:(?:a|an|the|one\s+of\s+the)\s+)?(?:[\w-]+\s+){0,3}(?:town|towns|city|cities|village|villages|settlement|hub|port|stronghold|community|suburb|capital|centre|center)\s+(?:located\s+)?(?:in|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$/i,
  /^\s+(?:located|situated|lying|lies|is)\s+in\s+(?:the\s+)?$/i,
];

/** A gap longer than this is no in-region phrase. */
const MAX_GAP = 120;

const POSSESSIVE_ONLY = /^['’]s\s+$/;

export function inRegionGap({ text, sentence, ms, regions, engine, add }: SentenceScope): void {
  for (const r of regions) {
    if (r.cues?.includes('direction')) continue;
    const before = ms.filter((m) => m.end <= r.start);
    // Skip possessive countries/regions between X and Y: "X in Russia's Kaluga region".
    let k0 = before.length - 1;
    let gapEnd = r.start;
    let skipped = '';
    while (
      k0 >= 0 &&
      (before[k0].kind === 'region' || before[k0].kind === 'country') &&
      POSSESSIVE_ONLY.test(text.slice(before[k0].end, gapEnd))
    ) {
      skipped = text.slice(before[k0].start, gapEnd) + skipped;
      gapEnd = before[k0].start;
      k0--;
    }
    const x = before[k0];
    if (!x || !isLocated(x)) continue;
    const gap = text.slice(x.end, gapEnd);
    if (gap.length > MAX_GAP) continue;
    if (!IN_REGION_GAPS.some((re) => re.test(gap))) continue;
    const asserted = assertedRegion(r, engine);
    if (skipped) asserted.text = skipped + asserted.text;
    add(sentence.index, x, 'in-region', asserted, 'direct');
    let k = k0;
    while (
      k > 0 &&
      isLocated(before[k - 1]) &&
      LIST_GAP.test(text.slice(before[k - 1].end, before[k].start))
    ) {
      add(sentence.index, before[k - 1], 'in-region', asserted, 'direct');
      k--;
    }
  }
}
