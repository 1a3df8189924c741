import { useEffect, useId, useState } from 'react';
import type { PlaceRef } from '../core/types.ts';
import type { PlaceMatch } from '../worker/protocol.ts';
import { useServices } from './services.ts';

export function placeLabel(p: PlaceRef): string {
  return [p.name, p.admin1Name, p.countryCode].filter(Boolean).join(', ');
}

interface Props {
  /** The label of the search field. */
  label: string;
  onChoose: (place: PlaceRef) => void;
  disabled: boolean;
  /** The place already chosen (its button is disabled). */
  currentId?: number;
}

/**
 * A search of the gazetteer (in the worker) as the user types, with a button per place found.
 */
export function PlaceSearch({ label, onChoose, disabled, currentId }: Props) {
  const { workspace } = useServices();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PlaceMatch[] | null>(null);
  const searchId = useId();

  // Search as the user types (debounced; the worker answers between analysis slices).
  const q = query.trim();
  useEffect(() => {
    if (q.length < 2) return;
    let live = true;
    const timer = setTimeout(() => {
      workspace
        .findPlaces(q)
        .then((places) => live && setFound(places))
        .catch(() => live && setFound([]));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, workspace]);
  const results = q.length >= 2 ? found : null;

  return (
    <>
      <label htmlFor={searchId} className="small">
        {label}
      </label>
      <input
        id={searchId}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Name, in any spelling…"
        autoComplete="off"
        spellCheck={false}
        data-testid="place-search"
      />
      {results && (
        <ul className="candidates" data-testid="place-results">
          {results.length === 0 && <li className="muted small">No place of that name.</li>}
          {results.map((f) => (
            <li key={f.place.id}>
              <button
                type="button"
                onClick={() => {
                  onChoose(f.place);
                  setQuery('');
                }}
                disabled={disabled || f.place.id === currentId}
                data-testid="use-place"
                data-place-id={f.place.id}
              >
                {placeLabel(f.place)}
              </button>{' '}
              <span className="muted small">
                pop. {f.place.population.toLocaleString('en-GB')}
                {f.matchedBy !== 'exact' ? ` · ${f.matchedBy}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
