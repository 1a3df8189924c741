import { useRef, useState, type PointerEvent } from 'react';
import { appStore, useAppStore } from '../store/app-store.ts';
import { selectTimeline } from '../store/selectors.ts';
import { brushRange } from './timeline-brush.ts';

const HEIGHT = 44;

/**
 * Claims per day of the articles' dates, mismatches in vermillion on top of the rest, with
 * a date-range filter: brushing (dragging across) the bars or clicking one sets it, as do the
 * From and To fields. Both are in the URL (`from=`, `to=`). Shown once any article has a date.
 */
export function Timeline() {
  const days = useAppStore(selectTimeline);
  const from = useAppStore((s) => s.filters.dateFrom);
  const to = useAppStore((s) => s.filters.dateTo);
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ x0: number; x1: number } | null>(null);
  if (days.length === 0 && from === null && to === null) return null;

  const setRange = (dateFrom: string | null, dateTo: string | null) => {
    const s = appStore.getState();
    s.setFilters({ ...s.filters, dateFrom, dateTo });
  };
  const width = 300;
  const max = Math.max(1, ...days.map((d) => d.claims));
  const barW = days.length > 0 ? width / days.length : width;
  const xOf = (e: PointerEvent<SVGSVGElement>) => {
    const r = svg.current!.getBoundingClientRect();
    return ((e.clientX - r.left) / r.width) * width;
  };
  const end = (e: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const range = brushRange(
      days.map((d) => d.day),
      drag.x0,
      xOf(e),
      width,
    );
    setDrag(null);
    if (range) setRange(range.from, range.to);
  };
  const first = days[0]?.day;
  const last = days[days.length - 1]?.day;

  return (
    <fieldset className="timeline" data-testid="timeline">
      <legend>Dates</legend>
      <div className="timeline-fields">
        <label>
          From{' '}
          <input
            type="date"
            value={from ?? ''}
            min={first}
            max={last}
            onChange={(e) => setRange(e.target.value || null, to)}
            data-testid="date-from"
          />
        </label>
        <label>
          To{' '}
          <input
            type="date"
            value={to ?? ''}
            min={first}
            max={last}
            onChange={(e) => setRange(from, e.target.value || null)}
            data-testid="date-to"
          />
        </label>
        {(from || to) && (
          <button
            type="button"
            className="link-button"
            onClick={() => setRange(null, null)}
            data-testid="date-clear"
          >
            All dates
          </button>
        )}
      </div>
      {days.length > 0 && (
        <>
          <svg
            ref={svg}
            className="timeline-bars"
            viewBox={`0 0 ${width} ${HEIGHT}`}
            preserveAspectRatio="none"
            role="img"
            aria-label={`Claims per day from ${first} to ${last}; drag across the bars to choose dates`}
            onPointerDown={(e) => {
              svg.current?.setPointerCapture(e.pointerId);
              const x = xOf(e);
              setDrag({ x0: x, x1: x });
            }}
            onPointerMove={(e) => drag && setDrag({ ...drag, x1: xOf(e) })}
            onPointerUp={end}
            onPointerCancel={() => setDrag(null)}
            data-testid="timeline-bars"
          >
            {days.map((d, i) => {
              const inRange = (from === null || d.day >= from) && (to === null || d.day <= to);
              const h = (d.claims / max) * (HEIGHT - 2);
              const hm = (d.mismatches / max) * (HEIGHT - 2);
              return (
                <g key={d.day} className={inRange ? undefined : 'is-out'}>
                  <title>
                    {d.day}: {d.claims} claims, {d.mismatches} mismatches
                  </title>
                  <rect
                    x={i * barW + barW * 0.1}
                    width={barW * 0.8}
                    y={HEIGHT - h}
                    height={h}
                    className="timeline-claims"
                  />
                  <rect
                    x={i * barW + barW * 0.1}
                    width={barW * 0.8}
                    y={HEIGHT - hm}
                    height={hm}
                    className="timeline-mismatches"
                  />
                </g>
              );
            })}
            {drag && (
              <rect
                className="timeline-brush"
                x={Math.min(drag.x0, drag.x1)}
                width={Math.abs(drag.x1 - drag.x0)}
                y={0}
                height={HEIGHT}
              />
            )}
          </svg>
          <div className="timeline-axis muted small" aria-hidden="true">
            <span>{first}</span>
            <span>{last}</span>
          </div>
        </>
      )}
    </fieldset>
  );
}
