import { useAppStore } from '../store/app-store.ts';
import { RELATIONS, VERDICTS } from '../store/types.ts';
import { RELATION_LABEL, VERDICT_LABEL } from '../map/palette.ts';
import { RelationIcon } from './RelationIcon.tsx';

/** The legend over the map: collapsed, so it hides nothing until asked for. */
export function MapLegend() {
  // The explain panel takes the bottom of the map; the legend steps aside.
  const explain = useAppStore((s) => s.ui.explain && s.selection.claimId !== null);
  if (explain) return null;
  return (
    <details className="legend">
      <summary>Legend</summary>
      <LegendItems />
    </details>
  );
}

/** What the marks on the map mean: colour = verdict, shape = relation, size = severity. */
export function LegendItems() {
  return (
    <>
      <ul className="legend-verdicts">
        {VERDICTS.map((v) => (
          <li key={v}>
            <RelationIcon relation="in-region" verdict={v} size={14} /> {VERDICT_LABEL[v]}
          </li>
        ))}
      </ul>
      <ul>
        {RELATIONS.map((r) => (
          <li key={r}>
            <RelationIcon relation={r} size={14} /> {RELATION_LABEL[r]}
          </li>
        ))}
      </ul>
      <ul>
        <li>
          <span className="legend-suggestion" aria-hidden="true" /> Suggested place
        </li>
        <li>
          <span className="legend-region" aria-hidden="true" /> Claimed region
        </li>
        <li>
          <span className="legend-cluster legend-cluster--mismatch" aria-hidden="true" /> Group with
          mismatches (“!”)
        </li>
        <li>
          <span className="legend-cluster" aria-hidden="true" /> Group without mismatches
        </li>
        <li className="legend-wide">Bigger mark = higher severity</li>
      </ul>
    </>
  );
}
