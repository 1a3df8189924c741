/**
 * The URL to link to, or null when it must not be a link: only absolute http(s) URLs are
 * links; `javascript:`, `data:`, `blob:`, relative and malformed URLs are shown as text.
 *
 * @example safeHttpUrl('https://example.org/a') // 'https://example.org/a'
 * @example safeHttpUrl('javascript:alert(1)') // null
 */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  // Checked on the text first: URL parsing strips tabs and newlines ("java\tscript:").
  if (!/^https?:\/\/[^\s]/i.test(s)) return null;
  try {
    const url = new URL(s);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
