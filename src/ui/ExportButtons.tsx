import { useState } from 'react';
import { appStore, useAppStore } from '../store/app-store.ts';
import { selectFilteredRows } from '../store/selectors.ts';
import type { ExportFormat } from '../worker/protocol.ts';
import { downloadText } from './download.ts';
import { useServices } from './services.ts';

/** Downloads the filtered claims (with their mentions) as GeoJSON or CSV. */
export function ExportButtons() {
  const { client } = useServices();
  const count = useAppStore((s) => selectFilteredRows(s).length);
  const ready = useAppStore((s) => s.analysis.status === 'done');
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (format: ExportFormat) => {
    setBusy(format);
    setError(null);
    try {
      const ids = selectFilteredRows(appStore.getState()).map((r) => r.id);
      const { text, mime } = await client.exportClaims(format, ids);
      downloadText(text, `claims.${format === 'csv' ? 'csv' : 'geojson'}`, mime);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export" role="group" aria-label="Export the filtered claims">
      <button
        type="button"
        disabled={!ready || busy !== null || count === 0}
        onClick={() => run('geojson')}
        data-testid="export-geojson"
      >
        {busy === 'geojson' ? 'Exporting…' : 'GeoJSON'}
      </button>
      <button
        type="button"
        disabled={!ready || busy !== null || count === 0}
        onClick={() => run('csv')}
        data-testid="export-csv"
      >
        {busy === 'csv' ? 'Exporting…' : 'CSV'}
      </button>
      {error && (
        <span role="alert" className="error small">
          Export failed: {error}
        </span>
      )}
    </div>
  );
}
