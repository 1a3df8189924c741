const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

/**
 * Extracts readable text from HTML without ever running or rendering it: scripts, styles and
 * other non-content elements are dropped, block elements become line breaks, entities are
 * decoded. A plain string transform (no DOM), so it is the same in Node, a worker and tests.
 * Returns the title (from <title> or the first <h1>) when there is one.
 */
export function htmlToText(html: string): { text: string; title: string | null } {
  const titleMatch =
    /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html) ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  let s = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(
      /<(script|style|noscript|template|iframe|object|svg|head|nav|footer)\b[\s\S]*?<\/\1\s*>/gi,
      ' ',
    )
    .replace(/<(br|hr)\b[^>]*>/gi, '\n')
    .replace(
      /<\/(p|div|h[1-6]|li|tr|section|article|blockquote|header|pre|table|ul|ol)\s*>/gi,
      '\n',
    )
    .replace(/<[^>]*>/g, ' ');
  s = decodeEntities(s);
  const text = s
    .split('\n')
    .map((l) => l.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
  const title = titleMatch
    ? decodeEntities(titleMatch[1].replace(/<[^>]*>/g, ' '))
        .replace(/\s+/g, ' ')
        .trim()
    : null;
  return { text, title: title || null };
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code =
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000
        ? String.fromCodePoint(code)
        : ' ';
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
