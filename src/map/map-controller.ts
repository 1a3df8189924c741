/**
 * Owns the maplibre Map, outside React (react-map-gl's wrapper is the model): the React
 * component renders a container and creates one controller; everything else talks to the map
 * through these methods. maplibre itself is imported lazily, so it is its own chunk and the
 * app's first paint does not wait for it.
 */
import type * as GeoJSON from 'geojson';
import type {
  GeoJSONSource,
  Map as MaplibreMap,
  MapGeoJSONFeature,
  MapMouseEvent,
} from 'maplibre-gl';
import type { LatLon } from '../core/types.ts';
import 'maplibre-gl/dist/maplibre-gl.css';
// The worker file must be served next to the app (maplibre 6 loads it by URL); `?url` makes
// Vite copy it as an asset and hands us its address.
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { ATTRIBUTION, CLAIM_LAYERS, CLAIMS_SOURCE, LAYER, MAP_STYLE, SRC } from './map-style.ts';
import { drawRelationIcons } from './relation-icons.ts';
import { FramePause, pauseUntilLoaded } from './frame-pause.ts';
import { claimOrder, type ClaimDiff, type ClaimProperties } from './claim-features.ts';
import { selectionCollections, type SelectionOverlay } from './selection-features.ts';

export interface MapCamera {
  lon: number;
  lat: number;
  zoom: number;
}

export interface MapControllerOptions {
  container: HTMLElement;
  /** Starting camera; when null the map shows Ukraine and its neighbours. */
  initialView: MapCamera | null;
  onClaimClick: (claimId: string) => void;
  /** The claim under the pointer, or null when the pointer leaves the claims. */
  onClaimHover: (claimId: string | null) => void;
  /** After every camera move (pan, zoom, fly). */
  onMoveEnd: (view: MapCamera) => void;
}

/** The basemap layers' data: GeoJSON objects, or URLs that maplibre's worker fetches. */
export interface BasemapSources {
  countries: GeoJSON.FeatureCollection | string;
  countryLines: GeoJSON.FeatureCollection | string;
  admin1Lines: GeoJSON.FeatureCollection | string;
  places: GeoJSON.FeatureCollection | string;
  regionLabels: GeoJSON.FeatureCollection | string;
}

type Bounds = [number, number, number, number];

const DEFAULT_VIEW: MapCamera = { lon: 33, lat: 49, zoom: 4.2 };

/**
 * Above this many drawn claims, clusters hold until a closer zoom. Drawing every one of
 * 100,000 icons and labels at a country-wide zoom makes each frame take seconds (symbol
 * placement, and the vertex buffers, grow with the points in view); clusters keep a frame
 * to a few hundred marks, and a click on one still zooms in until its claims come apart.
 */
export const MANY_CLAIMS = 5_000;
/** After a hold, how long frames may wait for the claims' tiles (see hold). */
const TILES_WAIT_MS = 3_000;
const CLUSTER_MAX_ZOOM = CLAIMS_SOURCE.clusterMaxZoom ?? 4;
const MANY_CLAIMS_CLUSTER_MAX_ZOOM = 10;

export class MapController {
  private destroyed = false;
  private clusterMaxZoom = CLUSTER_MAX_ZOOM;
  private held = false;
  /** The claim ringed as hovered (see setHovered). */
  private hovered: string | null = null;
  /** Counts holds, so that a release cancels the pause its hold had planned. */
  private holds = 0;
  private readonly frames: FramePause;
  /** "Drawing the claims…" over the map while they are held (see hold). */
  private readonly status: HTMLElement;
  /** Ends the pick of a point under way (see pickPoint), or null. */
  private picking: ((point: LatLon | null) => void) | null = null;
  /** The click that picked a point: it selects no claim. */
  private pickClick: Event | null = null;

  private constructor(
    private readonly map: MaplibreMap,
    private readonly lib: typeof import('maplibre-gl'),
  ) {
    this.status = document.createElement('div');
    this.status.className = 'map-status';
    this.status.setAttribute('role', 'status');
    this.status.dataset.testid = 'map-status';
    this.status.hidden = true;
    map.getContainer().appendChild(this.status);
    this.frames = new FramePause(map);
  }

