import type { Mention, Span } from '../core/types.ts';
import { findSpan, segmentText } from './segment-text.ts';

interface Props {
  text: string;
  /** The passage to show: one range, or two joined by an ellipsis (see claimPassage). */
  ranges: readonly Span[];
  mention: Mention | null;
  /** The claimed region's words, underlined where found in the passage. */
  assertedText?: string;
}

/** A claim's passage with its place highlighted and the claimed region underlined, as text nodes. */
export function SentenceText({ text, ranges, mention, assertedText }: Props) {
  return (
    <>
      {ranges.map((range, i) => {
        const spans: { start: number; end: number; kind: 'place' | 'asserted' }[] = [];
        if (mention) spans.push({ start: mention.start, end: mention.end, kind: 'place' });
        const asserted = assertedText ? findSpan(text, range.start, range.end, assertedText) : null;
        if (asserted) spans.push({ ...asserted, kind: 'asserted' });
        return (
          <span key={range.start}>
            {i > 0 && <span className="muted"> … </span>}
            {segmentText(range.start, range.end, spans).map((seg) => {
              const piece = text.slice(seg.start, seg.end);
              if (seg.span === null) return <span key={seg.start}>{piece}</span>;
              return spans[seg.span].kind === 'place' ? (
                <mark key={seg.start} className="hl-place">
                  {piece}
                </mark>
              ) : (
                <span key={seg.start} className="hl-asserted">
                  {piece}
                </span>
              );
            })}
          </span>
        );
      })}
    </>
  );
}
