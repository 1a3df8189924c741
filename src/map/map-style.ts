/**
 * The map's style and layers as typed constants. Everything is drawn from our own data (no
 * tiles, no glyph server): sources start empty and are filled with `setData`. There is no
 * `glyphs` URL, so maplibre draws label glyphs locally with the browser's fonts (TinySDF);
 * the font stacks below therefore name a CSS family and fall back to `sans-serif`.
 */
import type {
  CircleLayerSpecification,
  FillLayerSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import {
  CLAIMED_REGION_COLOR,
  SEVERITY_SCALE,
  SUGGESTION_COLOR,
  VERDICT_COLOR,
  CLUSTER_COLOR,
} from './palette.ts';
import { RELATIONS, SEVERITIES, VERDICTS } from '../store/types.ts';
import { relationIconId } from './relation-shapes.ts';
import { SEVERITY_ORDER, VERDICT_ORDER } from './claim-features.ts';

export const FONT_REGULAR = ['Noto Sans Regular'];
export const FONT_BOLD = ['Noto Sans Bold'];
export const FONT_ITALIC = ['Noto Sans Italic'];

/** Source ids. */
export const SRC = {
  countries: 'countries',
  countryLines: 'country-lines',
  admin1Lines: 'admin1-lines',
  places: 'places',
  regionLabels: 'region-labels',
  claims: 'claims',
  selPoint: 'selection-point',
  selRegion: 'selection-region',
  selLine: 'selection-line',
  selSuggestions: 'selection-suggestions',
} as const;

/** Layer ids the controller listens to. */
export const LAYER = {
  clusters: 'claims-clusters',
  points: 'claims-points',
} as const;

const emptyGeoJson = (
  extra: Partial<GeoJSONSourceSpecification> = {},
): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data: { type: 'FeatureCollection', features: [] },
  ...extra,
});

const verdictColor = [
  'match',
  ['get', 'verdict'],
  'mismatch',
  VERDICT_COLOR.mismatch,
  'consistent',
  VERDICT_COLOR.consistent,
  VERDICT_COLOR.unverifiable,
] as const;

const isMismatch = ['==', ['get', 'verdict'], 'mismatch'] as const;

const isDismissed = ['boolean', ['get', 'dismissed'], false] as const;

/** The claim under the pointer (feature-state set by MapController.setHovered). */
const isHovered = ['boolean', ['feature-state', 'hover'], false] as const;

/** The relation's icon (claim features carry only the relation: see ClaimProperties). */
const relationIcon = [
  'match',
  ['get', 'relation'],
  ...RELATIONS.flatMap((r) => [r, relationIconId(r)]),
  relationIconId('in-region'),
];

/** Icon scale by severity. */
const severityScale = [
  'match',
  ['get', 'severity'],
  ...SEVERITIES.flatMap((s) => [s, SEVERITY_SCALE[s]]),
  1,
];

/** The drawing order of claimOrder (claim-features.ts) as an expression: worst on top. */
const claimOrderExpr = [
  'case',
  isDismissed,
  -1,
  [
    '+',
    ['*', 3, ['match', ['get', 'verdict'], ...VERDICTS.flatMap((v) => [v, VERDICT_ORDER[v]]), 0]],
    ['match', ['get', 'severity'], ...SEVERITIES.flatMap((s) => [s, SEVERITY_ORDER[s]]), 0],
  ],
];

const basemapLayers: LayerSpecification[] = [
  { id: 'background', type: 'background', paint: { 'background-color': '#d4e3ee' } },
  {
    id: 'land',
    type: 'fill',
    source: SRC.countries,
    paint: { 'fill-color': '#f6f3ec', 'fill-antialias': false },
  } satisfies FillLayerSpecification,
  {
    id: 'admin1-lines',
    type: 'line',
    source: SRC.admin1Lines,
    minzoom: 3,
    paint: {
      'line-color': '#a89f90',
      'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.3, 8, 1.2],
      'line-dasharray': [3, 2],
    },
  } satisfies LineLayerSpecification,
  {
    id: 'country-lines',
    type: 'line',
    source: SRC.countryLines,
    paint: {
      'line-color': '#7d7466',
      'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 8, 2],
    },
  } satisfies LineLayerSpecification,
  {
    id: 'region-labels',
    type: 'symbol',
    source: SRC.regionLabels,
    minzoom: 5,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': FONT_ITALIC,
      'text-size': 12,
      'text-max-width': 8,
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.08,
    },
    paint: { 'text-color': '#8c8270', 'text-halo-color': '#f6f3ec', 'text-halo-width': 1.5 },
  } satisfies SymbolLayerSpecification,
  placeLabels('place-labels-0', 0, 1, 13),
  placeLabels('place-labels-1', 1, 3, 12),
  placeLabels('place-labels-2', 2, 5, 11.5),
  placeLabels('place-labels-3', 3, 7, 11),
];

