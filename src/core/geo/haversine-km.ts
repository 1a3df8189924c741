const RAD = Math.PI / 180;

/**
 * Great-circle distance in kilometres between two WGS84 points (haversine, mean Earth
 * radius 6371.0088 km: https://en.wikipedia.org/wiki/Haversine_formula).
 * @example haversineKm(50.45, 30.52, 55.75, 37.62) // about 756 (Kyiv to Moscow)
 */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Initial bearing in degrees (0 = north, clockwise) from point 1 to point 2.
 * https://www.movable-type.co.uk/scripts/latlong.html
 */
export function bearingDeg(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const y = Math.sin((lon2 - lon1) * RAD) * Math.cos(lat2 * RAD);
  const x =
    Math.cos(lat1 * RAD) * Math.sin(lat2 * RAD) -
    Math.sin(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.cos((lon2 - lon1) * RAD);
  return (Math.atan2(y, x) / RAD + 360) % 360;
}
