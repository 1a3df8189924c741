import type { Mention, Span } from '../core/types.ts';
import { findSpan, segmentText } from './segment-text.ts';

interface Props {
  text: string;
  sentence: Span;
  mention: Mention | null;
  /** The claimed region's words, underlined where found in the sentence. */
  assertedText?: string;
}

/** A sentence with its place highlighted and the claimed region underlined, as text nodes. */
export function SentenceText({ text, sentence, mention, assertedText }: Props) {
  const spans: { start: number; end: number; kind: 'place' | 'asserted' }[] = [];
  if (mention) spans.push({ start: mention.start, end: mention.end, kind: 'place' });
  const asserted = assertedText ? findSpan(text, sentence.start, sentence.end, assertedText) : null;
  if (asserted) spans.push({ ...asserted, kind: 'asserted' });
  return (
    <>
      {segmentText(sentence.start, sentence.end, spans).map((seg) => {
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
    </>
  );
}
