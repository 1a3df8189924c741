import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ArticleAnalysis, Claim, Mention, Verdict } from '../core/types.ts';
import { appStore, useAppStore } from '../store/app-store.ts';
import { selectAnalysis, selectSelectedRow } from '../store/selectors.ts';
import type { WorkspaceCorrection } from '../core/io/workspace-file.ts';
import { VERDICT_LABEL } from '../map/palette.ts';
import { segmentText } from './segment-text.ts';
import { claimPassage } from './claim-passage.ts';
import { useServices } from './services.ts';
import { SafeLink } from './SafeLink.tsx';
import { MentionCorrector } from './MentionCorrector.tsx';
import { formatSize } from './format.ts';
import { useArticle } from './use-article.ts';
import { mentionCountOf } from '../worker/message-parts.ts';
import { PrintButton } from './PrintButton.tsx';
import { PrintArticleSheet } from './PrintArticleSheet.tsx';

const NO_MENTIONS: readonly Mention[] = [];

/** Articles longer than this show a window of text around the claim, not all of it. */
export const READER_MAX_CHARS = 60_000;
const READER_CONTEXT = 20_000;

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
  const article = useAppStore((s) => (row ? s.articles.byId[row.articleId] : undefined));
  const result = useAppStore((s) => (row ? s.analysis.results[row.articleId] : undefined));
  // The text, every mention and their points come from the worker (see useArticle); the
  // claims, with the cross-article ones, from the store.
  const detail = useArticle(row?.articleId);
  const text = detail.status === 'ready' ? detail.text : '';
  const mentions = detail.status === 'ready' ? detail.result.analysis.mentions : NO_MENTIONS;
  const points = detail.status === 'ready' ? detail.result.points : undefined;
  const [picked, setPicked] = useState<{ start: number; end: number } | null>(null);
  const removed = useMemo(
    () => (article?.corrections ?? []).filter((c) => c.placeId === null),
    [article],
  );
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

  // Once the text is there (it comes from the worker), and for each claim.
  useEffect(() => {
    current.current?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [row?.id, detail.status]);

  if (!row || !analysis) return null;

  // A very long article shows a window around the claim's passage (rendering megabytes of
  // text as spans would stall the page).
  let from = 0;
  let to = text.length;
  if (text.length > READER_MAX_CHARS) {
    from = snapBack(text, Math.max(0, (sentence?.start ?? 0) - READER_CONTEXT));
    to = snapForward(text, Math.min(text.length, (sentence?.end ?? 0) + READER_CONTEXT));
  }
  const pickedMention = picked
    ? (mentions.find((m) => m.start === picked.start && m.end === picked.end) ?? null)
    : null;
  const pickedRemoved = picked
    ? removed.find((c) => c.start === picked.start && c.end === picked.end)
    : undefined;
  const pickedSpan = pickedMention
    ? { start: pickedMention.start, end: pickedMention.end, text: pickedMention.text }
    : pickedRemoved
      ? { start: pickedRemoved.start, end: pickedRemoved.end, text: pickedRemoved.text }
      : null;

  const onMention = (m: Mention) => {
    setPicked({ start: m.start, end: m.end });
    const p = points?.[m.id];
    if (p) services.map.current?.flyTo(p, 7);
    const claim = claimsByMention.get(m.id);
    if (claim && claim.id !== row.id) appStore.getState().selectClaim(claim.id);
  };

  const spans: { start: number; end: number }[] = [...mentions, ...removed];
  const renderRange = (from: number, to: number): ReactNode[] =>
    segmentText(from, to, spans).map((seg) => {
      const piece = text.slice(seg.start, seg.end);
      if (seg.span === null) return <span key={seg.start}>{piece}</span>;
      if (seg.span >= mentions.length) {
        const c: WorkspaceCorrection = removed[seg.span - mentions.length];
        return (
          <button
            key={seg.start}
            type="button"
            className="mention mention--removed"
            onClick={() => setPicked({ start: c.start, end: c.end })}
            title={`${c.text}: not a place (your correction)`}
            aria-label={`${c.text}: not a place (your correction)`}
          >
            {piece}
          </button>
        );
      }
      const m = mentions[seg.span];
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
          data-corrected={m.cues?.includes('corrected') ? 'true' : undefined}
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
        <h2 id="article-title">{analysis.title || analysis.id}</h2>
        {detail.status === 'ready' && (
          <PrintButton testId="print-article" label="Print the article's mismatches">
            {(image) => (
              <PrintArticleSheet
                analysis={analysis}
                text={text}
                mentions={mentions}
                mapImage={image}
              />
            )}
          </PrintButton>
        )}
        <p className="muted small">
          {analysis.date ?? 'Date unknown'} · {analysis.id} · {result ? mentionCountOf(result) : 0}{' '}
          places, {analysis.claims.length} claims
          {analysis.url && (
            <>
              {' '}
              · <SafeLink url={analysis.url} label="source" />
            </>
          )}
        </p>
        <p className="article-legend small" aria-hidden="true">
          <span className="mention mention--mismatch">mismatch</span>{' '}
          <span className="mention mention--unverifiable">unverifiable</span>{' '}
          <span className="mention mention--consistent">consistent</span>{' '}
          <span className="mention mention--none">no claim</span>
        </p>
      </header>
      {pickedSpan && (
        <section
          className="mention-panel"
          aria-label="Selected place name"
          data-testid="mention-panel"
        >
          <header className="mention-panel-head">
            <strong>“{pickedSpan.text}”</strong>
            <span className="muted small">
              {pickedMention?.place
                ? ` ${pickedMention.place.name}, ${pickedMention.place.admin1Name}, ${pickedMention.place.countryCode}`
                : pickedMention
                  ? ' not resolved to a place'
                  : ' not a place (your correction)'}
            </span>
            <button
              type="button"
              className="close"
              aria-label="Close"
              onClick={() => setPicked(null)}
            >
              ×
            </button>
          </header>
          <MentionCorrector articleId={analysis.id} mention={pickedMention} span={pickedSpan} />
        </section>
      )}
      {(from > 0 || to < text.length) && (
        <p className="muted small" data-testid="article-window">
          A long article ({formatSize(text.length)}): showing the text around the claim, characters{' '}
          {from.toLocaleString('en-GB')}–{to.toLocaleString('en-GB')}.
        </p>
      )}
      {detail.status === 'error' && (
        <p className="muted" role="status">
          The article&apos;s text could not be shown: {detail.message}
        </p>
      )}
      <div className="article-text">
        {detail.status !== 'ready' ? null : sentence ? (
          <>
            {from > 0 && '… '}
            {renderRange(from, sentence.start)}
            <mark ref={current} className="sentence-current" data-testid="article-current-sentence">
              {renderRange(sentence.start, sentence.end)}
            </mark>
            {renderRange(sentence.end, to)}
            {to < text.length && ' …'}
          </>
        ) : (
          renderRange(from, to)
        )}
      </div>
    </article>
  );
}

/** Moves a window start back to the start of its line (at most 2,000 characters). */
function snapBack(text: string, at: number): number {
  const nl = text.lastIndexOf('\n', at);
  return nl >= 0 && at - nl < 2000 ? nl + 1 : at;
}

/** Moves a window end forward to the end of its line (at most 2,000 characters). */
function snapForward(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl >= 0 && nl - at < 2000 ? nl : at;
}