  /**
   * Loads maplibre, creates the map in `options.container` and resolves once the style (all
   * sources and layers, still empty) is ready.
   */
  static async create(options: MapControllerOptions): Promise<MapController> {
    const lib = await import('maplibre-gl');
    lib.setWorkerUrl(maplibreWorkerUrl);
    const view = options.initialView ?? DEFAULT_VIEW;
    const map = new lib.Map({
      container: options.container,
      style: MAP_STYLE,
      center: [view.lon, view.lat],
      zoom: view.zoom,
      attributionControl: false,
      renderWorldCopies: false,
      maxPitch: 0,
      dragRotate: false,
      // Nothing here is fetched: no tiles, no glyphs, no sprites.
      localIdeographFontFamily: 'sans-serif',
      // Labels appear at once instead of fading in over 300 ms: every tile update would
      // otherwise draw a dozen extra frames, each costly where the map is drawn on the CPU.
      fadeDuration: 0,
    });
    map.touchZoomRotate.disableRotation();
    map.addControl(new lib.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new lib.ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.addControl(
      new lib.AttributionControl({ compact: false, customAttribution: ATTRIBUTION }),
      'bottom-right',
    );
    await new Promise<void>((resolve) => map.once('load', () => resolve()));
    for (const icon of drawRelationIcons()) {
      map.addImage(
        icon.id,
        { width: icon.width, height: icon.height, data: icon.data },
        { sdf: true, pixelRatio: 2 },
      );
    }
    const controller = new MapController(map, lib);
    controller.bindEvents(options);
    return controller;
  }

  private bindEvents(options: MapControllerOptions): void {
    const { map } = this;
    map.on('click', LAYER.points, (e) => {
      if (this.picking || e.originalEvent === this.pickClick) return;
      const id = topClaimId(e.features);
      if (id) options.onClaimClick(id);
    });
    map.on('click', LAYER.clusters, async (e) => {
      if (this.picking || e.originalEvent === this.pickClick) return;
      const feature = e.features?.[0];
      if (!feature || feature.geometry.type !== 'Point') return;
      const source = map.getSource<GeoJSONSource>(SRC.claims);
      if (!source) return;
      const zoom = await source.getClusterExpansionZoom(feature.properties.cluster_id as number);
      map.easeTo({ center: feature.geometry.coordinates as [number, number], zoom: zoom + 0.2 });
    });
    for (const layer of [LAYER.points, LAYER.clusters]) {
      map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
    }
    map.on('mousemove', LAYER.points, (e) => options.onClaimHover(topClaimId(e.features)));
    map.on('mouseleave', LAYER.points, () => options.onClaimHover(null));
    map.on('moveend', () => {
      if (this.destroyed) return;
      const c = map.getCenter();
      options.onMoveEnd({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    });
  }

  /**
   * Fills the basemap sources (outlines and labels). Once the map has drawn them all, its
   * container says so with `data-basemap="drawn"` (tests and the bench wait for it).
   */
  setBasemap(data: BasemapSources): void {
    if (this.destroyed) return;
    const container = this.map.getContainer();
    delete container.dataset.basemap;
    const read = [
      this.setData(SRC.countries, data.countries),
      this.setData(SRC.countryLines, data.countryLines),
      this.setData(SRC.admin1Lines, data.admin1Lines),
      this.setData(SRC.places, data.places),
      this.setData(SRC.regionLabels, data.regionLabels),
    ];
    // Once maplibre's worker has read them, 'idle' comes after the frame that drew every
    // tile, with nothing left to do.
    void Promise.all(read).then(
      () =>
        this.map.once('idle', () => {
          if (!this.destroyed) container.dataset.basemap = 'drawn';
        }),
      () => {},
    );
  }

  /**
   * Changes the drawn claims (see ClaimDrawing, which sends them a slice at a time).
   *
   * @param total - how many claims are drawn once the change is applied: above
   *   {@link MANY_CLAIMS}, clusters hold until a closer zoom
   */
  async updateClaims(diff: ClaimDiff, total: number): Promise<void> {
    if (this.destroyed) return;
    const zoom = total > MANY_CLAIMS ? MANY_CLAIMS_CLUSTER_MAX_ZOOM : CLUSTER_MAX_ZOOM;
    const source = this.map.getSource<GeoJSONSource>(SRC.claims);
    if (!source) return;
    if (zoom !== this.clusterMaxZoom) {
      this.clusterMaxZoom = zoom;
      void source.setClusterOptions({ cluster: true, clusterMaxZoom: zoom });
    }
    await source.updateData(diff);
  }

  /**
   * Takes the claim layers off the map (true) or puts them back (false): see
   * ClaimTarget.hold. While held, the map also draws no frames: it shows its last one (the
   * basemap, without the claims) under "Drawing the claims…".
   *
   * Each message of a big change makes maplibre reload the claims source and draw a frame.
   * Where the map is drawn on the CPU (SwiftShader), a frame blocks the page until its pixels
   * are read back, and while maplibre's worker regroups 100,000 claims and the garbage
   * collector marks, that took 100 to 300 ms a frame, twenty frames in a row. Hiding the
   * canvas instead does not help: the frames' drawing then waits, and the first visible frame
   * did all of it (1.3 s).
   *
   * Each hold and release draws one frame at once (FramePause.drawOnce): pausing on the
   * frame's `render` event instead let maplibre draw the next frame it had already asked for,
   * a second identical frame each time. The release's frame asks for the claims' tiles; the
   * next waits until maplibre's worker has made them (at most TILES_WAIT_MS), so the claims
   * appear in one frame drawn with the worker idle, instead of one frame per tile drawn while
   * it works.
   */
  hold(held: boolean): void {
    if (this.destroyed || held === this.held) return;
    this.held = held;
    const visibility = held ? 'none' : 'visible';
    for (const id of CLAIM_LAYERS) this.map.setLayoutProperty(id, 'visibility', visibility);
    const mine = ++this.holds;
    // Held: the basemap without the claims. Released: the frame that asks for their tiles.
    this.frames.drawOnce();
    if (!held) {
      pauseUntilLoaded(
        this.frames,
        this.map,
        () => this.map.isSourceLoaded(SRC.claims),
        TILES_WAIT_MS,
        () => mine === this.holds,
      );
    }
    this.status.textContent = held ? 'Drawing the claims…' : '';
    this.status.hidden = !held;
  }

  /**
   * Rings the claim under the pointer (or none), through feature-state: nothing is sent to
   * maplibre's worker. A claim inside a cluster has no mark of its own to ring. The container
   * says which claim is ringed with `data-hovered` (tests).
   */
  setHovered(claimId: string | null): void {
    if (this.destroyed || claimId === this.hovered) return;
    if (this.hovered !== null)
      this.map.removeFeatureState({ source: SRC.claims, id: this.hovered }, 'hover');
    this.hovered = claimId;
    const container = this.map.getContainer();
    if (claimId === null) delete container.dataset.hovered;
    else {
      this.map.setFeatureState({ source: SRC.claims, id: claimId }, { hover: true });
      container.dataset.hovered = claimId;
    }
  }

  /** Draws (or clears) the selected claim: ring, claimed region, gap line, suggestions. */
  /**
   * The map as it is drawn now, as a PNG data URL (for the printable claim sheet), or null
   * when no frame comes within `timeoutMs`. The WebGL canvas keeps no copy of its frames, so
   * one frame is asked for and read in its `render` event, before the browser clears it.
   */
  snapshot(timeoutMs = 3000): Promise<string | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.map.off('render', read);
        resolve(null);
      }, timeoutMs);
      const read = () => {
        clearTimeout(timer);
        resolve(this.map.getCanvas().toDataURL('image/png'));
      };
      this.map.once('render', read);
      this.map.triggerRepaint();
    });
  }

  setSelection(overlay: SelectionOverlay | null): void {
    const c = selectionCollections(overlay);
    // What the selection shows, on the container, for tests and tools: the distance on the
    // dashed line and the "probably meant" places.
    const container = this.map.getContainer();
    container.dataset.selectionLine = overlay?.line ? overlay.lineLabel || 'line' : '';
    container.dataset.selectionSuggestions = (overlay?.suggestions ?? [])
      .map((x) => x.name)
      .join('|');
    void this.setData(SRC.selPoint, c.point);
    void this.setData(SRC.selRegion, c.region);
    void this.setData(SRC.selLine, c.line);
    void this.setData(SRC.selSuggestions, c.suggestions);
  }

  /** Whether a point is inside the visible map, with a margin in pixels. */
  isInView(point: [number, number], marginPx = 40): boolean {
    const p = this.map.project(point);
    const canvas = this.map.getCanvas();
    const w = canvas.clientWidth;
    const h = canvas.clientHeight;
    return p.x >= marginPx && p.y >= marginPx && p.x <= w - marginPx && p.y <= h - marginPx;
  }

  flyTo(point: [number, number], minZoom = 6): void {
    this.map.flyTo({ center: point, zoom: Math.max(this.map.getZoom(), minZoom), essential: true });
  }

  /**
   * Frames a bounding box, e.g. a claim with its region and suggestions (explain mode).
   *
   * @param options.reserveBottom - share of the map's height covered by a panel at the bottom,
   *   kept clear of the framed features
   * @param options.animate - false to jump there instead of easing (700 ms)
   */
  fitBounds(
    bounds: Bounds,
    options: { maxZoom?: number; padding?: number; reserveBottom?: number; animate?: boolean } = {},
  ): void {
    const { maxZoom = 8, padding = 60, reserveBottom = 0, animate = true } = options;
    const [w, s, e, n] = bounds;
    const canvas = this.map.getCanvas();
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    // Padding cannot exceed the canvas; shrink it on small screens.
    const pad = Math.max(10, Math.min(padding, width / 5, height / 5));
    const bottom = Math.max(pad, Math.min(height * 0.6, height * reserveBottom + pad / 2));
    this.map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      {
        padding: { top: pad, left: pad, right: pad, bottom },
        maxZoom,
        duration: animate ? 700 : 0,
        essential: true,
      },
    );
  }

  /**
   * Waits for the user to pick a point: a click on the map, or Enter with the map focused (its
   * centre, after panning with the arrow keys). Resolves with the point, or null when
   * cancelled (cancelPick, another pick). The click selects no claim; the cursor is a cross.
   */
  pickPoint(): Promise<LatLon | null> {
    this.cancelPick();
    const { map } = this;
    const container = map.getContainer();
    container.classList.add('is-picking');
    return new Promise((resolve) => {
      const onClick = (e: MapMouseEvent) => {
        this.pickClick = e.originalEvent;
        finish({ lat: e.lngLat.lat, lon: e.lngLat.wrap().lng });
      };
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        const c = map.getCenter();
        finish({ lat: c.lat, lon: c.wrap().lng });
      };
      const finish = (point: LatLon | null) => {
        map.off('click', onClick);
        container.removeEventListener('keydown', onKey);
        container.classList.remove('is-picking');
        this.picking = null;
        resolve(point);
      };
      this.picking = finish;
      // After the layers' click handlers (bound first), which see `picking` set and leave the
      // claims alone.
      map.on('click', onClick);
      container.addEventListener('keydown', onKey);
    });
  }

  /** Ends a pick under way without a point. */
  cancelPick(): void {
    this.picking?.(null);
  }

  /** Draws the next frame immediately (after a container resize). */
  resize(): void {
    this.map.resize();
  }

  /** The maplibre version in use (for the about line). */
  get version(): string {
    return this.lib.getVersion();
  }

  destroy(): void {
    this.cancelPick();
    this.destroyed = true;
    this.frames.resume();
    this.map.remove();
  }

  /** @returns resolves once maplibre's worker has the data */
  private async setData(sourceId: string, data: GeoJSON.FeatureCollection | string): Promise<void> {
    if (this.destroyed) return;
    await this.map.getSource<GeoJSONSource>(sourceId)?.setData(data);
  }
}

/** The claim drawn on top at a click: the worst one (highest `order`). */
function topClaimId(features: MapGeoJSONFeature[] | undefined): string | null {
  let best: ClaimProperties | null = null;
  for (const f of features ?? []) {
    const p = f.properties as ClaimProperties;
    if (!best || claimOrder(p) > claimOrder(best)) best = p;
  }
  return best ? best.id : null;
}
