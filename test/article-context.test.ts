/**
 * articleContext on hand-written sentences (written for this test): regions the article names,
 * and regions implied by places whose reading is clear by size.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../scripts/load-engine.ts';
import { analyzeArticle } from '../src/core/pipeline.ts';
import { splitSentences } from '../src/core/text/split-sentences.ts';
import { recognize } from '../src/core/recognize/recognize.ts';
import { articleContext } from '../src/core/resolve/article-context.ts';
import { ArticleTokens } from '../src/core/text/tokenize.ts';

const engine = loadEngine();
const ARLINGTON_TX = 4671240;

describe('articleContext', () => {
  it('takes the state of a place that dominates its namesakes by size', () => {
    const text = 'Fans drove in from Fort Worth.';
    const sentences = splitSentences(text);
    const tokens = ArticleTokens.of(text, sentences);
    const ctx = articleContext(
      tokens,
      recognize(text, sentences, engine.lexicon, tokens),
      engine.lexicon,
    );
    expect(ctx.admin1.has('US.TX')).toBe(true);
    // ... but not a sentence-level region: the sentence names none.
    expect(ctx.bySentence.size).toBe(0);
  });

  it('reads "Arlington" beside Fort Worth as Arlington, Texas', () => {
    const text = 'The team played in Arlington on Sunday. Fans drove in from Fort Worth.';
    const a = analyzeArticle({ id: 't', text }, engine);
    expect(a.mentions.find((m) => m.text === 'Arlington')?.place?.id).toBe(ARLINGTON_TX);
  });
});
