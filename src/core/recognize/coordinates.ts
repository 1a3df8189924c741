/**
 * Coordinates written in the text are places too: decimal pairs ("47.374601, 33.825174") and
 * degrees-minutes(-seconds) with hemispheres ("49°37′N 37°52′E", "49°37'12\"N, 37°52'E",
 * "49.61°N 37.86°E"), as open-source investigators write them.
 */

/** A coordinate pair found in the text. */
export interface CoordinateSpan {
  start: number;
  end: number;
  lat: number;
  lon: number;
}

/** Decimal degrees: at least four decimals each, so that "3.5, 12.75" (numbers) are not read. */
const DECIMAL = /(?<![\d.\w-])(-?\d{1,2}\.\d{4,})\s*[,;]\s*(-?\d{1,3}\.\d{4,})(?![\d.])/g;
const MIN = `[′'’]`;
const SEC = `(?:″|"|”|′′|'')`;
/** One DMS or decimal-with-hemisphere component: 49°37′12″N, 49°37'N, 49.61°N. */
const PART = `(\\d{1,3}(?:\\.\\d+)?)\\s*°\\s*(?:(\\d{1,2}(?:\\.\\d+)?)\\s*${MIN}\\s*(?:(\\d{1,2}(?:\\.\\d+)?)\\s*${SEC}\\s*)?)?([NSEW])`;
const DMS = new RegExp(`${PART}[\\s,;]*${PART}`, 'g');
/** What every DECIMAL match holds: a full stop followed by four digits. */
const DECIMAL_HINT = /\.\d\d\d\d/;

function dms(deg: string, min: string | undefined, sec: string | undefined, hemi: string): number {
  const v = Number(deg) + (min ? Number(min) / 60 : 0) + (sec ? Number(sec) / 3600 : 0);
  return hemi === 'S' || hemi === 'W' ? -v : v;
}

function valid(lat: number, lon: number): boolean {
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat === 0 && lon === 0);
}

/**
 * Every coordinate pair in `text`, in text order.
 *
 * @example findCoordinates('Footage at 49°37′N 37°52′E.') // [{ lat: 49.6167, lon: 37.8667, ... }]
 */
export function findCoordinates(text: string): CoordinateSpan[] {
  const out: CoordinateSpan[] = [];
  // Most texts have neither a degree sign nor a number with four decimals: each pattern runs
  // only where its telltale is (a search for one character or a short literal is far cheaper
  // than the patterns, or than one alternation for both, over a whole article).
  const degrees = text.includes('°');
  const either = degrees || DECIMAL_HINT.test(text);
  if (!either) return out;
  if (degrees)
    for (const m of text.matchAll(DMS)) {
      const a = dms(m[1], m[2], m[3], m[4]);
      const b = dms(m[5], m[6], m[7], m[8]);
      const aLat = m[4] === 'N' || m[4] === 'S';
      const bLat = m[8] === 'N' || m[8] === 'S';
      if (aLat === bLat) continue;
      const lat = aLat ? a : b;
      const lon = aLat ? b : a;
      if (valid(lat, lon)) out.push({ start: m.index, end: m.index + m[0].length, lat, lon });
    }
  for (const m of text.matchAll(DECIMAL)) {
    const start = m.index;
    if (out.some((o) => start < o.end && o.start < start + m[0].length)) continue;
    const lat = Number(m[1]);
    const lon = Number(m[2]);
    if (valid(lat, lon)) out.push({ start, end: start + m[0].length, lat, lon });
  }
  return out.sort((x, y) => x.start - y.start);
}