function placeLabels(
  id: string,
  rank: number,
  minzoom: number,
  size: number,
): SymbolLayerSpecification {
  return {
    id,
    type: 'symbol',
    source: SRC.places,
    minzoom,
    filter: ['==', ['get', 'rank'], rank],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': rank === 0 ? FONT_BOLD : FONT_REGULAR,
      'text-size': size,
      'text-anchor': 'top',
      'text-offset': [0, 0.3],
      'text-max-width': 8,
      'icon-optional': true,
    },
    paint: { 'text-color': '#3a3630', 'text-halo-color': '#f6f3ec', 'text-halo-width': 1.5 },
  };
}

/** Small dots under the place labels, so a label says where the place is. */
const placeDots: CircleLayerSpecification = {
  id: 'place-dots',
  type: 'circle',
  source: SRC.places,
  filter: ['<=', ['get', 'rank'], 1],
  minzoom: 3,
  paint: { 'circle-radius': 2.2, 'circle-color': '#3a3630', 'circle-opacity': 0.7 },
};

const selectionLayers: LayerSpecification[] = [
  {
    id: 'selection-region-fill',
    type: 'fill',
    source: SRC.selRegion,
    paint: { 'fill-color': CLAIMED_REGION_COLOR, 'fill-opacity': 0.14 },
  },
  {
    id: 'selection-region-line',
    type: 'line',
    source: SRC.selRegion,
    paint: { 'line-color': CLAIMED_REGION_COLOR, 'line-width': 2.5 },
  },
  {
    id: 'selection-line',
    type: 'line',
    source: SRC.selLine,
    filter: ['==', ['geometry-type'], 'LineString'],
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': '#222222', 'line-width': 2, 'line-dasharray': [2, 2] },
  },
  {
    id: 'selection-line-label',
    type: 'symbol',
    source: SRC.selLine,
    // One point at the line's middle (see selectionCollections), never along the line.
    filter: ['==', ['geometry-type'], 'Point'],
    layout: {
      'text-field': ['get', 'label'],
      'text-font': FONT_BOLD,
      'text-size': 13,
      'text-offset': [0, -0.8],
      'text-allow-overlap': true,
    },
    paint: { 'text-color': '#222222', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  },
];

const claimLayers: LayerSpecification[] = [
  {
    id: LAYER.clusters,
    type: 'circle',
    source: SRC.claims,
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': [
        'case',
        ['>', ['get', 'mismatches'], 0],
        VERDICT_COLOR.mismatch,
        CLUSTER_COLOR,
      ],
      'circle-radius': ['step', ['get', 'point_count'], 13, 10, 17, 50, 22, 500, 28],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
      'circle-opacity': 0.92,
    },
  },
  {
    id: 'claims-cluster-count',
    type: 'symbol',
    source: SRC.claims,
    filter: ['has', 'point_count'],
    layout: {
      // A "!" marks clusters holding mismatches, so that is not told by colour alone.
      'text-field': [
        'case',
        ['>', ['get', 'mismatches'], 0],
        ['concat', ['get', 'point_count_abbreviated'], '!'],
        ['get', 'point_count_abbreviated'],
      ],
      'text-font': FONT_BOLD,
      'text-size': 12,
      'text-allow-overlap': true,
    },
    paint: { 'text-color': '#ffffff' },
  },
  {
    id: LAYER.points,
    type: 'symbol',
    source: SRC.claims,
    filter: ['!', ['has', 'point_count']],
    layout: {
      'icon-image': relationIcon as unknown as string,
      'icon-size': [
        'interpolate',
        ['linear'],
        ['zoom'],
        3,
        ['*', 0.75, severityScale],
        9,
        ['*', 1.05, severityScale],
      ] as unknown as number,
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'symbol-sort-key': claimOrderExpr as unknown as number,
    },
    paint: {
      'icon-color': verdictColor as unknown as string,
      // The hovered claim gets a thick black ring, whatever its verdict.
      'icon-halo-color': [
        'case',
        isHovered,
        '#000000',
        isMismatch,
        '#2b1200',
        '#ffffff',
      ] as unknown as string,
      'icon-halo-width': ['case', isHovered, 4, isMismatch, 2.2, 1.4] as unknown as number,
      // Claims the user dismissed stay visible, faintly (fully while hovered).
      'icon-opacity': [
        'case',
        ['all', isDismissed, ['!', isHovered]],
        0.35,
        1,
      ] as unknown as number,
    },
  },
  {
    id: 'claims-labels',
    type: 'symbol',
    source: SRC.claims,
    filter: ['!', ['has', 'point_count']],
    minzoom: 4.5,
    layout: {
      'text-field': ['get', 'label'],
      'text-font': FONT_BOLD,
      'text-size': 12,
      'text-anchor': 'left',
      'text-offset': [1.1, 0],
      'text-optional': true,
      'symbol-sort-key': ['-', 10, claimOrderExpr] as unknown as number,
    },
    paint: { 'text-color': '#1d1b18', 'text-halo-color': '#ffffff', 'text-halo-width': 1.8 },
  },
];

