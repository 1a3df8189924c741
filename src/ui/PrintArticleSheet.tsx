import { createPortal } from 'react-dom';
import type { ArticleAnalysis, Claim, Mention } from '../core/types.ts';
import { RELATION_LABEL } from '../map/palette.ts';
import { VerdictBadge } from './VerdictBadge.tsx';
import { SentenceText } from './SentenceText.tsx';
import { claimPassage } from './claim-passage.ts';
import { formatKm } from './format.ts';

/**
 * An article's mismatches on printed pages, for teachers: the title, the map as drawn, and
 * each mismatch in reading order with its sentence, explanation and what was probably meant.
 */
export function PrintArticleSheet({
  analysis,
  text,
  mentions,
  mapImage,
}: {
  analysis: ArticleAnalysis;
  text: string;
  mentions: readonly Mention[];
  mapImage: string | null;
}) {
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const mismatches = analysis.claims
    .filter((c) => c.verdict === 'mismatch')
    .sort((a, b) => a.sentence - b.sentence);
  return createPortal(
    <article className="print-sheet" data-testid="print-article-sheet" aria-hidden="true">
      <h1>{analysis.title || analysis.id}</h1>
      <p className="print-source">
        {analysis.date ?? 'Date unknown'} · {analysis.id}
        {analysis.url ? ` — ${analysis.url}` : ''} · {analysis.claims.length} claims,{' '}
        {mismatches.length} mismatches
      </p>
      {mapImage ? (
        <img className="print-map" src={mapImage} alt="" data-testid="print-map" />
      ) : (
        <p className="muted">The map could not be included.</p>
      )}
      {mismatches.length === 0 && <p>No mismatches in this article.</p>}
      <ol className="print-claims">
        {mismatches.map((c) => (
          <PrintedClaim
            key={c.id}
            claim={c}
            mention={byId.get(c.mention) ?? null}
            analysis={analysis}
            text={text}
          />
        ))}
      </ol>
    </article>,
    document.body,
  );
}

function PrintedClaim({
  claim: c,
  mention: m,
  analysis,
  text,
}: {
  claim: Claim;
  mention: Mention | null;
  analysis: ArticleAnalysis;
  text: string;
}) {
  const passage = claimPassage(analysis.sentences, c, m);
  return (
    <li className="print-claim">
      <h2>
        {m?.text ?? c.asserted.text} <VerdictBadge verdict={c.verdict} severity={c.severity} />{' '}
        <span className="print-relation">
          {RELATION_LABEL[c.relation]}
          {c.asserted.name ? `: ${c.asserted.name}` : ''}
          {c.distanceKm !== null && c.distanceKm > 0 ? ` · ${formatKm(c.distanceKm)}` : ''}
        </span>
      </h2>
      {passage.length > 0 && text && (
        <blockquote className="sentence">
          <SentenceText text={text} ranges={passage} mention={m} assertedText={c.asserted.text} />
        </blockquote>
      )}
      <p>{c.explanation}</p>
      {c.suggestions.length > 0 && (
        <p>Probably meant: {c.suggestions.map((s) => `${s.name} (${s.admin1Name})`).join('; ')}</p>
      )}
    </li>
  );
}
