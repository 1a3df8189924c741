import { useId, useMemo } from 'react';
import { appStore, useAppStore } from '../store/app-store.ts';
import {
  selectAnalyses,
  selectClaimRows,
  selectFacetCounts,
  selectFilteredRows,
  selectRegionOptions,
  selectReviewCounts,
} from '../store/selectors.ts';
import { REVIEW_STATUSES } from '../core/io/workspace-file.ts';
import { REVIEW_LABEL } from './ReviewControls.tsx';
import { RELATIONS, SEVERITIES, SORT_KEYS, VERDICTS, type SortKey } from '../store/types.ts';
import { RELATION_LABEL, SEVERITY_LABEL, VERDICT_LABEL } from '../map/palette.ts';
import { RelationIcon } from './RelationIcon.tsx';
import { Timeline } from './Timeline.tsx';

/** At most this many articles are offered in the article filter. */
const MAX_ARTICLE_OPTIONS = 300;

const SORT_LABEL: Record<SortKey, string> = {
  severity: 'Severity',
  distance: 'Distance',
  article: 'Article',
  place: 'Place',
};

/** Filters for the list and the map, each choice with the count it would show. */
export function FilterPanel() {
  const filters = useAppStore((s) => s.filters);
  const counts = useAppStore(selectFacetCounts);
  const reviewCounts = useAppStore(selectReviewCounts);
  const shown = useAppStore((s) => selectFilteredRows(s).length);
  const total = useAppStore((s) => selectClaimRows(s).length);
  const articles = useAppStore(selectAnalyses);
  const regions = useAppStore(selectRegionOptions);
  // Actions never change, so they are read once instead of subscribed to.
  const actions = appStore.getState();
  const searchId = useId();
  const articleId = useId();
  const regionId = useId();
  const sortId = useId();
  const mismatchOnly = filters.verdicts.length === 1 && filters.verdicts[0] === 'mismatch';
  // A corpus of thousands of articles lists those with the most claims (and the chosen one):
  // ten thousand <option>s take a long time to render and nobody scrolls through them.
  const articleOptions = useMemo(() => {
    const list = articles ?? [];
    if (list.length <= MAX_ARTICLE_OPTIONS) return list;
    // Most claims first, ties in workspace order: one numeric key per article, sorted
    // natively (a comparator over tens of thousands of articles takes far longer).
    const n = list.length;
    const keys = Float64Array.from(list, (a, i) => (counts.article[a.id] ?? 0) * n + (n - 1 - i));
    keys.sort();
    const top = [];
    for (let k = n - 1; k >= n - MAX_ARTICLE_OPTIONS; k--) top.push(list[n - 1 - (keys[k] % n)]);
    const chosen = list.find((a) => a.id === filters.articleId);
    if (chosen && !top.includes(chosen)) top.push(chosen);
    return top;
  }, [articles, counts.article, filters.articleId]);
  const hiddenArticles = (articles?.length ?? 0) - articleOptions.length;

  return (
    <section className="filters" aria-label="Filters">
      <div className="filter-row">
        <label htmlFor={searchId} className="visually-hidden">
          Search place names
        </label>
        <input
          id={searchId}
          type="search"
          placeholder="Search place names…"
          value={filters.query}
          onChange={(e) => actions.setQuery(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <div className="filter-row">
        <button
          type="button"
          className={`primary${mismatchOnly ? ' is-on' : ''}`}
          aria-pressed={mismatchOnly}
          onClick={() =>
            mismatchOnly
              ? actions.setFilters({ ...filters, verdicts: [] })
              : actions.showMismatchesOnly()
          }
          data-testid="mismatches-only"
        >
          Mismatches only ({counts.verdict.mismatch})
        </button>
        <button type="button" onClick={actions.resetFilters} className="link-button">
          Clear filters
        </button>
      </div>
      <fieldset className="chips">
        <legend>Verdict</legend>
        {VERDICTS.map((v) => (
          <button
            key={v}
            type="button"
            className={`chip chip--${v}`}
            aria-pressed={filters.verdicts.includes(v)}
            onClick={() => actions.toggleVerdict(v)}
          >
            {VERDICT_LABEL[v]} <span className="count">{counts.verdict[v]}</span>
          </button>
        ))}
      </fieldset>
      <fieldset className="chips">
        <legend>Severity</legend>
        {SEVERITIES.map((v) => (
          <button
            key={v}
            type="button"
            className="chip"
            aria-pressed={filters.severities.includes(v)}
            onClick={() => actions.toggleSeverity(v)}
          >
            {SEVERITY_LABEL[v]} <span className="count">{counts.severity[v]}</span>
          </button>
        ))}
      </fieldset>
      <fieldset className="chips">
        <legend>Relation</legend>
        {RELATIONS.map((r) => (
          <button
            key={r}
            type="button"
            className="chip"
            aria-pressed={filters.relations.includes(r)}
            onClick={() => actions.toggleRelation(r)}
          >
            <RelationIcon relation={r} size={12} /> {RELATION_LABEL[r]}{' '}
            <span className="count">{counts.relation[r]}</span>
          </button>
        ))}
      </fieldset>
      <fieldset className="chips" data-testid="review-filter">
        <legend>Review</legend>
        {REVIEW_STATUSES.map((r) => (
          <button
            key={r}
            type="button"
            className="chip"
            aria-pressed={filters.reviews.includes(r)}
            onClick={() =>
              actions.setFilters({
                ...filters,
                reviews: filters.reviews.includes(r)
                  ? filters.reviews.filter((x) => x !== r)
                  : [...filters.reviews, r],
              })
            }
            data-testid={`review-filter-${r}`}
          >
            {REVIEW_LABEL[r]} <span className="count">{reviewCounts[r]}</span>
          </button>
        ))}
      </fieldset>
      <Timeline />
      <div className="filter-grid">
        <label htmlFor={articleId}>Article</label>
        <select
          id={articleId}
          value={filters.articleId ?? ''}
          onChange={(e) => actions.setArticleFilter(e.target.value || null)}
        >
          <option value="">All articles</option>
          {hiddenArticles > 0 && (
            <option value="" disabled>
              The {MAX_ARTICLE_OPTIONS} with most claims ({hiddenArticles.toLocaleString('en-GB')}{' '}
              more: search by place)
            </option>
          )}
          {articleOptions.map((art) => (
            <option key={art.id} value={art.id}>
              {art.id.split('_')[0]} · {truncate(art.title, 48)} ({counts.article[art.id] ?? 0})
            </option>
          ))}
        </select>
        <label htmlFor={regionId}>Claimed region</label>
        <select
          id={regionId}
          value={filters.regionId ?? ''}
          onChange={(e) => actions.setRegionFilter(e.target.value || null)}
        >
          <option value="">All regions</option>
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name} ({counts.region[r.id] ?? 0})
            </option>
          ))}
        </select>
        <label htmlFor={sortId}>Sort by</label>
        <div className="sort-control">
          <select
            id={sortId}
            value={filters.sort}
            onChange={(e) => actions.setSort(e.target.value as SortKey)}
          >
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {SORT_LABEL[k]}
              </option>
            ))}
          </select>
          <button
            type="button"
            onClick={() => actions.setSort(filters.sort)}
            aria-label={`Sort direction: ${filters.sortDir === 'asc' ? 'ascending' : 'descending'}. Reverse.`}
          >
            {filters.sortDir === 'asc' ? '↑' : '↓'}
          </button>
        </div>
      </div>
      <p className="result-count" aria-live="polite" data-testid="result-count">
        Showing <strong>{shown}</strong> of {total} claims
      </p>
    </section>
  );
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
