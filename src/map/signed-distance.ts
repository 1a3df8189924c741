/**
 * Signed distance fields for map icons, so maplibre can recolour (`icon-color`) and outline
 * (`icon-halo-*`) one image per shape.
 *
 * The distance transform is Felzenszwalb & Huttenlocher's exact 1-D squared-distance
 * transform applied along columns then rows ("Distance Transforms of Sampled Functions",
 * Theory of Computing 8, 2012, https://cs.brown.edu/people/pfelzens/dt/), the algorithm
 * mapbox/tiny-sdf uses for glyphs. The encoding matches maplibre's SDF convention: alpha
 * 255 * (1 - (d / radius + cutoff)), so the shape's edge sits at alpha 0.75 * 255.
 */

const INF = 1e20;

/** 1-D squared distance transform of `f` (in place over `grid[offset + i * stride]`). */
function edt1d(
  grid: Float64Array,
  offset: number,
  stride: number,
  length: number,
  f: Float64Array,
  v: Uint16Array,
  z: Float64Array,
): void {
  for (let q = 0; q < length; q++) f[q] = grid[offset + q * stride];
  v[0] = 0;
  z[0] = -INF;
  z[1] = INF;
  for (let q = 1, k = 0; q < length; q++) {
    let s = (f[q] + q * q - (f[v[k]] + v[k] * v[k])) / (2 * q - 2 * v[k]);
    while (s <= z[k]) {
      k--;
      s = (f[q] + q * q - (f[v[k]] + v[k] * v[k])) / (2 * q - 2 * v[k]);
    }
    k++;
    v[k] = q;
    z[k] = s;
    z[k + 1] = INF;
  }
  for (let q = 0, k = 0; q < length; q++) {
    while (z[k + 1] < q) k++;
    const d = q - v[k];
    grid[offset + q * stride] = f[v[k]] + d * d;
  }
}

/** 2-D squared Euclidean distance transform over a grid (0 at sources, INF elsewhere). */
function edt(grid: Float64Array, width: number, height: number): void {
  const n = Math.max(width, height);
  const f = new Float64Array(n);
  const v = new Uint16Array(n);
  const z = new Float64Array(n + 1);
  for (let x = 0; x < width; x++) edt1d(grid, x, width, height, f, v, z);
  for (let y = 0; y < height; y++) edt1d(grid, y * width, 1, width, f, v, z);
}

/**
 * Converts a coverage mask (0..255, e.g. a canvas alpha channel) into SDF alpha values.
 *
 * @param coverage - per-pixel coverage, row-major, `width * height`
 * @param radius - distance in pixels over which the field falls from 1 to 0
 * @param cutoff - where the edge sits in the field (maplibre expects 0.25)
 * @returns SDF alpha values, row-major
 * @example sdfFromCoverage(alpha, 48, 48, 8) // alpha 191 on the shape's edge
 */
export function sdfFromCoverage(
  coverage: ArrayLike<number>,
  width: number,
  height: number,
  radius: number,
  cutoff = 0.25,
): Uint8ClampedArray {
  const size = width * height;
  const outer = new Float64Array(size);
  const inner = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    const a = coverage[i] / 255;
    // Anti-aliased edge pixels start at their sub-pixel distance, as tiny-sdf does.
    if (a >= 1) {
      outer[i] = 0;
      inner[i] = INF;
    } else if (a <= 0) {
      outer[i] = INF;
      inner[i] = 0;
    } else {
      const d = 0.5 - a;
      outer[i] = d > 0 ? d * d : 0;
      inner[i] = d < 0 ? d * d : 0;
    }
  }
  edt(outer, width, height);
  edt(inner, width, height);
  const out = new Uint8ClampedArray(size);
  for (let i = 0; i < size; i++) {
    const d = Math.sqrt(outer[i]) - Math.sqrt(inner[i]);
    out[i] = Math.round(255 - 255 * (d / radius + cutoff));
  }
  return out;
}
