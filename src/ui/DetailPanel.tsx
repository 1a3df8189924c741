import { useState } from 'react';
import { PrintSheet } from './PrintSheet.tsx';
import { PrintButton } from './PrintButton.tsx';
import type { Suggestion } from '../core/types.ts';
import { useAppStore, appStore } from '../store/app-store.ts';
import { placeForSuggestion } from './suggestion-place.ts';
import { haversineKm } from '../core/geo/haversine-km.ts';
import { useServices } from './services.ts';
import {
  selectAnalysis,
  selectClaimRows,
  selectCorpus,
  selectMismatchCount,
  selectRowById,
  selectSelectedRow,
} from '../store/selectors.ts';
import type { ClaimRow } from '../store/claim-rows.ts';
import { RELATION_LABEL } from '../map/palette.ts';
import { RelationIcon } from './RelationIcon.tsx';
import { VerdictBadge } from './VerdictBadge.tsx';
import { SentenceText } from './SentenceText.tsx';
import { useArticle } from './use-article.ts';
import { claimPassage } from './claim-passage.ts';
import { formatKm } from './format.ts';
import { LegendItems } from './Legend.tsx';
import { SafeLink } from './SafeLink.tsx';
import { MentionCorrector } from './MentionCorrector.tsx';
import { REVIEW_LABEL, ReviewControls } from './ReviewControls.tsx';
import { reasonText, weightText } from '../core/resolve/reason-text.ts';

/** The selected claim: sentence, source, place, verdict, explanation, suggestions. */
export function DetailPanel() {
  const row = useAppStore(selectSelectedRow);
  const claimId = useAppStore((s) => s.selection.claimId);
  const status = useAppStore((s) => s.analysis.status);
  if (!row) {
    return claimId && status === 'done' ? (
      <div className="detail-empty">
        <p>The claim in the link ({claimId}) is not in this analysis.</p>
      </div>
    ) : (
      <Overview />
    );
  }
  return <ClaimDetail row={row} />;
}

function Overview() {
  const total = useAppStore((s) => selectClaimRows(s).length);
  const status = useAppStore((s) => s.analysis.status);
  const mismatches = useAppStore(selectMismatchCount);
  return (
    <div className="detail-empty">
      <h2>Claims about places</h2>
      {status === 'done' ? (
        <>
          <p>
            {total} claims, <strong>{mismatches} mismatches</strong>. Select a claim on the map or
            in the list to see the sentence it comes from and why it was flagged.
          </p>
          <button
            type="button"
            className="primary"
            onClick={() => appStore.getState().showMismatchesOnly()}
          >
            Show mismatches only
          </button>
          <section className="legend-panel" aria-labelledby="legend-heading">
            <h3 id="legend-heading">How to read the map</h3>
            <LegendItems />
          </section>
        </>
      ) : (
        <p>Analysing the sample articles…</p>
      )}
    </div>
  );
}

