import { createPortal } from 'react-dom';
import type { ClaimRow } from '../store/claim-rows.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectAnalysis } from '../store/selectors.ts';
import { RELATION_LABEL } from '../map/palette.ts';
import { VerdictBadge } from './VerdictBadge.tsx';
import { SentenceText } from './SentenceText.tsx';
import { claimPassage } from './claim-passage.ts';
import { formatKm } from './format.ts';
import { useArticle } from './use-article.ts';

/**
 * A claim on one printed page, for teachers: the map as drawn, the sentence with the place
 * highlighted, the verdict, the explanation and what was probably meant. It is put under
 * `<body>` beside the app, and the print style sheet shows it alone (see app.css, @media print).
 */
export function PrintSheet({ row, mapImage }: { row: ClaimRow; mapImage: string | null }) {
  const analysis = useAppStore((s) => selectAnalysis(s, row.articleId));
  const detail = useArticle(row.articleId);
  const { claim: c, mention: m } = row;
  const passage = analysis ? claimPassage(analysis.sentences, c, m) : [];
  const claimed = row.regionName || c.asserted.name;
  return createPortal(
    <article className="print-sheet" data-testid="print-sheet" aria-hidden="true">
      <h1>
        {m?.text ?? row.placeName} <VerdictBadge verdict={c.verdict} severity={c.severity} />
      </h1>
      <p className="print-source">
        From <cite>{analysis?.title || row.articleId}</cite>
        {analysis?.date ? `, ${analysis.date}` : ''}
        {analysis?.url ? ` — ${analysis.url}` : ''}
      </p>
      {mapImage ? (
        <img className="print-map" src={mapImage} alt="" data-testid="print-map" />
      ) : (
        <p className="muted">The map could not be included.</p>
      )}
      {passage.length > 0 && detail.status === 'ready' && (
        <blockquote className="sentence">
          <SentenceText
            text={detail.text}
            ranges={passage}
            mention={m}
            assertedText={c.asserted.text}
          />
        </blockquote>
      )}
      <p className="print-explanation">{c.explanation}</p>
      <dl className="facts">
        <dt>Claim</dt>
        <dd>
          {RELATION_LABEL[c.relation]}
          {claimed ? `: ${claimed}` : ''}
        </dd>
        {c.distanceKm !== null && c.distanceKm > 0 && (
          <>
            <dt>Distance</dt>
            <dd>{formatKm(c.distanceKm)}</dd>
          </>
        )}
        {m?.place && (
          <>
            <dt>Place</dt>
            <dd>
              {[m.place.name, m.place.admin1Name, m.place.countryCode].filter(Boolean).join(', ')}
            </dd>
          </>
        )}
        {c.suggestions.length > 0 && (
          <>
            <dt>Probably meant</dt>
            <dd>{c.suggestions.map((s) => `${s.name} (${s.admin1Name})`).join('; ')}</dd>
          </>
        )}
      </dl>
    </article>,
    document.body,
  );
}
