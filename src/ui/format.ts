/** Formats a distance for people: "0 km" inside, "12 km", "1,234 km". */
export function formatKm(km: number | null | undefined): string {
  if (km === null || km === undefined || !Number.isFinite(km)) return '';
  return `${Math.round(km).toLocaleString('en-GB')} km`;
}
