import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { ArticleAnalysis, Claim, Mention, Verdict } from '../core/types.ts';
import { appStore, useAppStore } from '../store/app-store.ts';
import { selectAnalysis, selectSelectedRow } from '../store/selectors.ts';
import { VERDICT_LABEL } from '../map/palette.ts';
import { segmentText } from './segment-text.ts';
import { claimPassage } from './claim-passage.ts';
import { useServices } from './services.ts';

const VERDICT_RANK: Record<Verdict, number> = { consistent: 0, unverifiable: 1, mismatch: 2 };

/** For each mention, the worst of its claims (the verdict it is highlighted with). */
export function worstClaimByMention(analysis: ArticleAnalysis): Map<string, Claim> {
  const out = new Map<string, Claim>();
  for (const c of analysis.claims) {
    const prev = out.get(c.mention);
    if (!prev || VERDICT_RANK[c.verdict] > VERDICT_RANK[prev.verdict]) out.set(c.mention, c);
  }
  return out;
}

/**
 * The whole article of the selected claim: its passage (the sentences from the place to the
 * claim) highlighted and scrolled into view,
 * every place mention highlighted by verdict. Clicking a mention flies the map to it (and
 * selects its claim, if it has one).
 */
export function ArticleView() {
  const row = useAppStore(selectSelectedRow);
  const analysis = useAppStore((s) => selectAnalysis(s, row?.articleId ?? null));
  const text = useAppStore((s) => (row ? (s.articles.byId[row.articleId]?.text ?? '') : ''));
  const points = useAppStore((s) => s.analysis.result?.points);
  const services = useServices();
  const current = useRef<HTMLElement>(null);
  const claimsByMention = useMemo(
    () => (analysis ? worstClaimByMention(analysis) : new Map<string, Claim>()),
    [analysis],
  );
  // The passage the claim comes from, from its first range's start to its last range's end.
  const ranges = row && analysis ? claimPassage(analysis.sentences, row.claim, row.mention) : [];
  const sentence =
    ranges.length > 0 ? { start: ranges[0].start, end: ranges[ranges.length - 1].end } : undefined;

  useEffect(() => {
    current.current?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [row?.id]);

  if (!row || !analysis) return null;

  const onMention = (m: Mention) => {
    const p = points?.[m.id];
    if (p) services.map.current?.flyTo(p, 7);
    const claim = claimsByMention.get(m.id);
    if (claim && claim.id !== row.id) appStore.getState().selectClaim(claim.id);
  };

  const renderRange = (from: number, to: number): ReactNode[] =>
    segmentText(from, to, analysis.mentions).map((seg) => {
      const piece = text.slice(seg.start, seg.end);
      if (seg.span === null) return <span key={seg.start}>{piece}</span>;
      const m = analysis.mentions[seg.span];
      const claim = claimsByMention.get(m.id);
      const verdict = claim?.verdict;
      const label = verdict
        ? `${m.text}: ${VERDICT_LABEL[verdict].toLowerCase()}`
        : `${m.text}: no claim`;
      return (
        <button
          key={seg.start}
          type="button"
          className={`mention mention--${verdict ?? 'none'}${m.id === row.mention?.id ? ' is-current' : ''}`}
          onClick={() => onMention(m)}
          aria-label={label}
          title={label}
          data-mention-id={m.id}
        >
          {piece}
        </button>
      );
    });

  return (
    <article className="article-view" aria-labelledby="article-title" data-testid="article-view">
      <header className="article-head">
        <button
          type="button"
          className="link-button"
          onClick={() => appStore.getState().setArticleOpen(false)}
        >
          ← Back to claim
        </button>
        <h2 id="article-title">{analysis.title}</h2>
        <p className="muted small">
          {analysis.date ?? 'Date unknown'} · {analysis.id} · {analysis.mentions.length} places,{' '}
          {analysis.claims.length} claims
        </p>
        <p className="article-legend small" aria-hidden="true">
          <span className="mention mention--mismatch">mismatch</span>{' '}
          <span className="mention mention--unverifiable">unverifiable</span>{' '}
          <span className="mention mention--consistent">consistent</span>{' '}
          <span className="mention mention--none">no claim</span>
        </p>
      </header>
      <div className="article-text">
        {sentence ? (
          <>
            {renderRange(0, sentence.start)}
            <mark ref={current} className="sentence-current" data-testid="article-current-sentence">
              {renderRange(sentence.start, sentence.end)}
            </mark>
            {renderRange(sentence.end, text.length)}
          </>
        ) : (
          renderRange(0, text.length)
        )}
      </div>
    </article>
  );
}
