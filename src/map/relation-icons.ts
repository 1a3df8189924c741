import type { Relation } from '../core/types.ts';

import { RELATION_SHAPE, relationIconId } from './relation-shapes.ts';
import { sdfFromCoverage } from './signed-distance.ts';

/** Icon canvas size in device pixels; drawn at pixel ratio 2, so 28 CSS pixels. */
export const ICON_SIZE = 56;
/** Half the shape's extent in device pixels (the rest is room for the halo). */
const SHAPE_HALF = 17;
/** SDF fall-off radius in device pixels: halos up to ~radius / 2 CSS px look right. */
const SDF_RADIUS = 10;

export interface IconImage {
  id: string;
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Draws one SDF icon per claim relation on a canvas (no image files, nothing fetched): the
 * shape is filled, its alpha turned into a signed distance field, and the field stored in the
 * alpha channel of a white image, which is what maplibre expects of `sdf: true` images.
 */
export function drawRelationIcons(): IconImage[] {
  return (Object.keys(RELATION_SHAPE) as Relation[]).map((r) => drawIcon(r));
}

function drawIcon(relation: Relation): IconImage {
  const canvas = document.createElement('canvas');
  canvas.width = ICON_SIZE;
  canvas.height = ICON_SIZE;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('Canvas 2D is not available to draw map icons.');
  const c = ICON_SIZE / 2;
  ctx.beginPath();
  RELATION_SHAPE[relation].forEach(([x, y], i) => {
    if (i === 0) ctx.moveTo(c + x * SHAPE_HALF, c + y * SHAPE_HALF);
    else ctx.lineTo(c + x * SHAPE_HALF, c + y * SHAPE_HALF);
  });
  ctx.closePath();
  ctx.fillStyle = '#000';
  ctx.fill();
  const rgba = ctx.getImageData(0, 0, ICON_SIZE, ICON_SIZE).data;
  const coverage = new Uint8Array(ICON_SIZE * ICON_SIZE);
  for (let i = 0; i < coverage.length; i++) coverage[i] = rgba[4 * i + 3];
  const sdf = sdfFromCoverage(coverage, ICON_SIZE, ICON_SIZE, SDF_RADIUS);
  const data = new Uint8Array(4 * coverage.length);
  for (let i = 0; i < coverage.length; i++) {
    data[4 * i] = 255;
    data[4 * i + 1] = 255;
    data[4 * i + 2] = 255;
    data[4 * i + 3] = sdf[i];
  }
  return { id: relationIconId(relation), width: ICON_SIZE, height: ICON_SIZE, data };
}
