import { useEffect, useRef, useState } from 'react';
import { MapController } from '../map/map-controller.ts';
import { appStore } from '../store/app-store.ts';
import { roundMapView } from '../store/url-state.ts';
import { bindMapToStore } from './map-bindings.ts';
import { useServices } from './services.ts';

/**
 * The map. React renders only the container; a MapController (created once, destroyed on
 * unmount) owns the maplibre Map, and store subscriptions feed it without re-rendering.
 */
export function MapView() {
  const services = useServices();
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let cancelled = false;
    let controller: MapController | null = null;
    let unbind = () => {};
    MapController.create({
      container: element,
      initialView: appStore.getState().ui.mapView,
      onClaimClick: (id) => appStore.getState().selectClaim(id),
      onClaimHover: (id) => appStore.getState().setHoveredClaim(id),
      onMoveEnd: (view) => appStore.getState().setMapView(roundMapView(view)),
    })
      .then((c) => {
        if (cancelled) {
          c.destroy();
          return;
        }
        controller = c;
        services.map.current = c;
        // data-drawn: how many claims the map has, once a draw is complete (tests, bench).
        unbind = bindMapToStore(c, appStore, services.client, (drawn) => {
          if (drawn === null) delete element.dataset.drawn;
          else element.dataset.drawn = String(drawn);
        });
        services.basemap.then((b) => !cancelled && c.setBasemap(b)).catch(() => {});
        element.dataset.ready = 'true';
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      cancelled = true;
      unbind();
      controller?.destroy();
      if (services.map.current === controller) services.map.current = null;
      delete element.dataset.ready;
      delete element.dataset.drawn;
    };
  }, [services]);

  return (
    <>
      <div
        ref={container}
        className="map-container"
        data-testid="map"
        role="region"
        aria-label="Map of claims"
      />
      {error && (
        <p className="map-error" role="alert">
          The map could not start ({error}). The list and details still work.
        </p>
      )}
    </>
  );
}
