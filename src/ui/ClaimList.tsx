import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../store/app-store.ts';
import { selectFilteredRows, selectRowById } from '../store/selectors.ts';
import { rowContext } from './row-context.ts';
import type { ClaimRow } from '../store/claim-rows.ts';
import { RELATION_LABEL } from '../map/palette.ts';
import { RelationIcon } from './RelationIcon.tsx';
import { VerdictBadge } from './VerdictBadge.tsx';
import { formatKm } from './format.ts';
import { REVIEW_LABEL } from './ReviewControls.tsx';

/** Fixed row height: what makes windowing a few lines of arithmetic. */
export const ROW_HEIGHT = 62;
const OVERSCAN = 8;

/** The DOM id of the option at `index` (for aria-activedescendant). */
const optionId = (index: number) => `claim-option-${index}`;

/**
 * Every claim that passes the filters, as a windowed listbox: only the rows in view (plus a
 * few) are in the DOM, so tens of thousands of claims scroll smoothly. Arrow keys, Page
 * Up/Down, Home and End move the selection; the map follows.
 */
export function ClaimList() {
  const rows = useAppStore(selectFilteredRows);
  const selectedId = useAppStore((s) => s.selection.claimId);
  const selectClaim = useAppStore((s) => s.selectClaim);
  const status = useAppStore((s) => s.analysis.status);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setViewHeight(el.clientHeight);
    const observer = new ResizeObserver(() => setViewHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const selectedIndex = useMemo(
    () => rows.findIndex((r) => r.id === selectedId),
    [rows, selectedId],
  );

  // Keep the selected row in view, whoever selected it (list, map, URL, explain mode).
  useEffect(() => {
    const el = scroller.current;
    if (!el || selectedIndex < 0) return;
    const top = selectedIndex * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight)
      el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
  }, [selectedIndex]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (rows.length === 0) return;
    const page = Math.max(1, Math.floor(viewHeight / ROW_HEIGHT) - 1);
    const i = selectedIndex;
    let next: number;
    switch (e.key) {
      case 'ArrowDown':
        next = i < 0 ? 0 : Math.min(rows.length - 1, i + 1);
        break;
      case 'ArrowUp':
        next = i < 0 ? 0 : Math.max(0, i - 1);
        break;
      case 'PageDown':
        next = Math.min(rows.length - 1, Math.max(0, i) + page);
        break;
      case 'PageUp':
        next = Math.max(0, i - page);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = rows.length - 1;
        break;
      case 'Escape':
        selectClaim(null);
        e.preventDefault();
        return;
      default:
        return;
    }
    e.preventDefault();
    selectClaim(rows[next].id);
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  const visible: { row: ClaimRow; index: number }[] = [];
  for (let index = first; index < last; index++) visible.push({ row: rows[index], index });

  return (
    <div className="claim-list-wrap">
      <div
        ref={scroller}
        className="claim-list"
        role="listbox"
        tabIndex={0}
        aria-label={`Claims, ${rows.length}`}
        aria-activedescendant={
          selectedIndex >= first && selectedIndex < last ? optionId(selectedIndex) : undefined
        }
        onKeyDown={onKeyDown}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        data-testid="claim-list"
      >
        <div role="presentation" style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>
          {visible.map(({ row, index }) => (
            <ClaimOption
              key={row.id}
              row={row}
              index={index}
              total={rows.length}
              selected={index === selectedIndex}
              onSelect={() => selectClaim(row.id)}
            />
          ))}
        </div>
      </div>
      {rows.length === 0 && (
        <div className="claim-list-empty">
          {status === 'done' ? (
            <>
              <p>No claims match the filters.</p>
              <button type="button" onClick={resetFilters}>
                Clear filters
              </button>
            </>
          ) : status === 'error' ? (
            <p>No claims: the analysis failed.</p>
          ) : (
            <p>Analysing the articles…</p>
          )}
        </div>
      )}
    </div>
  );
}

interface OptionProps {
  row: ClaimRow;
  index: number;
  total: number;
  selected: boolean;
  onSelect: () => void;
}

function ClaimOption({ row, index, total, selected, onSelect }: OptionProps) {
  const c = row.claim;
  const renamed = row.placeName && row.placeName !== row.placeText;
  const review = useAppStore((s) => s.reviews[row.key]?.status);
  const hovered = useAppStore((s) => s.ui.hoveredClaimId === row.id);
  const setHovered = useAppStore((s) => s.setHoveredClaim);
  const otherArticle = useAppStore(
    (s) => selectRowById(s, c.related[0] ?? null)?.articleId ?? null,
  );
  const articleTitle = useAppStore((s) => s.articles.byId[row.articleId]?.title);
  return (
    <div
      id={optionId(index)}
      role="option"
      aria-selected={selected}
      aria-setsize={total}
      aria-posinset={index + 1}
      className={`claim-option${selected ? ' is-selected' : ''}${hovered ? ' is-hovered' : ''}${review === 'dismissed' ? ' is-dismissed' : ''}`}
      style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
      onClick={onSelect}
      onMouseEnter={() => setHovered(row.id)}
      onMouseLeave={() => setHovered(null)}
      data-claim-id={row.id}
      data-verdict={c.verdict}
      data-review={review}
      data-corrected={row.corrected ? 'true' : undefined}
    >
      <div className="claim-option-line1">
        <RelationIcon relation={c.relation} verdict={c.verdict} />
        <span className="claim-place">
          <strong>{row.placeText || row.placeName}</strong>
          {renamed && <span className="claim-resolved"> → {row.placeName}</span>}
        </span>
        {row.corrected && (
          <span className="tag tag--corrected" title="You corrected this place">
            corrected
          </span>
        )}
        {review && review !== 'open' && (
          <span className={`tag tag--${review}`}>{REVIEW_LABEL[review]}</span>
        )}
        <VerdictBadge verdict={c.verdict} severity={c.severity} />
      </div>
      <div className="claim-option-line2">
        {/* Where it comes from before the claimed area, which can be long and is cut short. */}
        <span>{RELATION_LABEL[c.relation]}</span>
        {c.distanceKm !== null && c.distanceKm > 0 && <span> · {formatKm(c.distanceKm)}</span>}
        <span className="claim-article" title={articleTitle || undefined}>
          {' '}
          · {rowContext(row, otherArticle)}
        </span>
        {row.regionName || c.asserted.name ? (
          <span> · {row.regionName || c.asserted.name}</span>
        ) : null}
      </div>
    </div>
  );
}