/** The layers that draw the claims source (held off the map during big changes). */
export const CLAIM_LAYERS: readonly string[] = claimLayers.map((l) => l.id);

const topLayers: LayerSpecification[] = [
  {
    id: 'selection-suggestions',
    type: 'circle',
    source: SRC.selSuggestions,
    paint: {
      'circle-radius': 9,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': SUGGESTION_COLOR,
      'circle-stroke-width': 3,
    },
  },
  {
    id: 'selection-suggestion-labels',
    type: 'symbol',
    source: SRC.selSuggestions,
    layout: {
      'text-field': ['concat', ['get', 'name'], '?'],
      'text-font': FONT_BOLD,
      'text-size': 13,
      'text-anchor': 'left',
      'text-offset': [1.1, 0],
      'text-allow-overlap': true,
    },
    paint: { 'text-color': SUGGESTION_COLOR, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  },
  {
    id: 'selection-point-halo',
    type: 'circle',
    source: SRC.selPoint,
    paint: {
      'circle-radius': 17,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 6,
    },
  },
  {
    id: 'selection-point-ring',
    type: 'circle',
    source: SRC.selPoint,
    paint: {
      'circle-radius': 17,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': '#111111',
      'circle-stroke-width': 2.5,
    },
  },
];

/**
 * Cluster settings: counts of mismatches ride along so clusters can flag them. Claims are
 * keyed by their id, so that updateData can change a few of them at a time.
 */
export const CLAIMS_SOURCE: GeoJSONSourceSpecification = emptyGeoJson({
  promoteId: 'id',
  cluster: true,
  clusterRadius: 36,
  clusterMaxZoom: 4,
  clusterProperties: { mismatches: ['+', ['case', isMismatch, 1, 0]] },
});

/** The complete style; every source starts empty. */
export const MAP_STYLE: StyleSpecification = {
  version: 8,
  sources: {
    [SRC.countries]: emptyGeoJson(),
    [SRC.countryLines]: emptyGeoJson(),
    [SRC.admin1Lines]: emptyGeoJson(),
    [SRC.places]: emptyGeoJson(),
    [SRC.regionLabels]: emptyGeoJson(),
    [SRC.claims]: CLAIMS_SOURCE,
    [SRC.selPoint]: emptyGeoJson(),
    [SRC.selRegion]: emptyGeoJson(),
    [SRC.selLine]: emptyGeoJson(),
    [SRC.selSuggestions]: emptyGeoJson(),
  },
  layers: [
    ...basemapLayers.slice(0, 4),
    placeDots,
    ...basemapLayers.slice(4),
    ...selectionLayers,
    ...claimLayers,
    ...topLayers,
  ],
};

/** Credits shown on the map (both datasets require or ask for attribution). */
export const ATTRIBUTION = [
  'Places © <a href="https://www.geonames.org/" target="_blank" rel="noopener">GeoNames</a> (CC BY 4.0)',
  'Boundaries: <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a>',
];
