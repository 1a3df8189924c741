/** Formats a distance for people: "0 km" inside, "12 km", "1,234 km". */
export function formatKm(km: number | null | undefined): string {
  if (km === null || km === undefined || !Number.isFinite(km)) return '';
  return `${Math.round(km).toLocaleString('en-GB')} km`;
}

/** "1 article", "3 articles", "1,204 mismatches". */
export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? singular : plural}`;
}

/** A number of characters (or bytes) for people: "812 characters", "4.2 MB". */
export function formatSize(chars: number): string {
  if (chars < 10_000) return formatCount(chars, 'character');
  if (chars < 1_000_000) return `${Math.round(chars / 1000).toLocaleString('en-GB')} KB`;
  return `${(chars / 1_000_000).toFixed(1)} MB`;
}
