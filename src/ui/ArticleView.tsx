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
import { TagPlace, type TagSpan } from './TagPlace.tsx';
import { tagTextProblem, trimSelection } from '../core/tag-span.ts';

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
  // Text selected in the article (a place name to tag), and the span being tagged.
  const [selected, setSelected] = useState<Selected | null>(null);
  const [tagging, setTagging] = useState<TagSpan | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const removed = useMemo(
    () => (article?.corrections ?? []).filter((c) => c.placeId === null && !c.point),
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

  // A selection in the article's text (by mouse, touch or keyboard) offers to tag it.
  useEffect(() => {
    if (detail.status !== 'ready') return;
    const onChange = () => {
      const root = textRef.current;
      const sel = document.getSelection();
      if (!root || !sel || sel.rangeCount === 0) return;
      const range = sel.getRangeAt(0);
      // A selection elsewhere (in a panel, a field) leaves the offer as it is.
      if (!root.contains(range.commonAncestorContainer)) return;
      setSelected(selectedSpan(text, range, root));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [text, detail.status]);

  // T tags the selected text (outside text fields), as the button does.
  useEffect(() => {
    if (!selected || selected.problem || tagging) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 't' && e.key !== 'T') return;
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      e.preventDefault();
      startTagging(selected);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

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

  function startTagging(sel: Selected) {
    document.getSelection()?.removeAllRanges();
    setPicked(null);
    setTagging({ start: sel.start, end: sel.end, text: sel.text });
    setSelected(null);
  }
  const tagged = (span: TagSpan) => {
    setTagging(null);
    document.getSelection()?.removeAllRanges();
    setPicked({ start: span.start, end: span.end });
  };

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
      if (seg.span === null)
        return (
          <span key={seg.start} data-start={seg.start}>
            {piece}
          </span>
        );
      if (seg.span >= mentions.length) {
        const c: WorkspaceCorrection = removed[seg.span - mentions.length];
        return (
          <button
            key={seg.start}
            data-start={seg.start}
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
      const isTagged = m.cues?.includes('tagged') ?? false;
      const label =
        (verdict ? `${m.text}: ${VERDICT_LABEL[verdict].toLowerCase()}` : `${m.text}: no claim`) +
        (isTagged ? ' (tagged by you)' : '');
      return (
        <button
          key={seg.start}
          data-start={seg.start}
          type="button"
          className={`mention mention--${verdict ?? 'none'}${m.id === row.mention?.id ? ' is-current' : ''}${isTagged ? ' mention--tagged' : ''}`}
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
          data-testid="back-to-claim"
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
      {detail.status === 'ready' && (
        // Always there, one line high, so that the text does not move under a selection.
        <div className="tag-bar" data-testid="tag-bar">
          <span className="small" aria-live="polite" data-testid="tag-bar-message">
            {tagging ? (
              <>Tagging “{tagging.text}”: choose its place below.</>
            ) : !selected ? (
              <span className="muted">Missed a place? Select its name in the text to tag it.</span>
            ) : selected.problem ? (
              selected.problem
            ) : (
              <>Selected “{selected.text}”. A place the analysis missed?</>
            )}
          </span>
          {selected && !selected.problem && !tagging && (
            <>
              <button
                type="button"
                className="primary small-button"
                onClick={() => startTagging(selected)}
                data-testid="tag-as-place"
                aria-keyshortcuts="T"
              >
                Tag as place
              </button>
              <span className="muted small">(or press T)</span>
            </>
          )}
        </div>
      )}
      {tagging && (
        <TagPlace
          key={`${tagging.start}:${tagging.end}`}
          articleId={analysis.id}
          span={tagging}
          onDone={tagged}
          onCancel={() => setTagging(null)}
        />
      )}
      {pickedSpan && !tagging && (
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
      <div className="article-text" ref={textRef} data-testid="article-text">
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

/** A selection in the article's text: its span (trimmed) and why it cannot be tagged, if so. */
interface Selected extends TagSpan {
  problem: string | null;
}

/**
 * The article span a DOM selection covers, through the `data-start` offsets of the rendered
 * pieces (every piece of text is an element with the offset of its first character); null when
 * it is collapsed or ends outside the text (the "…" of a window).
 */
export function selectedSpan(text: string, range: Range, root: Element): Selected | null {
  if (range.collapsed) return null;
  const a = boundaryOffset(range.startContainer, range.startOffset, root, 'start');
  const b = boundaryOffset(range.endContainer, range.endOffset, root, 'end');
  if (a === null || b === null) return null;
  const span = trimSelection(text, a, b);
  if (!span) return null;
  const written = text.slice(span.start, span.end);
  return { ...span, text: written, problem: tagTextProblem(written) };
}

function pieceStart(el: Element): number {
  return Number((el as HTMLElement).dataset.start);
}

/** The text offset of a range boundary (a text node and a character, or an element and a child). */
function boundaryOffset(
  node: Node,
  offset: number,
  root: Element,
  side: 'start' | 'end',
): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const host = node.parentElement?.closest('[data-start]');
    if (!host || !root.contains(host)) return null;
    return pieceStart(host) + offset;
  }
  if (!(node instanceof Element)) return null;
  if (node.matches('[data-start]')) {
    return pieceStart(node) + (offset > 0 ? (node.textContent ?? '').length : 0);
  }
  const pieces = [...node.querySelectorAll('[data-start]')];
  if (pieces.length === 0) return null;
  // Before the offset-th child: the first piece in it or after it; at the end: after the last.
  const child = node.childNodes[offset];
  if (child) {
    const next = pieces.find(
      (p) =>
        p === child ||
        child.contains(p) ||
        child.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    if (next) return pieceStart(next);
  }
  const last = pieces[pieces.length - 1];
  return side === 'end' || !child ? pieceStart(last) + (last.textContent ?? '').length : null;
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