function ClaimDetail({ row }: { row: ClaimRow }) {
  const analysis = useAppStore((s) => selectAnalysis(s, row.articleId));
  const detail = useArticle(row.articleId);
  const regions = useAppStore((s) => selectCorpus(s)?.regions);
  const review = useAppStore((s) => s.reviews[row.key]);
  const { claim: c, mention: m } = row;
  // The mention with its alternatives (the page's copy has none: see pageResult).
  const full =
    (m && detail.status === 'ready'
      ? detail.result.analysis.mentions.find((x) => x.id === m.id)
      : undefined) ?? m;
  const passage = analysis ? claimPassage(analysis.sentences, c, m) : [];
  const actions = appStore.getState();
  const place = m?.place ?? null;
  const fallbackRegion = m?.regionId ? regions?.[m.regionId] : undefined;
  const claimedName = row.regionName || c.asserted.name;

  return (
    <article
      className="claim-detail"
      aria-labelledby="claim-detail-title"
      data-testid="claim-detail"
    >
      <header className="claim-detail-head">
        <RelationIcon relation={c.relation} verdict={c.verdict} size={22} />
        <h2 id="claim-detail-title">{m?.text ?? row.placeName}</h2>
        <span data-testid="detail-verdict">
          <VerdictBadge verdict={c.verdict} severity={c.severity} />
        </span>
        {review && review.status !== 'open' && (
          <span className={`tag tag--${review.status}`} data-testid="detail-review">
            {REVIEW_LABEL[review.status]}
          </span>
        )}
        <button
          type="button"
          className="close"
          aria-label="Close claim"
          onClick={() => actions.selectClaim(null)}
        >
          ×
        </button>
      </header>

      <p className="explanation" data-testid="detail-explanation">
        {c.explanation}
      </p>

      {passage.length > 0 && detail.status === 'ready' && (
        <blockquote className="sentence" data-testid="detail-sentence">
          <SentenceText
            text={detail.text}
            ranges={passage}
            mention={m}
            assertedText={c.asserted.text}
          />
        </blockquote>
      )}
      {detail.status === 'error' && (
        <p className="muted" role="status">
          The sentence could not be shown: {detail.message}
        </p>
      )}
      <p className="source" data-testid="detail-source">
        From <cite>{analysis?.title || row.articleId}</cite>
        {analysis?.date ? `, ${analysis.date}` : ''}{' '}
        <span className="muted">({row.articleId})</span>
        {analysis?.url && (
          <>
            {' '}
            · <SafeLink url={analysis.url} label="source" />
          </>
        )}
      </p>

      <div className="detail-actions">
        <button
          type="button"
          className="primary"
          onClick={() => actions.setArticleOpen(true)}
          data-testid="open-article"
        >
          Open in article
        </button>
        <button type="button" onClick={() => actions.setExplain(true)} data-testid="explain">
          Explain on map
        </button>
        <PrintButton testId="print-claim" label="Print sheet">
          {(image) => <PrintSheet row={row} mapImage={image} />}
        </PrintButton>
      </div>

      <dl className="facts">
        <dt>Claim</dt>
        <dd>
          {RELATION_LABEL[c.relation]}
          {claimedName ? `: ${claimedName}` : ''}
          {c.asserted.text && c.asserted.text !== claimedName ? (
            <span className="muted"> (“{c.asserted.text}”)</span>
          ) : null}
        </dd>
        {c.distanceKm !== null && (
          <>
            <dt>Distance</dt>
            <dd data-testid="detail-distance">
              {c.distanceKm > 0
                ? `${formatKm(c.distanceKm)} from ${claimedName || 'the claimed area'}`
                : 'inside'}
            </dd>
          </>
        )}
        <dt>Resolved place</dt>
        <dd data-testid="detail-place">
          {row.corrected && (
            <span className="tag tag--corrected" data-testid="detail-corrected">
              corrected by you
            </span>
          )}{' '}
          {place ? (
            <>
              {place.name}
              {place.admin1Name ? `, ${place.admin1Name}` : ''}, {place.countryCode}{' '}
              <span className="muted">
                ({place.lat.toFixed(3)}, {place.lon.toFixed(3)})
              </span>
              {place.idSource === 'manual' && (
                <span className="muted" data-testid="detail-manual">
                  {' '}
                  · a point you put on the map
                </span>
              )}
            </>
          ) : fallbackRegion ? (
            <>
              Approximate: somewhere in {fallbackRegion.name}{' '}
              <span className="muted">(not in the gazetteer; drawn at the region)</span>
            </>
          ) : (
            'Not resolved'
          )}
          {m && (
            <div className="muted small">
              matched {m.matchedBy.replace('-', ' ')}, confidence {Math.round(m.confidence * 100)}%
            </div>
          )}
        </dd>
        {full && full.alternatives.length > 0 && (
          <>
            <dt>Alternatives</dt>
            <dd>
              <p className="muted small alternatives-note">
                The other places of this name the analyzer weighed, with what counted for (+) and
                against (−) each.
              </p>
              <ul className="alternatives">
                {full.alternatives.map((a) => (
                  <li key={a.place.id}>
                    {a.place.name}
                    {a.place.admin1Name ? `, ${a.place.admin1Name}` : ''}, {a.place.countryCode}{' '}
                    <span className="muted" data-testid="alternative-facts">
                      (score {Math.round(a.score * 100)}% · pop.{' '}
                      {a.place.population.toLocaleString('en-GB')}
                      {place
                        ? ` · ${formatKm(haversineKm(place.lat, place.lon, a.place.lat, a.place.lon))} from the chosen place`
                        : ''}
                      )
                    </span>
                    {a.reasons && a.reasons.length > 0 && (
                      <ul
                        className="reasons small"
                        aria-label={`Why ${a.place.name} was weighed so`}
                        data-testid="alternative-reasons"
                      >
                        {a.reasons.map((r) => (
                          <li
                            key={r.evidence}
                            className={r.weight < 0 ? 'reason reason--against' : 'reason'}
                            data-evidence={r.evidence}
                          >
                            <span className="reason-weight">{weightText(r.weight)}</span>{' '}
                            {reasonText(r, a.place)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {full?.inRegionReading && (
          <>
            <dt>In the claimed region</dt>
            <dd data-testid="in-region-reading">
              {full.inRegionReading.place.name}
              {full.inRegionReading.place.admin1Name
                ? `, ${full.inRegionReading.place.admin1Name}`
                : ''}{' '}
              <span className="muted">
                (
                {full.inRegionReading.matchedBy === 'fuzzy'
                  ? `spelled ${full.inRegionReading.letters} letter${full.inRegionReading.letters === 1 ? '' : 's'} from "${full.text}"`
                  : 'a place of the same name'}
                ; the place above is the likelier reading)
              </span>
            </dd>
          </>
        )}
        {c.suggestions.length > 0 && (
          <>
            <dt>Probably meant</dt>
            <dd>
              <SuggestionList row={row} />
            </dd>
          </>
        )}
      </dl>

      {c.related.length > 0 && <RelatedClaims ids={c.related} />}

      {m && (
        <details className="correct" open={row.corrected} data-testid="correct-place">
          <summary>Correct the place of “{m.text}”</summary>
          <MentionCorrector
            articleId={row.articleId}
            mention={full}
            span={{ start: m.start, end: m.end, text: m.text }}
          />
        </details>
      )}
      <ReviewControls key={row.key} row={row} />
    </article>
  );
}

/** The "probably meant" places, each applied as a correction of the mention in one click. */
function SuggestionList({ row }: { row: ClaimRow }) {
  const { workspace } = useServices();
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const m = row.mention;
  const use = async (s: Suggestion) => {
    if (!m) return;
    setBusy(s.name);
    setProblem(null);
    try {
      const place = placeForSuggestion(s, await workspace.findPlaces(s.name));
      if (!place) {
        setProblem(
          `${s.name} was not found in the gazetteer at that spot. Search for it under “Correct the place”.`,
        );
        return;
      }
      await workspace.correct(row.articleId, {
        start: m.start,
        end: m.end,
        placeId: place.id,
        text: m.text,
        placeName: place.name,
      });
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <ul className="suggestions" data-testid="detail-suggestions">
        {row.claim.suggestions.map((s) => (
          <li key={`${s.name}-${s.lat}-${s.lon}`}>
            <span className="suggestion-marker" aria-hidden="true" />
            <strong>{s.name}</strong>
            {s.admin1Name ? `, ${s.admin1Name}` : ''} <span className="muted">— {s.reason}</span>{' '}
            {m && (
              <button
                type="button"
                className="small-button"
                onClick={() => void use(s)}
                disabled={busy !== null}
                data-testid="use-suggestion"
              >
                {busy === s.name ? 'Applying…' : `Use ${s.name}`}
              </button>
            )}
          </li>
        ))}
      </ul>
      {problem && (
        <p className="error small" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

function RelatedClaims({ ids }: { ids: string[] }) {
  return (
    <section className="related" aria-label="Linked claims">
      <h3>Linked claims</h3>
      <ul>
        {ids.map((id) => (
          <RelatedItem key={id} id={id} />
        ))}
      </ul>
    </section>
  );
}

function RelatedItem({ id }: { id: string }) {
  const row = useAppStore((s) => selectRowById(s, id));
  const analysis = useAppStore((s) => selectAnalysis(s, row?.articleId ?? null));
  const detail = useArticle(row?.articleId);
  if (!row) return <li>{id}</li>;
  const passage = analysis ? claimPassage(analysis.sentences, row.claim, row.mention) : [];
  return (
    <li>
      <button
        type="button"
        className="link-button"
        onClick={() => appStore.getState().selectClaim(id)}
      >
        {row.placeText} in {row.articleId.split('_')[0]}
      </button>
      {passage.length > 0 && detail.status === 'ready' && (
        <blockquote className="sentence small">
          <SentenceText text={detail.text} ranges={passage} mention={row.mention} />
        </blockquote>
      )}
    </li>
  );
}
