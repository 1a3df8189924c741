import { useEffect, useId, useRef, useState } from 'react';
import type { WorkspaceCorrection } from '../core/io/workspace-file.ts';
import { useServices } from './services.ts';
import { PlaceSearch } from './PlaceSearch.tsx';

export interface TagSpan {
  start: number;
  end: number;
  text: string;
}

interface Props {
  articleId: string;
  span: TagSpan;
  /** Called once the tag is stored and the article analysed again. */
  onDone: (span: TagSpan) => void;
  onCancel: () => void;
}

/** A point's coordinates to about a metre (what the core keeps, see pointPlace). */
const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

/**
 * Tagging a place name the analyzer missed: the user chooses its place from the gazetteer or
 * picks it on the map (a click, or Enter on the focused map for its centre). The worker checks
 * the span against the article's text; a refusal is shown here and nothing is changed.
 */
export function TagPlace({ articleId, span, onDone, onCancel }: Props) {
  const services = useServices();
  const [pending, setPending] = useState(false);
  const [picking, setPicking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  // Focus moves into the panel, so that the keyboard goes on from here.
  useEffect(() => heading.current?.focus(), []);
  // Leaving the panel ends a pick under way.
  useEffect(() => () => services.map.current?.cancelPick(), [services]);
  // Escape while picking ends the pick (before the page-wide Escape closes the article).
  useEffect(() => {
    if (!picking) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      services.map.current?.cancelPick();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [picking, services]);

  const submit = async (
    place: Pick<WorkspaceCorrection, 'placeId' | 'placeName' | 'point'>,
  ): Promise<void> => {
    setPending(true);
    setProblem(null);
    const message = await services.workspace.tag(articleId, {
      start: span.start,
      end: span.end,
      text: span.text,
      tagged: true,
      ...place,
    });
    setPending(false);
    if (message) setProblem(message);
    else onDone(span);
  };

  const pick = async () => {
    const map = services.map.current;
    if (!map) {
      setProblem('The map is not ready yet: try again in a moment.');
      return;
    }
    setProblem(null);
    setPicking(true);
    const point = await map.pickPoint();
    setPicking(false);
    if (point)
      await submit({
        placeId: null,
        placeName: null,
        point: { lat: round5(point.lat), lon: round5(point.lon) },
      });
  };

  return (
    <section
      className="tag-panel"
      aria-labelledby={headingId}
      data-testid="tag-panel"
      aria-busy={pending}
    >
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        Tag “{span.text}” as a place
      </h3>
      <p className="muted small">
        Characters {span.start.toLocaleString('en-GB')}–{span.end.toLocaleString('en-GB')}. Choose
        the place from the gazetteer, or put it on the map by hand if the gazetteer lacks it.
      </p>
      <PlaceSearch
        label="Find the place in the gazetteer"
        onChoose={(place) => void submit({ placeId: place.id, placeName: place.name })}
        disabled={pending || picking}
      />
      <div className="actions">
        <button
          type="button"
          onClick={() => void pick()}
          disabled={pending || picking}
          data-testid="pick-on-map"
        >
          Pick on map
        </button>
        <button
          type="button"
          onClick={() => {
            services.map.current?.cancelPick();
            onCancel();
          }}
          data-testid="cancel-tag"
        >
          Cancel
        </button>
      </div>
      {picking && (
        <p className="small" role="status" data-testid="pick-status">
          Click the map where “{span.text}” is, or focus the map, move it with the arrow keys and
          press Enter for its centre. Escape cancels.
        </p>
      )}
      {pending && (
        <p className="muted small" role="status">
          Analysing again with the tag…
        </p>
      )}
      {problem && (
        <p className="error small" role="alert" data-testid="tag-problem">
          {problem}
        </p>
      )}
    </section>
  );
}
