import type { ArticleAnalysis, ArticleInput, Claim, Mention, Sentence } from '../core/types.ts';
import { analyzeArticle, type Engine } from '../core/pipeline.ts';

/** Articles up to this many characters are analysed whole. */
export const WHOLE_ARTICLE_CHARS = 300_000;
/** Longer ones are analysed in pieces of about this size (~0.1 s each), cut between sentences. */
export const CHUNK_CHARS = 120_000;

/**
 * Where to cut a long text into pieces of about `size` characters: after a blank line if there
 * is one in the second half of the piece, else after a line break, else after a sentence end
 * (". " "! " "? "), else after white space, else anywhere but inside a surrogate pair. Pieces
 * then start at the start of a paragraph or sentence, where the sentence splitter would have
 * started one anyway.
 *
 * @returns the cut offsets, ascending, ending with `text.length`
 * @example chunkBoundaries('aaa. bbb. ccc.', 6) // [5, 10, 14]
 */
export function chunkBoundaries(text: string, size = CHUNK_CHARS): number[] {
  const cuts: number[] = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    const floor = start + Math.floor(size / 2);
    const window = text.slice(floor, limit);
    let cut = -1;
    for (const re of [/\n[ \t]*\n/g, /\n/g, /[.!?…]["'»”)]*\s/g, /\s/g]) {
      let last = -1;
      for (const m of window.matchAll(re)) last = m.index + m[0].length;
      if (last > 0) {
        cut = floor + last;
        break;
      }
    }
    if (cut < 0) {
      cut = limit;
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--; // keep a surrogate pair together
    }
    cuts.push(cut);
    start = cut;
  }
  cuts.push(text.length);
  return cuts;
}

/** One analysed piece of a long article. */
export interface ChunkPart {
  /** Where the piece starts in the article text. */
  offset: number;
  analysis: ArticleAnalysis;
}

/**
 * Joins the analyses of consecutive pieces into one analysis of the article: offsets are
 * shifted, sentences renumbered, and mention and claim ids renumbered in order (`<id>:m<n>`,
 * `<id>:c<n>`, as analyzeArticle numbers them) with the claims' mention references following.
 */
export function mergeChunkAnalyses(id: string, parts: readonly ChunkPart[]): ArticleAnalysis {
  const first = parts[0].analysis;
  const sentences: Sentence[] = [];
  const mentions: Mention[] = [];
  const claims: Claim[] = [];
  for (const { offset, analysis } of parts) {
    const sentenceBase = sentences.length;
    const mentionIds = new Map<string, string>();
    for (const s of analysis.sentences)
      sentences.push({
        index: s.index + sentenceBase,
        start: s.start + offset,
        end: s.end + offset,
      });
    for (const m of analysis.mentions) {
      const newId = `${id}:m${mentions.length}`;
      mentionIds.set(m.id, newId);
      mentions.push({
        ...m,
        id: newId,
        start: m.start + offset,
        end: m.end + offset,
        sentence: m.sentence + sentenceBase,
      });
    }
    for (const c of analysis.claims) {
      claims.push({
        ...c,
        id: `${id}:c${claims.length}`,
        sentence: c.sentence + sentenceBase,
        mention: mentionIds.get(c.mention) ?? c.mention,
        related: [],
      });
    }
  }
  return { ...first, id, sentences, mentions, claims };
}

/**
 * Analyses a long article piece by piece, yielding the number of characters done after each
 * piece so that the caller can report progress, pause, or stop. Returns the merged analysis of
 * the pieces done (of all of them unless the caller stopped early: see `partial`).
 *
 * Each piece is analysed on its own, so the article-wide context (which places an article is
 * about, used to resolve ambiguous names and find outliers) is that of the piece, about
 * CHUNK_CHARS characters: a fair trade for a document this long.
 */
export class ChunkedAnalysis {
  private readonly cuts: number[];
  private readonly parts: ChunkPart[] = [];
  private next = 0;

  constructor(
    private readonly input: ArticleInput,
    private readonly engine: Engine,
    size = CHUNK_CHARS,
  ) {
    this.cuts = chunkBoundaries(input.text, size);
  }

  /** Characters analysed so far. */
  get doneChars(): number {
    return this.next === 0 ? 0 : this.cuts[this.next - 1];
  }

  get finished(): boolean {
    return this.next >= this.cuts.length;
  }

  /** Analyses the next piece; returns the characters done. */
  step(): number {
    const start = this.doneChars;
    const end = this.cuts[this.next];
    const text = this.input.text.slice(start, end);
    const corrections = this.input.corrections
      ?.filter((c) => c.start >= start && c.end <= end)
      .map((c) => ({ ...c, start: c.start - start, end: c.end - start }));
    // The merged analysis takes its title from the first piece, which holds the first line.
    const analysis = analyzeArticle({ ...this.input, text, corrections }, this.engine);
    this.parts.push({ offset: start, analysis });
    this.next++;
    return end;
  }

  /** The analysis of the pieces done so far (the whole article once finished). */
  result(): ArticleAnalysis {
    if (this.parts.length === 0) throw new Error('No part of the article was analysed.');
    return mergeChunkAnalyses(this.input.id, this.parts);
  }
}
