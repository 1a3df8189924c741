import { createContext, useContext } from 'react';
import type { AnalysisClient } from '../worker/analysis-client.ts';
import type { BasemapUrls } from '../worker/protocol.ts';
import type { MapController } from '../map/map-controller.ts';
import type { WorkspaceController } from './workspace-controller.ts';

/**
 * The app's non-serialisable objects (the worker client, the map controller), kept out of the
 * store and handed to components through context.
 */
export interface AppServices {
  client: AnalysisClient;
  /** Adds, corrects, removes, imports and exports (through the worker). */
  workspace: WorkspaceController;
  /** Resolves once the worker has built the basemap (after the analysis: claims come first). */
  basemap: Promise<BasemapUrls>;
  /** The live map controller, once the map has loaded. */
  map: { current: MapController | null };
}

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesContext.Provider>.');
  return services;
}
